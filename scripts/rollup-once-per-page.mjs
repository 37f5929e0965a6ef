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
 * Modules named `lazy` are left out of the body too, each bundled as a function of its own that
 * runs the first time the library reads one of its exports: the dataset validator (valibot and
 * the integrity checks) is evaluated when a `<visit-data>` first receives a dataset, not when
 * the page loads. A lazy module shares nothing with the body: what both import is in both.
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
const LAZY = 'once-per-page:lazy:';

/**
 * A module as a function: a CommonJS body whose `require` gets the modules left out of it.
 *
 * @param {import('rollup').InputOptions} options - The build's options.
 * @param {Record<string, string>} external - The name `require` asks for, by absolute path.
 * @returns {Promise<{code: string, map: import('rollup').SourceMapInput, exports: string[], imports: string[]}>}
 */
async function bundleBody(options, external) {
  const build = await rollup({ ...options, external: Object.keys(external) });
  try {
    const { output } = await build.generate({
      format: 'cjs',
      // A map without the comment pointing at it: the map goes into the second build.
      sourcemap: 'hidden',
      // The entry reads the exports once, so plain assignments serve as well as getters.
      esModule: false,
      externalLiveBindings: false,
      // A lazy module is a `require`, so that reading its export is what evaluates it.
      dynamicImportInCjs: false,
      generatedCode: { preset: 'es2015', symbols: false },
      strict: false,
      // The entry hands the modules in by these names; short ones keep paths out of the file.
      paths: external,
    });
    const [chunk] = output;
    const prologue = 'export default function (require) {\nconst exports = {};\n';
    const map = { ...chunk.map };
    // One `;` per line of prologue: the body's mappings start that many lines later.
    map.mappings = ';'.repeat(prologue.split('\n').length - 1) + map.mappings;
    return {
      code: `${prologue}${chunk.code}\nreturn exports;\n}\n`,
      map,
      exports: chunk.exports,
      imports: chunk.imports,
    };
  } finally {
    await build.close();
  }
}

/**
 * The entry: checks the page-global record, evaluates the body only when it is absent, and
 * exports what the record holds. A lazy module's exports are getters that evaluate it once.
 *
 * @param {string} key - The record's `Symbol.for` key, before `@version`.
 * @param {string} versionModule - The module exporting `VERSION`.
 * @param {string[]} names - The names to export.
 * @param {{ name: string, exports: string[] }[]} lazy - Each lazy module the body requires:
 *   the name it requires it by, and its exports.
 */
function entry(key, versionModule, names, lazy) {
  const lazyModules = lazy.map(
    ({ name, exports }, i) => `${name}: lazy(factory${i}, ${JSON.stringify(exports)}),`,
  );
  return `import * as version from ${JSON.stringify(versionModule)};
import evaluate from ${JSON.stringify(BODY)};
${lazy.map((_, i) => `import factory${i} from ${JSON.stringify(`${LAZY}${i}`)};`).join('\n')}
const key = Symbol.for(${JSON.stringify(`${key}@`)} + version.VERSION);
${
  lazy.length
    ? `function lazy(factory, names) {
  let module;
  const load = () => (module ??= factory(require));
  return Object.defineProperties({}, Object.fromEntries(names.map((name) => [name, { get: () => load()[name] }])));
}`
    : ''
}
const modules = { version, ${lazyModules.join(' ')} };
// The body asks for a path-mapped module by a relative name: "./version".
function require(name) {
  return modules[name.slice(name.lastIndexOf('/') + 1)];
}
const library = (globalThis[key] ??= evaluate(require));
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
 * @param {string[]} [options.lazy] - Modules evaluated only when the library first reads one of
 *   their exports; those the input does not import are ignored.
 * @param {() => import('rollup').InputPluginOption} options.plugins - Fresh plugins for each
 *   inner build (resolving the input's imports); the others run on the result.
 * @returns {import('rollup').Plugin}
 */
export function oncePerPage({ key, version, lazy = [], plugins }) {
  const versionModule = resolve(version);
  const lazyModules = lazy.map((path) => resolve(path));
  /** @type {import('rollup').InputOptions} */
  let first;
  /** @type {Awaited<ReturnType<typeof bundleBody>>} */
  let body;
  /** @type {(Awaited<ReturnType<typeof bundleBody>> & { name: string })[]} */
  let lazyBodies;
  return {
    name: 'once-per-page',
    options(options) {
      // The same input and warning filter; only the plugins differ.
      first = { ...options };
      return { ...options, input: ENTRY };
    },
    async buildStart() {
      const names = Object.fromEntries(lazyModules.map((path, i) => [path, `lazy${i}`]));
      body = await bundleBody(
        { ...first, plugins: plugins() },
        { [versionModule]: 'version', ...names },
      );
      // Only the lazy modules the body requires: a card's module never holds the validator.
      lazyBodies = [];
      for (const path of lazyModules) {
        if (!body.imports.includes(names[path])) continue;
        const lazyBody = await bundleBody(
          { ...first, input: path, plugins: plugins() },
          { [versionModule]: 'version' },
        );
        lazyBodies.push({ ...lazyBody, name: names[path] });
      }
    },
    resolveId(id) {
      return id === ENTRY || id === BODY || id.startsWith(LAZY) ? id : null;
    },
    load(id) {
      if (id === ENTRY) {
        return entry(
          key,
          versionModule,
          body.exports,
          lazyBodies.map(({ name, exports }) => ({ name, exports })),
        );
      }
      if (id === BODY) return { code: body.code, map: body.map };
      if (id.startsWith(LAZY)) {
        const lazyBody = lazyBodies[Number(id.slice(LAZY.length))];
        return lazyBody ? { code: lazyBody.code, map: lazyBody.map } : null;
      }
      return null;
    },
  };
}
