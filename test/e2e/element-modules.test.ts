/**
 * The CDN modules of single elements (dist/cdn/<tag>.js) in a real page: each loads alone with
 * its SRI hash and renders its card; two of them beside the all-in module define each tag once;
 * a card of one inside a `<visit-data>` from visit-data.js shows a full dataset and refuses a
 * bad one; and each card shows, from the slice of the dataset its module carries, exactly what
 * it shows from the whole dataset. Run after a build.
 *
 * Each page is written here and answered for the server's origin by the browser, so the
 * modules are fetched from the demo server as a host would serve them.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { beforeEach, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CARD_TAGS, TAGS } from '../../src/elements/elements.js';
import * as en from '../../src/locales/en.js';
import { demoSession } from './demo-session.js';
import {
  CDN,
  CONTENT,
  DATASET,
  openModulePage,
  renderedCards,
  root,
  shadowMarkup,
  variations,
  visit,
} from './module-pages.js';
import { recordDefinitions, watchedPage } from './watched-page.js';

const session = demoSession();
let page: Page;
let warnings: string[];
let errors: string[];

beforeEach(async () => {
  await page?.close();
  ({ page, warnings, errors } = await watchedPage(session.browser));
  await page.addInitScript(recordDefinitions);
});

/** Opens a page that loads `files` and holds `body`, under `csp` if given. */
const open = (files: string[], body: string, csp?: string) =>
  openModulePage(page, session.server.url, files, body, csp);
/** Waits until every card of `tags` has rendered. */
const rendered = (tags: readonly string[]) => renderedCards(page, tags);
/** What each card of `tag` shows. */
const markupOf = (tag: string) => shadowMarkup(page, tag);

describe('each element module alone, with its SRI hash', () => {
  for (const tag of CARD_TAGS) {
    it(`${tag}.js renders <${tag}> from its own data; no error, no warning`, async () => {
      await open([`${tag}.js`], `<${tag}></${tag}>`);
      await rendered([tag]);
      const content = await page.evaluate(
        ([tag, selector]) =>
          Boolean(document.querySelector(tag)!.shadowRoot!.querySelector(selector)),
        [tag, CONTENT[tag]!] as const,
      );
      assert.ok(content, `<${tag}> shows its content`);
      assert.deepEqual(
        await page.evaluate(() => (window as unknown as { definitions: string[] }).definitions),
        [tag],
      );
      assert.deepEqual(errors, []);
      assert.deepEqual(warnings, []);
    });
  }

  it('visit-data.js defines <visit-data> alone', async () => {
    await open(['visit-data.js'], '<visit-data></visit-data>');
    await page.waitForFunction(() => customElements.get('visit-data'));
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { definitions: string[] }).definitions),
      ['visit-data'],
    );
    assert.deepEqual(errors, []);
  });
});

describe('two element modules and the all-in module on one page', () => {
  it('defines each tag once, by the module that loaded first; every card renders', async () => {
    const files = ['letter-quote.js', 'visit-card.js', 'visit-cards.js'];
    await open(files, CARD_TAGS.map((tag) => `<${tag}></${tag}>`).join('\n'));
    await rendered(CARD_TAGS);
    const definitions = await page.evaluate(
      () => (window as unknown as { definitions: string[] }).definitions,
    );
    assert.deepEqual([...definitions].sort(), [...TAGS].sort());
    assert.deepEqual(definitions.slice(0, 2), ['letter-quote', 'visit-card']);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
  });
});

describe('element modules under a strict Trusted Types policy', () => {
  // Each module holds its own Lit, which creates the "lit-html" policy as it evaluates.
  const STRICT = "script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

  it('one module: its card renders, no error', async () => {
    await open(['letter-quote.js'], '<letter-quote></letter-quote>', STRICT);
    await rendered(['letter-quote']);
    assert.deepEqual(errors, []);
  });

  it("two modules: both cards render where the policy allows duplicates of Lit's policy", async () => {
    const cards = '<letter-quote></letter-quote><visit-card></visit-card>';
    await open(['letter-quote.js', 'visit-card.js'], cards, `${STRICT} 'allow-duplicates'`);
    await rendered(['letter-quote', 'visit-card']);
    assert.deepEqual(errors, []);
  });

  it('two modules without duplicates allowed: the first stands, the second fails to load', async () => {
    const cards = '<letter-quote></letter-quote><visit-card></visit-card>';
    await open(['letter-quote.js', 'visit-card.js'], cards, STRICT);
    await rendered(['letter-quote']);
    await page.waitForFunction(() => document.readyState === 'complete');
    assert.equal(await page.evaluate(() => customElements.get('visit-card')), undefined);
    assert.ok(
      errors.some((e) => e.includes('Policy with name "lit-html" already exists')),
      errors.join('\n'),
    );
  });
});

describe('a card of its own module inside <visit-data> from visit-data.js', () => {
  it('shows the full dataset the provider loads', async () => {
    await open(
      ['visit-data.js', 'delegation-roster.js'],
      `<visit-data src="${DATASET}"><delegation-roster expanded="members"></delegation-roster></visit-data>`,
    );
    await rendered(['delegation-roster']);
    const members = await page.evaluate(
      () =>
        document.querySelector('delegation-roster')!.shadowRoot!.querySelectorAll('li.member')
          .length,
    );
    assert.equal(members, visit.people.length);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
  });

  it('refuses a bad dataset: the notice in the card, the event, one warning', async () => {
    await open(
      ['visit-data.js', 'letter-quote.js'],
      '<visit-data><letter-quote></letter-quote></visit-data>',
    );
    await rendered(['letter-quote']);
    const result = await page.evaluate(async () => {
      const provider = document.querySelector('visit-data')!;
      const card = document.querySelector('letter-quote')! as unknown as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      const codes: string[] = [];
      document.addEventListener('visit-cards-error', (event) => codes.push(event.detail.code));
      (provider as unknown as { data: unknown }).data = { schemaVersion: 1, quotes: 'none' };
      await new Promise((done) => setTimeout(done, 50));
      await card.updateComplete;
      return { codes, notice: card.shadowRoot!.querySelector('[part="notice"]')?.textContent };
    });
    assert.ok(result.codes.includes('invalid-dataset'), `codes: ${result.codes.join(', ')}`);
    assert.ok(result.notice?.includes('The data is not valid.'), `notice: ${result.notice}`);
    assert.deepEqual(errors, []);
    assert.ok(warnings.some((w) => w.startsWith('<visit-data>: The dataset is not valid')));
  });
});

