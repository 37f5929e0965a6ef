/**
 * The package for tools and frameworks, as a specification, on the packed package installed
 * into a fresh app (see packed-app.ts; needs `npm run build` first):
 *
 * - custom-elements.json describes the package as installed: modules are shipped files,
 *   attribute types are their values, events have their classes, and each tag maps to the
 *   entry point that registers it;
 * - the editor data generated from it ships and is found: JetBrains' web-types through
 *   package.json, VS Code's custom data through the exports;
 * - an app with each framework's types accepts a correct use of every element and rejects a
 *   misspelt attribute value (`variant="fulll"`): React 19 and Preact TSX and Solid TSX (tsc),
 *   a Vue SFC (vue-tsc) and a Svelte 5 component (svelte-check).
 *
 * The frameworks are this repository's devDependencies, linked into the app once npm has
 * installed the tarball there; every check runs at once, in the one app.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ELEMENTS } from '../../src/elements/elements.js';
import {
  bin,
  packedApp,
  root,
  run,
  strictTsconfig,
  tscErrors,
  type PackedApp,
  type RunResult,
} from './packed-app.js';

/** The frameworks' packages the app gets from this repository. */
const FRAMEWORK_PACKAGES = ['@types/react', 'preact', 'solid-js', 'svelte', 'vue'];

/** What every JSX app renders: each element, its attributes, a property and an event. */
const jsxApp = (entry: string, cardProps: string) => `import type {} from 'visit-cards/${entry}';
import type { VisitCard } from 'visit-cards/visit-card';

export function App({ card }: { card: VisitCard }) {
  return (
    <main>
      <visit-card ${cardProps} variant="compact" theme="dark" heading-level={2} />
      <letter-quote quote-id="x" pick="daily" topic="history" heading-level="4" />
      <delegation-roster layout="grid" group-by="none" status="both" sector="space" limit={5} />
      <visit-data src="/visit.json" timeout={5000}>
        <visit-card variant={card.variant} />
      </visit-data>
    </main>
  );
}
`;

/** The one mistake each app makes, on line 4 of its file. */
const jsxBad = (entry: string) => `import type {} from 'visit-cards/${entry}';

export function Bad() {
  return <visit-card variant="fulll" />;
}
`;

const REACT_APP = `${jsxApp('react', 'className="card" onClick={(event) => event.currentTarget.variant}')}
export const copied = <letter-quote onletter-quote-copy={(event) => event.detail.text.length} />;
export const failed = <visit-card onvisit-cards-error={(event) => event.detail.code} />;
export const data = <visit-data data={{ people: [] }} />;
`;

const PREACT_APP = `${jsxApp('preact', 'class="card" onClick={(event) => event.currentTarget.variant}')}
export const copied = <letter-quote onletter-quote-copy={(event) => event.detail.text.length} />;
export const data = <visit-data data={{ people: [] }} />;
`;

const SOLID_APP = `${jsxApp('solid', 'class="card" onClick={(event) => event.currentTarget.variant}')}
export const copied = <letter-quote on:letter-quote-copy={(event) => event.detail.text.length} />;
export const data = <visit-data prop:data={{ people: [] }} />;
`;

const VUE_APP = `<script setup lang="ts">
const card = { variant: 'full' } as const;
</script>

<template>
  <main>
    <visit-card variant="compact" theme="dark" heading-level="2" class="card" />
    <letter-quote quote-id="x" pick="daily" topic="history" :heading-level="4" />
    <delegation-roster layout="grid" group-by="none" status="both" sector="space" :limit="5" />
    <visit-data src="/visit.json" :timeout="5000" :data.prop="{ people: [] }">
      <visit-card :variant="card.variant" />
    </visit-data>
  </main>
</template>
`;

const VUE_BAD = `<template>
  <visit-card variant="fulll" />
</template>
`;

const SVELTE_APP = `<script lang="ts">
  let card: HTMLElementTagNameMap['visit-card'] | undefined = $state();
  let copied = $state('');
</script>

<main>
  <visit-card bind:this={card} variant="compact" theme="dark" heading-level="2" class="card"></visit-card>
  <letter-quote quote-id="x" pick="daily" topic="history"
    onletter-quote-copy={(event) => (copied = event.detail.text)}></letter-quote>
  <delegation-roster layout="grid" group-by="none" status="both" sector="space" limit={5}></delegation-roster>
  <visit-data src="/visit.json" timeout={5000} data={{ people: [] }}>
    <visit-card variant={card?.variant}></visit-card>
  </visit-data>
</main>
`;

