/**
 * The library under a strict Trusted Types policy, `require-trusted-types-for 'script';
 * trusted-types lit-html`, which lets Lit create its "lit-html" policy once. Lit creates it when
 * it evaluates, so the CDN bundle evaluates the library once per page: a second copy (another
 * URL, or the module beside the classic script) finds the first and exports its classes, and
 * the page works. The npm build knows nothing of the CDN copy: with both on a page, Lit
 * evaluates twice, which needs `'allow-duplicates'`; without it the second copy fails to load
 * and the first one's cards stand. Run after a build.
 *
 * Each page is written here and answered for the server's origin by the browser, with its
 * Content-Security-Policy header, so the library's files are fetched from the demo server.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { NODE_MODULES_IMPORT_MAP } from '../../scripts/import-map.js';
import { demoSession } from './demo-session.js';
import { CARDS_MARKUP } from './cards-markup.js';
import { TAGS } from '../../src/elements/elements.js';

const CDN = '/dist/cdn/visit-cards.js';
const CLASSIC = '/dist/cdn/visit-cards.classic.js';
const NPM = '/dist/index.js';
/** The classic build's global. */
const GLOBAL = 'VisitCards';

/** Lets the page's own inline script, the import map, run; everything else comes from 'self'. */
const NONCE = 'trusted-types-test';
const STRICT = "require-trusted-types-for 'script'; trusted-types lit-html";
const ALLOW_DUPLICATES = `${STRICT} 'allow-duplicates'`;
/** What Chromium throws when a policy name is taken and duplicates are not allowed. */
const DUPLICATE_POLICY =
  "Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy with name \"lit-html\" already exists.";
/** And the CSP violation it logs first. */
const VIOLATION = /TrustedTypePolicy named 'lit-html' violates .*'allow-duplicates'/;

/** Each card's tag, and the node its shadow root holds once it has rendered. */
const CARDS: Record<string, string> = {
  'visit-card': 'article h3',
  'letter-quote': 'blockquote',
  'delegation-roster': 'li',
};

/** A classic script, loaded with `defer` so that it runs in document order with the modules. */
const classic = (src: string) => ({ src, classic: true });
type Script = string | ReturnType<typeof classic>;
const srcOf = (script: Script) => (typeof script === 'string' ? script : script.src);

/** A page that loads `scripts` in order (modules unless marked classic), then one of each card. */
function testPage(scripts: Script[]): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Trusted Types</title>
    <link rel="icon" href="data:," />
    <script type="importmap" nonce="${NONCE}">${JSON.stringify(NODE_MODULES_IMPORT_MAP)}</script>
    ${scripts
      .map((script) =>
        typeof script === 'string'
          ? `<script type="module" src="${script}"></script>`
          : `<script src="${script.src}" defer></script>`,
      )
      .join('\n    ')}
  </head>
  <body>
    ${CARDS_MARKUP}
  </body>
</html>`;
}

/**
 * Set up before any script: records the name of every Trusted Types policy created and every
 * tag defined, so a copy that evaluates shows in both.
 */
function recordCalls(): void {
  type Factory = { createPolicy: (name: string, ...rest: unknown[]) => unknown };
  const w = window as unknown as {
    trustedTypes: Factory;
    policies: string[];
    definitions: string[];
  };
  w.policies = [];
  w.definitions = [];
  const factory = w.trustedTypes;
  const createPolicy = factory.createPolicy;
  factory.createPolicy = (name, ...rest) => {
    w.policies.push(name);
    return createPolicy.call(factory, name, ...rest);
  };
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (this: CustomElementRegistry, ...args) {
    w.definitions.push(args[0]);
    return define.apply(this, args);
  };
}

const session = demoSession();
let page: Page;
let errors: string[];

beforeEach(async () => {
  await page?.close();
  page = await session.browser.newPage();
  errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(recordCalls);
});

/**
 * Opens a page that loads `scripts` in order under `policy` (the Trusted Types part of its CSP);
 * resolves once every card has rendered.
 */
async function open(scripts: Script[], policy = STRICT): Promise<void> {
  const url = `${session.server.url}/test/e2e/trusted-types.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': `script-src 'self' 'nonce-${NONCE}'; ${policy}` },
      body: testPage(scripts),
    }),
  );
  await page.goto(url);
  await page.waitForFunction(
    (cards) =>
      Object.entries(cards).every(([tag, selector]) =>
        [...document.querySelectorAll(tag)].every((el) => el.shadowRoot?.querySelector(selector)),
      ),
    CARDS,
  );
}

