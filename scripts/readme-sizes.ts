/**
 * The size table in README.md, written from what `npm run size` measures so the two cannot
 * disagree. It stands between `<!-- sizes -->` and `<!-- /sizes -->`.
 *
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import { CARD_TAGS, ELEMENTS } from '../src/elements/elements.js';

/** Bytes of one entry as `npm run size` measures it. */
export interface Measured {
  min: number;
  gzip: number;
  brotli: number;
}

/** The README's rows: its label for each entry `npm run size` measures. */
const ROWS: [entry: string, label: string][] = [
  ['cdn/visit-cards.js (all in)', 'CDN module, all in (Lit, data included)'],
  ...ELEMENTS.map(({ tag, card }): [string, string] => [
    `cdn/${tag}.js`,
    `CDN module \`${tag}.js\` (Lit, ${card ? 'its data' : 'the validator'} included)`,
  ]),

  ['visit-cards (all elements, no Lit)', '`visit-cards` (all elements, Lit excluded)'],
  ['visit-cards/visit-card (no Lit)', '`visit-cards/visit-card` (Lit excluded)'],
  ['visit-cards/visit-data (no Lit)', '`visit-cards/visit-data` (Lit excluded)'],
  ['visit-cards/data (dataset + validator)', '`visit-cards/data` (dataset + validator)'],
  ['dataset alone', 'the dataset alone'],
];

const START = '<!-- sizes -->';
const END = '<!-- /sizes -->';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The table and the sentence under it, as Markdown that Prettier leaves as it is. */
export function sizeTable(measured: Record<string, Measured>, floorGzip: number): string {
  const rows = ROWS.map(([entry, label]) => {
    const m = measured[entry]!;
    return [label, kb(m.min), kb(m.gzip), kb(m.brotli)];
  });
  const head = ['entry', 'min', 'gzip', 'brotli'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const ratio = measured['cdn/visit-cards.js (all in)']!.gzip / floorGzip;
  // Each card's module against its own floor: Lit, @lit/context and the slice it carries.
  const lit = measured['floor: lit + @lit/context']!.gzip;
  const cards = CARD_TAGS.map(
    (tag) => measured[`cdn/${tag}.js`]!.gzip / (lit + measured[`floor: ${tag} data slice`]!.gzip),
  );
  return [
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `The CDN module is ${ratio.toFixed(1)} times the floor of Lit, @lit/context and the gzipped dataset alone;`,
    `each card's own module is ${Math.min(...cards).toFixed(1)} to ${Math.max(...cards).toFixed(1)} times its floor of Lit, @lit/context and the slice of the dataset it carries.`,
  ].join('\n');
}

/**
 * Writes `table` into README.md (`write`), or says whether README.md already holds it.
 * Returns true when the README is current.
 */
export async function syncReadme(path: string, table: string, write: boolean): Promise<boolean> {
  const text = await readFile(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} … ${END} section`);
  const next = `${text.slice(0, start + START.length)}\n\n${table}\n\n${text.slice(end)}`;
  if (next === text) return true;
  if (write) await writeFile(path, next);
  return write;
}
