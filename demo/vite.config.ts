/**
 * Bundles the embed builder's script (demo/builder/main.ts) into dist/demo/builder.js: the
 * library's snippet maker, the value lists and the builder's own text, with no Lit (the
 * previews use the CDN module the page loads). `npm run build` runs it; the file is not part
 * of the npm package.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist/demo',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    lib: { entry: 'demo/builder/main.ts', formats: ['es'], fileName: () => 'builder.js' },
  },
});