/** What each copy in `scripts` exports: a module's namespace, or the classic build's global. */
const exportsOf = (scripts: Script[]) =>
  page.evaluate(
    async ({ scripts, global, tags }) => {
      const copies = await Promise.all(
        scripts.map(async (script) =>
          typeof script === 'string'
            ? ((await import(script)) as Record<string, unknown>)
            : ((window as unknown as Record<string, Record<string, unknown>>)[global] ?? {}),
        ),
      );
      const names = copies.map((copy) => Object.keys(copy).sort());
      return {
        names,
        // Every copy's every export is the first copy's: the same classes, not equal ones.
        same: copies.every((copy) => names[0]!.every((name) => copy[name] === copies[0]![name])),
        // And the tags hold those classes.
        registered: Object.values(copies[0]!).filter((value) =>
          tags.some((tag) => customElements.get(tag) === value),
        ).length,
      };
    },
    { scripts, global: GLOBAL, tags: TAGS },
  );

/** The names of the Trusted Types policies created, in order. */
const policies = () => page.evaluate(() => (window as unknown as { policies: string[] }).policies);

/** The tags `customElements.define` was called with, in order. */
const definitions = () =>
  page.evaluate(() => (window as unknown as { definitions: string[] }).definitions);

describe('one copy under the strict policy', () => {
  for (const script of [CDN, classic(CLASSIC), NPM]) {
    it(`${srcOf(script)}: cards render; one policy; no error`, async () => {
      await open([script]);
      assert.deepEqual(await policies(), ['lit-html']);
      assert.deepEqual(await definitions(), TAGS);
      assert.deepEqual(errors, []);
    });
  }
});

describe('two copies of the CDN bundle under the strict policy', () => {
  const pairs: [string, Script[]][] = [
    ['the module from two URLs', [CDN, `${CDN}?copy=2`]],
    ['the module, then the classic script', [CDN, classic(CLASSIC)]],
    ['the classic script, then the module', [classic(CLASSIC), CDN]],
  ];
  for (const [name, scripts] of pairs) {
    describe(name, () => {
      it('cards render; each tag defined once; no error', async () => {
        await open(scripts);
        assert.deepEqual(await definitions(), TAGS);
        assert.deepEqual(errors, []);
      });

      it('the second copy evaluates nothing: Lit creates its policy once', async () => {
        await open(scripts);
        assert.deepEqual(await policies(), ['lit-html']);
      });

      it("both copies export the same names, and the first copy's classes", async () => {
        await open(scripts);
        const { names, same, registered } = await exportsOf(scripts);
        assert.deepEqual(names[1], names[0]);
        assert.ok(same);
        assert.equal(registered, TAGS.length);
      });
    });
  }
});

describe('the CDN bundle exports what the npm entry exports', () => {
  it('the module by name, and the classic global the same', async () => {
    const scripts = [NPM, CDN, classic(CLASSIC)];
    await open(scripts, ALLOW_DUPLICATES);
    const { names } = await exportsOf(scripts);
    assert.ok(names[0]!.includes('VERSION') && names[0]!.includes('VisitCard'));
    assert.deepEqual(names[1], names[0]);
    assert.deepEqual(names[2], names[0]);
  });
});

describe('the npm build and the CDN bundle on one page', () => {
  for (const scripts of [
    [NPM, CDN],
    [CDN, NPM],
  ]) {
    const [first, second] = scripts as [string, string];

    it(`${first} first, with 'allow-duplicates': both evaluate; cards render; no error`, async () => {
      await open(scripts, ALLOW_DUPLICATES);
      assert.deepEqual(await policies(), ['lit-html', 'lit-html']);
      assert.deepEqual(await definitions(), TAGS);
      assert.deepEqual(errors, []);
    });

    it(`${first} first, without it: ${second} throws as it loads; the first copy's cards render`, async () => {
      await open(scripts);
      assert.deepEqual(await policies(), ['lit-html', 'lit-html']);
      assert.deepEqual(await definitions(), TAGS);
      assert.equal((await exportsOf([first])).registered, TAGS.length);
      assert.equal(
        await page.evaluate((src) => import(src).then(() => 'loaded', String), second),
        `TypeError: ${DUPLICATE_POLICY}`,
      );
      assert.equal(errors.length, 2, errors.join('\n'));
      assert.match(errors[0]!, VIOLATION);
      assert.equal(errors[1], DUPLICATE_POLICY);
    });
  }
});
