/**
 * A rollup plugin for the CDN builds: however many copies of the bundle a page loads, the
 * library evaluates once. Each copy looks for a page-global record keyed by the library's
 * version; the first finds none, evaluates the library and leaves its exports there, and every
 * later copy of the same version evaluates nothing and exports those. Evaluating Lit twice is
 * what breaks a strict Trusted Types policy: each copy's lit-html creates the "lit-html" policy.
 *
 * The library cannot be made lazy inside one rollup build (an inlined dynamic import is
 * evaluated eagerly), so the plugin builds twice. The first build bundles the configured input
 * as a CommonJS module body; the second wraps that body in a function and bundles it behind a
 * small entry that calls the function only when the record is absent. The version module is
 * left out of the body and bundled once beside it, since the entry needs the version before it
 * decides: the version literal stays the only copy in the file, the one every class is stamped
 * with, so the key always names the version the copy would register.
 *
 * Both output formats work from the same entry: the ES module exports the names the input
 * exports, and the classic build's global holds the same.
 *
 * @module
 */
import { resolve } from 'node:path';
import { rollup } from 'rollup';

const ENTRY = '\0once-per-page:entry';
// Without the \0 that marks other virtual modules: rollup leaves those out of source maps, and the
// body's map is what leads back to the library's sources.
const BODY = 'once-per-page:body';

/**
 * The library as a function: a CommonJS body whose one `require` is the version module.
 *
 * @param {import('rollup').InputOptions} options - The first build's options.
 * @param {string} versionModule - The absolute path of the module left out of the body.
 * @returns {Promise<{code: string, map: import('rollup').SourceMapInput, exports: string[]}>}
 */
async function bundleBody(options, versionModule) {
  const build = await rollup({ ...options, external: [versionModule] });
  try {
    const { output } = await build.generate({
      format: 'cjs',
      // A map without the comment pointing at it: the map goes into the second build.
      sourcemap: 'hidden',
      // The entry reads the exports once, so plain assignments serve as well as getters.
      esModule: false,
      externalLiveBindings: false,
      generatedCode: { preset: 'es2015', symbols: false },
      strict: false,
      // The entry hands the module in whatever the name; a short one keeps paths out of the file.
      paths: { [versionModule]: 'version' },
    });
    const [chunk] = output;
    const prologue = 'export default function (require) {\nconst exports = {};\n';
    const map = { ...chunk.map };
    // One `;` per line of prologue: the body's mappings start that many lines later.
    map.mappings = ';'.repeat(prologue.split('\n').length - 1) + map.mappings;
    return { code: `${prologue}${chunk.code}\nreturn exports;\n}\n`, map, exports: chunk.exports };
  } finally {
    await build.close();
  }
}

/**
 * The entry: checks the page-global record, evaluates the body only when it is absent, and
 * exports what the record holds.
 *
 * @param {string} key - The record's `Symbol.for` key, before `@version`.
 * @param {string} versionModule - The module exporting `VERSION`.
 * @param {string[]} names - The names to export.
 */
function entry(key, versionModule, names) {
  return `import * as version from ${JSON.stringify(versionModule)};
import evaluate from ${JSON.stringify(BODY)};
const key = Symbol.for(${JSON.stringify(`${key}@`)} + version.VERSION);
const library = (globalThis[key] ??= evaluate(() => version));
export const { ${names.join(', ')} } = library;
`;
}

/**
 * Makes the build's input evaluate at most once per page and version.
 *
 * @param {object} options
 * @param {string} options.key - The page-global record's `Symbol.for` key, before `@version`.
 * @param {string} options.version - The module that exports `VERSION`. Every copy evaluates it,
 *   so it must stay light: no Lit, nothing that a second evaluation would break.
 * @param {() => import('rollup').InputPluginOption} options.plugins - Fresh plugins for the
 *   first build (resolving the input's imports); the others run on the result.
 * @returns {import('rollup').Plugin}
 */
export function oncePerPage({ key, version, plugins }) {
  const versionModule = resolve(version);
  /** @type {import('rollup').InputOptions} */
  let first;
  /** @type {Awaited<ReturnType<typeof bundleBody>>} */
  let body;
  return {
    name: 'once-per-page',
    options(options) {
      // The same input and warning filter; only the plugins differ.
      first = { ...options, plugins: plugins() };
      return { ...options, input: ENTRY };
    },
    async buildStart() {
      body = await bundleBody(first, versionModule);
    },
    resolveId(id) {
      return id === ENTRY || id === BODY ? id : null;
    },
    load(id) {
      if (id === ENTRY) return entry(key, versionModule, body.exports);
      if (id === BODY) return { code: body.code, map: body.map };
      return null;
    },
  };
}
