/**
 * The built declarations (dist/**\/*.d.ts), as a specification: they import only what the
 * package declares it depends on, so they resolve under any install, and only the entry that
 * is about the schema reaches valibot's types. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import ts from 'typescript';
import { root } from './packed-app.js';

interface PackageJson {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  exports: Record<string, string | { types?: string }>;
}

const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as PackageJson;
const dist = join(root, 'dist');

/**
 * The packages declarations may import: the dependencies, the peers (an app that uses
 * `visit-cards/react` has React's types) and the package itself. A types package stands for
 * the package it types: `@types/react` for `react`.
 */
const DECLARED = new Set(
  [pkg.name, ...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })].map((name) =>
    name.replace(
      /^@types\/(?:(.+)__)?(.+)$/,
      (_, scope, rest) => (scope ? `@${scope}/` : '') + rest,
    ),
  ),
);

/** The package a bare specifier names: `lit` for `lit/decorators.js`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Every specifier a declaration file imports, references or augments. */
function specifiersOf(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return [
    ...info.importedFiles,
    ...info.typeReferenceDirectives,
    ...info.libReferenceDirectives.map((lib) => ({ fileName: `lib:${lib.fileName}` })),
  ]
    .map((file) => file.fileName)
    .concat(info.ambientExternalModules ?? []);
}

/** Every .d.ts under `dir`. */
async function declarationFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe('the built declarations', () => {
  /** Each declaration file's specifiers, by path from dist/. */
  const imports = new Map<string, string[]>();

  before(async () => {
    assert.ok(existsSync(join(dist, 'index.d.ts')), 'dist/ is missing: run npm run build first');
    for (const file of await declarationFiles(dist)) {
      imports.set(relative(dist, file), specifiersOf(await readFile(file, 'utf8')));
    }
  });

  it('import only the package itself, its dependencies and its peers', () => {
    const undeclared = [...imports].flatMap(([file, specifiers]) =>
      specifiers
        .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('lib:'))
        .filter((specifier) => !DECLARED.has(packageOf(specifier)))
        .map((specifier) => `${file}: ${specifier}`),
    );
    assert.deepEqual(undeclared, []);
  });

  it('reach valibot only through visit-cards/data/schema', () => {
    /** The packages the declarations of `file` reach, through its relative imports. */
    const reached = (file: string, seen = new Set<string>()): Set<string> => {
      const packages = new Set<string>();
      if (seen.has(file)) return packages;
      seen.add(file);
      for (const specifier of imports.get(file) ?? []) {
        if (!specifier.startsWith('.')) packages.add(packageOf(specifier));
        else {
          const target = join(dirname(file), specifier).replace(/\.js$/, '.d.ts');
          for (const name of reached(target, seen)) packages.add(name);
        }
      }
      return packages;
    };
    const reachValibot = Object.entries(pkg.exports)
      .flatMap(([entry, target]) =>
        typeof target === 'object' && target.types ? [[entry, target.types] as const] : [],
      )
      .filter(([, types]) => reached(relative('dist', types)).has('valibot'))
      .map(([entry]) => entry);
    assert.deepEqual(reachValibot, ['./data/schema']);
  });
});
