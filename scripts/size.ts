/**
 * Size budgets: measures what a page downloads (minified, gzip -9, brotli q11) and fails when
 * anything grows past its budget in size-budgets.json. Entries are the CDN module all in, each
 * element's npm entry with Lit and @lit/context left out (an app shares those), and the data.
 * It also keeps README.md's size table true: it fails when the table differs from what it
 * measured, and `--readme` rewrites the table. Run after `npm run build`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { TAGS } from '../src/elements/elements.js';
import { minifiedBundle, sizesOf } from './bundle-size.js';
import { sizeTable, syncReadme, type Measured } from './readme-sizes.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const budgets = JSON.parse(await readFile(`${root}size-budgets.json`, 'utf8')) as Record<
  string,
  { gzip: number; brotli: number }
>;

/** Bundles and minifies a dist/ module as a page would load it. */
const bundle = (input: string, withoutLit: boolean) =>
  minifiedBundle(`${root}${input}`, withoutLit);

const entries: [name: string, load: () => Promise<Buffer>][] = [
  ['cdn/visit-cards.js (all in)', () => readFile(`${root}dist/cdn/visit-cards.js`)],
  ['cdn/visit-cards.classic.js (all in)', () => readFile(`${root}dist/cdn/visit-cards.classic.js`)],
  ['visit-cards (all elements, no Lit)', () => bundle('dist/index.js', true)],
  ...TAGS.map((tag): [string, () => Promise<Buffer>] => [
    `visit-cards/${tag} (no Lit)`,
    () => bundle(`dist/define/${tag}.js`, true),
  ]),
  ['visit-cards/data (dataset + validator)', () => bundle('dist/data/index.js', false)],
  ['dataset alone', () => bundle('dist/data/default-dataset.js', false)],
  ['floor: lit + @lit/context', () => bundle('scripts/size-floor.js', false)],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
// --measure prints the figures as JSON, to set budgets from (with a few percent of headroom).
const measured: Record<string, Measured> = {};
const rows: string[][] = [];
let over = 0;
for (const [name, load] of entries) {
  const code = await load();
  const { gzip, brotli } = sizesOf(code);
  measured[name] = { min: code.length, gzip, brotli };
  const budget = budgets[name];
  const reference = name.startsWith('floor');
  const verdict = reference
    ? 'reference'
    : !budget
      ? 'no budget'
      : gzip > budget.gzip || brotli > budget.brotli
        ? 'OVER'
        : 'ok';
  if (verdict === 'OVER' || verdict === 'no budget') over++;
  rows.push([
    name,
    kb(code.length),
    kb(gzip),
    kb(brotli),
    budget ? `${kb(budget.gzip)} / ${kb(budget.brotli)}` : '-',
    verdict,
  ]);
}
const head = ['entry', 'min', 'gzip', 'brotli', 'budget gzip / brotli', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [head, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
const floor = measured['floor: lit + @lit/context']!.gzip + measured['dataset alone']!.gzip;
const cdn = measured['cdn/visit-cards.js (all in)']!.gzip;
console.log(
  `\nCDN module: ${(cdn / floor).toFixed(2)}× the floor (Lit + @lit/context + the dataset alone: ${kb(floor)} gzip)`,
);
const readmeCurrent = await syncReadme(
  `${root}README.md`,
  sizeTable(measured, floor),
  process.argv.includes('--readme'),
);
if (process.argv.includes('--readme')) console.log('README.md: size table written.');
if (process.argv.includes('--measure')) {
  console.log(JSON.stringify(measured, null, 2));
  process.exit(0);
}
if (!readmeCurrent) {
  console.error('\nREADME.md: the size table is stale: run `npm run size -- --readme`.');
  over++;
}
if (over) {
  console.error(
    `\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget or without one (size-budgets.json).`,
  );
  process.exit(1);
}
