/**
 * The slices of the dataset the CDN modules carry (scripts/data-slices.mjs) and the styles
 * minifier of the CDN build (scripts/rollup-minify-css.mjs). That each card shows the same from
 * its slice as from the whole dataset is test/e2e/element-modules.test.ts's to check.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CARD_READS, CARD_SLICE_TAGS, sliceFor, UNREAD } from '../../scripts/data-slices.mjs';
import { minifyCssChunk } from '../../scripts/rollup-minify-css.mjs';
import type { Visit } from '../../src/data/types.js';
import { CARD_TAGS } from '../../src/elements/elements.js';

const visit = JSON.parse(
  readFileSync(new URL('../../data/visit.json', import.meta.url), 'utf8'),
) as Visit;

/** Every `sources` list in `value`, flattened. */
function cited(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'sources' && Array.isArray(inner) ? (inner as string[]) : cited(inner),
  );
}

describe('the data slices', () => {
  it('name every card, and only the cards', () => {
    assert.deepEqual([...CARD_SLICE_TAGS].sort(), [...CARD_TAGS].sort());
  });

  for (const tag of [...CARD_SLICE_TAGS, 'all']) {
    describe(tag, () => {
      const slice = sliceFor(visit, tag) as Partial<Visit> & Record<string, unknown>;

      it('holds the parts the card reads, and no other', () => {
        const parts = tag === 'all' ? Object.keys(visit) : Object.keys(CARD_READS[tag]!);
        const expected = parts.filter((part) => part !== '$schema' && part !== 'schemaVersion');
        assert.deepEqual(
          Object.keys(slice)
            .filter((part) => part !== 'schemaVersion' && part !== 'sources')
            .sort(),
          expected.filter((part) => part !== 'sources').sort(),
        );
      });

      it('holds exactly the sources its records cite, in the dataset order', () => {
        const ids = new Set(cited({ ...slice, sources: undefined }));
        assert.deepEqual(
          slice.sources!.map((s) => s.id),
          visit.sources.filter((s) => ids.has(s.id)).map((s) => s.id),
        );
      });

      it('leaves out every field no card shows', () => {
        for (const [part, fields] of Object.entries(UNREAD)) {
          const value = slice[part];
          for (const record of Array.isArray(value) ? value : value ? [value] : []) {
            for (const field of fields) assert.ok(!(field in record), `${part}.${field}`);
          }
        }
      });
    });
  }

  it("keeps what a card reads as it is: each of the roster's people whole but unread fields", () => {
    const people = sliceFor(visit, 'delegation-roster').people as Visit['people'];
    assert.deepEqual(
      people,
      visit.people.map(({ transliterated: _unread, ...person }) => person),
    );
  });

  it("keeps the people a card names and no other: the signatories in visit-card's", () => {
    const signatories = new Set(visit.outcomes.flatMap((o) => o.signatories ?? []));
    const people = sliceFor(visit, 'visit-card').people as { id: string }[];
    assert.deepEqual(
      people.map((p) => p.id),
      visit.people.filter((p) => signatories.has(p.id)).map((p) => p.id),
    );
  });

  it('refuses an element that has no slice', () => {
    assert.throws(() => sliceFor(visit, 'visit-data'), /No slice for <visit-data>/);
  });
});

describe('the styles minifier', () => {
  it('drops comments and indentation, keeping every line', () => {
    const css = '\n  :host {\n    color: var(--x); /* a\n  comment */\n  }\n';
    const min = minifyCssChunk(css);
    assert.equal(min, '\n:host{\ncolor:var(--x);\n\n}\n');
    assert.equal(min.split('\n').length, css.split('\n').length);
  });

  it('keeps strings as written, and a space that makes a descendant', () => {
    assert.equal(minifyCssChunk("content: ', ' / '';"), "content:', ' / '';");
    assert.equal(minifyCssChunk('a :hover , b { margin: 0 auto ; }'), 'a :hover,b{margin:0 auto;}');
  });

  it('keeps the space around an interpolation, and between what a comment separated', () => {
    assert.equal(minifyCssChunk(' 1px solid '), ' 1px solid ');
    assert.equal(minifyCssChunk('a/* x */b'), 'a b');
  });
});
