/**
 * Size budgets: measures what a page downloads (minified, gzip -9, brotli q11) and fails when
 * anything grows past its budget in size-budgets.json. Entries are the CDN module all in, the
 * CDN module of each element, each element's npm entry with Lit and @lit/context left out (an
 * app shares those), and the data. Each CDN module is also set against its floor: Lit,
 * @lit/context and the data it carries (the whole dataset for the all-in module, the card's
 * slice for a card's module), each minified and gzipped alone.
 * It also keeps README.md's size table true: it fails when the table differs from what it
 * measured, and `--readme` rewrites the table. Run after `npm run build`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Visit } from '../src/data/types.js';
import { CARD_TAGS, TAGS } from '../src/elements/elements.js';
import { sliceModule } from './data-slices.mjs';
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

const visit = JSON.parse(await readFile(`${root}data/visit.json`, 'utf8')) as Visit;
const slices = await mkdtemp(join(tmpdir(), 'visit-cards-slices-'));

/** The slice of the dataset `tag`'s CDN module carries, minified as a module of its own. */
async function slice(tag: string): Promise<Buffer> {
  const file = join(slices, `${tag}.js`);
  await writeFile(file, sliceModule(visit, tag));
  return minifiedBundle(file);
}

/** The floor entry of a card's CDN module: the slice it carries. */
const sliceFloor = (tag: string) => `floor: ${tag} data slice`;

const entries: [name: string, load: () => Promise<Buffer>][] = [
  ['cdn/visit-cards.js (all in)', () => readFile(`${root}dist/cdn/visit-cards.js`)],
  ['cdn/visit-cards.classic.js (all in)', () => readFile(`${root}dist/cdn/visit-cards.classic.js`)],
  ...TAGS.map((tag): [string, () => Promise<Buffer>] => [
    `cdn/${tag}.js`,
    () => readFile(`${root}dist/cdn/${tag}.js`),
  ]),
  ['visit-cards (all elements, no Lit)', () => bundle('dist/index.js', true)],
  ...TAGS.map((tag): [string, () => Promise<Buffer>] => [
    `visit-cards/${tag} (no Lit)`,
    () => bundle(`dist/define/${tag}.js`, true),
  ]),
  ['visit-cards/data (dataset + validator)', () => bundle('dist/data/index.js', false)],
  ['dataset alone', () => bundle('dist/data/default-dataset.js', false)],
  ['floor: lit + @lit/context', () => bundle('scripts/size-floor.js', false)],
  ...CARD_TAGS.map((tag): [string, () => Promise<Buffer>] => [sliceFloor(tag), () => slice(tag)]),
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
await rm(slices, { recursive: true, force: true });
const lit = measured['floor: lit + @lit/context']!.gzip;
const floor = lit + measured['dataset alone']!.gzip;
const cdn = measured['cdn/visit-cards.js (all in)']!.gzip;
console.log(
  `\nCDN module: ${(cdn / floor).toFixed(2)}× the floor (Lit + @lit/context + the dataset alone: ${kb(floor)} gzip)`,
);
for (const tag of TAGS) {
  const own = lit + (measured[sliceFloor(tag)]?.gzip ?? 0);
  const gzip = measured[`cdn/${tag}.js`]!.gzip;
  const what = (CARD_TAGS as readonly string[]).includes(tag) ? 'its data slice' : 'no data';
  console.log(
    `cdn/${tag}.js: ${(gzip / own).toFixed(2)}× its floor (Lit + @lit/context + ${what}: ${kb(own)} gzip)`,
  );
}
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
