/**
 * Bytes: the CDN module against the floor it cannot go below, Lit and @lit/context bundled
 * alone plus the dataset alone, each minified, then gzip -9 and brotli q11 as in scripts/size.ts.
 */
import { readFile } from 'node:fs/promises';
import { minifiedBundle, sizesOf, type Sizes } from '../scripts/bundle-size.js';

export type { Sizes };

/** The bytes figures: each part, the floor (Lit + dataset) and the CDN module over it. */
export interface BytesResult {
  cdn: Sizes;
  lit: Sizes;
  dataset: Sizes;
  floor: Sizes;
  ratio: Sizes;
}

/** Measures the CDN module and the floor; `root` is the repository, with a trailing slash. */
export async function measureBytes(root: string): Promise<BytesResult> {
  const cdn = sizesOf(await readFile(`${root}dist/cdn/visit-cards.js`));
  const lit = sizesOf(await minifiedBundle(`${root}scripts/size-floor.js`));
  const dataset = sizesOf(await minifiedBundle(`${root}dist/data/default-dataset.js`));
  const each = (f: (key: keyof Sizes) => number): Sizes => ({
    min: f('min'),
    gzip: f('gzip'),
    brotli: f('brotli'),
  });
  const floor = each((key) => lit[key] + dataset[key]);
  return { cdn, lit, dataset, floor, ratio: each((key) => cdn[key] / floor[key]) };
}
