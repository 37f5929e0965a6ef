/**
 * Bytes: every JavaScript module in dist/cdn (as listed in dist/cdn/integrity.json: the all-in
 * modules and each element's module) against the floor it cannot go below: Lit and
 * @lit/context bundled alone (scripts/size-floor.js) plus the data it carries, each minified,
 * then gzip -9 and brotli q11, as scripts/size.ts measures them. The data is the whole dataset
 * for the all-in modules, the card's slice (scripts/data-slices.mjs) for a card's module, and
 * none for `<visit-data>`'s.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Visit } from '../src/data/types.js';
import { minifiedBundle, sizesOf, type Sizes } from '../scripts/bundle-size.js';
import { CARD_SLICE_TAGS, sliceModule } from '../scripts/data-slices.mjs';

export type { Sizes };

/** One CDN module: its bytes, the data its floor counts, the floor, and the module over it. */
export interface ModuleBytes {
  module: string;
  /** What data the floor counts: `dataset`, `<tag> slice` or `none`. */
  data: string;
  sizes: Sizes;
  floor: Sizes;
  ratio: Sizes;
}

/** The floor's parts, and every module against its own floor. */
export interface BytesResult {
  lit: Sizes;
  dataset: Sizes;
  modules: ModuleBytes[];
}

const each = (f: (key: keyof Sizes) => number): Sizes => ({
  min: f('min'),
  gzip: f('gzip'),
  brotli: f('brotli'),
});
const NOTHING = each(() => 0);

/** Measures every CDN module and its floor; `root` is the repository, with a trailing slash. */
export async function measureBytes(root: string): Promise<BytesResult> {
  const integrity = JSON.parse(await readFile(`${root}dist/cdn/integrity.json`, 'utf8')) as Record<
    string,
    string
  >;
  const visit = JSON.parse(await readFile(`${root}data/visit.json`, 'utf8')) as Visit;
  const lit = sizesOf(await minifiedBundle(`${root}scripts/size-floor.js`));
  const dataset = sizesOf(await minifiedBundle(`${root}dist/data/default-dataset.js`));
  const slices = await mkdtemp(join(tmpdir(), 'visit-cards-bench-'));
  try {
    /** The data a module carries, by its file name, and its sizes. */
    const carried = async (module: string): Promise<[string, Sizes]> => {
      const tag = module.replace(/\.js$/, '');
      if (module.startsWith('visit-cards')) return ['dataset', dataset];
      if (!CARD_SLICE_TAGS.includes(tag)) return ['none', NOTHING];
      const file = join(slices, `${tag}.js`);
      await writeFile(file, sliceModule(visit, tag));
      return [`${tag} slice`, sizesOf(await minifiedBundle(file))];
    };
    const modules: ModuleBytes[] = [];
    for (const module of Object.keys(integrity).filter((file) => file.endsWith('.js'))) {
      const sizes = sizesOf(await readFile(`${root}dist/cdn/${module}`));
      const [data, dataSizes] = await carried(module);
      const floor = each((key) => lit[key] + dataSizes[key]);
      modules.push({ module, data, sizes, floor, ratio: each((k) => sizes[k] / floor[k]) });
    }
    return { lit, dataset, modules };
  } finally {
    await rm(slices, { recursive: true, force: true });
  }
}
