/**
 * Judges pages of a built Storybook in a real browser: a story's canvas, an element's Docs
 * page, an MDX page, and the site's root. Each judge loads its page, waits for it to render,
 * and returns every problem found, one line each; none means it passed. `npm run test:stories`
 * runs them on every entry of the build, scripts/check-stories.test.ts on small fixture pages,
 * one per kind of problem.
 *
 * A page fails on:
 * - an uncaught exception;
 * - a console error or warning; a story in an error state may log the elements' own
 *   diagnostics (`<visit-card>: …`), which is how they report a bad attribute or dataset;
 * - an HTTP error response (>= 400) the page does not provoke on purpose (`httpErrors`);
 * - a card that renders nothing, or fewer cards than the page must show;
 * - an error notice (`[part=notice]` not `role=status`) in a page not in an error state, or
 *   none in a story that is;
 * - a missing row of the API table, text or link the page must show.
 */
import type { ConsoleMessage, Page, Response } from 'playwright-core';

/** What a page must show and may do. */
export interface Expected {
  /** Tags of the elements that render cards: each must render into its shadow root. */
  cardTags: readonly string[];
  /** The fewest cards the page must render: a story's or a Docs page's live example. */
  minCards: number;
  /** The page shows an error state on purpose: it must show an error notice. */
  errorState?: boolean;
  /** HTTP error statuses the page provokes on purpose. */
  httpErrors?: readonly number[];
  /** Names the page's API table (`.docblock-argstable`) must have a row for. */
  apiRows?: readonly string[];
  /** Texts the page must show, compared with runs of white space as one space. */
  texts?: readonly string[];
  /** `href` values of links the page must have. */
  links?: readonly string[];
  /** How long the page may take to render, in ms. */
  timeout?: number;
}

/** What the page shows, read in the browser. */
interface Snapshot {
  cards: number;
  empty: string[];
  loading: number;
  notices: string[];
  rows: string[];
  text: string;
  links: string[];
}

/** What happened while the page loaded, recorded as it happened and judged afterwards. */
interface Events {
  responses: { url: string; status: number }[];
  messages: { type: string; text: string; url: string }[];
  exceptions: string[];
}

/** A console message that is one of the elements' diagnostics: `<tag-name>: message`. */
const DIAGNOSTIC = /^<[a-z][a-z0-9]*(-[a-z0-9]+)+>: /;
/** Time after the page renders for late errors (a rejected promise, a last request) to arrive. */
const QUIET_MS = 300;
/** How often to look whether the page has rendered. */
const POLL_MS = 50;
const DEFAULT_TIMEOUT = 10_000;

/**
 * Reads the page: runs in the browser, so it takes and returns plain data only, and declares no
 * named function inside (tsx would wrap it in a helper the page does not have).
 */
function snapshot(cardTags: readonly string[]): Snapshot {
  const roots = [...document.querySelectorAll('#storybook-root, #storybook-docs')];
  const cards = roots.flatMap((root) => cardTags.flatMap((tag) => [...root.querySelectorAll(tag)]));
  const space = /\s+/g;
  const rows = document.querySelectorAll('.docblock-argstable tbody tr');
  return {
    cards: cards.length,
    empty: cards
      .filter((el) => !(el.shadowRoot?.textContent ?? '').trim())
      .map((el) => el.localName),
    loading: cards.filter((el) => el.shadowRoot?.querySelector('[part=notice][role=status]'))
      .length,
    notices: cards.flatMap((el) =>
      [...(el.shadowRoot?.querySelectorAll('[part=notice]:not([role=status])') ?? [])].map(
        (notice) => `<${el.localName}> ${(notice.textContent ?? '').replace(space, ' ').trim()}`,
      ),
    ),
    rows: [...rows].map((row) =>
      (row.querySelector('td')?.textContent ?? '').replace(space, ' ').trim(),
    ),
    text: roots
      .map((root) => (root as HTMLElement).innerText)
      .join(' ')
      .replace(space, ' ')
      .trim(),
    links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
  };
}

