/**
 * Bytes: the CDN module against the floor it cannot go below, Lit and @lit/context bundled
 * alone plus the dataset alone, each minified, then gzip -9 and brotli q11 as in scripts/size.ts.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup, type Plugin } from 'rollup';

// Its CommonJS typings make the default export look like a namespace under NodeNext.
const terser = terserPlugin as unknown as (options?: object) => Plugin;

/** Sizes of one file in bytes. */
export interface Sizes {
  min: number;
  gzip: number;
  brotli: number;
}

/** The bytes figures: each part, the floor (Lit + dataset) and the CDN module over it. */
export interface BytesResult {
  cdn: Sizes;
  lit: Sizes;
  dataset: Sizes;
  floor: Sizes;
  ratio: Sizes;
}

/** Bundles and minifies `input` (a path under `root`) with its dependencies into one chunk. */
async function bundle(root: string, input: string): Promise<Buffer> {
  const build = await rollup({
    input: `${root}${input}`,
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      terser({ module: true, format: { comments: false } }),
    ],
    onwarn: (warning, warn) => (warning.code === 'THIS_IS_UNDEFINED' ? undefined : warn(warning)),
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return Buffer.from(output[0].code);
}

function sizes(code: Buffer): Sizes {
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
      },
    }).length,
  };
}

/** Measures the CDN module and the floor; `root` is the repository, with a trailing slash. */
export async function measureBytes(root: string): Promise<BytesResult> {
  const cdn = sizes(await readFile(`${root}dist/cdn/visit-cards.js`));
  const lit = sizes(await bundle(root, 'scripts/size-floor.js'));
  const dataset = sizes(await bundle(root, 'dist/data/default-dataset.js'));
  const each = (f: (key: keyof Sizes) => number): Sizes => ({
    min: f('min'),
    gzip: f('gzip'),
    brotli: f('brotli'),
  });
  const floor = each((key) => lit[key] + dataset[key]);
  return { cdn, lit, dataset, floor, ratio: each((key) => cdn[key] / floor[key]) };
}
