/**
 * The fallback `visit-cards/snippet` writes inside each card, in a real browser (Chromium):
 * - without JavaScript the reader sees it (the card's heading and text, in their language)
 *   and its JSON-LD parses; a hostile dataset puts no element in the page;
 * - with the script held back until the page has painted, as on a slow connection, the page
 *   does not move when the cards upgrade (layout shift 0, the fallback fitting the reserved
 *   height), and then the fallback is neither shown nor in the accessibility tree beside the
 *   card: its text is there once;
 * - a card the server rendered to declarative shadow DOM hides the fallback from the start.
 * Firefox and WebKit are checked by test/browser/fallback.test.ts. Run after a build.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { dataset, type Visit } from '../../src/data/index.js';
import { passageFor } from '../../src/internal/passage.js';
import { pickText } from '../../src/internal/locale.js';
import { LOCALES, type Locale } from '../../src/locales/tags.js';
import { snippet, type SnippetAttributes, type SnippetTag } from '../../src/snippet/index.js';
import { firstPaint, servedChromium } from './first-paint.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INTEGRITY = JSON.parse(await readFile(`${ROOT}dist/cdn/integrity.json`, 'utf8')) as Record<
  string,
  string
>;

/** A card in a configuration the reservation sheet holds exactly. */
interface Card {
  tag: SnippetTag;
  attributes: SnippetAttributes;
  /** The card's heading in `locale`, as the fallback and the card both show it. */
  heading: (locale: Locale) => string;
  /** The `@type` of its JSON-LD. */
  type: string;
}

const { overview, article } = dataset;
const say = (value: Parameters<typeof pickText>[0], locale: Locale) => pickText(value, locale).text;
const CARDS: Card[] = [
  {
    tag: 'visit-card',
    attributes: {},
    heading: (l) => say(overview.headline ?? overview.title, l),
    type: 'Event',
  },
  {
    tag: 'visit-card',
    attributes: { variant: 'compact' },
    heading: (l) => say(overview.headline ?? overview.title, l),
    type: 'Event',
  },
  {
    tag: 'delegation-roster',
    attributes: {},
    heading: (l) => snippetHeading('delegation-roster', l),
    type: 'ItemList',
  },
  {
    tag: 'letter-quote',
    attributes: {},
    heading: (l) => snippetHeading('letter-quote', l),
    type: 'Quotation',
  },
];
/** The timeline, with no period: the sheet reserves it once `npm run reserve` has measured it. */
const TIMELINE: Card = {
  tag: 'visit-timeline',
  attributes: {},
  heading: (l) => snippetHeading('visit-timeline', l),
  type: 'ItemList',
};
const SHEET = await readFile(`${ROOT}dist/cdn/visit-cards.css`, 'utf8');
/** Whether the sheet holds the timeline's height yet; until then, no layout-shift test for it. */
const TIMELINE_RESERVED = SHEET.includes('--vr-timeline');
if (TIMELINE_RESERVED) CARDS.push(TIMELINE);
/** Every card, for what does not depend on the reserved heights. */
const ALL = TIMELINE_RESERVED ? CARDS : [...CARDS, TIMELINE];
const WIDTHS = [320, 640, 900];
const VIEWPORT = { width: 1000, height: 6000 };
const SCRIPT_DELAY_MS = 300;

/** The text of the fallback's heading, as the snippet writes it (tags dropped). */
function snippetHeading(tag: SnippetTag, locale: Locale): string {
  const heading = /<h3>(.*?)<\/h3>/.exec(snippet(tag, { lang: locale }))![1]!;
  return heading.replace(/<[^>]+>/g, '');
}

/** The snippet of `card` in `lang`. */
const markupOf = (card: Card, lang: Locale, options = {}) =>
  snippet(card.tag, { ...card.attributes, lang }, options);

