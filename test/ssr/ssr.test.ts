/**
 * Server-side rendering: the compiled npm build (`dist/`, not the .ts sources) imports in Node
 * and renders through @lit-labs/ssr to declarative shadow DOM holding the cards' real content,
 * in the language asked for, with bad attributes shown as the notice rather than thrown. Then a
 * real browser shows that server output before any script runs, and the CDN bundle upgrades it
 * without errors. Run after a build (`npm run build`).
 *
 * Lit's recommended way to render in Node is with its global DOM shim installed before Lit or
 * the elements load (https://lit.dev/docs/ssr/server-usage/#rendering-templates), so it is the
 * first import here. Rendering without it is checked in a child process, as is importing.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';

import { render } from '@lit-labs/ssr';
import { collectResult, collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Visit } from '../../src/data/index.js';
import { NODE_MODULES_IMPORT_MAP } from '../../scripts/import-map.js';
import { TAGS } from '../../src/elements/elements.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = new URL('../../dist/', import.meta.url);
const DEFINES = TAGS;
const DSD = '<template shadowroot="open" shadowrootmode="open">';
/** The card's heading: the dataset's headline, in English. */
const HEADING = (
  JSON.parse(readFileSync(new URL('../../data/visit.json', import.meta.url), 'utf8')) as Visit
).overview.headline!.en;

if (!existsSync(new URL('define/visit-card.js', DIST))) {
  throw new Error('dist/ is missing: run `npm run build` before `npm run test:ssr`.');
}

/** Server output with Lit's part markers (`<!--lit-part ...-->`, `<?>`) taken out, for reading. */
function plain(markup: string): string {
  return markup.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?>/g, '');
}

