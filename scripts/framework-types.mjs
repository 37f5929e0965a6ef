/**
 * Editor data and framework types for the elements, generated from custom-elements.json by
 * the custom-element-*-integration generators into dist/, which the package ships:
 *
 * - dist/vscode.html-custom-data.json and dist/vscode.css-custom-data.json: VS Code's custom
 *   data; an app names them in its `html.customData` and `css.customData` settings;
 * - dist/web-types.json: JetBrains IDEs' web-types, which they find through package.json's
 *   `web-types`;
 * - dist/frameworks/generated/: the element types for JSX (React 19 and Preact), Solid, Vue and
 *   Svelte, and beside them the entry points `visit-cards/react`, `/preact`, `/solid`, `/vue`
 *   and `/svelte` (scripts/framework-entries.mjs).
 *
 * The generators print the manifest's types as written: attribute types are their values
 * there (scripts/cem-literal-types.mjs). The type generators read it with two changes, and
 * need one thing besides:
 *
 * - They type an event's listener `(e: CustomEvent<T>) => void`, T being the event's type, so
 *   they take that type for the detail's; the manifest's is the event's class. They get the
 *   class's `detail` (`VisitCardsErrorEvent['detail']`), or no type (`never`) without one.
 * - In markup an attribute is a string: a number attribute (`heading-level`) takes its digits
 *   too (`number | \`${number}\``), as in `heading-level="2"`.
 * - They name the package's classes without importing them; each file gets the imports of the
 *   classes it names, from the modules the manifest says declare them.
 *
 * Run by `npm run analyze`, after the manifest, from the package root.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMPTY_MODULE, entryDeclarations } from './framework-entries.mjs';

/**
 * @typedef {{ name: string; module?: string }} Reference
 * @typedef {{ name: string; kind?: string; static?: boolean }} MemberDoc
 * @typedef {{ name?: string; type?: { text: string; references?: Reference[] } }} EventDoc
 * @typedef {{ name: string; type?: { text: string } }} AttributeDoc
 * @typedef {{ kind: string; name: string; tagName?: string; members?: MemberDoc[]; attributes?: AttributeDoc[]; events?: EventDoc[] }} DeclarationDoc
 * @typedef {{ kind: string; name: string; declaration: Reference }} ExportDoc
 * @typedef {{ path: string; declarations?: DeclarationDoc[]; exports?: ExportDoc[] }} ModuleDoc
 * @typedef {{ modules: ModuleDoc[] }} Manifest
 */

const FRAMEWORKS = 'dist/frameworks';
const GENERATED = `${FRAMEWORKS}/generated`;

/** Options every generator takes: no methods (the elements have no public ones), no logs. */
const COMMON = { hideMethodDocs: true, hideLogs: true };

// The generators write relative to the working directory, and the JetBrains one reads the
// package's name and version from ./package.json as it loads.
process.chdir(fileURLToPath(new URL('../', import.meta.url)));
const { generateVsCodeCustomElementData } = await import('custom-element-vs-code-integration');
const { generateJetBrainsWebTypes } = await import('custom-element-jet-brains-integration');
const { generateJsxTypes } = await import('custom-element-jsx-integration');
const { generateSolidJsTypes } = await import('custom-element-solidjs-integration');
const { generateVuejsTypes } = await import('custom-element-vuejs-integration');
const { generateSvelteTypes } = await import('custom-element-svelte-integration');

/** @type {Manifest} */
const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));

/** The package's classes, by name, with the module that declares each. */
const classes = new Map(
  manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.kind === 'class')
      .map((declaration) => [declaration.name, { declaration, module: module.path }]),
  ),
);

/**
 * The manifest as the type generators should read it: each event's type is its detail's, and
 * a number attribute takes its digits as well.
 *
 * @param {Manifest} source
 * @returns {Manifest}
 */
function forTypeGenerators(source) {
  const copy = structuredClone(source);
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    for (const { type } of declaration.attributes ?? []) {
      const parts = type?.text.split(' | ');
      if (type && parts?.includes('number')) {
        type.text = parts
          .flatMap((part) => (part === 'number' ? [part, '`${number}`'] : [part]))
          .join(' | ');
      }
    }
    for (const event of declaration.events ?? []) {
      const name = event.type?.references?.[0]?.name;
      const members = name ? classes.get(name)?.declaration.members : undefined;
      const detail = members?.some(
        (member) => member.kind === 'field' && member.name === 'detail' && !member.static,
      );
      if (detail) event.type = { text: `${name}['detail']` };
      else delete event.type;
    }
  }
  return copy;
}

/**
 * `path` as a relative module specifier from the folder `dir`.
 *
 * @param {string} dir
 * @param {string} path
 */
function specifier(dir, path) {
  const relative = posix.relative(dir, path);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/**
 * Import declarations of the package's classes that `code` names, for a file in `dir`.
 *
 * @param {string} code
 * @param {string} dir
 */
function importsFor(code, dir) {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '');
  /** @type {Map<string, string[]>} */
  const byModule = new Map();
  for (const [name, { module }] of classes) {
    if (!new RegExp(`\\b${name}\\b`).test(withoutComments)) continue;
    byModule.set(module, [...(byModule.get(module) ?? []), name]);
  }
  return [...byModule]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, names]) => {
      return `import type { ${names.sort().join(', ')} } from '${specifier(dir, module)}';`;
    });
}

await rm(FRAMEWORKS, { recursive: true, force: true });
await mkdir(GENERATED, { recursive: true });

generateVsCodeCustomElementData(structuredClone(manifest), {
  ...COMMON,
  outdir: 'dist',
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});
generateJetBrainsWebTypes(structuredClone(manifest), {
  ...COMMON,
  outdir: 'dist',
  webTypesFileName: 'web-types.json',
  // Each tag's source: the module that declares its class, from the package root.
  modulePathTemplate: (_name, modulePath) => `./${modulePath}`,
});

// The Svelte generator's base props borrow two types of a JSX framework's global namespace,
// which a Svelte app has none of: here they mean what Svelte takes for children and style.
const SVELTE_JSX = [
  "import type { Snippet } from 'svelte';",
  'declare namespace JSX {',
  '  type Element = Snippet;',
  '  type CSSProperties = string;',
  '}',
];

const typed = forTypeGenerators(manifest);
/** Each type generator, by the file it writes, and what that file needs besides imports. */
const generators = {
  'jsx.d.ts': { generate: generateJsxTypes, extra: [] },
  'solid.d.ts': { generate: generateSolidJsTypes, extra: [] },
  'vue.d.ts': { generate: generateVuejsTypes, extra: [] },
  'svelte.d.ts': { generate: generateSvelteTypes, extra: SVELTE_JSX },
};
for (const [fileName, { generate, extra }] of Object.entries(generators)) {
  generate(structuredClone(typed), { ...COMMON, outdir: GENERATED, fileName });
  const path = `${GENERATED}/${fileName}`;
  const code = await readFile(path, 'utf8');
  await writeFile(path, [...importsFor(code, GENERATED), ...extra, code].join('\n'));
}

const registrations = manifest.modules
  .filter((module) => module.exports?.some((entry) => entry.kind === 'custom-element-definition'))
  .map((module) => specifier(FRAMEWORKS, module.path));
for (const [fileName, code] of Object.entries(entryDeclarations(registrations))) {
  await writeFile(`${FRAMEWORKS}/${fileName}`, code);
  await writeFile(`${FRAMEWORKS}/${fileName.replace(/\.d\.ts$/, '.js')}`, EMPTY_MODULE);
}
