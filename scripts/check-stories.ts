/**
 * Proof that the Storybook works in a real browser, not just that it built: serves
 * storybook-static/ under a sub-path (/sb/), as a host that does not serve it at its root
 * would, and in headless Chromium checks that the root opens the introduction, and that every
 * story and every Docs page renders without an error (scripts/story-checks.ts says what fails a
 * page). What each page must show comes from index.json and custom-elements.json: a story in
 * an error state is tagged `error-state` and named "Error: …"; an element's Docs page shows its
 * description and a table row for each of its attributes, public properties, events, slots,
 * CSS parts and custom properties; the introduction links to each element's Docs page.
 * Run after `npm run build-storybook`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { serve } from './static-server.js';
import {
  declarationProblems,
  declaredHttpErrors,
  isErrorState,
  judgeLanding,
  judgePage,
  type Expected,
  type IndexEntry,
} from './story-checks.js';

/** The sub-path the build is served under. */
const BASE = '/sb/';
/** How many pages to check side by side. */
const PAGES = 4;
/** The title of the page Storybook must open first. */
const INTRODUCTION = 'Introduction';

/** An element of custom-elements.json, as far as the checks read it. */
interface Declaration {
  tagName?: string;
  description?: string;
  attributes?: { name: string }[];
  members?: { kind: string; name: string; privacy?: string; static?: boolean }[];
  events?: { name: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = `${root}storybook-static/`;
const index = JSON.parse(await readFile(`${dir}index.json`, 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const manifest = JSON.parse(await readFile(`${root}custom-elements.json`, 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const elements = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => (declaration.tagName ? [[declaration.tagName, declaration]] : [])),
) as Map<string, Declaration>;
// A card is an element that can show a notice; <visit-data> only provides.
const cardTags = [...elements]
  .filter(([, element]) => element.cssParts?.some((part) => part.name === 'notice'))
  .map(([tag]) => tag);
const entries = Object.values(index.entries);

/** Names of the rows an element's API table must have. */
function apiRows(element: Declaration): string[] {
  const fields = (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      member.privacy !== 'private' &&
      member.privacy !== 'protected',
  );
  return [
    ...(element.attributes ?? []),
    ...fields,
    ...(element.events ?? []),
    // .storybook/api-tables.ts names the default slot, which the manifest leaves unnamed.
    ...(element.slots ?? []).map((slot) => ({ name: slot.name || '(default)' })),
    ...(element.cssParts ?? []),
    ...(element.cssProperties ?? []),
  ].map(({ name }) => name);
}

/** The start of an element's description: its first line, before any Markdown markup. */
function descriptionStart(element: Declaration): string {
  const text = (element.description ?? '').replace(/\s+/g, ' ').trim();
  return text
    .split(/[`*_[\]]/)[0]!
    .slice(0, 60)
    .trim();
}

/** What the page of `entry` must show and may do, or a problem with the entry itself. */
function expectationsFor(entry: IndexEntry): Expected | string {
  if (entry.type === 'story') {
    return {
      cardTags,
      minCards: 1,
      errorState: isErrorState(entry),
      httpErrors: declaredHttpErrors(entry),
    };
  }
  if (entry.title === INTRODUCTION) {
    return {
      cardTags,
      minCards: 0,
      texts: ['One script tag', '<visit-card></visit-card>'],
      links: [
        ...entries
          .filter((other) => other.type === 'docs' && other.title.startsWith('Elements/'))
          .map((other) => `?path=/docs/${other.id}`),
        './demo/builder.html',
      ],
    };
  }
  const tag = entry.title.split('/').at(-1)!;
  const element = elements.get(tag);
  if (!element) return `no element <${tag}> in custom-elements.json`;
  return { cardTags, minCards: 1, apiRows: apiRows(element), texts: [descriptionStart(element)] };
}

const introduction = entries.find((entry) => entry.type === 'docs' && entry.title === INTRODUCTION);
const { server, url } = await serve(dir, { base: BASE });
const browser = await launchChromium();
/** The problems of `entry`'s page, loaded in `page`. */
async function checkEntry(page: Page, entry: IndexEntry): Promise<string[]> {
  const expected = expectationsFor(entry);
  if (typeof expected === 'string') return [expected];
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  return [
    ...declarationProblems(entry),
    ...(await judgePage(page, `${url}/iframe.html?id=${entry.id}&viewMode=${viewMode}`, expected)),
  ];
}

/** The problems of the site's root: it must open the introduction. */
async function checkLanding(page: Page): Promise<string[]> {
  if (!introduction) return [`no Docs page titled "${INTRODUCTION}"`];
  if (entries[0] !== introduction) {
    return [`the first entry of index.json is ${entries[0]?.id}, not ${introduction.id}`];
  }
  return judgeLanding(page, `${url}/`, {
    path: `/docs/${introduction.id}`,
    texts: ['One script tag'],
  });
}

const checks: [what: string, run: (page: Page) => Promise<string[]>][] = [
  [`${BASE} opens the introduction first`, checkLanding],
  ...entries.map((entry): [string, (page: Page) => Promise<string[]>] => [
    `${entry.title} › ${entry.name}`,
    (page) => checkEntry(page, entry),
  ]),
];
const results: string[][] = [];
try {
  // A few pages side by side: each judges one page at a time, with its own listeners.
  let next = 0;
  await Promise.all(
    Array.from({ length: PAGES }, async () => {
      const page = await browser.newPage();
      while (next < checks.length) {
        const i = next++;
        results[i] = await checks[i]![1](page);
      }
      await page.close();
    }),
  );
} finally {
  await browser.close();
  server.close();
}
let failed = 0;
checks.forEach(([what], i) => {
  const problems = results[i]!;
  if (problems.length === 0) return;
  failed++;
  console.error(`✗ ${what}\n${problems.map((problem) => `    ${problem}`).join('\n')}`);
});
const stories = entries.filter((entry) => entry.type === 'story').length;
console.log(
  `${stories} stories and ${entries.length - stories} Docs pages loaded in Chromium from ${url}/`,
);
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
