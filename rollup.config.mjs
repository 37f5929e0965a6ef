/**
 * The CDN builds, for pages that load the library with a script tag: one self-contained,
 * minified ES module with every element and the data, the same as a classic script for hosts
 * that strip `type="module"`, one ES module per element (`letter-quote.js`...) with only that
 * element, its strings and the slice of the dataset it shows (scripts/data-slices.mjs), the
 * stylesheet that reserves each card's space before the script runs, and integrity.json with
 * the sha384 SRI hash of each, keyed by file name. They bundle
 * the npm build that `tsc -p tsconfig.build.json` writes to dist/ (one module per source
 * module, Lit left as an import). However many copies of them a page loads, the library
 * evaluates once (see scripts/rollup-once-per-page.mjs).
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { CARD_SLICE_TAGS } from './scripts/data-slices.mjs';
import { dataSlice } from './scripts/rollup-data-slice.mjs';
import { preformatted } from './scripts/rollup-preformatted.mjs';
import { minifyCss } from './scripts/rollup-minify-css.mjs';
import { oncePerPage } from './scripts/rollup-once-per-page.mjs';

const CDN = 'dist/cdn';
/** The elements with a module of their own: the provider, and each card. */
const ELEMENT_MODULES = ['visit-data', ...CARD_SLICE_TAGS];
const FILES = [
  'visit-cards.js',
  'visit-cards.classic.js',
  ...ELEMENT_MODULES.map((tag) => `${tag}.js`),
  'visit-cards.css',
];

/**
 * The stylesheet that holds each card's place until the script runs (src/visit-cards.css,
 * which `npm run reserve` writes), without its comments and spacing. Whitespace next to a
 * brace or a semicolon, or after a colon or a comma, never matters in CSS, and the sheet has
 * no strings that hold any.
 */
async function writeStylesheet() {
  const css = await readFile('src/visit-cards.css', 'utf8');
  const min = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([:,]) /g, '$1')
    .replace(/;}/g, '}')
    .trim();
  await writeFile(`${CDN}/visit-cards.css`, `${min}\n`);
}

/** Writes the stylesheet, then dist/cdn/integrity.json once both bundles are on disk. */
function integrity() {
  return {
    name: 'integrity',
    async closeBundle() {
      await writeStylesheet();
      const hashes = {};
      for (const file of FILES) {
        const body = await readFile(`${CDN}/${file}`).catch(() => undefined);
        if (body) hashes[file] = `sha384-${createHash('sha384').update(body).digest('base64')}`;
      }
      if (Object.keys(hashes).length === FILES.length) {
        await writeFile(`${CDN}/integrity.json`, `${JSON.stringify(hashes, null, 2)}\n`);
      }
    },
  };
}

/**
 * The build of one CDN module: `input` from dist/, with the dataset sliced for `slice` (a
 * card's tag, or `all`), evaluated once per page under `key`.
 *
 * @param {{ input: string, key: string, slice?: string }} options
 * @returns {import('rollup').RollupOptions}
 */
const build = ({ input, key, slice }) => ({
  input,
  plugins: [
    // A second copy on the page (another URL, or the module beside the classic script) evaluates
    // nothing: Lit would create its Trusted Types policy again, which a strict CSP refuses.
    oncePerPage({
      key,
      version: 'dist/internal/define.js',
      // The validator runs when a `<visit-data>` first receives a dataset, not on page load.
      lazy: ['dist/data/validate.js'],
      // Lit's production build: no dev-mode warnings and smaller.
      plugins: () => [
        nodeResolve({ exportConditions: ['production'] }),
        minifyCss(),
        ...(slice ? [dataSlice(slice), preformatted(slice)] : []),
      ],
    }),
    // No `module` option: the plugin sets it for the ES module only. On the classic script it
    // would drop the top-level `var VisitCards` as unused, and with it the global.
    terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
    integrity(),
  ],
  onwarn(warning, warn) {
    // tsc's decorator helper tests `this` at module top level; in ESM it is undefined, as meant.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
});

const allIn = build({ input: 'dist/index.js', key: 'visit-cards.cdn', slice: 'all' });

export default [
  { ...allIn, output: { file: `${CDN}/visit-cards.js`, format: 'es', sourcemap: true } },
  {
    ...allIn,
    output: {
      file: `${CDN}/visit-cards.classic.js`,
      format: 'iife',
      name: 'VisitCards',
      sourcemap: true,
    },
  },
  // Each element alone, under a key of its own: the page-global record of one module holds
  // that module's exports, so a module for one element never stands in for another.
  ...ELEMENT_MODULES.map((tag) => ({
    ...build({
      input: `dist/define/${tag}.js`,
      key: `visit-cards.cdn/${tag}`,
      slice: CARD_SLICE_TAGS.includes(tag) ? tag : undefined,
    }),
    output: { file: `${CDN}/${tag}.js`, format: /** @type {const} */ ('es'), sourcemap: true },
  })),
];