describe("each card shows from its module's slice what it shows from the whole dataset", () => {
  for (const tag of CARD_TAGS) {
    // The all-in module carries what any card reads: each card checked against it too.
    for (const [file, provider] of [
      [`${tag}.js`, 'visit-data.js'],
      ['visit-cards.js', 'visit-cards.js'],
    ] as const) {
      it(`<${tag}> from ${file}, in every language and choice`, async () => {
        const cards = variations(tag).join('\n');
        await open([file], cards);
        await rendered([tag]);
        const fromSlice = await markupOf(tag);
        await page.close();
        page = await session.browser.newPage();
        page.on('pageerror', (error) => errors.push(error.message));
        await open(
          [...new Set([provider, file])],
          `<visit-data src="${DATASET}">${cards}</visit-data>`,
        );
        await rendered([tag]);
        const fromWhole = await markupOf(tag);
        assert.equal(fromSlice.length, fromWhole.length);
        fromSlice.forEach((markup, i) =>
          assert.equal(markup, fromWhole[i], `card ${i + 1}: ${variations(tag)[i]}`),
        );
        assert.deepEqual(errors, []);
      });
    }
  }
});

describe('the validator in the all-in module and visit-data.js', () => {
  /**
   * How many times the code at valibot's mark (`vendor:"valibot"`, in the function every schema
   * calls as it is made) ran in `file` since the page opened: from the innermost block of
   * Chromium's coverage that holds it.
   */
  async function validatorRuns(file: string): Promise<number> {
    const entries = await page.coverage.stopJSCoverage();
    const entry = entries.find((e) => e.url.endsWith(`${CDN}${file}`));
    assert.ok(entry?.source, `coverage of ${file}`);
    const at = entry.source.indexOf('vendor:"valibot"');
    assert.ok(at > 0, `${file} holds valibot`);
    const ranges = entry.functions
      .flatMap((f) => f.ranges)
      .filter((r) => r.startOffset <= at && at < r.endOffset)
      .sort((a, b) => a.endOffset - a.startOffset - (b.endOffset - b.startOffset));
    return ranges[0]!.count;
  }

  for (const file of ['visit-cards.js', 'visit-data.js']) {
    it(`${file}: not evaluated while no <visit-data> has received a dataset`, async () => {
      await page.coverage.startJSCoverage({ resetOnNavigation: false });
      const card = file === 'visit-cards.js' ? [] : ['letter-quote.js'];
      await open([file, ...card], '<visit-data><letter-quote></letter-quote></visit-data>');
      await rendered(['letter-quote']);
      assert.equal(await validatorRuns(file), 0);
    });

    it(`${file}: evaluated when one does`, async () => {
      await page.coverage.startJSCoverage({ resetOnNavigation: false });
      const card = file === 'visit-cards.js' ? [] : ['letter-quote.js'];
      await open(
        [file, ...card],
        `<visit-data src="${DATASET}"><letter-quote></letter-quote></visit-data>`,
      );
      await rendered(['letter-quote']);
      assert.ok((await validatorRuns(file)) > 0);
      assert.deepEqual(errors, []);
    });
  }
});

/** Each card's English strings, as its module would hold them. */
const STRINGS: Record<string, object> = {
  'visit-card': en.visitCard,
  'delegation-roster': en.delegationRoster,
  'letter-quote': en.letterQuote,
  'visit-timeline': en.visitTimeline,
};
/** The plain strings of a table, long enough not to turn up by chance. */
const plainStrings = (table: object) =>
  Object.values(table).filter(
    (value): value is string => typeof value === 'string' && value.length >= 8,
  );

describe('what a card module ships', () => {
  it("each card's strings, and none of another card's", async () => {
    for (const tag of CARD_TAGS) {
      const text = await readFile(new URL(`dist/cdn/${tag}.js`, root), 'utf8');
      const own = new Set([...plainStrings(STRINGS[tag]!), ...plainStrings(en.common)]);
      for (const string of own) assert.ok(text.includes(string), `${tag}.js holds "${string}"`);
      const others = CARD_TAGS.filter((other) => other !== tag)
        .flatMap((other) => plainStrings(STRINGS[other]!))
        .filter((string) => !own.has(string));
      assert.ok(others.length > 0);
      for (const string of others) assert.ok(!text.includes(string), `${tag}.js holds "${string}"`);
    }
  });

  it('no validator in a card module; the all-in module and visit-data.js hold it', async () => {
    const text = (file: string) => readFile(new URL(`dist/cdn/${file}`, root), 'utf8');
    for (const tag of CARD_TAGS) {
      assert.ok(!(await text(`${tag}.js`)).includes('"valibot"'), `${tag}.js holds no valibot`);
    }
    for (const file of ['visit-cards.js', 'visit-data.js']) {
      assert.ok((await text(file)).includes('"valibot"'), `${file} holds valibot`);
    }
  });
});