const SVELTE_BAD = `<script lang="ts"></script>

<visit-card variant="fulll"></visit-card>
`;

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The app: one program per framework, so that no framework's JSX sees another's. */
const APP_FILES: Record<string, string> = {
  'react-app.tsx': REACT_APP,
  'react-bad.tsx': jsxBad('react'),
  'tsconfig.react.json': json(
    strictTsconfig(['react-app.tsx', 'react-bad.tsx'], { jsx: 'react-jsx' }),
  ),
  'preact-app.tsx': PREACT_APP,
  'preact-bad.tsx': jsxBad('preact'),
  'tsconfig.preact.json': json(
    strictTsconfig(['preact-app.tsx', 'preact-bad.tsx'], {
      jsx: 'react-jsx',
      jsxImportSource: 'preact',
    }),
  ),
  'solid-app.tsx': SOLID_APP,
  'solid-bad.tsx': jsxBad('solid'),
  'tsconfig.solid.json': json(
    strictTsconfig(['solid-app.tsx', 'solid-bad.tsx'], {
      jsx: 'preserve',
      jsxImportSource: 'solid-js',
    }),
  ),
  'App.vue': VUE_APP,
  'Bad.vue': VUE_BAD,
  // As the Vue and Svelte generators advise: the types named in tsconfig.json.
  'tsconfig.vue.json': json({
    ...strictTsconfig([], { types: ['visit-cards/vue'] }),
    files: undefined,
    include: ['*.vue'],
  }),
  'App.svelte': SVELTE_APP,
  'Bad.svelte': SVELTE_BAD,
  'tsconfig.svelte.json': json({
    ...strictTsconfig([], { types: ['visit-cards/svelte'] }),
    files: undefined,
    include: ['*.svelte'],
  }),
  // svelte-check reports on the app's files only: tsc checks the Svelte declarations.
  'svelte-types.ts': "import type {} from 'visit-cards/svelte';\n",
  'tsconfig.svelte-types.json': json(strictTsconfig(['svelte-types.ts'])),
};

/** An error a checker reported: where, and what it said. */
interface Problem {
  file: string;
  line: number;
  message: string;
}

/** tsc's and vue-tsc's errors. */
const tscProblems = (result: RunResult): Problem[] =>
  tscErrors(result.stdout).map((line) => {
    const [, file = '', at = '0', message = ''] = /^(.+?)\((\d+),\d+\): (.*)$/.exec(line) ?? [];
    return { file, line: Number(at), message };
  });

/** svelte-check's errors, from its machine output (`<time> ERROR "file" line:col "text"`). */
const svelteProblems = (result: RunResult): Problem[] =>
  [...result.stdout.matchAll(/^\d+ ERROR "(.+?)" (\d+):\d+ (".*")$/gm)].map(
    ([, file = '', at = '0', message = '""']) => ({
      file,
      line: Number(at),
      message: JSON.parse(message) as string,
    }),
  );

// --- The manifest's shape, as far as these tests read it ----------------------------------

interface Reference {
  name: string;
  module?: string;
  package?: string;
}
interface TypeText {
  text: string;
  references?: Reference[];
}
interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  attributes?: { name: string; type?: TypeText }[];
  events?: { name: string; type?: TypeText }[];
}
interface ManifestModule {
  path: string;
  declarations?: ManifestDeclaration[];
  exports?: { kind: string; name: string; declaration: Reference }[];
}

/** Every `module` named anywhere below `value`. */
function modulesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(modulesIn);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === 'module' && typeof item === 'string' ? [item] : modulesIn(item),
  );
}

