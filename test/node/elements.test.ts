/**
 * The one list of elements (src/elements/elements.ts) against every place that must name each
 * element: adding an element to the list and not to one of these fails here, by name.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ELEMENTS, TAGS } from '../../src/elements/elements.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const json = <T>(path: string) => JSON.parse(read(path)) as T;

type Target = string | { types?: string; default?: string };
const exportsMap = json<{ exports: Record<string, Target> }>('package.json').exports;
const target = (key: string) => {
  const value = exportsMap[key];
  return typeof value === 'string' ? { default: value } : value;
};

describe('the one list of elements', () => {
  for (const { tag, className } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      it('has its folder, its class module and its registering entry', () => {
        assert.ok(
          existsSync(`${root}src/elements/${tag}/${tag}.ts`),
          `src/elements/${tag}/${tag}.ts`,
        );
        const define = read(`src/define/${tag}.ts`);
        assert.match(define, new RegExp(`defineElement\\('${tag}', ${className}\\)`));
        assert.match(
          define,
          new RegExp(`'${tag}': ${className};`),
          'adds its tag to HTMLElementTagNameMap',
        );
      });

      it('has both npm entries in package.json', () => {
        assert.deepEqual(target(`./${tag}`), {
          types: `./dist/define/${tag}.d.ts`,
          default: `./dist/define/${tag}.js`,
        });
        assert.deepEqual(target(`./${tag}/class`), {
          types: `./dist/elements/${tag}/${tag}.d.ts`,
          default: `./dist/elements/${tag}/${tag}.js`,
        });
      });

      it('has size budgets: its npm entry and its CDN module', () => {
        const budgets = json<Record<string, unknown>>('size-budgets.json');
        for (const entry of [`visit-cards/${tag} (no Lit)`, `cdn/${tag}.js`]) {
          assert.ok(budgets[entry], `size-budgets.json: ${entry}`);
        }
      });

      it('is documented: README, API docs and stories', () => {
        assert.ok(read('README.md').includes(`### \`<${tag}>\``), `README.md: ### \`<${tag}>\``);
        assert.ok(read('docs/api.md').includes(`<${tag}>`), `docs/api.md: <${tag}>`);
        assert.ok(existsSync(`${root}stories/${tag}.stories.ts`), `stories/${tag}.stories.ts`);
      });
    });
  }

  it('is what the root entry registers, in its order', () => {
    const defines = [...read('src/index.ts').matchAll(/from '\.\/define\/([\w-]+)\.js'/g)].map(
      (match) => match[1],
    );
    assert.deepEqual(defines, TAGS);
  });

  it('is every element the manifest describes, and every registering entry there is', () => {
    const manifest = json<{ modules: { declarations?: { tagName?: string }[] }[] }>(
      'custom-elements.json',
    );
    const described = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));
    assert.deepEqual([...new Set(described)].sort(), [...TAGS].sort());
    const entries = Object.keys(exportsMap)
      .filter((key) => /^\.\/[\w-]+$/.test(key) && target(key)?.default?.includes('/define/'))
      .map((key) => key.slice(2));
    assert.deepEqual(entries.sort(), [...TAGS].sort());
  });
});
