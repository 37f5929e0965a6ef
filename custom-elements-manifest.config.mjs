/**
 * The manifest analyzer's settings. Its output is committed and CI fails when it is stale, so
 * it must be the same on every run: the analyzer reads files in whatever order they resolve,
 * and the plugin below puts the modules in path order.
 */
export default {
  globs: ['src/elements/**/*.ts', 'src/internal/visit-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