describe('visit-cards for tools and frameworks', { timeout: 300_000 }, () => {
  let app: PackedApp | undefined;
  /** The installed package. */
  let installed = '';
  let modules: ManifestModule[] = [];
  let elements: ManifestDeclaration[] = [];
  /** The checks, started together once the app is installed. */
  let checks: Record<string, Promise<Problem[]>> = {};

  before(
    async () => {
      app = await packedApp(APP_FILES);
      installed = join(app.dir, 'node_modules/visit-cards');
      for (const name of FRAMEWORK_PACKAGES) {
        const link = join(app.dir, 'node_modules', name);
        await mkdir(dirname(link), { recursive: true });
        await symlink(join(root, 'node_modules', name), link, 'dir');
      }
      modules = (
        JSON.parse(await readFile(join(installed, 'custom-elements.json'), 'utf8')) as {
          modules: ManifestModule[];
        }
      ).modules;
      elements = modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

      const { dir } = app;
      const tsc = (project: string) => app!.tsc(['-p', project]).then(tscProblems);
      checks = {
        react: tsc('tsconfig.react.json'),
        preact: tsc('tsconfig.preact.json'),
        solid: tsc('tsconfig.solid.json'),
        vue: run(bin('vue-tsc'), ['-p', 'tsconfig.vue.json'], dir).then(tscProblems),
        svelte: run(
          bin('svelte-check'),
          ['--workspace', dir, '--tsconfig', './tsconfig.svelte.json', '--output', 'machine'],
          dir,
        ).then(svelteProblems),
        'svelte-types': tsc('tsconfig.svelte-types.json'),
      };
    },
    { timeout: 180_000 },
  );

  after(async () => {
    await Promise.allSettled(Object.values(checks));
    await app?.remove();
  });

  describe('custom-elements.json', () => {
    it('names shipped modules only, each with its declarations beside it', () => {
      const named = new Set([...modules.map((m) => m.path), ...modulesIn(modules)]);
      const missing = [...named].filter(
        (path) =>
          !existsSync(join(installed, path)) ||
          !existsSync(join(installed, path.replace(/\.js$/, '.d.ts'))),
      );
      assert.ok(named.size > 0);
      assert.deepEqual(missing, [], 'modules the manifest names that the package lacks');
      for (const path of named) assert.match(path, /^dist\/.+\.js$/);
    });

    it('writes attribute types as their values, not as the names of types', () => {
      const named = elements.flatMap((el) =>
        (el.attributes ?? [])
          .filter((a) => a.type)
          .filter((a) => {
            const words = a.type!.text.replace(/'[^']*'/g, '').match(/[A-Za-z_$][\w$]*/g) ?? [];
            return words.some(
              (word) => !['string', 'number', 'boolean', 'undefined', 'null'].includes(word),
            );
          })
          .map((a) => `<${el.tagName}> ${a.name}: ${a.type!.text}`),
      );
      assert.deepEqual(named, []);
      const typeOf = (tag: string, attribute: string) =>
        elements.find((el) => el.tagName === tag)?.attributes?.find((a) => a.name === attribute)
          ?.type?.text;
      // No variant is the summary card, the default.
      assert.equal(typeOf('visit-card', 'variant'), "'full' | 'compact' | undefined");
      assert.equal(typeOf('visit-card', 'theme'), "'auto' | 'light' | 'dark'");
      assert.equal(typeOf('letter-quote', 'pick'), "'first' | 'random' | 'daily'");
      assert.equal(typeOf('delegation-roster', 'layout'), "'list' | 'grid'");
      assert.equal(typeOf('delegation-roster', 'group-by'), "'sector' | 'none'");
      assert.equal(
        typeOf('delegation-roster', 'status'),
        "'announced' | 'confirmed' | 'both' | undefined",
      );
      assert.match(typeOf('letter-quote', 'topic') ?? '', /^'history' \| .+ \| undefined$/);
    });

    it('types every event, and links the package’s event classes to their modules', () => {
      const events = Object.fromEntries(
        elements.flatMap((el) =>
          (el.events ?? []).map((e) => [`${el.tagName} ${e.name}`, e.type] as const),
        ),
      );
      for (const { tag } of ELEMENTS) {
        assert.equal(events[`${tag} visit-cards-error`]?.text, 'VisitCardsErrorEvent', tag);
        assert.deepEqual(events[`${tag} visit-cards-error`]?.references?.[0], {
          name: 'VisitCardsErrorEvent',
          module: 'dist/internal/error-event.js',
          start: 0,
          end: 20,
        });
      }
      assert.equal(events['letter-quote letter-quote-copy']?.text, 'LetterQuoteCopyEvent');
      assert.equal(
        events['letter-quote letter-quote-copy']?.references?.[0]?.module,
        'dist/elements/letter-quote/copy.js',
      );
      assert.equal(events['visit-data visit-data-change']?.text, 'Event');
      const untyped = Object.entries(events).filter(([, type]) => !type?.text);
      assert.deepEqual(untyped, []);
    });

    it('maps each tag to its class and to the module that registers it, an entry point', async () => {
      const pkg = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as {
        exports: Record<string, { default?: string }>;
      };
      for (const { tag, className } of ELEMENTS) {
        const registering = modules.filter((m) =>
          m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag),
        );
        assert.deepEqual(
          registering.map((m) => m.path),
          [`dist/define/${tag}.js`],
        );
        const definition = registering[0]!.exports!.find((e) => e.name === tag)!;
        assert.equal(definition.declaration.name, className);
        const declaring = modules.find((m) => m.path === definition.declaration.module);
        assert.ok(
          declaring?.declarations?.some((d) => d.name === className && d.tagName === tag),
          `${className} is not declared where the definition of <${tag}> says`,
        );
        assert.equal(pkg.exports[`./${tag}`]?.default, `./dist/define/${tag}.js`);
      }
    });
  });

  describe('editor data', () => {
    /** The entries `entries` finds in the installed JSON file `file`, by name. */
    async function byName<Data, Entry extends { name: string }>(
      file: string,
      entries: (data: Data) => Entry[],
    ): Promise<Map<string, Entry>> {
      const data = JSON.parse(await readFile(join(installed, file), 'utf8')) as Data;
      return new Map(entries(data).map((entry) => [entry.name, entry]));
    }

    it('ships web-types that JetBrains IDEs find through package.json', async () => {
      const pkg = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as {
        'web-types'?: string;
      };
      assert.equal(pkg['web-types'], './dist/web-types.json');
      type WebTypes = {
        contributions: {
          html: {
            elements: {
              name: string;
              attributes: { name: string; value?: { type?: string } }[];
              events: { name: string; type?: string }[];
              source?: { module: string; symbol: string };
            }[];
          };
        };
      };
      const tags = await byName(
        pkg['web-types']!,
        (data: WebTypes) => data.contributions.html.elements,
      );
      assert.deepEqual([...tags.keys()].sort(), ELEMENTS.map((el) => el.tag).sort());
      const card = tags.get('visit-card')!;
      // The attribute's values, as a type the IDE completes.
      assert.equal(
        card.attributes.find((a) => a.name === 'variant')?.value?.type,
        "'full' | 'compact' | undefined",
      );
      assert.deepEqual(card.source, {
        module: './dist/elements/visit-card/visit-card.js',
        symbol: 'VisitCard',
      });
      assert.ok(existsSync(join(installed, card.source.module)));
      assert.deepEqual(
        tags.get('letter-quote')!.events.map((e) => [e.name, e.type]),
        [
          ['letter-quote-copy', 'LetterQuoteCopyEvent'],
          ['visit-cards-error', 'VisitCardsErrorEvent'],
        ],
      );
    });

    it('ships VS Code custom data, for html.customData and css.customData', async () => {
      const pkg = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as {
        exports: Record<string, string>;
      };
      const html = pkg.exports['./vscode.html-custom-data.json'];
      const css = pkg.exports['./vscode.css-custom-data.json'];
      assert.equal(html, './dist/vscode.html-custom-data.json');
      assert.equal(css, './dist/vscode.css-custom-data.json');
      type HtmlData = {
        tags: { name: string; attributes: { name: string; values: { name: string }[] }[] }[];
      };
      const tags = await byName(html, (data: HtmlData) => data.tags);
      assert.deepEqual([...tags.keys()].sort(), ELEMENTS.map((el) => el.tag).sort());
      assert.deepEqual(
        tags.get('delegation-roster')!.attributes.find((a) => a.name === 'status')?.values,
        [{ name: 'announced' }, { name: 'confirmed' }, { name: 'both' }],
      );
      const properties = await byName(
        css,
        (data: { properties: { name: string }[] }) => data.properties,
      );
      assert.ok(properties.has('--visit-card-accent'), 'no CSS custom properties');
    });
  });

  describe('framework types', () => {
    /** Asserts that `framework` accepted the app and rejected exactly the bad file's line. */
    const acceptsAndRejects = async (framework: string, bad: string, line: number) => {
      const problems = await checks[framework]!;
      const shown = JSON.stringify(problems, null, 2);
      assert.deepEqual(
        problems.filter((p) => p.file !== bad),
        [],
        `${framework} rejected the correct app:\n${shown}`,
      );
      assert.equal(problems.length, 1, `${framework}: expected one error, in ${bad}:\n${shown}`);
      const [problem] = problems;
      assert.equal(problem!.line, line, shown);
      assert.match(problem!.message, /Type '"fulll"' is not assignable to type '/);
      assert.match(problem!.message, /"full"/);
      assert.match(problem!.message, /"compact"/);
    };

    it('React 19 TSX (tsc, visit-cards/react)', () =>
      acceptsAndRejects('react', 'react-bad.tsx', 4));
    it('Preact TSX (tsc, visit-cards/preact)', () =>
      acceptsAndRejects('preact', 'preact-bad.tsx', 4));
    it('Solid TSX (tsc, visit-cards/solid)', () => acceptsAndRejects('solid', 'solid-bad.tsx', 4));
    it('Vue SFC (vue-tsc, visit-cards/vue)', () => acceptsAndRejects('vue', 'Bad.vue', 2));
    it('Svelte 5 component (svelte-check, visit-cards/svelte)', () =>
      acceptsAndRejects('svelte', 'Bad.svelte', 3));

    it('Svelte declarations type-check with skipLibCheck: false', async () => {
      assert.deepEqual(await checks['svelte-types']!, []);
    });
  });
});
