/**
 * The demo article pages in a real browser, as a reader gets them from a host: both builds of
 * the CDN bundle load under SRI, with the library's stylesheet holding the cards' places, every
 * card renders, nothing is logged as an error, axe finds nothing, and the cards do not push the
 * text around when they upgrade. Run after a build.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { demoSession } from './demo-session.js';
import { runAxe, type Violation } from './axe.js';
import { firstPaint } from './first-paint.js';
import { TAGS } from '../../src/elements/elements.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INTEGRITY = JSON.parse(
  await readFile(join(ROOT, 'dist/cdn/integrity.json'), 'utf8'),
) as Record<string, string>;

const PAGES = [
  { page: 'index.html', script: 'visit-cards.js' },
  { page: 'classic.html', script: 'visit-cards.classic.js' },
];
const VIEWPORTS = [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'narrow', width: 390, height: 844 },
];
/** Each card's tag, and the node its shadow root holds once it has rendered. */
const CARDS: Record<string, string> = {
  'visit-card': 'article :is(h2, h3)',
  'letter-quote': 'blockquote',
  'delegation-roster': 'li',
};
/**
 * How long the bundle is held back: long enough that the page paints before the cards upgrade,
 * as it does on a slow connection, so the layout-shift figure measures the reserved space.
 */
const SCRIPT_DELAY_MS = 400;

const MAX_LAYOUT_SHIFT = 0.05;
/** A well-formed SRI value that matches no bundle: the hash of an empty file. */
const WRONG_INTEGRITY = 'sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb';

/** Set up before the page's own scripts: sums layout shifts and notes when the cards upgrade. */
function observeLoad(): void {
  const w = window as unknown as { layoutShift: number; shifted: string[]; definedAt?: number };
  w.layoutShift = 0;
  w.shifted = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      w.layoutShift += entry.value;
      for (const source of entry.sources ?? []) w.shifted.push(String(source.node?.nodeName));
    }
  }).observe({ type: 'layout-shift', buffered: true });
  void customElements.whenDefined('visit-card').then(() => (w.definedAt = performance.now()));
}

