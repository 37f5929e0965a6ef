/**
 * The package as an app gets it, as a specification: `npm pack` ships the built files and
 * nothing from the source tree; a fresh app installs the tarball, type-checks against its
 * exports (and fails to type-check where it should: the types are real, not `any`), type-checks
 * TSX through `visit-cards/react`, bundles, and renders every element in headless Chromium.
 *
 * Needs `npm run build` first, the npm registry (the app installs lit, @lit/context and valibot
 * with the tarball) and a Chrome or Chromium. TypeScript, esbuild and @types/react come from
 * this repository's node_modules; tsc and esbuild run with the app as the working directory,
 * so the package resolves from the app's node_modules.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS, findChrome, NO_CHROME } from '../../scripts/find-chrome.mjs';
import { serve } from '../../scripts/static-server.js';
import { bin, root, run, runOk, strictTsconfig, tscErrors, type RunResult } from './packed-app.js';
import { TAGS } from '../../src/elements/elements.js';

// --- The app's files ----------------------------------------------------------------------

const APP_PACKAGE = {
  name: 'visit-cards-consumer',
  version: '0.0.0',
  private: true,
  type: 'module',
};

/** A strict, DOM-only configuration; `module` and `moduleResolution` vary. */
const tsconfig = strictTsconfig;

/** Everything an app does with the package, written as an app would, with no casts. */
const APP_TS = `import 'visit-cards/visit-card';
import 'visit-cards/letter-quote';
import { DelegationRoster } from 'visit-cards/delegation-roster/class';
import { dataset, type Visit, validateVisit } from 'visit-cards/data';
import type { VisitCardsErrorCode } from 'visit-cards';

customElements.define('my-roster', class extends DelegationRoster {});

const card = document.querySelector('visit-card');
if (card) card.variant = 'compact';

const quote = document.createElement('letter-quote');
quote.pick = 'daily';
document.body.append(quote);

const errors: VisitCardsErrorCode[] = [];
card?.addEventListener('visit-cards-error', (event) => {
  errors.push(event.detail.code);
  document.body.dataset.errors = errors.join(' ');
});
quote.addEventListener('visit-cards-error', (event) => {
  const code: VisitCardsErrorCode = event.detail.code;
  errors.push(code);
  document.body.dataset.errors = errors.join(' ');
});
quote.addEventListener('letter-quote-copy', (event) => {
  const id: string = event.detail.quoteId;
  console.log('copied', id);
});
// One listener on the page hears every card: typed on document and window too.
document.addEventListener('visit-cards-error', (event) => errors.push(event.detail.code));
window.addEventListener('letter-quote-copy', (event) => console.log(event.detail.text));

const v: Visit = dataset;
const people: number = v.people.length;
const result = validateVisit(dataset);
document.body.dataset.people = String(people);
document.body.dataset.valid = String(result.ok);
`;

/** Misuses the types must catch: each line is one expected error. */
const BAD_TS = `import 'visit-cards/visit-card';
import 'visit-cards/letter-quote';
import { dataset } from 'visit-cards/data';

const card = document.createElement('visit-card');
card.variant = 'huge';
const quote = document.createElement('letter-quote');
quote.pick = 'weekly';
export const typo = dataset.people[0].nmae;
`;

const REACT_TSX = `import type {} from 'visit-cards/react';

export function App() {
  return (
    <main>
      <visit-card variant="compact" />
      <letter-quote quote-id="x" pick="daily" />
      <delegation-roster layout="grid" group-by="none" limit={5} />
    </main>
  );
}
`;

const REACT_BAD_TSX = `import type {} from 'visit-cards/react';

export function App() {
  return <visit-card variant="huge" />;
}
`;

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>visit-cards consumer</title>
  </head>
  <body>
    <visit-card></visit-card>
    <letter-quote></letter-quote>
    <my-roster></my-roster>
    <script type="module" src="./out.js"></script>
  </body>