/** Starts recording `page`'s events; the function returned stops it. */
function record(page: Page): { events: Events; stop: () => void } {
  const events: Events = { responses: [], messages: [], exceptions: [] };
  const onResponse = (response: Response) =>
    events.responses.push({ url: response.url(), status: response.status() });
  const onConsole = (message: ConsoleMessage) =>
    events.messages.push({
      type: message.type(),
      text: message.text(),
      url: message.location().url,
    });
  const onPageError = (error: Error) => events.exceptions.push(`${error.name}: ${error.message}`);
  page.on('response', onResponse);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  return {
    events,
    stop: () => {
      page.off('response', onResponse);
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    },
  };
}

/** The problems among what happened while the page loaded. */
function judgeEvents(events: Events, { errorState = false, httpErrors = [] }: Expected): string[] {
  const problems = events.exceptions.map((exception) => `uncaught ${exception}`);
  const responded = new Set<string>();
  for (const { url, status } of events.responses) {
    responded.add(url);
    if (status >= 400 && !httpErrors.includes(status)) {
      problems.push(`HTTP ${status} ${url}`);
    }
  }
  for (const { type, text, url } of events.messages) {
    if (type !== 'error' && type !== 'warning') continue;
    // The console's echo of a response, judged above by its status.
    if (text.startsWith('Failed to load resource') && responded.has(url)) continue;
    if (type === 'warning' && errorState && DIAGNOSTIC.test(text)) continue;
    problems.push(`console ${type}: ${text}${url ? ` (${url})` : ''}`);
  }
  return problems;
}

/** What the page must show and does not: API rows, texts and links, one line each. */
function missing(shown: Snapshot, { apiRows = [], texts = [], links = [] }: Expected): string[] {
  const problems: string[] = [];
  const rows = new Set(shown.rows);
  const absent = apiRows.filter((name) => !rows.has(name));
  if (absent.length > 0) {
    problems.push(
      shown.rows.length === 0 ? 'no API table' : `API table without rows for: ${absent.join(', ')}`,
    );
  }
  for (const text of texts) {
    if (!shown.text.includes(text.replace(/\s+/g, ' ').trim())) {
      problems.push(`text not shown: "${text}"`);
    }
  }
  for (const href of links) {
    if (!shown.links.includes(href)) problems.push(`no link to ${href}`);
  }
  return problems;
}

/** The problems of what the page shows, against what it must show. */
function judgeSnapshot(shown: Snapshot, expected: Expected): string[] {
  const problems: string[] = [];
  if (!expected.errorState) {
    problems.push(...shown.notices.map((notice) => `error notice: ${notice}`));
  } else if (shown.notices.length === 0) {
    problems.push('no error notice, in a story of an error state');
  }
  return [...problems, ...missing(shown, expected)];
}

/**
 * Waits until the page shows all it must (its cards rendered, nothing loading, and the notice,
 * rows, texts and links expected), then a little more for late errors; returns what the page
 * shows and whether it got there in time.
 */
async function settle(page: Page, expected: Expected): Promise<{ shown: Snapshot; ok: boolean }> {
  const { cardTags, minCards, errorState = false, timeout = DEFAULT_TIMEOUT } = expected;
  const deadline = Date.now() + timeout;
  for (;;) {
    const shown = await page.evaluate(snapshot, cardTags);
    const ok =
      shown.cards >= minCards &&
      shown.empty.length === 0 &&
      shown.loading === 0 &&
      (!errorState || shown.notices.length > 0) &&
      missing(shown, expected).length === 0;
    if (ok || Date.now() > deadline) {
      await page.waitForTimeout(QUIET_MS);
      return { shown: ok ? await page.evaluate(snapshot, cardTags) : shown, ok };
    }
    await page.waitForTimeout(POLL_MS);
  }
}