/** Resolves once every card has rendered its main node, and the browser has painted that. */
async function cardsRendered(page: Page): Promise<void> {
  await page.waitForFunction(
    (cards) =>
      Object.entries(cards).every(([tag, selector]) =>
        [...document.querySelectorAll(tag)].every((el) => el.shadowRoot?.querySelector(selector)),
      ),
    CARDS,
  );
  // Layout-shift entries arrive after the frame that shifted: wait two frames for them.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

const session = demoSession();

for (const { page: file, script } of PAGES) {
  for (const viewport of VIEWPORTS) {
    describe(`demo/${file}, ${viewport.name} (${viewport.width} px)`, () => {
      let page: Page;
      const errors: string[] = [];
      let loadMs = 0;
      let axeResult: Promise<Violation[]> | undefined;
      /** The page's axe violations; axe runs once, on the first call. */
      const axeViolations = () => (axeResult ??= runAxe(page));

      before(async () => {
        page = await session.browser.newPage({ viewport });
        page.on('console', (msg) => {
          if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
        });
        page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
        await page.addInitScript(observeLoad);
        await page.route(`**/dist/cdn/${script}`, async (route) => {
          await new Promise((done) => setTimeout(done, SCRIPT_DELAY_MS));
          // On a loaded machine the page may not have painted yet: hold on until it has, as a
          // slow connection would, or the upgrade could come before anything is on screen.
          await firstPaint(page);
          await route.continue();
        });
        const start = Date.now();
        await page.goto(`${session.server.url}/demo/${file}`);
        await cardsRendered(page);
        loadMs = Date.now() - start;
      });

      after(() => page?.close());

      it('renders every card into its shadow root', async (t) => {
        const rendered = await page.evaluate(
          (cards) =>
            Object.entries(cards).map(([tag, selector]) => ({
              tag,
              count: document.querySelectorAll(tag).length,
              rendered: [...document.querySelectorAll(tag)].filter((el) =>
                el.shadowRoot?.querySelector(selector),
              ).length,
            })),
          CARDS,
        );
        assert.deepEqual(
          rendered.map(({ tag, count }) => `${tag} ×${count}`),
          ['visit-card ×1', 'letter-quote ×2', 'delegation-roster ×1'],
        );
        for (const { tag, count, rendered: done } of rendered) {
          assert.equal(done, count, `every <${tag}> rendered`);
        }
        t.diagnostic(
          `cards rendered ${loadMs} ms after navigation (script held ${SCRIPT_DELAY_MS} ms)`,
        );
      });

      it('logs no console error and throws no page error', () => {
        assert.deepEqual(errors, []);
      });

      it(`loads ${script} under its SRI hash`, async () => {
        const tag = await page.evaluate((name) => {
          const el = document.querySelector<HTMLScriptElement>(`script[src$="/${name}"]`);
          return el && { integrity: el.integrity, crossOrigin: el.crossOrigin, type: el.type };
        }, script);
        assert.ok(tag, `a script tag loads ${script}`);
        assert.match(tag.integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
        assert.equal(tag.integrity, INTEGRITY[script], 'the hash of the built file');
        assert.equal(tag.crossOrigin, 'anonymous');
        assert.equal(tag.type, script.includes('classic') ? '' : 'module');
        // The cards are defined only if the browser accepted the bytes under that hash.
        assert.ok(await page.evaluate(() => Boolean(customElements.get('visit-card'))));
      });

      it('holds the cards’ places with the library’s stylesheet, under its SRI hash', async () => {
        const sheets = await page.evaluate(() =>
          [...document.styleSheets].map((sheet) => ({
            href: sheet.href,
            integrity: (sheet.ownerNode as HTMLLinkElement | null)?.integrity ?? '',
            rules: [...sheet.cssRules].map((rule) => rule.cssText),
          })),
        );
        const library = sheets.find((sheet) => sheet.href?.endsWith('/dist/cdn/visit-cards.css'));
        assert.ok(library, 'the page links dist/cdn/visit-cards.css');
        assert.equal(library.integrity, INTEGRITY['visit-cards.css']);
        assert.ok(library.rules.some((rule) => rule.includes(':not(:defined)')));
        // No height of the page's own: the stylesheet's measured ones are all there is.
        const own = sheets.filter((sheet) => sheet !== library).flatMap((sheet) => sheet.rules);
        assert.deepEqual(
          own.filter((rule) => /:not\(:defined\)[^{]*\{[^}]*(min-)?height/.test(rule)),
          [],
        );
      });

      it('has no axe violations on the whole page', async (t) => {
        const violations = await axeViolations();
        if (violations.length) t.diagnostic(JSON.stringify(violations, null, 2));
        assert.deepEqual(violations, []);
      });

      it(`shifts the layout by less than ${MAX_LAYOUT_SHIFT} as the cards upgrade`, async (t) => {
        const { layoutShift, shifted, definedAt, paintedAt } = await page.evaluate(() => {
          const w = window as unknown as {
            layoutShift: number;
            shifted: string[];
            definedAt: number;
          };
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          return { ...w, paintedAt: paint?.startTime };
        });
        t.diagnostic(
          `cumulative layout shift ${layoutShift.toFixed(4)}; first paint ${Math.round(paintedAt ?? NaN)} ms, ` +
            `cards defined ${Math.round(definedAt)} ms`,
        );
        // Otherwise the cards upgraded before anything was on screen and nothing could shift.
        assert.ok(paintedAt !== undefined && paintedAt < definedAt, 'painted before the upgrade');
        assert.ok(
          layoutShift < MAX_LAYOUT_SHIFT,
          `layout shift ${layoutShift} of ${shifted.join(', ')}`,
        );
      });
    });
  }

  it(`demo/${file} with a wrong integrity value: the browser blocks the bundle`, async () => {
    const page = await session.browser.newPage();
    try {
      // The page as served, with the hash of an empty file in place of the bundle's.
      await page.route(`**/demo/${file}`, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(INTEGRITY[script]!, WRONG_INTEGRITY);
        await route.fulfill({ response, body: html });
      });
      const blocked = page.waitForEvent('console', (msg) => msg.text().includes('integrity'));
      await page.goto(`${session.server.url}/demo/${file}`, { waitUntil: 'load' });
      assert.match((await blocked).text(), /blocked/i);
      const state = await page.evaluate(
        ({ name, tags }) => ({
          integrity: document.querySelector<HTMLScriptElement>(`script[src$="/${name}"]`)
            ?.integrity,
          defined: tags.filter((tag) => customElements.get(tag)),
          cards: document.querySelectorAll('visit-card, letter-quote, delegation-roster').length,
          shadowRoots: [
            ...document.querySelectorAll('visit-card, letter-quote, delegation-roster'),
          ].filter((el) => el.shadowRoot).length,
        }),
        { name: script, tags: TAGS },
      );
      assert.deepEqual(state, {
        integrity: WRONG_INTEGRITY,
        defined: [],
        cards: 4,
        shadowRoots: 0,
      });
    } finally {
      await page.close();
    }
  });
}
