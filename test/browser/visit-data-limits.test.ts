/**
 * `<visit-data src>` against servers that misbehave: one that never answers, bodies over the
 * size cap, a page where JSON was expected, and loads that a new `src`, a `dataset` or the
 * element's removal cut short. The responses come from the test runner's own hostile server
 * (scripts/wtr-hostile-server.mjs), which also says what it saw: how many requests, and how
 * many of them the client hung up on.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { dataset } from '../../src/data/index.js';
import '../../src/define/visit-data.js';
import '../../src/define/visit-card.js';
import {
  DEFAULT_LOAD_TIMEOUT,
  MAX_DATASET_BYTES,
  type VisitData,
} from '../../src/elements/visit-data/visit-data.js';
import type { VisitCard } from '../../src/elements/visit-card/visit-card.js';
import type { VisitCardsErrorEvent } from '../../src/internal/error-event.js';
import { captureWarnings } from '../helpers/console.js';

const LOAD_FAILED = 'The data could not be loaded.';

/** What the hostile server saw of one key. */
interface Seen {
  requests: number;
  aborted: number;
}

let keys = 0;

/** A hostile URL under a key of its own, and what the server has seen of that key so far. */
function hostile(route: string, params: Record<string, string> = {}) {
  const id = `${Date.now()}-${++keys}`;
  return {
    url: `/__hostile/${route}?${new URLSearchParams({ id, ...params })}`,
    seen: async (): Promise<Seen> => (await fetch(`/__hostile/stats?id=${id}`)).json(),
  };
}

/**
 * A `<visit-data>` with a card inside, set up by `configure` before it is connected. Its
 * console warnings are captured: `failure` and `shows` check them, and any the test leaves
 * unchecked fail it.
 */
async function mount(configure: (provider: VisitData) => void) {
  const warnings = captureWarnings();
  const provider = document.createElement('visit-data');
  const card = provider.appendChild(document.createElement('visit-card'));
  /** The provider's own reports; the card's bubble through it too, and are left out. */
  const errors: VisitCardsErrorEvent[] = [];
  const changes: Event[] = [];
  provider.addEventListener('visit-cards-error', (event) => {
    if (event.target === provider) errors.push(event);
  });
  provider.addEventListener('visit-data-change', (event) => changes.push(event));
  configure(provider);
  const host = await fixture(html`<div></div>`);
  host.append(provider);
  // The card's first render, which may come in a later task.
  await (card as VisitCard).updateComplete;
  return { host, provider, card, errors, changes, warnings };
}

const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const notice = (card: Element) => text(card.shadowRoot!.querySelector('[part=notice-text]'));
const heading = (card: Element) => text(card.shadowRoot!.querySelector('h3'));

/**
 * How long a test waits for the server to see the browser hang up. The page aborts at once;
 * the browser's network process closes the socket on its own schedule, slower on a busy machine.
 */
const HANG_UP_WAIT = 20_000;

const until = (predicate: () => unknown, message: string, timeout = 5000) =>
  waitUntil(predicate, message, { timeout, interval: 20 });

/**
 * Waits for the provider's one `visit-cards-error`, and checks the card says what it means and
 * the console heard it once from each.
 */
async function failure(stage: Awaited<ReturnType<typeof mount>>): Promise<VisitCardsErrorEvent> {
  await until(() => stage.errors.length > 0, 'visit-data reports an error');
  await until(() => notice(stage.card), 'the card shows a notice');
  expect(notice(stage.card)).to.equal(LOAD_FAILED);
  expect(stage.errors).to.have.length(1);
  expect(stage.errors[0]!.detail.code).to.equal('load-failed');
  expect(stage.changes).to.have.length(0);
  // The provider and its card each warn once, with the provider's message.
  const { message } = stage.errors[0]!.detail;
  expect(stage.warnings.take(), 'console warnings').to.deep.equal([
    `<visit-data>: ${message}`,
    `<visit-card>: ${message}`,
  ]);
  return stage.errors[0]!;
}

/**
 * Waits until the card shows `title` as its heading, from a dataset visit-data accepted, with
 * nothing warned on the way.
 */
async function shows(stage: Awaited<ReturnType<typeof mount>>, title: string): Promise<void> {
  await until(() => stage.changes.length > 0, 'visit-data-change');
  await until(() => heading(stage.card) === title, `the card shows "${title}"`);
  expect(stage.warnings.take(), 'console warnings').to.deep.equal([]);
}