/** A page: the stylesheet and script (as the README says), `body`, text around each card. */
function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8" />
    <link rel="stylesheet" href="/dist/cdn/visit-cards.css"
      integrity="${INTEGRITY['visit-cards.css']}" crossorigin="anonymous" />
    <script type="module" src="/dist/cdn/visit-cards.js"></script>
    <style>body { margin: 0; font: 18px/1.6 Georgia, serif } p { margin: 0.5rem 0 }</style>
    </head><body>${body}
    <script>
      window.before = [...document.querySelectorAll('.below')].map((p) => p.getBoundingClientRect().top);
      window.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    </script></body></html>`;
}

/** Each markup in a column `width` px wide, text above and below it. */
const columns = (markups: readonly string[], width: number) =>
  markups
    .map(
      (markup) => `<section><p>Text above the card.</p><div class="column" style="width:${width}px">
        ${markup}</div><p class="below">Text below the card.</p></section>`,
    )
    .join('');

const served = servedChromium(ROOT);

/** Opens `body` in a page of its own; the script held back until the page has painted. */
async function open(body: string, { javaScript = true } = {}): Promise<Page> {
  const context = await served.browser.newContext({
    viewport: VIEWPORT,
    javaScriptEnabled: javaScript,
  });
  const tab = await context.newPage();
  await tab.route(`${served.url}/__page.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: page(body) }),
  );
  await tab.route('**/dist/cdn/visit-cards.js', async (route) => {
    await new Promise((done) => setTimeout(done, SCRIPT_DELAY_MS));
    await firstPaint(tab);
    await route.continue();
  });
  await tab.goto(`${served.url}/__page.html`);
  return tab;
}

/** The JSON-LD of every card in the page, parsed in it. */
async function jsonLdOf(tab: Page): Promise<Record<string, unknown>[]> {
  return tab.evaluate(() =>
    [...document.querySelectorAll('.column > * > script[type="application/ld+json"]')].map(
      (s) => JSON.parse(s.textContent!) as Record<string, unknown>,
    ),
  );
}

/** How many nodes of Chromium's accessibility tree (what a screen reader gets) are named `name`. */
async function inAccessibilityTree(tab: Page, role: string, name: string): Promise<number> {
  const cdp = await tab.context().newCDPSession(tab);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  return nodes.filter((n) => !n.ignored && n.role?.value === role && n.name?.value === name).length;
}

