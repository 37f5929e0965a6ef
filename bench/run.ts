/**
 * `npm run bench`: measures the CDN modules' bytes, render time and memory per card against
 * hand-written twins, the main thread while a page loads, and layout shift, in one headless
 * Chromium run; prints tables and writes them to bench/results.local.json (git-ignored), so a
 * run leaves the tree clean. `npm run bench -- --record` writes the tracked bench/results.json
 * instead and rewrites README.md's bench tables from it; `npm run bench -- --readme` only
 * rewrites those tables from bench/results.json, measuring nothing. Run after `npm run build`.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { CARD_TAGS } from '../src/elements/elements.js';
import { launchChromium } from '../scripts/browser.js';
import { serve } from '../scripts/static-server.js';
import { measureBytes } from './bytes.js';
import { measureLayoutShift } from './layout-shift.js';
import { measureMainThread, THROTTLE, type MainThreadScenario } from './main-thread.js';
import { writeReadme } from './readme.js';
import {
  captureTemplates,
  measureRender,
  type CardSpec,
  type Rounds,
  type Workload,
} from './render.js';
import { format, type Results } from './report.js';

/** The number after `flag` on the command line, or `fallback`. */
function option(flag: string, fallback: number): number {
  const at = process.argv.indexOf(flag);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

// `--rounds 5 --big-rounds 1` for a shorter run on a busy machine; the results record the rounds.
const ROUNDS: Rounds = {
  rounds: option('--rounds', 9),
  bigRounds: option('--big-rounds', 3),
  big: 1000,
};
const COUNTS = [1, 10, 100, 1000];
const MEMORY_N = 1000;
const MAIN_THREAD_LOADS = 3;
// A few of the dataset's quotes, cycled, so that N quotes are not N copies of one.
const QUOTE_IDS = ['august-1945', 'moranbong-monument', 'staunch-ally', 'closing-wishes'];

const root = fileURLToPath(new URL('../', import.meta.url));
const readme = `${root}README.md`;

if (process.argv.includes('--readme')) {
  const recorded = JSON.parse(await readFile(`${root}bench/results.json`, 'utf8')) as Results;
  const changed = await writeReadme(readme, recorded);
  console.log(`README.md: bench tables ${changed ? 'written' : 'already current'}.`);
  process.exit(0);
}
if (!existsSync(`${root}dist/cdn/integrity.json`)) {
  console.error('dist/cdn/integrity.json is missing: run `npm run build` first.');
  process.exit(1);
}

const quote = (i: number): CardSpec => ({
  tag: 'letter-quote',
  attrs: { 'quote-id': QUOTE_IDS[i % QUOTE_IDS.length]! },
});
const card =
  (tag: string, attrs: Record<string, string> = {}) =>
  (): CardSpec => ({ tag, attrs });
const workloads: Workload[] = [
  { name: 'letter-quote', counts: COUNTS, spec: quote },
  { name: 'visit-card', counts: COUNTS, spec: card('visit-card') },
  { name: 'visit-card compact', counts: COUNTS, spec: card('visit-card', { variant: 'compact' }) },
  { name: 'delegation-roster', counts: COUNTS, spec: card('delegation-roster') },
  { name: 'visit-timeline', counts: COUNTS, spec: card('visit-timeline') },
];

// One of each card (quotes by id), then N of them cycling through the four elements.
const oneOf = (tag: string, i: number): CardSpec =>
  tag === 'letter-quote' ? quote(i) : { tag, attrs: {} };
const ALL_IN = '/dist/cdn/visit-cards.js';
const integrity = JSON.parse(await readFile(`${root}dist/cdn/integrity.json`, 'utf8')) as object;
const perElement = Object.keys(integrity).filter((file) =>
  (CARD_TAGS as readonly string[]).includes(file.replace(/\.js$/, '')),
);
const scenarios: MainThreadScenario[] = [
  { name: 'control: the page alone', module: '', cards: [] },
  { name: 'one of each card', module: ALL_IN, cards: CARD_TAGS.map((tag, i) => oneOf(tag, i)) },
  {
    name: '100 cards',
    module: ALL_IN,
    cards: Array.from({ length: 100 }, (_, i) => oneOf(CARD_TAGS[i % CARD_TAGS.length]!, i >> 2)),
  },
  ...perElement.map((file) => {
    const tag = file.replace(/\.js$/, '');
    return { name: `one ${tag}`, module: `/dist/cdn/${file}`, cards: [oneOf(tag, 0)] };
  }),
];

const started = Date.now();
const bytes = await measureBytes(root);
const { server, url } = await serve(root);
const browser = await launchChromium();
try {
  const blank = `${url}/bench/page/blank.html`;
  const templates = await captureTemplates(
    browser,
    blank,
    workloads.flatMap((w) => QUOTE_IDS.map((_, i) => w.spec(i))),
  );
  const { render, memory } = await measureRender(
    browser,
    blank,
    templates,
    workloads,
    ROUNDS,
    MEMORY_N,
  );
  const mainThread = await measureMainThread(browser, url, scenarios, MAIN_THREAD_LOADS);
  const layoutShift = await measureLayoutShift(browser, `${url}/bench/page/shift.html`, 3);
  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
      cores: availableParallelism(),
      browser: `Chromium ${browser.version()}`,
      node: process.versions.node,
    },
    rounds: ROUNDS,
    bytes,
    render,
    memory,
    mainThread: { throttle: THROTTLE, rows: mainThread },
    layoutShift,
  };
  console.log(format(results));
  const record = process.argv.includes('--record');
  const file = record ? 'results.json' : 'results.local.json';
  await writeFile(`${root}bench/${file}`, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to bench/${file} in ${Math.round((Date.now() - started) / 1000)} s`);
  if (record && (await writeReadme(readme, results)))
    console.log('README.md: bench tables written.');
} finally {
  await browser.close();
  server.close();
}
