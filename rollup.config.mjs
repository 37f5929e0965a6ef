/**
 * The CDN build: one self-contained, minified ES module with every element and the data, for
 * a page that loads the library with a script tag. It bundles the npm build that `tsc -p
 * tsconfig.build.json` writes to dist/ (one module per source module, Lit left as an import).
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: 'dist/index.js',
    plugins: [
      // Lit's production build: no dev-mode warnings and smaller.
      nodeResolve({ exportConditions: ['production'] }),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
    ],
    output: { file: 'dist/cdn/visit-cards.js', format: 'es', sourcemap: true },
    onwarn(warning, warn) {
      // tsc's decorator helper tests `this` at module top level; in ESM it is undefined, as meant.
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  },
];
