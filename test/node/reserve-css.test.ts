/**
 * The reservation stylesheet as scripts/reserve-css.ts writes it from measured heights: bands
 * where a height changes, rem units, one custom property per distinct series, each card's
 * height by language, and the sheet in src/ made that way.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { bands, median, rem, reserveCss, type Sheet } from '../../scripts/reserve-css.js';
import { CARD_TAGS } from '../../src/elements/elements.js';
import { LOCALES } from '../../src/locales/tags.js';

/** A card waiting for its script or for its first render, as the sheet selects it. */
const WAITING = ':is(:not(:defined), :state(pending))';

const WIDTHS = [320, 321, 322, 323, 324];

/** A sheet of two configurations; Korean measures like English for the second. */
const SHEET: Sheet = {
  widths: WIDTHS,
  langs: ['en', 'ru', 'ko'],
  maxWidths: { 'visit-card': '900px', 'letter-quote': '900px' },
  reservations: [
    {
      name: 'card',
      selector: 'visit-card',
      note: 'The card.',
      heights: {
        en: [400, 400, 376, 376, 376],
        ru: [480, 456, 456, 456, 432],
        ko: [360, 360, 360, 360, 360],
      },
    },
    {
      name: 'quote',
      selector: 'letter-quote:not([quote-id])',
      note: 'The quote.',
      heights: {
        en: [300, 300, 300, 280, 280],
        ru: [320, 320, 320, 320, 320],
        ko: [300, 300, 300, 280, 280],
      },
    },
  ],
};

describe('reserve-css', () => {
  it('makes a band wherever a height changes, and ignores sub-pixel rounding', () => {
    assert.deepEqual(bands(WIDTHS, [400, 400, 376, 376, 350]), [
      { from: 320, height: 400 },
      { from: 322, height: 376 },
      { from: 324, height: 350 },
    ]);
    // Less than a pixel apart is one band, at the taller: a move under 3 px is no shift.
    assert.deepEqual(bands(WIDTHS, [400, 400.25, 399.75, 400, 376]), [
      { from: 320, height: 400.25 },
      { from: 324, height: 376 },
    ]);
  });

  it('makes coarser bands, each at its tallest, for a card that asks for them', () => {
    assert.deepEqual(bands(WIDTHS, [500, 480, 470, 400, 390], 48), [
      { from: 320, height: 500 },
      { from: 323, height: 400 },
    ]);
  });

  it('writes lengths in rem, rounded up, and takes the upper median', () => {
    assert.equal(rem(320), '20rem');
    assert.equal(rem(300.875), '18.8047rem');
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 3);
  });

  const css = reserveCss(SHEET);
  const rules = (pattern: RegExp) => [...css.matchAll(pattern)].map((m) => m[1]);

  it('sets every height at the narrowest width, then only what changes, widths ascending', () => {
    const all = `:is(visit-card, letter-quote)${WAITING}`;
    assert.ok(
      css.includes(
        `${all}::before { --vr-card-en: 25rem; --vr-card-ru: 30rem; --vr-card-ko: 22.5rem; ` +
          `--vr-quote-en: 18.75rem; --vr-quote-ru: 20rem; }`,
      ),
    );
    assert.deepEqual(rules(/@container \(min-width: ([\d.]+rem)\)/g), [
      '20.0625rem',
      '20.125rem',
      '20.1875rem',
      '20.25rem',
    ]);
    assert.ok(
      css.includes(
        `@container (min-width: 20.125rem) { ${all}::before { --vr-card-en: 23.5rem; } }`,
      ),
    );
  });

  it('shares one custom property between series that measure alike', () => {
    assert.ok(!css.includes('--vr-quote-ko:'), 'no series of its own');
    assert.ok(css.includes('--vr-quote: var(--vr-quote-en);'));
    assert.match(css, /:lang\(ko\)::before \{[^}]*--vr-quote: var\(--vr-quote-en\);/);
    assert.match(css, /:lang\(ru\)::before \{[^}]*--vr-card: var\(--vr-card-ru\);/);
  });

  it('holds only cards waiting (not defined, or not rendered yet), not hidden ones, each as wide as it will be', () => {
    assert.match(
      css,
      /:is\(visit-card, letter-quote\):is\(:not\(:defined\), :state\(pending\)\):not\(\[hidden\]\) \{ display: block; container-type: inline-size; \}/,
    );
    assert.match(
      css,
      /visit-card:is\(:not\(:defined\), :state\(pending\)\), letter-quote:is\(:not\(:defined\), :state\(pending\)\) \{ max-width: 900px; \}/,
    );
    assert.match(css, /float: left; width: 0;/);
    assert.deepEqual(
      rules(/\n(\S[^\n]*):is\(:not\(:defined\), :state\(pending\)\)::before \{ height:/g),
      ['visit-card', 'letter-quote:not([quote-id])'],
    );
  });

  it('sets the fallback inside a card not yet defined compactly, and nothing once it is', () => {
    const all = `:is(visit-card, letter-quote)${WAITING}`;
    assert.ok(
      css.includes(
        `${all} > * { clear: none; margin: 0 0 0.5rem; font-size: 0.875rem; line-height: 1.4; }`,
      ),
      'no clear, which would put the fallback below the reserving float',
    );
    // The rules that reach inside a card: a combinator after the waiting state.
    const fallbackRules = css
      .split('\n')
      .filter((line) => line.includes(`${WAITING} `) && !line.includes(`${WAITING} {`));
    assert.ok(fallbackRules.length > 1);
    for (const rule of fallbackRules) assert.ok(rule.startsWith(all), rule);
  });

  it('is what src/visit-cards.css holds: every card, every language', async () => {
    const sheet = await readFile(new URL('../../src/visit-cards.css', import.meta.url), 'utf8');
    assert.match(sheet, /Generated by `npm run reserve`/);
    for (const tag of CARD_TAGS) assert.ok(sheet.includes(`${tag}${WAITING}`), tag);
    for (const lang of LOCALES.slice(1)) assert.ok(sheet.includes(`:lang(${lang})::before`), lang);
    const widths = [...sheet.matchAll(/@container \(min-width: ([\d.]+)rem\)/g)].map((m) =>
      Number(m[1]),
    );
    assert.deepEqual(
      widths,
      [...widths].sort((a, b) => a - b),
    );
    assert.ok(widths.every((w) => w > 20 && w <= 900 / 16));
  });
});