/** Text as Lit SSR escapes it in a text node. */
function escaped(text: string): string {
  const map: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
  };
  return text.replace(/[&<>"']/g, (c) => map[c]!);
}

/**
 * Renders `template` and returns the plain markup of the shadow root of its (first) `tag`;
 * fails if that element has no declarative shadow root.
 */
async function shadowOf(template: TemplateResult, tag: string): Promise<string> {
  const markup = plain(await collectResult(render(template)));
  const open = new RegExp(`<${tag}\\b[^>]*>${DSD}`).exec(markup);
  assert.ok(open, `<${tag}> should open with ${DSD}; got: ${markup.slice(0, 300)}`);
  const start = open.index + open[0].length;
  const end = markup.lastIndexOf(`</template></${tag}>`);
  assert.ok(end > start, `<${tag}>'s declarative shadow root should close before </${tag}>`);
  return markup.slice(start, end);
}

/** Runs `script` as an ES module in a fresh Node (no shim unless it imports one). */
function runNode(script: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const distUrl = (path: string): string => new URL(path, DIST).href;

let dataset: Visit;

before(async () => {
  // In the test's own process (shim installed): must not throw at import time.
  for (const name of DEFINES) await import(distUrl(`define/${name}.js`));
  ({ dataset } = (await import(distUrl('data/index.js'))) as { dataset: Visit });
});

describe('import in Node', () => {
  it('every define module and the index import without the global DOM shim', () => {
    // Only what Lit's own `node` export condition provides: no document, window, ShadowRoot.
    const imports = [...DEFINES.map((n) => `define/${n}.js`), 'index.js']
      .map((path) => `await import(${JSON.stringify(distUrl(path))});`)
      .join('\n');
    const { status, stdout, stderr } = runNode(`
      ${imports}
      for (const tag of ${JSON.stringify(DEFINES)}) {
        if (!customElements.get(tag)) throw new Error(tag + ' is not defined');
      }
      console.log('imported', typeof document, typeof window);`);
    assert.equal(status, 0, `importing dist/ in bare Node threw:\n${stderr}`);
    assert.match(stdout, /^imported undefined undefined/);
  });

  it('every define module and the index import with the global DOM shim', () => {
    const imports = [...DEFINES.map((n) => `define/${n}.js`), 'index.js']
      .map((path) => `await import(${JSON.stringify(distUrl(path))});`)
      .join('\n');
    const { status, stderr } = runNode(`
      await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
      ${imports}`);
    assert.equal(status, 0, `importing dist/ after the DOM shim threw:\n${stderr}`);
  });

  it('all four tags are registered in this process', () => {
    for (const tag of DEFINES) assert.ok(customElements.get(tag), `${tag} should be defined`);
  });
});

describe('<visit-card> on the server', () => {
  it('renders declarative shadow DOM with the headline and the years since the last visit', async () => {
    const root = await shadowOf(html`<visit-card></visit-card>`, 'visit-card');
    assert.match(root, /<style>/, 'the styles travel inside the shadow root');
    assert.match(root, /<article\b[^>]*part="card"/);
    assert.match(root, new RegExp(`<h3 part="heading"[^>]*>${HEADING}</h3>`));
    assert.match(root, /24 years earlier/);
    assert.match(root, /<time[^>]*datetime="2024-06-18"/);
    assert.doesNotMatch(root, /part="notice"/);
  });

  it('renders synchronously too (collectResultSync)', () => {
    const markup = plain(
      collectResultSync(render(html`<visit-card variant="compact"></visit-card>`)),
    );
    assert.ok(markup.includes(DSD), 'declarative shadow root');
    assert.ok(markup.includes(HEADING));
  });

  it('honours heading-level', async () => {
    const root = await shadowOf(html`<visit-card heading-level="2"></visit-card>`, 'visit-card');
    assert.match(root, new RegExp(`<h2 part="heading"[^>]*>${HEADING}</h2>`));
  });

  it('speaks Russian with lang="ru" on the element', async () => {
    const markup = await collectResult(render(html`<visit-card lang="ru"></visit-card>`));
    assert.match(markup, /<visit-card\b[^>]*lang="ru"/, 'keeps its lang attribute');
    const root = await shadowOf(html`<visit-card lang="ru"></visit-card>`, 'visit-card');
    assert.match(root, /Путин впервые за 24 года посетил Пхеньян/);
    assert.match(root, /24 годами ранее/);
    assert.doesNotMatch(root, /24 years earlier/);
  });

  it('shows the notice for variant="huge", without throwing', async () => {
    const root = await shadowOf(html`<visit-card variant="huge"></visit-card>`, 'visit-card');
    assert.match(root, /<div part="notice"[^>]*role="note"/);
    assert.match(root, /This card cannot be shown/);
    assert.match(root, /The value “huge” is not valid for variant\./);
    assert.doesNotMatch(root, /<article/);
  });

  it('shows the notice in Russian for a bad attribute with lang="ru"', async () => {
    const root = await shadowOf(
      html`<visit-card lang="ru" theme="neon"></visit-card>`,
      'visit-card',
    );
    assert.match(root, /Карточку нельзя показать/);
    assert.match(root, /Значение «neon» недопустимо для theme\./);
  });
});

describe('<letter-quote> on the server', () => {
  it('renders the first quote in a blockquote, attributed', async () => {
    const first = dataset.quotes[0]!;
    const root = await shadowOf(html`<letter-quote></letter-quote>`, 'letter-quote');
    const quote = /<blockquote\b[^>]*>([\s\S]*?)<\/blockquote>/.exec(root);
    assert.ok(quote, 'a <blockquote> in the shadow root');
    assert.ok(quote[1]!.includes(escaped(first.text)), `the blockquote holds "${first.text}"`);
    assert.match(root, /<figcaption\b/);
    assert.match(root, /Vladimir Putin/);
    assert.match(root, /Rodong Sinmun/);
    assert.match(root, /<time[^>]*datetime="2024-06-18"/);
  });

  it('renders the quote asked for by quote-id', async () => {
    const last = dataset.quotes.at(-1)!;
    const root = await shadowOf(
      html`<letter-quote quote-id=${last.id}></letter-quote>`,
      'letter-quote',
    );
    assert.ok(root.includes(escaped(last.text)), `the quote "${last.id}"`);
  });

  it('shows the notice for an unknown quote-id, without throwing', async () => {
    const root = await shadowOf(
      html`<letter-quote quote-id="nope"></letter-quote>`,
      'letter-quote',
    );
    assert.match(root, /This card cannot be shown/);
    assert.match(root, /Nothing in the data has the quote-id “nope”\./);
    assert.doesNotMatch(root, /<blockquote/);
  });
});

describe('<delegation-roster> on the server', () => {
  it('renders all 14 members with their English and Russian names', async () => {
    assert.equal(dataset.people.length, 14);
    const root = await shadowOf(html`<delegation-roster></delegation-roster>`, 'delegation-roster');
    assert.match(root, /Delegation of Russia/);
    assert.match(root, /14 members/);
    assert.equal(root.match(/<li part="member"/g)?.length, 14, '14 <li part="member">');
    for (const person of dataset.people) {
      assert.ok(root.includes(escaped(person.name.en)), `lists ${person.name.en}`);
      if (person.name.ru) assert.ok(root.includes(person.name.ru), `lists ${person.name.ru}`);
    }
    assert.ok(root.includes('Sergey Lavrov') && root.includes('Denis Manturov'));
  });

  it('follows limit and the DPRK orthography with lang="ko-KP"', async () => {
    const root = await shadowOf(
      html`<delegation-roster lang="ko-KP" limit="3"></delegation-roster>`,
      'delegation-roster',
    );
    assert.match(root, /로씨야 대표단/);
    // Shown: the members before the fold, which keeps the rest in the DOM, closed.
    const [shown, folded] = root.split('<details');
    assert.equal(shown!.match(/<li part="member"/g)?.length, 3);
    assert.ok(folded, 'the other members, folded');
  });

  it('shows the notice for layout="huge", without throwing', async () => {
    const root = await shadowOf(
      html`<delegation-roster layout="huge"></delegation-roster>`,
      'delegation-roster',
    );
    assert.match(root, /The value “huge” is not valid for layout\./);
    assert.doesNotMatch(root, /<li part="member"/);
  });
});

describe('<visit-data> on the server', () => {
  it('renders its slot and the cards inside it, without throwing', async () => {
    const markup = plain(
      await collectResult(
        render(
          html`<visit-data><visit-card></visit-card><letter-quote></letter-quote></visit-data>`,
        ),
      ),
    );
    assert.match(
      markup,
      new RegExp(`<visit-data\\b[^>]*>${DSD}<style>[\\s\\S]*?</style><slot></slot></template>`),
    );
    assert.match(markup, new RegExp(`<visit-card\\b[^>]*>${DSD}`));
    assert.match(markup, new RegExp(`<letter-quote\\b[^>]*>${DSD}`));
    assert.ok(markup.includes(HEADING));
  });

  it('does not fetch src during a server render', {}, async () => {
    const realFetch = globalThis.fetch;
    const realWarn = console.warn;
    const fetched: string[] = [];
    const warned: string[] = [];
    globalThis.fetch = ((input: string | URL | Request) => {
      fetched.push(String(input));
      return Promise.reject(new Error('no network in this test'));
    }) as typeof fetch;
    console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
    try {
      await collectResult(
        render(
          html`<visit-data src="http://127.0.0.1:9/visit.json"
              ><visit-card></visit-card
            ></visit-data>
            <visit-data src="/data/visit.json"></visit-data>`,
        ),
      );
      await new Promise((done) => setTimeout(done, 50));
    } finally {
      globalThis.fetch = realFetch;
      console.warn = realWarn;
    }
    assert.deepEqual(fetched, [], 'the server should not fetch');
    assert.deepEqual(warned, [], 'the server should not warn');
  });
});

describe('rendering without the global DOM shim', () => {
  it('renders <visit-card> with only what Lit provides in Node', {}, () => {
    const { status, stdout, stderr } = runNode(`
        import { render } from '@lit-labs/ssr';
        import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
        import { html } from 'lit';
        await import(${JSON.stringify(distUrl('define/visit-card.js'))});
        const markup = await collectResult(render(html\`<visit-card lang="ru"></visit-card>\`));
        console.log(markup.includes('Государственный визит') ? 'rendered' : markup);`);
    assert.equal(status, 0, stderr.split('\n').slice(0, 4).join('\n'));
    assert.match(stdout, /^rendered/);
  });
});

/** What each card's shadow root holds: its main nodes, counted. */
interface Counts {
  heading: string | undefined;
  articles: number;
  quotes: number;
  members: number;
  notices: number;
}

describe('in a browser: server output, then the scripts', async () => {
  const { findChrome } = await import('../../scripts/find-chrome.mjs');
  const skip = findChrome() ? false : 'no Chromium: install one or set CHROME_PATH';
  const { launchChromium } = await import('../../scripts/browser.js');
  const { serve } = await import('../../scripts/static-server.js');
  type Browser = Awaited<ReturnType<typeof launchChromium>>;
  type Page = Awaited<ReturnType<Browser['newPage']>>;
  type Served = Awaited<ReturnType<typeof serve>>;
  let browser: Browser | undefined;
  let served: Served | undefined;
  let body = '';

  before(async () => {
    if (skip) return;
    [browser, served] = await Promise.all([launchChromium(), serve(ROOT)]);
    body = await collectResult(
      render(
        html`<visit-card></visit-card>
          <letter-quote></letter-quote>
          <delegation-roster limit="3"></delegation-roster>
          <visit-card variant="huge"></visit-card>`,
      ),
    );
  });
  after(async () => {
    await browser?.close();
    served?.server.close();
  });

  /** Opens a page of the server output (no script), recording the page's errors. */
  async function openPage(head = ''): Promise<{ page: Page; errors: string[] }> {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    const url = `${served!.url}/ssr-page.html`;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title>
          <link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`,
      }),
    );
    await page.goto(url);
    return { page, errors };
  }

  /** Waits for the cards to upgrade and render, then counts what their shadow roots hold. */
  function countAfterUpgrade(page: Page): Promise<Counts & { upgraded: boolean }> {
    return page.evaluate(async () => {
      type Lit = Element & { updateComplete: Promise<unknown> };
      const tags = ['visit-card', 'letter-quote', 'delegation-roster'];
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      const cards = [...document.querySelectorAll<Lit>(tags.join(', '))];
      await Promise.all(cards.map((el) => el.updateComplete));
      const [card, quote, roster, bad] = cards.map((el) => el.shadowRoot!);
      return {
        upgraded: cards.every((el) => el.constructor !== HTMLElement),
        heading: card!.querySelector('h3')?.textContent?.trim(),
        articles: card!.querySelectorAll('article').length,
        quotes: quote!.querySelectorAll('blockquote').length,
        // Before the fold: the folded members stay in the DOM, closed.
        members: [...roster!.querySelectorAll('li[part="member"]')].filter(
          (li) => !li.closest('details'),
        ).length,
        notices: bad!.querySelectorAll('[part="notice"]').length,
      };
    });
  }

  const ONE_EACH = { heading: HEADING, articles: 1, quotes: 1, members: 3, notices: 1 };

  // No named functions inside page.evaluate(): tsx would wrap them in a `__name` helper the page lacks.
  it('shows the declarative shadow roots before any script', { skip }, async () => {
    const { page, errors } = await openPage();
    const seen = await page.evaluate(() => {
      const card = document.querySelector('visit-card')!;

      return {
        defined: Boolean(customElements.get('visit-card')),
        visible:
          (card.shadowRoot?.querySelector('article')?.getBoundingClientRect().height ?? 0) > 0,
        heading: card.shadowRoot?.querySelector('h3')?.textContent?.trim(),
        articles: card.shadowRoot?.querySelectorAll('article').length,
        quotes: document.querySelector('letter-quote')?.shadowRoot?.querySelectorAll('blockquote')
          .length,
        members: [
          ...(document
            .querySelector('delegation-roster')
            ?.shadowRoot?.querySelectorAll('li[part="member"]') ?? []),
        ].filter((li) => !li.closest('details')).length,
        notices: document
          .querySelectorAll('visit-card')[1]!
          .shadowRoot?.querySelectorAll('[part="notice"]').length,
      };
    });
    assert.deepEqual(seen, { defined: false, visible: true, ...ONE_EACH });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the CDN bundle then upgrades the cards without errors', { skip }, async () => {
    const { page, errors } = await openPage();
    await page.addScriptTag({ url: '/dist/cdn/visit-cards.js', type: 'module' });
    const counts = await countAfterUpgrade(page);
    assert.equal(counts.upgraded, true, 'all cards upgraded');
    assert.equal(counts.heading, HEADING);
    assert.ok(counts.articles >= 1 && counts.quotes >= 1 && counts.notices >= 1);
    assert.deepEqual(errors, [], 'no errors in the page');
    await page.close();
  });

  it('no frame shows a card empty while the CDN bundle takes over', { skip }, async () => {
    const { page } = await openPage();
    // Each frame until every card has rendered: the cards whose shadow root is empty then.
    await page.evaluate(`
      window.emptyFrames = [];
      const look = () => {
        const cards = [...document.querySelectorAll('visit-card, letter-quote, delegation-roster')];
        const empty = cards.filter((card) => !card.shadowRoot || !card.shadowRoot.hasChildNodes());
        if (empty.length) window.emptyFrames.push(empty.map((card) => card.localName).join());
        const done = cards.every((card) => card.hasUpdated);
        if (!done) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    `);
    await page.addScriptTag({ url: '/dist/cdn/visit-cards.js', type: 'module' });
    await countAfterUpgrade(page);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    const emptyFrames = await page.evaluate(
      () => (window as unknown as { emptyFrames: string[] }).emptyFrames,
    );
    await page.close();
    assert.deepEqual(emptyFrames, []);
  });

  it(
    'the CDN bundle replaces the server-rendered content rather than adding a second copy',
    { skip },
    async () => {
      const { page } = await openPage();
      await page.addScriptTag({ url: '/dist/cdn/visit-cards.js', type: 'module' });
      const { upgraded: _upgraded, ...counts } = await countAfterUpgrade(page);
      await page.close();
      assert.deepEqual(counts, ONE_EACH, 'each card shows its content once');
    },
  );

  it(
    'the npm build after Lit’s hydration support hydrates it, once, without errors',
    {
      skip,
    },
    async () => {
      const { page, errors } = await openPage(
        `<script type="importmap">${JSON.stringify(NODE_MODULES_IMPORT_MAP)}</script>`,
      );
      await page.addScriptTag({
        type: 'module',
        content: `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
        await import('/dist/index.js');`,
      });
      const counts = await countAfterUpgrade(page);
      assert.deepEqual(errors, [], 'no errors (hydration mismatches throw) in the page');
      assert.deepEqual(counts, { upgraded: true, ...ONE_EACH });
      await page.close();
    },
  );
});
