/**
 * Pages that load the CDN modules (dist/cdn/*.js) as a host's page would, for the e2e tests of
 * the modules: a page written here and answered for the demo server's origin, each module with
 * its SRI hash; and what the cards on it show. Run after a build.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Visit } from '../../src/data/types.js';
import { VISIT_TIMELINE_PERIODS } from '../../src/elements/visit-timeline/options.js';
import { LOCALES } from '../../src/locales/tags.js';

/** Where the demo server serves the CDN modules. */
export const CDN = '/dist/cdn/';
/** Where the demo server serves the whole dataset. */
export const DATASET = '/data/visit.json';
/** The project's root. */
export const root = new URL('../../', import.meta.url);
const integrity = JSON.parse(
  await readFile(new URL('dist/cdn/integrity.json', root), 'utf8'),
) as Record<string, string>;
/** The bundled dataset. */
export const visit = JSON.parse(await readFile(new URL('data/visit.json', root), 'utf8')) as Visit;

/** Each card's tag, and the node its shadow root holds once it has rendered its content. */
export const CONTENT: Record<string, string> = {
  'visit-card': 'article',
  'letter-quote': 'blockquote',
  'delegation-roster': 'li',
  'visit-timeline': 'ol',
};

/** Every card `tag` can draw from the bundled dataset: each language, and each choice. */
export function variations(tag: string): string[] {
  const each = (attributes: string[]) =>
    LOCALES.flatMap((lang) => attributes.map((a) => `<${tag} lang="${lang}" ${a}></${tag}>`));
  switch (tag) {
    case 'letter-quote':
      return each([
        ...visit.quotes.map((q) => `quote-id="${q.id}" expanded="sources"`),
        ...[...new Set(visit.quotes.flatMap((q) => q.topics))].map((t) => `topic="${t}"`),
        'quote-id="no-such-quote"',
      ]);
    case 'visit-card':
      return each(
        ['full', 'compact'].map((v) => `variant="${v}" expanded="programme,outcomes,sources"`),
      );
    case 'delegation-roster':
      return each([
        'expanded="members,sources"',
        'layout="grid" grouping="none" limit="3"',
        ...[...new Set(visit.people.map((p) => p.sector))].map((s) => `sector="${s}"`),
        ...[...new Set(visit.people.map((p) => p.status))].map((s) => `status="${s}"`),
      ]);
    default:
      return each([
        'expanded="history,sources"',
        '',
        ...VISIT_TIMELINE_PERIODS.map((period) => `period="${period}"`),
      ]);
  }
}

/** A script tag for the CDN module `file`, with its SRI hash. */
export function script(file: string): string {
  const hash = integrity[file];
  assert.ok(hash, `integrity.json has ${file}`);
  return `<script type="module" src="${CDN}${file}" integrity="${hash}" crossorigin="anonymous"></script>`;
}

/** A page that loads the CDN modules `files`, in order, and holds `body`. */
export function testPage(files: string[], body: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Element modules</title>
    <link rel="icon" href="data:," />
    ${files.map(script).join('\n    ')}
  </head>
  <body>
    ${body}
  </body>
</html>`;
}

/** Opens on `page` a page of the server at `origin` that loads `files` and holds `body`, under `csp` if given. */
export async function openModulePage(
  page: Page,
  origin: string,
  files: string[],
  body: string,
  csp?: string,
): Promise<void> {
  const path = '/test/e2e/element-modules.html';
  const url = `${origin}${path}`;
  await page.route(
    (at) => at.pathname === path,
    (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: csp ? { 'content-security-policy': csp } : {},
        body: testPage(files, body),
      }),
  );
  await page.goto(url);
}

/** Waits until every element of `tags` on `page` is defined and has rendered past "Loading…". */
export async function renderedCards(page: Page, tags: readonly string[]): Promise<void> {
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) => customElements.get(tag)) &&
      [...document.querySelectorAll(tags.join(','))].every(
        (el) =>
          el.shadowRoot?.firstElementChild &&
          !el.shadowRoot.querySelector('[role="status"].notice'),
      ),
    tags,
  );
  await page.evaluate(async (tags) => {
    const elements = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(
      elements.map((el) => (el as unknown as { updateComplete: unknown }).updateComplete),
    );
  }, tags);
}

/** What each card of `tag` on `page` shows: its shadow root, without Lit's markers. */
export const shadowMarkup = (page: Page, tag: string): Promise<string[]> =>
  page.evaluate(
    (tag) =>
      [...document.querySelectorAll(tag)].map((el) =>
        el.shadowRoot!.innerHTML.replace(/<!--[\s\S]*?-->/g, ''),
      ),
    tag,
  );
