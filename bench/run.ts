/**
 * `npm run bench`: measures the CDN module's bytes, render time, memory per card and layout
 * shift against their floors, in one headless Chromium run; prints tables and writes
 * them to bench/results.local.json (git-ignored), so a run leaves the tree clean. With
 * `--record` (`npm run bench -- --record`) it writes the tracked bench/results.json instead: the
 * figures bench/README.md quotes. Run after `npm run build`.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/browser.js';
import { serve } from '../scripts/static-server.js';
import { measureBytes } from './bytes.js';
import { measureLayoutShift } from './layout-shift.js';
import {
  captureTemplates,
  measureMemory,
  measureRender,
  type CardSpec,
  type Workload,
} from './render.js';
import { format, type Results } from './report.js';

const REPEATS = 5;
// A few of the dataset's quotes, cycled, so that N cards are not N copies of one.
const QUOTE_IDS = ['august-1945', 'moranbong-monument', 'staunch-ally', 'closing-wishes'];

const root = fileURLToPath(new URL('../', import.meta.url));
if (!existsSync(`${root}dist/cdn/visit-cards.js`)) {
  console.error('dist/cdn/visit-cards.js is missing: run `npm run build` first.');
  process.exit(1);
}

const quote = (i: number): CardSpec => {
  const id = QUOTE_IDS[i % QUOTE_IDS.length]!;
  return { tag: 'letter-quote', key: id, attrs: { 'quote-id': id } };
};
const compact = (): CardSpec => ({
  tag: 'visit-card',
  key: 'compact',
  attrs: { variant: 'compact' },
});
const quotes: Workload = { name: 'letter-quote', counts: [1, 10, 100, 1000], spec: quote };
const workloads: Workload[] = [
  quotes,
  { name: 'visit-card compact', counts: [1, 10, 100], spec: compact },
];

const bytes = await measureBytes(root);
const { server, url } = await serve(root);
const browser = await launchChromium();
try {
  const blank = `${url}/bench/page/blank.html`;
  const templates = await captureTemplates(browser, blank, [
    ...QUOTE_IDS.map((_, i) => quote(i)),
    compact(),
  ]);
  const render = await measureRender(browser, blank, templates, workloads, REPEATS);
  const memory = await measureMemory(browser, blank, templates, quotes, 1000, 3);
  const layoutShift = await measureLayoutShift(browser, `${url}/bench/page/shift.html`, 3);
  const results: Results = {
    date: new Date().toISOString(),
    browser: `Chromium ${browser.version()}`,
    node: process.versions.node,
    cpus: availableParallelism(),
    repeats: REPEATS,
    bytes,
    render,
    memory,
    layoutShift,
  };
  console.log(format(results));
  const file = process.argv.includes('--record') ? 'results.json' : 'results.local.json';
  await writeFile(`${root}bench/${file}`, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to bench/${file}`);
} finally {
  await browser.close();
  server.close();
}