</html>
`;

/** @types/react as this repository has it: the app's React types, without an install. */
const REACT_TYPES = join(root, 'node_modules/@types/react').replaceAll('\\', '/');

/** The app's files, by name. */
const APP_FILES: Record<string, string> = {
  'package.json': JSON.stringify(APP_PACKAGE, null, 2),
  'app.ts': APP_TS,
  'bad.ts': BAD_TS,
  'react-app.tsx': REACT_TSX,
  'react-bad.tsx': REACT_BAD_TSX,
  'index.html': INDEX_HTML,
  // The app and the misuses in one program: errors in bad.ts only.
  'tsconfig.json': JSON.stringify(tsconfig(['app.ts', 'bad.ts']), null, 2),
  // Resolution through `exports` as Node sees it. The declarations are the same files the
  // first program checks in full, so this one skips checking them again.
  'tsconfig.nodenext.json': JSON.stringify(
    tsconfig(['app.ts'], { module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true }),
    null,
    2,
  ),
  // React's types come from a path mapping, so the other programs cannot see them: the
  // non-React entry points must type-check without @types/react.
  'tsconfig.react.json': JSON.stringify(
    tsconfig(['react-app.tsx', 'react-bad.tsx'], {
      jsx: 'react-jsx',
      paths: {
        react: [`${REACT_TYPES}/index.d.ts`],
        'react/jsx-runtime': [`${REACT_TYPES}/jsx-runtime.d.ts`],
      },
    }),
    null,
    2,
  ),
};

/** tsc's errors in `file`. */
const errorsIn = (errors: string[], file: string) =>
  errors.filter((line) => line.startsWith(`${file}(`));

// --- The test -----------------------------------------------------------------------------

describe('visit-cards as an npm dependency of a fresh app', { timeout: 240_000 }, () => {
  let packDir = '';
  let appDir = '';
  let packed: string[] = [];
  let browser: Browser | undefined;
  let server: Server | undefined;
  /** The type-checks, started together once the app is installed (tsc is the slow part). */
  let checks: Record<'bundler' | 'nodenext' | 'react', Promise<RunResult>> | undefined;

  before(
    async () => {
      assert.ok(
        existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'dist/cdn')),
        'dist/ is missing or incomplete: run npm run build first',
      );
      packDir = await mkdtemp(join(tmpdir(), 'visit-cards-pack-'));
      appDir = await mkdtemp(join(tmpdir(), 'visit-cards-app-'));
      // The dist/ that is already built; --ignore-scripts so no lifecycle script can change the
      // repository while the test packs it.
      await runOk('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir], root);
      const tgz = (await readdir(packDir)).filter((name) => name.endsWith('.tgz'));
      assert.equal(tgz.length, 1, `npm pack made ${tgz.length} tarballs`);
      const tarball = join(packDir, tgz[0]!);
      packed = (await runOk('tar', ['-tzf', tarball], packDir))
        .split('\n')
        .filter(Boolean)
        .map((entry) => entry.replace(/^package\//, ''));

      for (const [name, text] of Object.entries(APP_FILES)) {
        await writeFile(join(appDir, name), `${text.trimEnd()}\n`);
      }
      await runOk(
        'npm',
        [
          'install',
          tarball,
          '--prefix',
          appDir,
          '--no-audit',
          '--no-fund',
          '--prefer-offline',
          '--loglevel=error',
        ],
        appDir,
      );
      const tsc = (project: string) => run(bin('tsc'), ['-p', project], appDir);
      checks = {
        bundler: tsc('tsconfig.json'),
        nodenext: tsc('tsconfig.nodenext.json'),
        react: tsc('tsconfig.react.json'),
      };
    },
    { timeout: 120_000 },
  );

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (checks) await Promise.allSettled(Object.values(checks));
    for (const dir of [packDir, appDir]) {
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  });

  it('packs the built files, the manifest and the CDN bundles', () => {
    for (const file of [
      'package.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/define/visit-card.js',
      'dist/define/delegation-roster.js',
      'dist/define/letter-quote.js',
      'dist/define/visit-data.js',
      'dist/frameworks/react.d.ts',
      'dist/data/index.d.ts',
      'dist/cdn/visit-cards.js',
      'dist/cdn/visit-cards.classic.js',
      ...TAGS.map((tag) => `dist/cdn/${tag}.js`),
      'dist/cdn/integrity.json',
      'custom-elements.json',
      'data/schema.json',
    ]) {
      assert.ok(packed.includes(file), `the tarball has no ${file}`);
    }
  });

  it('packs nothing from the source tree', () => {
    const stray = packed.filter((entry) =>
      /^(test|stories|src|scripts|\.storybook|storybook-static)\/|(^|\/)node_modules\//.test(entry),
    );
    assert.deepEqual(stray, [], `the tarball has files it should not:\n${stray.join('\n')}`);
  });

  it('ships the source map of every script that names one, and names none it does not ship', async () => {
    const scripts = packed.filter((entry) => entry.endsWith('.js'));
    const missing: string[] = [];
    for (const script of scripts) {
      const text = await readFile(join(root, script), 'utf8');
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
      if (url && !packed.includes(join(dirname(script), url))) missing.push(`${script} -> ${url}`);
    }
    assert.deepEqual(missing, [], 'scripts whose source map is not in the tarball');
    assert.ok(packed.includes('dist/cdn/visit-cards.js.map'), 'the CDN bundle ships its map');
  });

  it('packs every file its exports point at', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, string | Record<string, string>>;
    };
    const targets = Object.values(manifest.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target),
    );
    for (const target of targets) {
      assert.ok(
        packed.includes(target.replace(/^\.\//, '')),
        `exports point at ${target}: not packed`,
      );
    }
  });

  it('type-checks an app that uses the elements, the classes and the data', async () => {
    assert.ok(checks, 'the app was not installed');
    const result = await checks.bundler;
    const errors = tscErrors(result.stdout);
    assert.deepEqual(errorsIn(errors, 'app.ts'), [], result.stdout + result.stderr);
    assert.deepEqual(
      errors.filter((line) => !line.startsWith('bad.ts(')),
      [],
      'errors outside the app: in the package or its dependencies',
    );
  });

  it('rejects a bad variant, a bad pick and a misspelt dataset field (the types are not any)', async () => {
    assert.ok(checks, 'the app was not installed');
    const result = await checks.bundler;
    const errors = errorsIn(tscErrors(result.stdout), 'bad.ts');
    assert.notEqual(result.code, 0, 'tsc accepted bad.ts: the types are too loose');
    assert.equal(errors.length, 3, `expected exactly 3 errors in bad.ts:\n${result.stdout}`);
    const [variant = '', pick = '', typo = ''] = errors;
    assert.match(
      variant,
      /^bad\.ts\(6,1\): error TS2322: Type '"huge"' is not assignable to type '/,
    );
    assert.match(variant, /"full"/);
    assert.match(variant, /"compact"/);
    assert.match(
      pick,
      /^bad\.ts\(8,1\): error TS2322: Type '"weekly"' is not assignable to type '/,
    );
    for (const value of ['"first"', '"random"', '"daily"']) assert.ok(pick.includes(value), pick);
    assert.match(
      typo,
      /^bad\.ts\(9,\d+\): error TS(2339|2551): Property 'nmae' does not exist on type/,
    );
  });

  it('type-checks the same app under NodeNext resolution', async () => {
    assert.ok(checks, 'the app was not installed');
    const result = await checks.nodenext;
    assert.deepEqual(tscErrors(result.stdout), [], result.stdout + result.stderr);
    assert.equal(result.code, 0, result.stdout + result.stderr);
  });

  it('type-checks TSX through visit-cards/react, and rejects a bad attribute value', async () => {
    assert.ok(checks, 'the app was not installed');
    const result = await checks.react;
    const errors = tscErrors(result.stdout);
    assert.deepEqual(errorsIn(errors, 'react-app.tsx'), [], result.stdout + result.stderr);
    assert.equal(errors.length, 1, `expected exactly 1 error, in react-bad.tsx:\n${result.stdout}`);
    assert.match(
      errors[0]!,
      /^react-bad\.tsx\(4,\d+\): error TS2322: Type '"huge"' is not assignable to type '/,
    );
  });

  it("visit-cards snippet --cdn writes the card's own module, with its SRI hash", async () => {
    const integrity = JSON.parse(
      await readFile(join(root, 'dist/cdn/integrity.json'), 'utf8'),
    ) as Record<string, string>;
    const cli = join(appDir, 'node_modules/visit-cards/dist/snippet/cli.js');
    const out = await runOk(
      process.execPath,
      [cli, 'snippet', 'letter-quote', '--cdn', 'https://cdn.example/visit-cards/'],
      appDir,
    );
    assert.ok(
      out.includes(
        `<script type="module" src="https://cdn.example/visit-cards/letter-quote.js" integrity="${integrity['letter-quote.js']}" crossorigin="anonymous"></script>`,
      ),
      out,
    );
  });

  it('bundles with esbuild into one file with no bare imports left', async () => {
    await runOk(
      bin('esbuild'),
      [
        'app.ts',
        '--bundle',
        '--format=esm',
        '--outfile=out.js',
        '--metafile=meta.json',
        '--log-level=warning',
      ],
      appDir,
    );
    const meta = JSON.parse(await readFile(join(appDir, 'meta.json'), 'utf8')) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, { imports: unknown[] }>;
    };
    assert.deepEqual(meta.outputs['out.js']?.imports, [], 'the bundle imports other modules');
    const bundle = await readFile(join(appDir, 'out.js'), 'utf8');
    const bare = bundle.match(/^\s*(import|export)\b[^;\n]*?["'][^./"'][^"']*["']/gm) ?? [];
    assert.deepEqual(bare, [], 'the bundle still has bare imports');
    // The define modules are side effects (package.json `sideEffects`): the bundler keeps them.
    const inputs = Object.keys(meta.inputs);
    for (const define of ['visit-card', 'letter-quote']) {
      assert.ok(
        inputs.some((input) => input.endsWith(`visit-cards/dist/define/${define}.js`)),
        `the bundle left out visit-cards/${define}`,
      );
    }
  });

  it('renders every element from the bundle in Chromium, with no errors', async (t) => {
    assert.ok(existsSync(join(appDir, 'out.js')), 'no bundle: the bundling test failed');
    const executablePath = findChrome();
    if (!executablePath) {
      t.skip(NO_CHROME);
      return;
    }
    const served = await serve(appDir);
    server = served.server;
    browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));

    await page.goto(`${served.url}/index.html`);
    await page.waitForFunction(
      () =>
        document.querySelector('visit-card')?.shadowRoot?.querySelector('article') &&
        document.querySelectorAll('letter-quote').length === 2 &&
        [...document.querySelectorAll('letter-quote')].every((quote) =>
          quote.shadowRoot?.querySelector('blockquote'),
        ) &&
        document.querySelector('my-roster')?.shadowRoot?.querySelector('li'),
      undefined,
      { timeout: 15_000 },
    );
    const seen = await page.evaluate(() => {
      const card = document.querySelector('visit-card');
      const heading = card?.shadowRoot?.querySelector('article :is(h1, h2, h3, h4, h5, h6)');
      return {
        heading: heading?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        variant: card?.variant,
        quotes: [...document.querySelectorAll('letter-quote')].map(
          (quote) => quote.shadowRoot?.querySelector('blockquote')?.textContent?.trim().length ?? 0,
        ),
        members: document.querySelector('my-roster')?.shadowRoot?.querySelectorAll('li').length,
        defined: ['visit-card', 'letter-quote', 'my-roster'].filter((tag) =>
          customElements.get(tag),
        ),
        // Only the class was imported: nothing may have registered <delegation-roster>.
        rosterDefined: customElements.get('delegation-roster') !== undefined,
        people: document.body.dataset.people,
        valid: document.body.dataset.valid,
        errors: document.body.dataset.errors ?? '',
      };
    });
    await page.close();

    assert.match(seen.heading, /Putin visits Pyongyang/);
    assert.equal(seen.variant, 'compact');
    assert.equal(seen.quotes.length, 2);
    for (const length of seen.quotes) assert.ok(length > 20, 'a letter-quote shows an empty quote');
    assert.ok((seen.members ?? 0) > 0, 'my-roster lists no members');
    assert.deepEqual(seen.defined, ['visit-card', 'letter-quote', 'my-roster']);
    assert.equal(
      seen.rosterDefined,
      false,
      'importing visit-cards/delegation-roster/class defined a tag',
    );
    const bundled = JSON.parse(
      await readFile(new URL('../../data/visit.json', import.meta.url), 'utf8'),
    ) as { people: unknown[] };
    assert.equal(seen.people, String(bundled.people.length));
    assert.equal(seen.valid, 'true');
    assert.equal(seen.errors, '', 'the elements fired visit-cards-error');
    assert.deepEqual(problems, []);
  });
});
