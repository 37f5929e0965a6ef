/**
 * Proof that `npm run test:stories` fails on a broken story: runs its judges
 * (scripts/story-checks.ts) in Chromium on small fixture pages that stand in for Storybook's
 * (`#storybook-root`, `#storybook-docs`, `.docblock-argstable`), one per kind of failure, served
 * under a sub-path as the check serves the build, and asserts each is reported, and that a
 * sound page, and each failure the page declares on purpose, passes.
 * Run with `npm run test:stories:self`.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { serve } from './static-server.js';
import {
  declarationProblems,
  declaredHttpErrors,
  judgeLanding,
  judgePage,
  type Expected,
} from './story-checks.js';

/** A stand-in card: renders the HTML of its `shadow` attribute into its shadow root. */
const CARD_DEFINITION = `<script type="module">
  customElements.define('visit-card', class extends HTMLElement {
    connectedCallback() {
      this.attachShadow({ mode: 'open' }).innerHTML = this.getAttribute('shadow') ?? '';
    }
  });
</script>`;
const CARD = `<visit-card shadow="<p>State visit to the DPRK</p>"></visit-card>`;
const ERROR_NOTICE = `<visit-card
  shadow='<div part="notice" role="note">This card cannot be shown</div>'></visit-card>`;
const LOADING_NOTICE = `<visit-card
  shadow='<p part="notice" role="status">Loading…</p>'></visit-card>`;
const DIAGNOSTIC = `<script>
  console.warn('<visit-card>: variant="huge" is not one of: full, compact.');
</script>`;
const API_TABLE = `<table class="docblock-argstable"><tbody>
  <tr><td>variant</td><td>full or compact</td></tr>
  <tr><td>theme</td><td>auto, light or dark</td></tr>
</tbody></table>`;
const DESCRIPTION = `<h1>visit-card</h1><p>The visit at a glance.</p>`;

/** A story's canvas holding `html`. */
const story = (html: string) => `<div id="storybook-root">${html}</div>`;
/** A Docs page holding `html`. */
const docs = (html: string) => `<div id="storybook-docs">${html}</div>`;
/** Storybook's root, which opens `path` in its preview, showing `src`. */
const landing = (path: string, src: string) =>
  `<script>history.replaceState(null, '', '?path=${path}');</script>
  <iframe id="storybook-preview-iframe" src="${src}"></iframe>`;

/** Fixture pages by file name: bodies, each given the stand-in card's definition. */
const PAGES: Record<string, string> = {
  'story.html': story(CARD),
  'exception.html': story(CARD) + `<script>throw new TypeError('x is undefined');</script>`,
  'console-error.html': story(CARD) + `<script>console.error('render failed');</script>`,
  'console-warning.html': story(CARD) + DIAGNOSTIC,
  'http-error.html': story(CARD) + `<script>fetch('data/no-such-file.json');</script>`,
  'error-notice.html': story(ERROR_NOTICE),
  'error-state.html': story(ERROR_NOTICE) + DIAGNOSTIC,
  'empty-card.html': story('<visit-card></visit-card>'),
  'no-card.html': story(''),
  'still-loading.html': story(LOADING_NOTICE),
  'docs.html': docs(DESCRIPTION + CARD + API_TABLE),
  'docs-no-table.html': docs(DESCRIPTION + CARD),
  'intro.html': docs(`<h1>visit-cards</h1><h2>One script tag</h2>
    <a href="?path=/docs/elements-visit-card--docs">visit-card</a>`),
  'landing.html': landing('/docs/introduction--docs', 'intro.html'),
  'landing-elsewhere.html': landing('/story/elements-visit-card--full', 'story.html'),
};

/** A story page: one card, no error state. */
const STORY: Expected = { cardTags: ['visit-card'], minCards: 1, timeout: 1_000 };
/** An element's Docs page: description, live example, API table. */
const DOCS: Expected = {
  ...STORY,
  apiRows: ['variant', 'theme'],
  texts: ['The visit at a glance'],
};

let dir: string;
let server: Server;
let url: string;
let browser: Browser;
let page: Page;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'story-checks-'));
  for (const [name, body] of Object.entries(PAGES)) {
    await writeFile(
      join(dir, name),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
        `${CARD_DEFINITION}</head><body>${body}</body></html>`,
    );
  }
  ({ server, url } = await serve(dir, { base: '/sb/' }));
  browser = await launchChromium();
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
  server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Judges fixture `name` as a page expected to show `expected`. */
const judge = (name: string, expected: Expected) => judgePage(page, `${url}/${name}`, expected);

/** Asserts `problems` holds exactly one line and that it matches `pattern`. */
function assertOne(problems: string[], pattern: RegExp): void {
  assert.equal(problems.length, 1, `one problem expected, got: ${JSON.stringify(problems)}`);
  assert.match(problems[0]!, pattern);
}