describe('<visit-data src> within limits', function () {
  // Room for HANG_UP_WAIT on top of the load itself.
  this.timeout(HANG_UP_WAIT + 10_000);

  describe('a server that never answers', () => {
    it('fails with load-failed once `timeout` ms have passed, and hangs up', async () => {
      const hang = hostile('hang');
      const stage = await mount((p) => {
        p.src = hang.url;
        p.timeout = 300;
      });
      expect(text(stage.card.shadowRoot!.querySelector('[role=status]'))).to.equal('Loading…');
      const event = await failure(stage);
      expect(event.detail.message).to.equal(`Could not load ${hang.url}: timed out after 300 ms.`);
      await until(
        async () => (await hang.seen()).aborted === 1,
        'the server sees the hang-up',
        HANG_UP_WAIT,
      );
    });

    it('takes the timeout from the attribute', async () => {
      const hang = hostile('hang');
      const stage = await mount((p) => {
        p.setAttribute('timeout', '250');
        p.src = hang.url;
      });
      expect((await failure(stage)).detail.message).to.contain('timed out after 250 ms');
    });

    it('waits 10 s by default, and for any timeout that is not a usable number', async () => {
      expect(document.createElement('visit-data').timeout).to.equal(DEFAULT_LOAD_TIMEOUT);
      expect(DEFAULT_LOAD_TIMEOUT).to.equal(10_000);
      // Had any of these reached setTimeout as it is, the 300 ms answer would come too late.
      for (const bad of ['0', '-5', 'soon', '', '1e12']) {
        const slow = hostile('dataset', { delay: '300', title: `Timeout "${bad}"` });
        const stage = await mount((p) => {
          p.setAttribute('timeout', bad);
          p.src = slow.url;
        });
        await shows(stage, `Timeout "${bad}"`);
        expect(stage.errors, `timeout="${bad}"`).to.have.length(0);
      }
    });
  });

  describe('a body over the size cap', () => {
    it('is refused by its Content-Length before it is read', async () => {
      const big = hostile('too-long');
      const stage = await mount((p) => (p.src = big.url));
      const event = await failure(stage);
      expect(event.detail.message).to.equal(
        `Could not load ${big.url}: the response is too large: ${3 * 1024 * 1024} bytes, ` +
          `over the limit of ${MAX_DATASET_BYTES} bytes.`,
      );
      // How soon Chromium's network service closes an abandoned socket varies under load.
      await until(
        async () => (await big.seen()).aborted === 1,
        'the server sees the hang-up',
        HANG_UP_WAIT,
      );
    });

    it('is refused once it streams past the cap, and the download stops there', async () => {
      expect(MAX_DATASET_BYTES).to.equal(2 * 1024 * 1024);
      const stream = hostile('stream');
      const stage = await mount((p) => (p.src = stream.url));
      const event = await failure(stage);
      expect(event.detail.message).to.contain(
        `the response is too large: over the limit of ${MAX_DATASET_BYTES} bytes`,
      );
      // Had the page read on, the server would have sent all 32 MiB in under 3 s, and seen no
      // hang-up.
      await until(
        async () => (await stream.seen()).aborted === 1,
        'the server sees the hang-up',
        HANG_UP_WAIT,
      );
    });
  });

  describe('the content type', () => {
    it('refuses a page that is not JSON, naming its type', async () => {
      const page = hostile('html');
      const stage = await mount((p) => (p.src = page.url));
      expect((await failure(stage)).detail.message).to.equal(
        `Could not load ${page.url}: the response is text/html, not JSON.`,
      );
    });

    it('reads any +json type, and a response with no Content-Type at all', async () => {
      for (const type of ['application/vnd.visit+json; charset=utf-8', 'none']) {
        const served = hostile('dataset', { type, title: `Served as ${type}` });
        const stage = await mount((p) => (p.src = served.url));
        await shows(stage, `Served as ${type}`);
        expect(stage.errors).to.have.length(0);
      }
    });
  });

  describe('a load cut short', () => {
    it('by a new src: the old request is aborted and only the new dataset shows', async () => {
      const first = hostile('dataset', { delay: '1000', title: 'First' });
      const second = hostile('dataset', { title: 'Second' });
      const stage = await mount((p) => (p.src = first.url));
      await until(async () => (await first.seen()).requests === 1, 'the first request is out');
      stage.provider.src = second.url;
      await shows(stage, 'Second');
      await until(async () => (await first.seen()).aborted === 1, 'the first is aborted');
      await aTimeout(1200);
      expect(heading(stage.card)).to.equal('Second');
      expect(stage.changes).to.have.length(1);
      expect(stage.errors).to.have.length(0);
    });

    it('by a dataset: the request is aborted and the dataset shows', async () => {
      const hang = hostile('hang');
      const stage = await mount((p) => {
        p.src = hang.url;
        p.timeout = 500;
      });
      await until(async () => (await hang.seen()).requests === 1, 'the request is out');
      const other = structuredClone(dataset);
      other.overview.headline = { en: 'Set by hand' };
      stage.provider.data = other;
      await shows(stage, 'Set by hand');
      await until(async () => (await hang.seen()).aborted === 1, 'the request is aborted');
      await aTimeout(700);
      expect(stage.errors, 'no timeout after the dataset took over').to.have.length(0);
      expect(stage.changes).to.have.length(1);
    });

    const removals: [string, () => ReturnType<typeof hostile>][] = [
      ['a slow dataset', () => hostile('dataset', { delay: '300' })],
      ['a server that never answers, past its timeout', () => hostile('hang')],
    ];
    for (const [what, route] of removals) {
      it(`by removal from the document, for ${what}: aborted, and never reported`, async () => {
        const server = route();
        const stage = await mount((p) => {
          p.src = server.url;
          p.timeout = 300;
        });
        await until(async () => (await server.seen()).requests === 1, 'the request is out');
        stage.provider.remove();
        await until(async () => (await server.seen()).aborted === 1, 'the request is aborted');
        await aTimeout(600);
        expect(stage.changes, 'visit-data-change').to.have.length(0);
        expect(stage.errors, 'visit-cards-error').to.have.length(0);
      });
    }

    it('by removal, then put back: it loads again', async () => {
      const slow = hostile('dataset', { delay: '300', title: 'Back again' });
      const stage = await mount((p) => (p.src = slow.url));
      await until(async () => (await slow.seen()).requests === 1, 'the request is out');
      stage.provider.remove();
      await until(async () => (await slow.seen()).aborted === 1, 'the request is aborted');
      stage.host.append(stage.provider);
      await shows(stage, 'Back again');
      expect(await slow.seen()).to.include({ requests: 2, aborted: 1 });
    });

    it('by a src set and the element removed before it updates: nothing starts', async () => {
      const slow = hostile('dataset');
      const stage = await mount(() => undefined);
      stage.provider.src = slow.url;
      stage.provider.remove();
      await aTimeout(300);
      expect((await slow.seen()).requests).to.equal(0);
      stage.host.append(stage.provider);
      await until(() => stage.changes.length === 1, 'it loads once put back');
    });
  });

  describe('the same src set again', () => {
    for (const how of ['property', 'attribute'] as const) {
      it(`as ${how} after a failure: loads it again`, async () => {
        const flaky = hostile('dataset', { fail: '1', title: 'Second try' });
        const stage = await mount((p) => (p.src = flaky.url));
        await failure(stage);
        if (how === 'property') stage.provider.src = flaky.url;
        else stage.provider.setAttribute('src', flaky.url);
        await shows(stage, 'Second try');
        expect((await flaky.seen()).requests).to.equal(2);
      });

      it(`as ${how} after a success: does not fetch it again`, async () => {
        const served = hostile('dataset');
        const stage = await mount((p) => (p.src = served.url));
        await shows(stage, dataset.overview.headline!.en);
        if (how === 'property') stage.provider.src = served.url;
        else stage.provider.setAttribute('src', served.url);
        await aTimeout(300);
        expect((await served.seen()).requests).to.equal(1);
        expect(stage.changes).to.have.length(1);
      });
    }

    it('while it is still loading: does not start over', async () => {
      const slow = hostile('dataset', { delay: '300' });
      const stage = await mount((p) => (p.src = slow.url));
      await until(async () => (await slow.seen()).requests === 1, 'the request is out');
      stage.provider.src = slow.url;
      await shows(stage, dataset.overview.headline!.en);
      expect(await slow.seen()).to.include({ requests: 1, aborted: 0 });
    });
  });
});
