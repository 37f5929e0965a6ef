/**
 * Memory (issue 7): a page that creates, attaches and detaches cards for as long as it lives
 * must not grow for it. For each element, cycles of create, attach, render, detach, with the
 * JavaScript heap measured after forced garbage collections (CDP `HeapProfiler.collectGarbage`,
 * `Runtime.getHeapUsage`): after a warm-up of 100 cycles, after 1,000 more, and after 2,000
 * more again. The first thousand still pay once for what the engine compiles and caches (about
 * 100 KB for a card, 14 KB for the plain `<div>` that runs as the control), so the bound holds
 * the growth per cycle over the last 2,000, where a leak shows as a steady slope. Against the
 * npm build in dist/: run after a build.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser.js';
import { NODE_MODULES_IMPORT_MAP } from '../../scripts/import-map.js';
import { serve } from '../../scripts/static-server.js';
import { CARD_TAGS } from '../../src/elements/elements.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WARM_UP = 100;
/** Cycles of the first measured batch, reported only. */
const CYCLES = 1_000;
/** Cycles of the steady batch, over which the bound holds. */
const STEADY_CYCLES = 2_000;
/**
 * Heap growth allowed per cycle, in bytes: what a few stray bytes of bookkeeping may cost, far
 * below one retained element (a detached card with its shadow root is kilobytes).
 */
const MAX_BYTES_PER_CYCLE = 32;
/** The title of the dataset the provider hands down, to tell it from the bundled one. */
const PROVIDED_TITLE = 'Memory test visit';

/** What each kind of cycle creates; `div` is the control. */
const KINDS = ['div', ...CARD_TAGS, 'visit-data'] as const;
type Kind = (typeof KINDS)[number];

/** The test page: loads the npm build and defines `window.cycles(kind, count)`. */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Memory</title>
    <link rel="icon" href="data:," />
    <script type="importmap">${JSON.stringify(NODE_MODULES_IMPORT_MAP)}</script>
    <script type="module">
      import '/dist/index.js';
      import { dataset } from '/dist/data/index.js';

      const provided = structuredClone(dataset);
      provided.overview.headline = { en: ${JSON.stringify(PROVIDED_TITLE)} };

      const make = {
        div: () => document.createElement('div'),
        'visit-card': () => document.createElement('visit-card'),
        'delegation-roster': () => document.createElement('delegation-roster'),
        'letter-quote': () => document.createElement('letter-quote'),
        'visit-timeline': () => document.createElement('visit-timeline'),
        'visit-data': () => {
          const provider = document.createElement('visit-data');
          provider.data = provided;
          provider.append(document.createElement('visit-card'));
          return provider;
        },
      };

      /** The card a cycle renders, and what its shadow root holds once it has rendered. */
      const card = (el) => (el.localName === 'visit-data' ? el.firstElementChild : el);
      const rendered = (el) =>
        el.localName === 'div' ||
        (el.localName === 'visit-data'
          ? card(el).shadowRoot.querySelector('[part=heading]')?.textContent.trim() ===
            ${JSON.stringify(PROVIDED_TITLE)}
          : Boolean(el.shadowRoot?.querySelector('[part~=card]')));

      /** Runs \`count\` cycles of create, attach, render, detach; returns how many rendered. */
      window.cycles = async (kind, count) => {
        let ok = 0;
        for (let i = 0; i < count; i++) {
          let el = make[kind]();
          document.body.append(el);
          await el.updateComplete;
          await card(el).updateComplete;
          if (rendered(el)) ok++;
          el.remove();
          el = undefined;
        }
        // Let anything a detached element queued run before the heap is measured.
        await new Promise((done) => setTimeout(done, 0));
        return ok;
      };
      window.ready = true;
    </script>
  </head>
  <body></body>
