/**
 * Safe registration in a real page: two copies of the library on one page (the CDN bundle from
 * two URLs, the CDN bundle next to the npm build, or another version) never throw, each tag is
 * defined once, by the copy that loaded first, and the cards render. The same version again is
 * silent; another version warns once per tag. Run after a build.
 *
 * Each test page is written here and answered for the server's origin by the browser, so the
 * library's files are all fetched from the demo server as a host would serve them.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { VERSION } from '../../src/internal/define.js';
import { NODE_MODULES_IMPORT_MAP } from '../../scripts/import-map.js';
import { demoSession } from './demo-session.js';
import { CARDS_MARKUP } from './cards-markup.js';
import { ELEMENTS, TAGS } from '../../src/elements/elements.js';
import { recordDefinitions, watchedPage } from './watched-page.js';

const CDN = '/dist/cdn/visit-cards.js';
const NPM = '/dist/index.js';
const OTHER_VERSION = '9.9.9';
/** The CDN bundle as another version of the library would ship it; see `fulfillOtherVersion`. */
const CDN_OTHER = `${CDN}?version=${OTHER_VERSION}`;

/** Every tag, in the order the library defines them, and the name its class is exported under. */
const CLASSES: Record<string, string> = Object.fromEntries(
  ELEMENTS.map(({ tag, className }) => [tag, className]),
);
/** Each card's tag, and the node its shadow root holds once it has rendered. */
const CARDS: Record<string, string> = {
  'visit-card': 'article h3',
  'letter-quote': 'blockquote',
  'delegation-roster': 'li',
};

/** A page that loads `scripts` as modules, in order, then holds one of each card. */
function testPage(scripts: string[]): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Registration</title>
    <link rel="icon" href="data:," />
    <script type="importmap">${JSON.stringify(NODE_MODULES_IMPORT_MAP)}</script>
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </head>
  <body>
    ${CARDS_MARKUP}
  </body>
</html>`;
}

/** Matches the URL of `path` (with its query) on the server. */
const at = (path: string) => (url: URL) => url.pathname + url.search === path;

/** Answers with the CDN bundle as served, with another version string. */
async function fulfillOtherVersion(route: Route): Promise<void> {
  await route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: otherVersionBundle });
}

let otherVersionBundle: string;
let page: Page;
let warnings: string[];
let errors: string[];

const session = demoSession(async ({ server }) => {
  const bundle = await (await fetch(`${server.url}${CDN}`)).text();
  assert.equal(bundle.split(`"${VERSION}"`).length, 2, `the bundle holds "${VERSION}" once`);
  otherVersionBundle = bundle.replace(`"${VERSION}"`, `"${OTHER_VERSION}"`);
});

beforeEach(async () => {
  await page?.close();
  ({ page, warnings, errors } = await watchedPage(session.browser));
  await page.addInitScript(recordDefinitions);
  await page.route(at(CDN_OTHER), fulfillOtherVersion);
});

/**
 * Opens a page that loads `scripts` in order; resolves once every card has rendered, with, for
 * each tag, the index in `scripts` of the copy whose class it holds.
 */
async function open(scripts: string[]): Promise<Record<string, number>> {
  const url = `${session.server.url}/test/e2e/registration.html`;
  await page.route(at(new URL(url).pathname), (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: testPage(scripts) }),
  );
  await page.goto(url);
  await page.waitForFunction(
    (cards) =>
      Object.entries(cards).every(([tag, selector]) =>
        [...document.querySelectorAll(tag)].every((el) => el.shadowRoot?.querySelector(selector)),
      ),
    CARDS,
  );
  return page.evaluate(
    async ({ scripts, classes }) => {
      // Already evaluated: importing the same URLs again returns the same module instances.
      const copies = await Promise.all(
        scripts.map((src) => import(src) as Promise<Record<string, unknown>>),
      );
      return Object.fromEntries(
        Object.entries(classes).map(([tag, name]) => [
          tag,
          copies.findIndex((copy) => copy[name] === customElements.get(tag)),
        ]),
      );
    },
    { scripts, classes: CLASSES },
  );
}

/** The tags `customElements.define` was called with, in order: once each means no copy tried again. */
const definitions = () =>
  page.evaluate(() => (window as unknown as { definitions: string[] }).definitions);

/** The version stamped on each registered class. */
const registeredVersions = () =>
  page.evaluate(
    (tags) =>
      tags.map(
        (tag) =>
          (customElements.get(tag) as unknown as Record<symbol, string>)[
            Symbol.for('visit-cards.version')
          ],
      ),
    TAGS,
  );

/** Every tag owned by copy `index`. */
const allBy = (index: number) => Object.fromEntries(TAGS.map((tag) => [tag, index]));

describe('the CDN bundle loaded twice, from two URLs', () => {
  it('defines each tag once, by the first copy; cards render; no error, no warning', async () => {
    const owners = await open([CDN, `${CDN}?copy=2`]);
    assert.deepEqual(owners, allBy(0));
    assert.deepEqual(await definitions(), TAGS);
    assert.deepEqual(
      await registeredVersions(),
      TAGS.map(() => VERSION),
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
  });
});

describe('the CDN bundle and the npm build on one page', () => {
  for (const [first, second] of [
    [CDN, NPM],
    [NPM, CDN],
  ] as const) {
    it(`${first} first: its definitions stand, the other copy's are no-ops; no error, no warning`, async () => {
      const owners = await open([first, second]);
      assert.deepEqual(owners, allBy(0));
      assert.deepEqual(await definitions(), TAGS);
      assert.deepEqual(errors, []);
      assert.deepEqual(warnings, []);
    });
  }
});

describe(`another version (${OTHER_VERSION}) loaded after this one (${VERSION})`, () => {
  const expected = TAGS.map(
    (tag) =>
      `visit-cards: <${tag}> is already defined by version ${VERSION}; ` +
      `keeping it and ignoring version ${OTHER_VERSION}.`,
  );

  it('keeps the first definitions; cards render; one warning per tag; no error', async () => {
    const owners = await open([CDN, CDN_OTHER]);
    assert.deepEqual(owners, allBy(0));
    assert.deepEqual(await definitions(), TAGS);
    assert.deepEqual(
      await registeredVersions(),
      TAGS.map(() => VERSION),
    );
    assert.deepEqual(warnings, expected);
    assert.deepEqual(errors, []);
  });

  it('does not warn again when the page imports that copy again', async () => {
    await open([CDN, CDN_OTHER]);
    await page.evaluate((src) => import(src), CDN_OTHER);
    assert.deepEqual(warnings, expected);
    assert.deepEqual(errors, []);
  });

  it('does not warn again when a second copy of that version loads from another URL', async () => {
    await open([CDN, CDN_OTHER]);
    await page.route(at(`${CDN_OTHER}&copy=2`), fulfillOtherVersion);
    await page.evaluate((src) => import(src), `${CDN_OTHER}&copy=2`);
    assert.deepEqual(warnings, expected);
  });
});
