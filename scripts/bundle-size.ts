/**
 * How the size budgets and the benchmark measure bytes: a dist/ module bundled and minified
 * into one chunk as a page would load it, then its minified, gzip -9 and brotli q11 sizes.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup, type Plugin } from 'rollup';

// Its CommonJS typings make the default export look like a namespace under NodeNext.
const terser = terserPlugin as unknown as (options?: object) => Plugin;

const LIT = ['lit', '@lit/context'];
const isLit = (id: string) => LIT.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** Sizes of one file in bytes. */
export interface Sizes {
  min: number;
  gzip: number;
  brotli: number;
}

/**
 * Bundles and minifies `input` (an absolute path) with its dependencies into one chunk,
 * leaving Lit and @lit/context out when `withoutLit` (an app shares those).
 */
export async function minifiedBundle(input: string, withoutLit = false): Promise<Buffer> {
  const build = await rollup({
    input,
    external: withoutLit ? isLit : [],
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

/** The minified, gzip -9 and brotli q11 sizes of `code`. */
export function sizesOf(code: Buffer): Sizes {
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