</html>`;

/** One row of the report. */
interface Measure {
  kind: Kind;
  /** Heap growth per cycle over the first 1,000 cycles after the warm-up. */
  firstPerCycle: number;
  /** Heap growth per cycle over the 2,000 cycles after those: what the bound holds. */
  perCycle: number;
  /** DOM nodes and JS event listeners still counted per cycle, over all 3,000. */
  nodesPerCycle: number;
  listenersPerCycle: number;
}

/** The JS heap in use and the DOM counters, after collecting garbage until the heap settles. */
async function measure(cdp: CDPSession) {
  let used = Infinity;
  // A collection can free what the previous one only finalized: collect until it stops falling.
  for (let i = 0; i < 10; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (usedSize >= used) break;
    used = usedSize;
  }
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { used, nodes, listeners: jsEventListeners };
}

let server: { close: () => void; url: string };
let browser: Browser;
const results: Measure[] = [];

before(async () => {
  const started = await serve(ROOT);
  server = { url: started.url, close: () => started.server.close() };
  browser = await launchChromium();
});

after(async () => {
  if (results.length) {
    console.log(
      `\nJS heap growth per create/attach/detach cycle, after ${WARM_UP} warm-up cycles:`,
    );
    console.table(
      results.map((r) => ({
        element: r.kind === 'visit-data' ? 'visit-data > visit-card' : r.kind,
        [`first ${CYCLES} (B)`]: Number(r.firstPerCycle.toFixed(1)),
        [`next ${STEADY_CYCLES} (B)`]: Number(r.perCycle.toFixed(1)),
        'DOM nodes': Number(r.nodesPerCycle.toFixed(2)),
        listeners: Number(r.listenersPerCycle.toFixed(2)),
        [`≤ ${MAX_BYTES_PER_CYCLE} B`]: r.perCycle <= MAX_BYTES_PER_CYCLE ? 'yes' : 'NO',
      })),
    );
  }
  await browser?.close();
  server?.close();
});

/** Opens a fresh page with the library loaded, and a CDP session on it. */
async function openPage(): Promise<{ page: Page; cdp: CDPSession; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  const url = `${server.url}/test/e2e/memory.html`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE }),
  );
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  return { page, cdp, errors };
}

const cycles = (page: Page, kind: Kind, count: number) =>
  page.evaluate(
    ([k, n]) =>
      (window as unknown as { cycles: (kind: string, count: number) => Promise<number> }).cycles(
        k,
        n,
      ),
    [kind, count] as const,
  );

describe(`memory: ${WARM_UP + CYCLES + STEADY_CYCLES} create/attach/detach cycles of each element`, () => {
  for (const kind of KINDS) {
    const what = kind === 'visit-data' ? '<visit-data> with a <visit-card> inside' : `<${kind}>`;
    it(`${what} grows the JS heap by at most ${MAX_BYTES_PER_CYCLE} B a cycle`, async (t) => {
      const { page, cdp, errors } = await openPage();
      try {
        assert.equal(await cycles(page, kind, WARM_UP), WARM_UP, 'every warm-up cycle rendered');
        const start = await measure(cdp);
        assert.equal(await cycles(page, kind, CYCLES), CYCLES, 'every cycle rendered');
        const middle = await measure(cdp);
        assert.equal(
          await cycles(page, kind, STEADY_CYCLES),
          STEADY_CYCLES,
          'every cycle rendered',
        );
        const end = await measure(cdp);
        assert.deepEqual(errors, [], 'no page error, no console error');

        const all = CYCLES + STEADY_CYCLES;
        const row: Measure = {
          kind,
          firstPerCycle: (middle.used - start.used) / CYCLES,
          perCycle: (end.used - middle.used) / STEADY_CYCLES,
          nodesPerCycle: (end.nodes - start.nodes) / all,
          listenersPerCycle: (end.listeners - start.listeners) / all,
        };
        results.push(row);
        t.diagnostic(
          `heap ${start.used} → ${middle.used} → ${end.used} B: ` +
            `${row.firstPerCycle.toFixed(1)} B/cycle over the first ${CYCLES}, ` +
            `${row.perCycle.toFixed(1)} B/cycle over the next ${STEADY_CYCLES}; ` +
            `${row.nodesPerCycle.toFixed(2)} DOM nodes/cycle, ` +
            `${row.listenersPerCycle.toFixed(2)} listeners/cycle`,
        );
        assert.ok(
          row.perCycle <= MAX_BYTES_PER_CYCLE,
          `${what}: ${row.perCycle.toFixed(1)} B retained per cycle, more than ${MAX_BYTES_PER_CYCLE}`,
        );
      } finally {
        await page.close();
      }
    });
  }
});