/** Loads `url` (a story's canvas or a Docs page) in `page` and returns its problems. */
export async function judgePage(page: Page, url: string, expected: Expected): Promise<string[]> {
  const { events, stop } = record(page);
  const problems: string[] = [];
  try {
    const response = await page.goto(url);
    if (!response?.ok()) problems.push(`page load: HTTP ${response?.status() ?? 'no response'}`);
    const { shown, ok } = await settle(page, expected);
    // What is missing is told below; this tells the cards that did not render.
    if (!ok && (shown.cards < expected.minCards || shown.empty.length || shown.loading)) {
      problems.push(
        `not rendered within ${expected.timeout ?? DEFAULT_TIMEOUT} ms: ${shown.cards} of at ` +
          `least ${expected.minCards} cards` +
          (shown.empty.length ? `, empty: ${shown.empty.join(', ')}` : '') +
          (shown.loading ? `, ${shown.loading} still loading` : ''),
      );
    }
    problems.push(...judgeSnapshot(shown, expected));
  } finally {
    stop();
  }
  return [...judgeEvents(events, expected), ...problems];
}

/**
 * Loads the site's root, as a reader arriving does, and returns its problems: it must open
 * `path` (e.g. `/docs/introduction--docs`) and show that page's `texts` in its preview.
 */
export async function judgeLanding(
  page: Page,
  url: string,
  {
    path,
    texts,
    timeout = DEFAULT_TIMEOUT,
  }: { path: string; texts: readonly string[]; timeout?: number },
): Promise<string[]> {
  const { events, stop } = record(page);
  const problems: string[] = [];
  try {
    await page.goto(url);
    const arrived = await page
      .waitForURL((at) => at.searchParams.get('path') === path, { timeout })
      .then(() => true)
      .catch(() => false);
    if (!arrived) problems.push(`the root opened ${page.url()}, not ?path=${path}`);
    const docs = page.frameLocator('#storybook-preview-iframe').locator('#storybook-docs');
    for (const text of texts) {
      const shown = await docs
        .getByText(text)
        .first()
        .waitFor({ timeout })
        .then(() => true)
        .catch(() => false);
      if (!shown) problems.push(`the first page does not show "${text}"`);
    }
    await page.waitForTimeout(QUIET_MS);
  } finally {
    stop();
  }
  return [...judgeEvents(events, { cardTags: [], minCards: 0 }), ...problems];
}

/** An entry of Storybook's index.json, as far as the checks read it. */
export interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
  tags?: string[];
}

/** The tag of a story that shows an error state on purpose (see stories/shared.ts). */
export const ERROR_STATE_TAG = 'error-state';
/** Tags of the HTTP error statuses a story provokes on purpose: `expect-http-404`. */
const HTTP_ERROR_TAG = /^expect-http-(\d{3})$/;

/** Whether `entry` shows an error state on purpose. */
export function isErrorState(entry: IndexEntry): boolean {
  return entry.tags?.includes(ERROR_STATE_TAG) ?? false;
}

/** The HTTP error statuses `entry` declares it provokes on purpose. */
export function declaredHttpErrors(entry: IndexEntry): number[] {
  return (entry.tags ?? []).flatMap((tag) => {
    const match = HTTP_ERROR_TAG.exec(tag);
    return match ? [Number(match[1])] : [];
  });
}

/**
 * Problems of how a story declares itself: a story is in an error state when its name says so
 * ("Error: …"), and then, and only then, it carries the `error-state` tag.
 */
export function declarationProblems(entry: IndexEntry): string[] {
  if (entry.type !== 'story') return [];
  const named = entry.name.startsWith('Error:');
  const tagged = isErrorState(entry);
  if (named && !tagged) return [`named "Error: …" without the ${ERROR_STATE_TAG} tag`];
  if (tagged && !named) return [`tagged ${ERROR_STATE_TAG} but not named "Error: …"`];
  return [];
}
