/**
 * `npm run bench:hostile`: how long a `<visit-data>` holds the main thread while it refuses a
 * large bad dataset, given as the `dataset` property or loaded from `src`. For each dataset
 * (bench/hostile-datasets.ts) it reports the longest task the Long Tasks API saw, from setting
 * the dataset until the card shows its notice, and that span itself; median of 3, each in a
 * fresh page of headless Chromium. Run after `npm run build`: it loads the npm build (dist/)
 * unbundled. It prints a table and writes nothing.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/browser.js';
import { NODE_MODULES_IMPORT_MAP } from '../scripts/import-map.js';
import { serve } from '../scripts/static-server.js';
import type { Visit } from '../src/data/types.js';
import { growDataset, HOSTILE_KINDS } from './hostile-datasets.js';
import { median } from './render.js';

/** What the page reports of one measurement. */
export interface HostileOutcome {
  /** The longest task of the span, or 0 when none reached the API's 50 ms. */
  longestTaskMs: number;
  /** From setting the dataset until the card showed the outcome. */
  outcomeMs: number;
  /** The card's notice text. */
  outcome: string;
}

const REPEATS = 3;
const MiB = 1024 * 1024;
/** Sizes measured, and how each is handed over. `src` also gets one under the 2 MB cap. */
const CASES = [
  { label: '4 MB', bytes: 4 * MiB, via: 'dataset' },
  { label: '4 MB', bytes: 4 * MiB, via: 'src' },
  { label: '1.9 MB', bytes: 1.9 * MiB, via: 'src' },
] as const;
/** Where the page fetches the dataset; the browser answers it with the generated body. */
const DATASET_PATH = '/__bench/hostile.json';

const root = fileURLToPath(new URL('../', import.meta.url));
if (!existsSync(`${root}dist/index.js`)) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
const base: Visit = JSON.parse(await readFile(`${root}data/visit.json`, 'utf8'));

const page = 'bench/page/hostile.html';
const importMap = `<script type="importmap">${JSON.stringify(NODE_MODULES_IMPORT_MAP)}</script>`;
const { server, url } = await serve(root, {
  rewrite: async (file) =>
    file.endsWith(page)
      ? (await readFile(file, 'utf8')).replace('<!-- import map -->', importMap)
      : undefined,
});
const browser = await launchChromium();
const rows: string[][] = [];
try {
  for (const kind of HOSTILE_KINDS) {
    for (const { label, bytes, via } of CASES) {
      const body = growDataset(base, kind, bytes);
      const runs: HostileOutcome[] = [];
      for (let r = 0; r < REPEATS; r++) {
        const tab = await browser.newPage();
        await tab.route(`${url}${DATASET_PATH}`, (route) =>
          route.fulfill({ body, contentType: 'application/json' }),
        );
        await tab.goto(`${url}/${page}`);
        await tab.waitForFunction(() => window.hostile !== undefined);
        runs.push(
          await tab.evaluate((options) => window.hostile.measure(options), {
            via,
            url: DATASET_PATH,
          }),
        );
        await tab.close();
      }
      rows.push([
        kind.name,
        label,
        via,
        median(runs.map((run) => run.longestTaskMs)).toFixed(0),
        median(runs.map((run) => run.outcomeMs)).toFixed(0),
        runs[0]!.outcome,
      ]);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const head = ['dataset', 'size', 'via', 'longest task ms', 'until notice ms', 'card shows'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
console.log(`Chromium ${browser.version()}, median of ${REPEATS}; 0 = no task of 50 ms or more`);
for (const row of [head, ...rows]) {
  console.log(
    row
      .map((c, i) => (i < 3 || i === 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  '),
  );
}
