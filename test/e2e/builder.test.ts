/**
 * The embed builder (demo/builder.html) end to end, in Chromium, as an author uses it: choose a
 * card and its options, the previews follow at three widths, Copy puts the snippet on the
 * clipboard and says so; that snippet pasted into a blank page renders the same card, shows its
 * fallback (and parseable JSON-LD) with JavaScript off, and with JavaScript arriving late does
 * not move the page or leave the fallback beside the card. The page is axe clean and speaks
 * each UI language. Run after a build (`npm run build` bundles the builder's script too).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { builderStrings } from '../../demo/builder/strings/index.js';
import { CARDS } from '../../demo/builder/controls.js';
import { LOCALES } from '../../src/locales/tags.js';
import { runAxe } from './axe.js';
import { firstPaint, servedChromium } from './first-paint.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const en = builderStrings.en;
const SCRIPT_DELAY_MS = 300;

const served = servedChromium(ROOT);

/** The builder in a page of its own, at `query`, once it shows a snippet; errors collected. */
async function openBuilder(query = '', width = 1440): Promise<{ tab: Page; errors: string[] }> {
  const context = await served.browser.newContext({ viewport: { width, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.url });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${served.url}/demo/builder.html${query}`);
  await tab.waitForFunction(
    () => (document.querySelector('output[name=snippet]') as HTMLOutputElement | null)?.value,
  );
  return { tab, errors };
}

/** The snippet the builder shows: the text of its `<output name="snippet">`. */
const snippetOf = (tab: Page) =>
  tab.locator('output[name=snippet]').evaluate((o) => (o as HTMLOutputElement).value);

/** Each preview's card: its tag, its width, its attributes, once it has rendered. */
async function previews(tab: Page) {
  await tab.waitForFunction(() =>
    [...document.querySelectorAll('.preview .frame > *')].every((el) =>
      el.shadowRoot?.querySelector('[part~=card], [part~=notice]'),
    ),
  );
  return tab.$$eval('.preview .frame > *', (cards) =>
    cards.map((card) => ({
      tag: card.localName,
      width: Math.round(card.getBoundingClientRect().width),
      attributes: Object.fromEntries([...card.attributes].map((a) => [a.name, a.value])),
    })),
  );
}

/**
 * What a reader gets of a card: its shadow root's text and the parts it is made of, in order.
 * The same for two cards that show the same thing, whatever ids their elements drew.
 */
const CARD_CONTENT = (card: Element) => ({
  text: card.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim(),
  parts: [...card.shadowRoot!.querySelectorAll('[part]')].map((el) => el.getAttribute('part')),
});

/** A blank page holding `snippet` with text below it, the library's script held back `delay` ms. */
async function pasted(
  snippet: string,
  { javaScript = true, delay = 0, width = 640 } = {},
): Promise<Page> {
  const context = await served.browser.newContext({
    viewport: { width: 1000, height: 3000 },
    javaScriptEnabled: javaScript,
  });
  const tab = await context.newPage();
  await tab.route(`${served.url}/__blank.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title>
        <style>body { margin: 0; font: 18px/1.6 Georgia, serif }</style></head><body>
        <div class="column" style="width:${width}px">${snippet}</div><p class="below">Text below.</p>
        <script>
          window.layoutShift = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        </script></body></html>`,
    }),
  );
  if (delay) {
    await tab.route('**/dist/cdn/*.js', async (route) => {
      await new Promise((done) => setTimeout(done, delay));
      await firstPaint(tab);
      await route.continue();
    });
  }
  await tab.goto(`${served.url}/__blank.html`);
  return tab;
}

/** Chooses `value` in the select labelled `label`. */
async function choose(tab: Page, label: string, value: string): Promise<void> {
  await tab.getByLabel(label, { exact: true }).selectOption(value);
}

describe('the embed builder', () => {
  it('offers every card, each with its snippet and a live preview at three widths', async () => {
    const { tab, errors } = await openBuilder();
    try {
      for (const card of CARDS) {
        await tab.getByRole('radio', { name: en.cards[card] }).check();
        const shown = await previews(tab);
        assert.deepEqual(
          shown.map(({ tag, width }) => [tag, width]),
          [
            [card, 360],
            [card, 640],
            [card, 300],
          ],
        );
        const snippet = await snippetOf(tab);
        const lines = snippet.split('\n');
        assert.match(
          lines[0]!,
          /^<link rel="stylesheet" href="http:\/\/[^"]+\/dist\/cdn\/visit-cards\.css" integrity="sha384-[\w+/=]+" crossorigin="anonymous">$/,
        );
        assert.match(
          lines[1]!,
          /^<script type="module" src="http:\/\/[^"]+\/dist\/cdn\/[\w-]+\.js" integrity="sha384-[\w+/=]+" crossorigin="anonymous"><\/script>$/,
        );
        assert.equal(lines[2], `<${card}>`);
        assert.match(snippet, /<script type="application\/ld\+json">/);
        assert.ok(snippet.trimEnd().endsWith(`</${card}>`));
        assert.match(await tab.locator('#size').textContent().then(String), /bytes, .* gzipped/);
      }
      assert.deepEqual(errors, []);
    } finally {
      await tab.context().close();
    }
  });

  it('the previews and the snippet follow the options; what does not apply is disabled', async () => {
    const { tab, errors } = await openBuilder('?card=letter-quote');
    try {
      await choose(tab, en.quote.label, 'sanctions');
      await choose(tab, en.lang.label, 'ru');
      await choose(tab, en.theme.label, 'dark');
      await choose(tab, en.headingLevel.label, '2');
      await tab.getByRole('checkbox', { name: en.expanded.sections.sources }).check();
      const expected = {
        'quote-id': 'sanctions',
        expanded: 'sources',
        lang: 'ru',
        theme: 'dark',
        'heading-level': '2',
      };
      for (const { attributes } of await previews(tab)) {
        for (const [name, value] of Object.entries(expected)) assert.equal(attributes[name], value);
        assert.equal(attributes.topic, undefined, 'no topic beside a quote id');
      }
      assert.ok(await tab.getByLabel(en.topic.label, { exact: true }).isDisabled());
      assert.ok(await tab.getByLabel(en.pick.label, { exact: true }).isDisabled());
      const column = tab.locator('.preview[data-width=column] letter-quote');
      assert.equal(await column.locator('h2').count(), 1, 'the heading at level 2');
      assert.equal(await column.locator('details[open]').count(), 1, 'the sources open');
      assert.match(
        await snippetOf(tab),
        /\n<letter-quote quote-id="sanctions" expanded="sources" lang="ru" theme="dark" heading-level="2">\n/,
      );
      // The address holds the state: a reload shows the same.
      const before = await snippetOf(tab);
      await tab.reload();
      await tab.waitForFunction(
        (text) =>
          (document.querySelector('output[name=snippet]') as HTMLOutputElement).value === text,
        before,
      );
      assert.deepEqual(errors, []);
    } finally {
      await tab.context().close();
    }
  });

  it('Copy puts the snippet on the clipboard and says so, from the keyboard too', async () => {
    const { tab } = await openBuilder('?card=delegation-roster&sector=diplomacy,defence');
    try {
      const copy = tab.getByRole('button', { name: en.snippet.copy });
      await copy.focus();
      await tab.keyboard.press('Enter');
      await tab.getByRole('status').filter({ hasText: en.snippet.copied }).waitFor();
      const clipboard = await tab.evaluate(() => navigator.clipboard.readText());
      assert.equal(clipboard, await snippetOf(tab));
      assert.match(clipboard, /<delegation-roster sector="diplomacy,defence">/);
    } finally {
      await tab.context().close();
    }
  });

  it('the copied snippet, pasted into a blank page, renders the same card', async () => {
    const { tab } = await openBuilder(
      '?card=visit-card&variant=compact&lang=ko-KP&theme=dark&expanded=outcomes',
    );
    try {
      const builderCard = await tab
        .locator('.preview[data-width=column] visit-card')
        .evaluate(CARD_CONTENT);
      const page = await pasted(await snippetOf(tab));
      try {
        const card = page.locator('visit-card');
        await page.waitForFunction(() =>
          document.querySelector('visit-card')?.shadowRoot?.querySelector('[part~=card]'),
        );
        assert.deepEqual(await card.evaluate(CARD_CONTENT), builderCard);
        assert.ok(builderCard.text.length > 200);
      } finally {
        await page.context().close();
      }
    } finally {
      await tab.context().close();
    }
  });

  it('without JavaScript, the pasted snippet shows the card’s fallback and its JSON-LD parses', async () => {
    const { tab } = await openBuilder('?card=letter-quote&quote-id=sanctions&lang=ru');
    try {
      const page = await pasted(await snippetOf(tab), { javaScript: false });
      try {
        const heading = page.getByRole('heading', { level: 3 });
        assert.ok(await heading.isVisible());
        assert.match(String(await heading.textContent()), /Путин/);
        assert.ok(await page.locator('letter-quote blockquote').isVisible());
        const [ld] = await page.$$eval('script[type="application/ld+json"]', (scripts) =>
          scripts.map((s) => JSON.parse(s.textContent!) as Record<string, unknown>),
        );
        assert.equal(ld!['@type'], 'Quotation');
        assert.ok(Array.isArray(ld!.citation) && ld!.citation.length > 0, 'it names its sources');
      } finally {
        await page.context().close();
      }
    } finally {
      await tab.context().close();
    }
  });

  for (const width of [320, 640]) {
    it(`with the script arriving late, at ${width} px: layout shift 0, the fallback gone`, async () => {
      const { tab } = await openBuilder('?card=visit-card&lang=ru&theme=dark');
      try {
        const page = await pasted(await snippetOf(tab), { delay: SCRIPT_DELAY_MS, width });
        try {
          const before = await page.locator('.below').boundingBox();
          await page.waitForFunction(() =>
            document.querySelector('visit-card')?.shadowRoot?.querySelector('[part~=card]'),
          );
          await page.evaluate(
            () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
          );
          const after = await page.locator('.below').boundingBox();
          assert.ok(
            Math.abs(after!.y - before!.y) <= 1,
            `the text below moved ${after!.y - before!.y} px`,
          );
          assert.equal(
            await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift),
            0,
          );
          // No box of the fallback is left beside the card.
          // The light DOM only: Playwright's selectors would pierce the shadow root.
          const shown = await page.evaluate(() =>
            [...document.querySelector('visit-card')!.children]
              .filter((child) => child.getClientRects().length > 0)
              .map((child) => child.localName),
          );
          assert.deepEqual(shown, []);
        } finally {
          await page.context().close();
        }
      } finally {
        await tab.context().close();
      }
    });
  }

  it('a value the card refuses: no snippet, a message that says why, the card’s notice', async () => {
    const { tab } = await openBuilder('?card=delegation-roster');
    try {
      await tab.getByLabel(en.limit.label, { exact: true }).fill('0');
      await tab.getByRole('alert').filter({ hasText: en.snippet.none }).waitFor();
      assert.equal(await snippetOf(tab), '');
      assert.ok(await tab.getByRole('button', { name: en.snippet.copy }).isDisabled());
      const notice = tab.locator('.preview[data-width=column] delegation-roster [part~=notice]');
      await notice.waitFor();
      // A folder that is not http(s) is refused too.
      await tab.getByLabel(en.limit.label, { exact: true }).fill('');
      await tab.getByLabel(en.files.label, { exact: true }).fill('javascript:alert(1)');
      await tab.getByText(en.files.invalid).waitFor();
      assert.equal(await snippetOf(tab), '');
      await tab.getByLabel(en.files.label, { exact: true }).fill('https://cdn.example/v/');
      assert.match(await snippetOf(tab), /src="https:\/\/cdn\.example\/v\/[\w-]+\.js"/);
    } finally {
      await tab.context().close();
    }
  });

  for (const locale of LOCALES) {
    it(`speaks ${locale}, and axe finds nothing, at 1440 and 390 px`, async () => {
      for (const width of [1440, 390]) {
        const { tab, errors } = await openBuilder(`?ui=${locale}&card=delegation-roster`, width);
        try {
          const strings = builderStrings[locale];
          assert.equal(await tab.evaluate(() => document.documentElement.lang), locale);
          assert.equal(await tab.getByRole('heading', { level: 1 }).textContent(), strings.title);
          await tab.getByRole('button', { name: strings.snippet.copy }).waitFor();
          await previews(tab);
          const violations = await runAxe(tab);
          assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
          assert.deepEqual(errors, []);
        } finally {
          await tab.context().close();
        }
      }
    });
  }
});
