// @ts-check
/**
 * A rollup plugin for the CDN builds: the bundled dataset module (dist/data/default-dataset.js)
 * becomes the slice of data/visit.json that the build's card reads (see ./data-slices.mjs),
 * or what any card reads for the all-in module. The data is the one `npm run data` checked.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sliceModule } from './data-slices.mjs';

const DATASET_MODULE = resolve('dist/data/default-dataset.js');

/**
 * Replaces the bundled dataset with the slice `tag` reads.
 *
 * @param {string} tag - A card's tag, or `'all'`.
 * @returns {import('rollup').Plugin}
 */
export function dataSlice(tag) {
  return {
    name: 'data-slice',
    async load(id) {
      if (id !== DATASET_MODULE) return null;
      const visit = JSON.parse(await readFile(resolve('data/visit.json'), 'utf8'));
      return sliceModule(visit, tag);
    },
  };
}
