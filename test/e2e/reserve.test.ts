/**
 * The reservation stylesheet (dist/cdn/visit-cards.css, loaded under its SRI hash) in a real
 * browser: with the script held back until the page has painted, as on a slow connection,
 * each card in its default configuration takes exactly its place before the script runs, so
 * nothing below it moves when it upgrades: cumulative layout shift 0, at 320, 640 and 900 px,
 * in every UI language. Run after a build (`npm run reserve` writes the sheet).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { firstPaint, servedChromium } from './first-paint.js';
import { LOCALES } from '../../src/locales/tags.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INTEGRITY = JSON.parse(await readFile(`${ROOT}dist/cdn/integrity.json`, 'utf8')) as Record<
  string,
  string
>;

/** Each card in the configuration the sheet reserves exactly. */
const CARDS = [
  '<visit-card></visit-card>',
  '<visit-card variant="compact"></visit-card>',
  '<delegation-roster></delegation-roster>',
  '<letter-quote></letter-quote>',
];
const WIDTHS = [320, 640, 900];
/** Tall enough that every card and the text below it are in view: a shift out of view counts for nothing. */
const VIEWPORT = { width: 1000, height: 6000 };
const SCRIPT_DELAY_MS = 300;

/** A page with the card in a column `width` px wide once per language, text above and below. */
function pageFor(card: string, width: number, reserve: boolean): string {
  const sheet = `<link rel="stylesheet" href="/dist/cdn/visit-cards.css"
    integrity="${INTEGRITY['visit-cards.css']}" crossorigin="anonymous" />`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8" />
    ${reserve ? sheet : ''}
    <script type="module" src="/dist/cdn/visit-cards.js"></script>
    <style>body { margin: 0; font: 18px/1.6 Georgia, serif } p { margin: 0.5rem 0 }</style>
    </head><body>
    ${LOCALES.map(
      (lang) => `<section lang="${lang}"><p>Text above the card.</p>
        <div style="width:${width}px">${card}</div><p class="below">Text below the card.</p></section>`,
    ).join('')}
    <script>
      // Where the text below each card is before the script runs, and the shifts from then on.
      window.before = [...document.querySelectorAll('.below')].map((p) => p.getBoundingClientRect().top);
      window.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    </script></body></html>`;
}

interface Outcome {
  /** How far the text below each card moved (px), one per language. */
  moved: number[];
  layoutShift: number;
  /** Whether the page painted before the cards upgraded (else nothing could shift). */
  paintedFirst: boolean;
}

/** Loads the page, the script held back until it has painted; what moved once the cards rendered. */
async function load(
  card: string,
  width: number,
  { reserve = true, viewport = VIEWPORT } = {},
): Promise<Outcome> {
  const page = await served.browser.newPage({ viewport });
  try {
    await page.route(`${served.url}/__page.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: pageFor(card, width, reserve) }),
    );
    await page.route('**/dist/cdn/visit-cards.js', async (route) => {
      await new Promise((done) => setTimeout(done, SCRIPT_DELAY_MS));
      await firstPaint(page);
      await route.continue();
    });
    await page.goto(`${served.url}/__page.html`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('section > div > *')].every(
        (el) => el.shadowRoot?.querySelector('[part~=card]') && !el.matches(':not(:defined)'),
      ),
    );
    // Layout-shift entries come with the frame that shifted: wait two frames for them.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    return await page.evaluate(() => {
      const w = window as unknown as { before: number[]; layoutShift: number };
      const now = [...document.querySelectorAll('.below')].map(
        (p) => p.getBoundingClientRect().top,
      );
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const script = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
        (entry) => entry.name.endsWith('/visit-cards.js'),
      );
      return {
        moved: now.map((top, i) => Math.abs(top - w.before[i]!)),
        layoutShift: w.layoutShift,
        paintedFirst: paint !== undefined && script !== undefined && paint < script.responseEnd,
      };
    });
  } finally {
    await page.close();
  }
}

const served = servedChromium(ROOT);

describe('dist/cdn/visit-cards.css holds each card’s place until the script runs', () => {
  for (const card of CARDS) {
    for (const width of WIDTHS) {
      it(`${card} at ${width} px, in ${LOCALES.join(', ')}: layout shift 0`, async (t) => {
        const { moved, layoutShift, paintedFirst } = await load(card, width);
        t.diagnostic(`moved ${moved.map((m) => m.toFixed(2)).join(', ')} px; CLS ${layoutShift}`);
        assert.ok(paintedFirst, 'the page painted before the script arrived');
        const stale =
          'the sheet is out of date, or was measured with other fonts: run npm run reserve';
        moved.forEach((m, i) =>
          assert.ok(m <= 1, `the text below moved ${m} px in ${LOCALES[i]}: ${stale}`),
        );
        assert.equal(layoutShift, 0, stale);
      });
    }
  }

  it('is what keeps it still: without it, the same page shifts', async () => {
    const { moved, layoutShift, paintedFirst } = await load(CARDS[3]!, 640, { reserve: false });
    assert.ok(paintedFirst);
    assert.ok(Math.min(...moved) > 100, `moved ${moved.join(', ')} px`);
    assert.ok(layoutShift > 0);
  });

  for (const width of WIDTHS) {
    it(`<visit-card variant="full"> at ${width} px, taller than the screen: layout shift 0`, async (t) => {
      // Reserved to within two lines: the text below it is out of view before and after.
      const { moved, layoutShift } = await load('<visit-card variant="full"></visit-card>', width, {
        viewport: { width: 1000, height: 1000 },
      });
      t.diagnostic(`moved ${moved.map((m) => m.toFixed(1)).join(', ')} px; CLS ${layoutShift}`);
      moved.forEach((m) => assert.ok(m < 48 * LOCALES.length, `moved ${m} px`));
      assert.equal(layoutShift, 0);
    });
  }

  it('reserves a quote it cannot know (pick="daily") at the median quote’s height', async (t) => {
    const { moved, layoutShift } = await load('<letter-quote pick="daily"></letter-quote>', 640);
    t.diagnostic(`moved ${moved.map((m) => m.toFixed(1)).join(', ')} px; CLS ${layoutShift}`);
    // Today's quote is a line or three off the median, never a whole card.
    moved.forEach((m) => assert.ok(m < 150, `moved ${m} px`));
  });
});