describe('a story page', () => {
  it('passes when its card renders and nothing goes wrong', async () => {
    assert.deepEqual(await judge('story.html', STORY), []);
  });
  it('fails on an uncaught exception', async () => {
    assertOne(await judge('exception.html', STORY), /^uncaught TypeError: x is undefined/);
  });
  it('fails on a console error', async () => {
    assertOne(await judge('console-error.html', STORY), /^console error: render failed/);
  });
  it('fails on a console warning, even a card diagnostic, outside an error state', async () => {
    assertOne(await judge('console-warning.html', STORY), /^console warning: <visit-card>: /);
  });
  it('fails on an HTTP error response', async () => {
    assertOne(await judge('http-error.html', STORY), /^HTTP 404 .*\/sb\/data\/no-such-file\.json$/);
  });
  it('passes an HTTP error response it declares', async () => {
    assert.deepEqual(await judge('http-error.html', { ...STORY, httpErrors: [404] }), []);
  });
  it('still fails on an HTTP error response of another status than declared', async () => {
    assertOne(await judge('http-error.html', { ...STORY, httpErrors: [500] }), /^HTTP 404 /);
  });
  it('fails on an error notice outside an error state', async () => {
    assertOne(
      await judge('error-notice.html', STORY),
      /^error notice: <visit-card> This card cannot be shown$/,
    );
  });
  it('passes an error notice and card diagnostics in an error state', async () => {
    assert.deepEqual(await judge('error-state.html', { ...STORY, errorState: true }), []);
  });
  it('fails in an error state without an error notice', async () => {
    assertOne(
      await judge('story.html', { ...STORY, errorState: true }),
      /^no error notice, in a story of an error state$/,
    );
  });
  it('fails on a card that renders nothing', async () => {
    assertOne(await judge('empty-card.html', STORY), /^not rendered .*empty: visit-card$/);
  });
  it('fails without a card', async () => {
    assertOne(await judge('no-card.html', STORY), /^not rendered .*: 0 of at least 1 cards$/);
  });
  it('fails on a card that never finishes loading', async () => {
    assertOne(await judge('still-loading.html', STORY), /^not rendered .*1 still loading$/);
  });
});

describe('a Docs page', () => {
  it('passes with its description, live example and API table', async () => {
    assert.deepEqual(await judge('docs.html', DOCS), []);
  });
  it('fails without its API table', async () => {
    assertOne(await judge('docs-no-table.html', DOCS), /^no API table$/);
  });
  it('fails on a missing row of its API table', async () => {
    assertOne(
      await judge('docs.html', { ...DOCS, apiRows: ['variant', 'theme', 'heading-level'] }),
      /^API table without rows for: heading-level$/,
    );
  });
  it('fails without its description', async () => {
    assertOne(
      await judge('docs.html', { ...DOCS, texts: ['The delegation'] }),
      /^text not shown: "The delegation"$/,
    );
  });
  it('fails on a missing link', async () => {
    const intro: Expected = { cardTags: ['visit-card'], minCards: 0, timeout: 1_000 };
    assert.deepEqual(
      await judge('intro.html', { ...intro, links: ['?path=/docs/elements-visit-card--docs'] }),
      [],
    );
    assertOne(
      await judge('intro.html', { ...intro, links: ['?path=/docs/elements-letter-quote--docs'] }),
      /^no link to \?path=\/docs\/elements-letter-quote--docs$/,
    );
  });
});

describe('the landing page', () => {
  const introduction = { path: '/docs/introduction--docs', texts: ['One script tag'] };
  it('passes when it opens the introduction', async () => {
    assert.deepEqual(await judgeLanding(page, `${url}/landing.html`, introduction), []);
  });
  it('fails when it opens another page', async () => {
    const problems = await judgeLanding(page, `${url}/landing-elsewhere.html`, {
      ...introduction,
      timeout: 1_000,
    });
    assert.deepEqual(
      problems.map((problem) => problem.replace(/http:[^,\s]+/, 'URL')),
      [
        'the root opened URL, not ?path=/docs/introduction--docs',
        'the first page does not show "One script tag"',
      ],
    );
  });
});

describe('how a story declares itself', () => {
  const story = { id: 's', type: 'story', title: 'Elements/visit-card' } as const;
  it('is sound when the name and the tag agree', () => {
    assert.deepEqual(declarationProblems({ ...story, name: 'Dark', tags: [] }), []);
    assert.deepEqual(
      declarationProblems({ ...story, name: 'Error: bad variant', tags: ['error-state'] }),
      [],
    );
  });
  it('fails on an "Error: …" name without the tag, or the tag without the name', () => {
    assertOne(declarationProblems({ ...story, name: 'Error: bad variant' }), /without the/);
    assertOne(
      declarationProblems({ ...story, name: 'Bad variant', tags: ['error-state'] }),
      /not named/,
    );
  });
  it('reads the HTTP errors a story provokes on purpose from its tags', () => {
    assert.deepEqual(
      declaredHttpErrors({ ...story, name: 'x', tags: ['error-state', 'expect-http-404'] }),
      [404],
    );
  });
});
