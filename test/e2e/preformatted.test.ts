/**
 * Dates formatted at build time (src/internal/preformatted.ts, scripts/rollup-preformatted.mjs):
 * each CDN module shows every variation of its card from the bundled data, in each of the
 * library's languages, without creating an Intl object on the page; and what it shows is what
 * the browser's own Intl writes, which the same cards show when their `lang` is written in
 * capitals (the same language, but no preformatted string's key): the same words and digits in
 * the same order. Only the spaces may differ: the build's ICU (Node's) and the browser's can
 * be of different CLDR versions, which space ranges differently ("July 19 – 20, 2000" with thin
 * spaces in CLDR 48; "19일~20일" against "19일 ~ 20일").
 * Run after a build.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CARD_TAGS } from '../../src/elements/elements.js';
import { demoSession } from './demo-session.js';
import { openModulePage, renderedCards, shadowMarkup, variations } from './module-pages.js';

const session = demoSession();

/**
 * Records each Intl object the page creates, by constructor and locale, on `window.intl`.
 * A string: a function would reach the page with the helpers tsx adds to named functions.
 */
const COUNT_INTL = `
  window.intl = [];
  for (const name of ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat']) {
    const real = Intl[name];
    const record = (args) => window.intl.push(name + ' ' + String(args[0]));
    Intl[name] = new Proxy(real, {
      construct(target, args, newTarget) {
        record(args);
        return Reflect.construct(target, args, newTarget);
      },
      apply(target, self, args) {
        record(args);
        return Reflect.apply(target, self, args);
      },
    });
  }
`;

/** The cards of `tags` on a fresh page that loads `file`: their markup, and the Intl objects made. */
async function show(
  file: string,
  tags: readonly string[],
  cards: string[],
): Promise<{ markup: string[]; intl: string[] }> {
  const page: Page = await session.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.addInitScript({ content: COUNT_INTL });
    await openModulePage(page, session.server.url, [file], cards.join('\n'));
    await renderedCards(page, tags);
    const markup = (await Promise.all(tags.map((tag) => shadowMarkup(page, tag)))).flat();
    const intl = await page.evaluate(() => (window as unknown as { intl: string[] }).intl);
    assert.deepEqual(errors, []);
    return { markup, intl };
  } finally {
    await page.close();
  }
}

/** The text and markup to compare: `lang="…"` in lower case, and no space of any kind. */
const comparable = (markup: string) =>
  markup
    .replace(/\blang="([^"]*)"/g, (_, lang: string) => `lang="${lang.toLowerCase()}"`)
    .replace(/\s+/gu, '');

describe('dates formatted at build time', () => {
  for (const [file, tags] of [
    ...CARD_TAGS.map((tag) => [`${tag}.js`, [tag]] as const),
    ['visit-cards.js', CARD_TAGS] as const,
  ]) {
    it(`${file}: every card, language and choice without an Intl object, as Intl writes it`, async () => {
      // One card of a kind at a time in the page's order: the markup lists each tag's cards.
      const cards = tags.flatMap((tag) => variations(tag));
      const ahead = await show(file, tags, cards);
      assert.deepEqual(ahead.intl, [], 'no Intl object is created');

      const capitals = cards.map((card) =>
        card.replace(/ lang="([^"]*)"/, (_, lang: string) => ` lang="${lang.toUpperCase()}"`),
      );
      const now = await show(file, tags, capitals);
      assert.ok(
        now.intl.some((made) => made.startsWith('DateTimeFormat')),
        'with lang in capitals, the dates are formatted on the page',
      );
      assert.equal(ahead.markup.length, now.markup.length);
      ahead.markup.forEach((markup, i) =>
        assert.equal(comparable(markup), comparable(now.markup[i]!), `card ${i + 1}: ${cards[i]}`),
      );
    });
  }

  it('visit-cards.js: a page in en-US, ru-RU or ko-KR uses them too; en-GB formats its own', async () => {
    const cards = (lang: string) =>
      CARD_TAGS.map((tag) => `<${tag} lang="${lang}" expanded="sources"></${tag}>`);
    const aliases = await show(
      'visit-cards.js',
      CARD_TAGS,
      ['en-US', 'ru-RU', 'ko-KR'].flatMap(cards),
    );
    assert.deepEqual(aliases.intl, [], 'no Intl object is created');
    const british = await show('visit-cards.js', CARD_TAGS, cards('en-GB'));
    assert.ok(british.intl.some((made) => made === 'DateTimeFormat en-GB'));
    assert.match(british.markup.join(''), /18 June 2024/);
  });
});