describe('without JavaScript, the fallback is the card', () => {
  for (const lang of LOCALES) {
    it(`shows each card’s fallback in ${lang}, and its JSON-LD parses`, async () => {
      const tab = await open(
        columns(
          ALL.map((card) => markupOf(card, lang)),
          640,
        ),
        { javaScript: false },
      );
      try {
        const cards = tab.locator('.column > *');
        assert.equal(await cards.count(), ALL.length);
        for (const [i, card] of ALL.entries()) {
          const element = cards.nth(i);
          assert.ok(await element.evaluate((el) => el.matches(':not(:defined)')), 'not upgraded');
          const heading = element.getByRole('heading', { level: 3 });
          assert.equal(await heading.textContent(), card.heading(lang));
          assert.ok(await heading.isVisible(), `${card.tag}: its heading is shown`);
          // What a screen reader gets: the heading, once for each card that has it.
          const same = ALL.filter((c) => c.heading(lang) === card.heading(lang)).length;
          assert.equal(await inAccessibilityTree(tab, 'heading', card.heading(lang)), same);
        }
        const types = (await jsonLdOf(tab)).map((ld) => [ld['@context'], ld['@type']]);
        assert.deepEqual(
          types,
          ALL.map((card) => ['https://schema.org', card.type]),
        );
      } finally {
        await tab.context().close();
      }
    });
  }

  it('shows the quote as the card would, in the text attested for the reader, links live', async () => {
    const quote = dataset.quotes.find((q) => q.id === 'sanctions') ?? dataset.quotes[0]!;
    const tab = await open(snippet('letter-quote', { 'quote-id': quote.id, lang: 'ru' }), {
      javaScript: false,
    });
    try {
      const passage = passageFor(quote, 'ru');
      const blockquote = tab.locator('letter-quote blockquote');
      assert.equal((await blockquote.textContent())?.trim(), passage.text);
      assert.equal(await blockquote.getAttribute('lang'), passage.language);
      assert.ok(await blockquote.isVisible());
      assert.ok(await tab.getByText(say(article.title, 'ru')).isVisible());
      // The sources fold as on the card; a reader opens them without any script.
      await tab.locator('letter-quote summary').click();
      const links = tab.locator('letter-quote details a');
      for (const href of await links.evaluateAll((as) =>
        as.map((a) => (a as HTMLAnchorElement).href),
      )) {
        assert.match(href, /^https?:\/\//);
      }
      const [ld] = await tab.$$eval('script[type="application/ld+json"]', (s) =>
        s.map((x) => JSON.parse(x.textContent!) as { text: string }),
      );
      assert.equal(ld!.text, passage.text);
    } finally {
      await tab.context().close();
    }
  });

  it('puts no element of a hostile dataset in the page', async () => {
    const HOSTILE = `</script><script>window.hacked = 1</script><img src=x onerror="window.hacked = 2"> & "it's"`;
    const visit = structuredClone(dataset) as Visit;
    visit.overview.headline = { en: HOSTILE };
    visit.people[0]!.name = { en: HOSTILE };
    for (const source of visit.sources) source.publisher = HOSTILE;
    const tab = await open(
      columns(
        ALL.map((card) => markupOf(card, 'en', { dataset: visit })),
        640,
      ),
      { javaScript: false },
    );
    try {
      assert.equal(await tab.locator('img').count(), 0);
      assert.equal(await tab.locator('.column script').count(), ALL.length);
      assert.equal(await tab.locator('visit-card h3').first().textContent(), HOSTILE);
      for (const ld of await jsonLdOf(tab)) assert.ok(JSON.stringify(ld).includes('window.hacked'));
    } finally {
      await tab.context().close();
    }
  });
});

/** Loads the cards, the script late; what moved once they rendered, and what is left shown. */
async function upgrade(markups: readonly string[], width: number) {
  const tab = await open(columns(markups, width));
  try {
    await tab.waitForFunction(() =>
      [...document.querySelectorAll('.column > *')].every(
        (el) => el.shadowRoot?.querySelector('[part~=card]') && !el.matches(':not(:defined)'),
      ),
    );
    await tab.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const measured = await tab.evaluate(() => {
      const w = window as unknown as { before: number[]; layoutShift: number };
      const below = [...document.querySelectorAll('.below')].map(
        (p) => p.getBoundingClientRect().top,
      );
      // Every box the fallback still has: none, once the shadow root without a slot is there.
      const shown = [...document.querySelectorAll('.column > * > *')].flatMap((child) => {
        const range = document.createRange();
        range.selectNodeContents(child);
        return child.getClientRects().length || range.getClientRects().length
          ? [child.localName]
          : [];
      });
      return {
        moved: below.map((top, i) => Math.abs(top - w.before[i]!)),
        layoutShift: w.layoutShift,
        shown,
      };
    });
    return { ...measured, tab };
  } catch (error) {
    await tab.context().close();
    throw error;
  }
}

describe('with the script arriving late, the card takes the fallback’s place', () => {
  for (const card of CARDS) {
    const config = `<${card.tag}${Object.entries(card.attributes)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('')}>`;
    for (const width of WIDTHS) {
      it(`${config} at ${width} px in ${LOCALES.join(', ')}: layout shift 0, the text once`, async (t) => {
        const { moved, layoutShift, shown, tab } = await upgrade(
          LOCALES.map((lang) => markupOf(card, lang)),
          width,
        );
        try {
          t.diagnostic(`moved ${moved.map((m) => m.toFixed(2)).join(', ')} px; CLS ${layoutShift}`);
          moved.forEach((m, i) =>
            assert.ok(m <= 1, `the text below moved ${m} px in ${LOCALES[i]}`),
          );
          assert.equal(layoutShift, 0);
          assert.deepEqual(shown, [], 'no part of the fallback is shown beside the card');
          for (const lang of LOCALES) {
            // The card's own heading, and not the fallback's as well.
            assert.equal(await inAccessibilityTree(tab, 'heading', card.heading(lang)), 1, lang);
          }
        } finally {
          await tab.context().close();
        }
      });
    }
  }

  it('a quote reserved at the median moves no more with its fallback than without', async () => {
    const quote = dataset.quotes.find((q) => q.id === 'sanctions') ?? dataset.quotes[0]!;
    const markups = LOCALES.map((lang) => snippet('letter-quote', { 'quote-id': quote.id, lang }));
    const bare = markups.map((m) => m.replace(/>\n[\s\S]*\n</, '><'));
    const withFallback = await upgrade(markups, 640);
    const without = await upgrade(bare, 640);
    await withFallback.tab.context().close();
    await without.tab.context().close();
    withFallback.moved.forEach((m, i) =>
      assert.ok(
        m <= without.moved[i]! + 1,
        `${LOCALES[i]}: ${m} px against ${without.moved[i]} px`,
      ),
    );
    // The quote's text is there once for a screen reader: in the card.
    assert.deepEqual(withFallback.shown, []);
  });
});

describe('a card the sheet does not reserve yet', () => {
  it(
    '<visit-timeline>: once it upgrades, the fallback is not shown beside it',
    { skip: TIMELINE_RESERVED && 'reserved: tested above' },
    async () => {
      const { shown, tab } = await upgrade(
        LOCALES.map((lang) => markupOf(TIMELINE, lang)),
        640,
      );
      try {
        assert.deepEqual(shown, []);
        for (const lang of LOCALES) {
          assert.equal(await inAccessibilityTree(tab, 'heading', TIMELINE.heading(lang)), 1, lang);
        }
      } finally {
        await tab.context().close();
      }
    },
  );
});

describe('server-rendered to declarative shadow DOM', () => {
  /** The server's markup of `<letter-quote>` with the snippet's fallback as its children. */
  function serverRendered(lang: Locale): string {
    const fallback = snippet('letter-quote', { lang }).replace(
      /^<letter-quote[^>]*>|<\/letter-quote>\n$/g,
      '',
    );
    const script = `
      import '@lit-labs/ssr/lib/install-global-dom-shim.js';
      import { render } from '@lit-labs/ssr';
      import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
      import { html } from 'lit';
      import { unsafeHTML } from 'lit/directives/unsafe-html.js';
      // Imported once the shim is in place, as test/ssr/ssr.test.ts does.
      await import(${JSON.stringify(new URL('dist/define/letter-quote.js', `file://${ROOT}`).href)});
      const fallback = ${JSON.stringify(fallback)};
      process.stdout.write(await collectResult(render(html\`<letter-quote lang=${JSON.stringify(lang)}>\${unsafeHTML(fallback)}</letter-quote>\`)));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout;
  }

  for (const javaScript of [false, true]) {
    it(`shows the server’s card, not the fallback, ${javaScript ? 'once the script has run' : 'without JavaScript'}; the JSON-LD is there`, async () => {
      const card = CARDS.find((c) => c.tag === 'letter-quote')!;
      const markup = serverRendered('ru');
      assert.match(markup, /<template shadowroot(mode)?="open"[\s\S]*<\/template>[\s\S]*<h3>/);
      const tab = await open(columns([markup], 640), { javaScript });
      try {
        if (javaScript) {
          await tab.waitForFunction(() => customElements.get('letter-quote') !== undefined);
          await tab.evaluate(
            () =>
              (
                document.querySelector('letter-quote') as unknown as {
                  updateComplete: Promise<unknown>;
                }
              ).updateComplete,
          );
        }
        // The light DOM only (Playwright's selectors would pierce the shadow root).
        const hidden = await tab.evaluate(() =>
          [...document.querySelector('letter-quote')!.children].every(
            (child) => child.getClientRects().length === 0,
          ),
        );
        assert.ok(hidden, 'the fallback is not shown');
        assert.equal(await inAccessibilityTree(tab, 'heading', card.heading('ru')), 1);
        const [ld] = await jsonLdOf(tab);
        assert.equal(ld!['@type'], 'Quotation');
      } finally {
        await tab.context().close();
      }
    });
  }
});
