/**
 * An analyzer plugin that points the manifest at the files the package ships. The analyzer
 * reads the TypeScript sources, so its paths are theirs (`src/elements/visit-card/visit-card.ts`,
 * absolute ones from scripts/cem-program.mjs, `/src/...` or `../../...` in references), and an
 * app or a tool that follows them finds nothing in node_modules. Every module path and every
 * reference's `module` becomes the compiled file, relative to the package root
 * (`dist/elements/visit-card/visit-card.js`); TypeScript writes each one's declarations beside
 * it (`.d.ts`). Runs in the package-link phase, after the analyzer's own linking.
 */
import { isAbsolute, posix, relative, sep } from 'node:path';

/**
 * @typedef {{ path: string }} ModuleDoc
 * @typedef {{ modules: ModuleDoc[] }} Manifest
 */

/**
 * The plugin.
 *
 * @param {{ root?: string; from?: string; to?: string }} [options] The package root (the
 *   working directory by default), the source folder and the folder it compiles to.
 */
export function shippedPathsPlugin({ root = process.cwd(), from = 'src', to = 'dist' } = {}) {
  /**
   * `path` relative to the package root, in `/` form: it is absolute, root-relative (with or
   * without a leading `/`) or, starting with `.`, relative to the module at `owner`.
   *
   * @param {string} path
   * @param {string} owner
   */
  const local = (path, owner) => {
    if (path.startsWith('.')) return posix.join(posix.dirname(owner), path);
    // The analyzer resolves imports as URLs against the module's path: `//` for an absolute one.
    const normal = posix.normalize(path);
    if (isAbsolute(normal) && normal.startsWith(root + sep)) {
      return relative(root, normal).split(sep).join('/');
    }
    return normal.replace(/^\//, '');
  };

  /**
   * The compiled file of the source file at `path` (relative to the package root).
   *
   * @param {string} path
   */
  const shipped = (path) => {
    if (!path.startsWith(`${from}/`))
      throw new Error(`the manifest names ${path}, outside ${from}/`);
    return `${to}/${path.slice(from.length + 1).replace(/\.(ts|js)$/, '.js')}`;
  };

  /**
   * Rewrites every `module` anywhere in `value` (part of the module at `owner`).
   *
   * @param {unknown} value
   * @param {string} owner
   */
  const rewrite = (value, owner) => {
    if (Array.isArray(value)) {
      for (const item of value) rewrite(item, owner);
    } else if (value && typeof value === 'object') {
      const record = /** @type {Record<string, unknown>} */ (value);
      for (const [key, item] of Object.entries(record)) {
        if (key === 'module' && typeof item === 'string') {
          record[key] = shipped(local(item, owner));
        } else {
          rewrite(item, owner);
        }
      }
    }
  };

  return {
    name: 'shipped-paths',
    /** @param {{ customElementsManifest: Manifest }} params */
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const source = local(module.path, '');
        rewrite(module, source);
        module.path = shipped(source);
      }
    },
  };
}
