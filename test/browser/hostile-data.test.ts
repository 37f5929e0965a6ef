/**
 * Hostile data handed to `<visit-data>` (issue 7): broken or foreign responses, markup in every
 * text field, prototype keys, absurd nesting, racing and abandoned loads. Whatever arrives, each
 * card inside shows its content or a clear notice, the page hears one `visit-cards-error` per
 * element with a stable code, nothing is thrown, no script of the data's runs, and a card
 * outside the provider on the same page keeps showing the bundled dataset.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { dataset, formatProblem, validateVisit } from '../../src/data/index.js';
import type { Visit } from '../../src/data/types.js';
import '../../src/define/visit-data.js';
import '../../src/define/visit-card.js';
import '../../src/define/letter-quote.js';
import '../../src/define/delegation-roster.js';
import type { VisitData } from '../../src/elements/visit-data/visit-data.js';
import type { VisitCardsErrorEvent } from '../../src/internal/error-event.js';
import { captureWarnings, type CapturedWarnings } from '../helpers/console.js';
import {
  delayFetch,
  frames,
  pwned,
  resetPwned,
  watchPage,
  XSS_PAYLOADS,
  type PageWatch,
} from '../helpers/hostile.js';

const FIXTURES = '/test/fixtures/hostile';
/**
 * A 404 on purpose, from the test runner's hostile server (scripts/wtr-hostile-server.mjs):
 * the runner reports the 404s of missing files, and this is not one.
 */
const NOT_FOUND = '/__hostile/status/404';
const CARDS = ['visit-card', 'letter-quote', 'delegation-roster'] as const;
type Card = (typeof CARDS)[number];
/** The node each card's shadow root holds once it shows its content. */
const CONTENT: Record<Card, string> = {
  'visit-card': '[part=card] [part=heading]',
  'letter-quote': '[part=blockquote]',
  'delegation-roster': '[part=member]',
};
/** What a card says for each dataset problem. */
const NOTICES = {
  'empty-dataset': 'The data has nothing to show.',
  'invalid-dataset': 'The data is not valid.',
  'load-failed': 'The data could not be loaded.',
} as const;
type DatasetCode = keyof typeof NOTICES;
/** What every card inside the provider shows once it has settled. */
type Outcome = 'content' | DatasetCode;

const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** What a card shows now, in words a failure message can print. */
function shows(card: Element): string {
  const root = card.shadowRoot;
  if (!root) return 'no shadow root';
  const notice = root.querySelector('[part=notice]');
  if (notice?.getAttribute('role') === 'status') return `loading (${text(notice)})`;
  if (notice) return `notice: ${text(root.querySelector('[part=notice-text]'))}`;
  return root.querySelector(CONTENT[card.localName as Card]) ? 'content' : 'nothing';
}

const expected = (outcome: Outcome) =>
  outcome === 'content' ? 'content' : `notice: ${NOTICES[outcome]}`;

/** A provider holding one of each card, and a visit-card beside it, outside it. */
interface Stage {
  root: HTMLElement;
  provider: VisitData;
  inside: HTMLElement[];
  outside: HTMLElement;
  /** How many `visit-data-change` events the provider fired. */
  changes: number;
}

// Installed per test: what the page heard, threw and warned.
let watch: PageWatch;
/** Every `visit-cards-error` the document heard, as `tag: code`. */
let heard: string[];
/** The console warning each of those errors comes with, not yet checked. */
let warnedFor: string[];
let warnings: CapturedWarnings;
const onError = (event: VisitCardsErrorEvent) => {
  const target = event.target as Element;
  heard.push(
    `${target.id === 'outside' ? 'outside ' : ''}${target.localName}: ${event.detail.code}`,
  );
  warnedFor.push(`<${target.localName}>: ${event.detail.message}`);
};

beforeEach(() => {
  resetPwned();
  heard = [];
  warnedFor = [];
  warnings = captureWarnings();
  watch = watchPage();
  document.addEventListener('visit-cards-error', onError);
});

/** Checks the console warned once for each error heard since the last check, and no more. */
function expectWarnings(): void {
  expect(warnings.take(), 'console warnings').to.deep.equal(warnedFor.splice(0));
}

afterEach(() => {
  document.removeEventListener('visit-cards-error', onError);
  watch.stop();
  resetPwned();
});

/**
 * Puts a provider set up by `configure` (before it is connected) on the page, with one of each
 * card inside it and a visit-card outside it.
 */
async function mount(configure: (provider: VisitData) => void, width = 640): Promise<Stage> {
  const root = await fixture<HTMLElement>(html`<div style="width: ${width}px"></div>`);
  const provider = document.createElement('visit-data') as VisitData;
  configure(provider);
  const inside = CARDS.map((tag) => provider.appendChild(document.createElement(tag)));
  const outside = document.createElement('visit-card');
  outside.id = 'outside';
  const stage: Stage = { root, provider, inside, outside, changes: 0 };
  provider.addEventListener('visit-data-change', () => stage.changes++);
  root.append(provider, outside);
  return stage;
}

/** Waits until every card inside shows `outcome` and the one outside its content. */
async function settle(stage: Stage, outcome: Outcome, timeout = 3000): Promise<void> {
  const done = () =>
    stage.inside.every((card) => shows(card) === expected(outcome)) &&
    shows(stage.outside) === 'content';
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > timeout) {
      const state = [...stage.inside, stage.outside].map(
        (card) => `${card.id || card.localName}: ${shows(card)}`,
      );
      throw new Error(`expected ${expected(outcome)} after ${timeout} ms; ${state.join('; ')}`);
    }
    await sleep(10);
  }
  // Late renders and events: an error reported after the render that shows it.
  await frames(2);
}

/**
 * The whole specification of a settled page: what each card inside shows, the events the page
 * heard and the warning each came with, nothing thrown or logged as an error, no payload run,
 * and the card outside untouched.
 */
async function expectOutcome(stage: Stage, outcome: Outcome): Promise<void> {
  await settle(stage, outcome);
  for (const card of stage.inside) expect(shows(card), card.localName).to.equal(expected(outcome));
  expect([...heard].sort(), 'visit-cards-error events').to.deep.equal(
    outcome === 'content'
      ? []
      : ['delegation-roster', 'letter-quote', 'visit-card', 'visit-data'].map(
          (tag) => `${tag}: ${outcome}`,
        ),
  );
  expectWarnings();
  expect(watch.uncaught, 'uncaught errors').to.deep.equal([]);
  expect(watch.consoleErrors, 'console errors').to.deep.equal([]);
  expect(pwned(), 'a payload ran').to.equal(false);
  expect(shows(stage.outside), 'the card outside').to.equal('content');
  expect(text(part(stage.outside, 'heading'))).to.equal(dataset.overview.headline!.en);
}

/** Every link target in the cards' shadow roots that is not an http(s) URL. */
function nonHttpLinks(cards: Element[]): string[] {
  return cards.flatMap((card) =>
    [...card.shadowRoot!.querySelectorAll('[href], [cite]')].flatMap((el) =>
      ['href', 'cite']
        .map((name) => el.getAttribute(name))
        .filter((value): value is string => value !== null)
        .filter((value) => !/^https?:$/.test(new URL(value, document.baseURI).protocol))
        .map((value) => `<${card.localName}> ${el.localName}: ${value}`),
    ),
  );
}

/** A deep copy of the bundled dataset, changed by `change`. */
function changed(change: (visit: Visit) => void): Visit {
  const copy = structuredClone(dataset);
  change(copy);
  return copy;
}

/** `count` arrays, each the only item of the one around it. */
const nestedArrays = (count: number): unknown => JSON.parse('['.repeat(count) + ']'.repeat(count));
/** `count` objects, each the only field `a` of the one around it. */
const nestedObjects = (count: number): unknown =>
  JSON.parse('{"a":'.repeat(count) + '{}' + '}'.repeat(count));

describe('<visit-data> given hostile input (issue 7)', () => {
  describe('a src that does not answer a dataset', () => {
    it('shows "could not be loaded" for a body that is truncated JSON', async () => {
      const stage = await mount((p) => (p.src = `${FIXTURES}/truncated-json.txt`));
      await expectOutcome(stage, 'load-failed');
    });

    it('shows "could not be loaded" for a 404', async () => {
      const stage = await mount((p) => (p.src = NOT_FOUND));
      await expectOutcome(stage, 'load-failed');
    });

    it('shows "could not be loaded" for an HTML page, and runs none of its script', async () => {
      const stage = await mount((p) => (p.src = `${FIXTURES}/page.html`));
      await expectOutcome(stage, 'load-failed');
      // The page's inline script and its img onerror would each have set window.__pwned.
      await sleep(100);
      expect(pwned()).to.equal(false);
      expect(document.querySelector('img[src="x"]')).to.equal(null);
    });
  });

  describe('markup in every text field', () => {
    const PAYLOAD = XSS_PAYLOADS.join(' ');
    /** Keys whose strings are ids, dates, codes or URLs: the schema would refuse markup in them. */
    const NOT_TEXT = new Set([
      '$schema',
      'id',
      'kind',
      'date',
      'endDate',
      'start',
      'end',
      'at',
      'arrival',
      'signed',
      'inForce',
      'language',
      'timeZone',
      'url',
      'sector',
      'status',
      'party',
      'confidence',
      'sources',
      'quotes',
      'signatories',
      'topics',
      'transliterated',
    ]);
    /** A URL the schema accepts that closes the attribute if it were ever pasted into markup. */
    const HOSTILE_URL = 'https://example.com/?q="><svg/onload=window.__pwned=1>';
    let poisoned = 0;

    /** `value` with PAYLOAD after every text string in it; strings in arrays take their key. */
    function poison(value: unknown, key?: string): unknown {
      if (typeof value === 'string') {
        if (key !== undefined && NOT_TEXT.has(key)) return value;
        poisoned++;
        return `${value} ${PAYLOAD}`;
      }
      if (Array.isArray(value)) return value.map((item) => poison(item, key));
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
      }
      return value;
    }

    const hostile = poison(structuredClone(dataset)) as Visit;
    for (const source of hostile.sources) if (source.url) source.url = HOSTILE_URL;

    it('is valid data: the schema allows markup in text', () => {
      const result = validateVisit(hostile);
      expect(result.problems.map(formatProblem)).to.deep.equal([]);
      expect(poisoned, 'text fields poisoned').to.be.greaterThan(100);
    });

    it('is shown as text, makes no element, sets no handler and runs no script', async () => {
      const stage = await mount((p) => (p.data = hostile));
      await expectOutcome(stage, 'content');
      const [card, quote, roster] = stage.inside as [HTMLElement, HTMLElement, HTMLElement];

      // What the reader sees: the markup, as text, where the data puts it.
      expect(text(part(card, 'heading'))).to.equal(`${dataset.overview.headline!.en} ${PAYLOAD}`);
      expect(text(part(quote, 'text'))).to.contain(PAYLOAD);
      expect(text(part(roster, 'name'))).to.contain(PAYLOAD);
      expect(text(part(roster, 'title'))).to.contain(PAYLOAD);
      for (const el of stage.inside) {
        const shown = el.shadowRoot!.textContent!;
        for (const payload of XSS_PAYLOADS) expect(shown, el.localName).to.contain(payload);
      }
      // The hostile URL stays an attribute value.
      // Footnote markers (in-card `#` links) aside.
      const links = [...card.shadowRoot!.querySelectorAll('a[href]:not([part~=note])')];
      expect(links.length).to.be.greaterThan(0);
      for (const a of links) expect(a.getAttribute('href')).to.equal(HOSTILE_URL);

      // No element made from the payloads, and no event handler attribute anywhere.
      for (const el of stage.inside) {
        const root = el.shadowRoot!;
        // The roster's status marks are its own svg, not the payload's.
        expect(
          root.querySelectorAll('img, script, iframe, svg:not([part~=mark])'),
          el.localName,
        ).to.have.length(0);
        const handlers = [...root.querySelectorAll('*')].flatMap((node) =>
          [...node.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
        );
        expect(handlers, el.localName).to.deep.equal([]);
      }
      expect(document.querySelectorAll('img, svg'), 'the page').to.have.length(0);

      // An img onerror would fire once the load of "x" fails.
      await sleep(100);
      expect(pwned()).to.equal(false);
    });
  });

  describe('prototype keys', () => {
    const polluted = () =>
      Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted') ||
      ({} as { polluted?: unknown }).polluted !== undefined;
    let before: string[];
    beforeEach(() => {
      before = Object.getOwnPropertyNames(Object.prototype).sort();
    });
    afterEach(() => {
      // Leave a clean page for the next test even when this one failed.
      delete (Object.prototype as { polluted?: unknown }).polluted;
    });

    it('"__proto__", "constructor" and "prototype" in a src: not valid, Object.prototype clean', async () => {
      const stage = await mount((p) => (p.src = `${FIXTURES}/proto.json`));
      await expectOutcome(stage, 'invalid-dataset');
      expect(polluted(), 'Object.prototype polluted').to.equal(false);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
    });

    const PLACES: [string, (visit: Record<string, unknown>) => Record<string, unknown>][] = [
      ['at the top', (visit) => visit],
      ['in overview', (visit) => visit.overview as Record<string, unknown>],
      ['in a localized text', (visit) => (visit.overview as Visit['overview']).title],
      ['in a person', (visit) => (visit.people as Visit['people'])[0]!],
    ];
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      for (const [where, at] of PLACES) {
        it(`an own "${key}" key ${where}, as JSON.parse makes it: not valid, Object.prototype clean`, async () => {
          // A marker in place of the key survives JSON: JSON.parse then makes "__proto__" an
          // own key, as it does for a dataset read from a file.
          const marked = structuredClone(dataset) as unknown as Record<string, unknown>;
          at(marked).KEY_MARKER = { polluted: 'yes', prototype: { polluted: 'yes' } };
          const json = JSON.stringify(marked).replace('"KEY_MARKER"', JSON.stringify(key));
          const input = JSON.parse(json) as Record<string, unknown>;
          expect(Object.keys(at(input)), 'an own key').to.include(key);

          const stage = await mount((p) => (p.data = input));
          await expectOutcome(stage, 'invalid-dataset');
          expect(polluted(), 'Object.prototype polluted').to.equal(false);
          expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
        });
      }
    }
  });

  describe('deep nesting', () => {
    const DEPTH = 10_000;
    const CASES: [string, (visit: Record<string, unknown>) => void][] = [
      [
        `${DEPTH} nested arrays in a text field`,
        (visit) =>
          ((visit.overview as Record<string, Record<string, unknown>>).title!.en =
            nestedArrays(DEPTH)),
      ],
      [
        `${DEPTH} nested arrays in a list of ids`,
        (visit) => ((visit.overview as Record<string, unknown>).sources = nestedArrays(DEPTH)),
      ],
      [`${DEPTH} nested arrays as a collection`, (visit) => (visit.people = nestedArrays(DEPTH))],
      [
        `${DEPTH} nested objects in an unknown field`,
        (visit) => (visit.extra = nestedObjects(DEPTH)),
      ],
      [
        `${DEPTH} nested objects in place of a localized text`,
        (visit) => ((visit.overview as Record<string, unknown>).title = nestedObjects(DEPTH)),
      ],
    ];
    for (const [what, change] of CASES) {
      it(`${what}: not valid, no stack overflow`, async () => {
        const input = structuredClone(dataset) as unknown as Record<string, unknown>;
        change(input);
        const stage = await mount((p) => (p.data = input));
        await expectOutcome(stage, 'invalid-dataset');
      });
    }
  });

  describe('racing loads', () => {
    let restore: (() => void) | undefined;
    let fetched: string[];
    /** Delays the responses of URLs that carry `?delay=MS`. */
    beforeEach(() => {
      fetched = [];
      restore = delayFetch((url) => {
        fetched.push(url.replace(location.origin, ''));
        return Number(new URL(url, location.href).searchParams.get('delay') ?? 0);
      });
    });
    afterEach(() => restore?.());

    /** Sets each src in turn, letting each load start before the next. */
    async function setSources(stage: Stage, sources: string[]): Promise<void> {
      for (const src of sources) {
        stage.provider.src = src;
        await stage.provider.updateComplete;
      }
    }

    it('the last of three quick src changes wins, and only it fires visit-data-change', async () => {
      const stage = await mount(() => {});
      await settle(stage, 'content');
      // The two stale loads would fail, and they land after the last one.
      const sources = [
        `${FIXTURES}/truncated-json.txt?delay=300`,
        `${NOT_FOUND}?delay=200`,
        '/data/visit.json',
      ];
      await setSources(stage, sources);
      await sleep(450);
      expect(fetched, 'every load started').to.include.members(sources);
      await expectOutcome(stage, 'content');
      expect(stage.changes, 'visit-data-change events').to.equal(1);
    });

    it('when the last src fails, earlier loads that land later change nothing', async () => {
      const stage = await mount(() => {});
      await settle(stage, 'content');
      const sources = [
        '/data/visit.json?delay=300',
        '/data/visit.json?delay=200',
        `${FIXTURES}/truncated-json.txt`,
      ];
      await setSources(stage, sources);
      await sleep(450);
      expect(fetched, 'every load started').to.include.members(sources);
      await expectOutcome(stage, 'load-failed');
      expect(stage.changes, 'visit-data-change events').to.equal(0);
    });

    it('a dataset set while a src loads wins over the late response', async () => {
      const stage = await mount((p) => (p.src = `${FIXTURES}/truncated-json.txt?delay=200`));
      await stage.provider.updateComplete;
      stage.provider.data = {};
      await sleep(350);
      await expectOutcome(stage, 'empty-dataset');
      expect(stage.changes, 'visit-data-change events').to.equal(0);
    });
  });

  describe('a provider removed while it loads', () => {
    let restore: (() => void) | undefined;
    beforeEach(() => {
      restore = delayFetch(() => 200);
    });
    afterEach(() => restore?.());

    for (const [src, outcome] of [
      ['/data/visit.json', 'content'],
      [NOT_FOUND, 'load-failed'],
    ] as const) {
      it(`throws nothing when the load of ${src} lands, and shows it once put back`, async () => {
        const stage = await mount((p) => (p.src = src));
        await stage.provider.updateComplete;
        expect(shows(stage.inside[0]!)).to.match(/^loading/);
        stage.provider.remove();
        await sleep(350);
        expect(watch.uncaught, 'uncaught errors').to.deep.equal([]);
        expect(shows(stage.outside)).to.equal('content');
        expect(heard, 'events the page heard while it was detached').to.deep.equal([]);

        // Put back, it shows the outcome, and the page hears of a failure from the provider and
        // each card, as if it had never left.
        stage.root.prepend(stage.provider);
        await expectOutcome(stage, outcome);
      });
    }
  });
});

describe('defects being fixed (issue 7)', () => {
  for (const url of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    ' javascript:alert(1)',
  ]) {
    it(`refuses a source url ${JSON.stringify(url)}: not valid, and no card links to it`, async () => {
      const input = changed((visit) => {
        for (const source of visit.sources) if (source.url) source.url = url;
      });
      const stage = await mount((p) => (p.data = input));
      await settle(stage, 'invalid-dataset').catch(() => {});
      expect(nonHttpLinks([...stage.inside, stage.outside]), 'non-http links').to.deep.equal([]);
      await expectOutcome(stage, 'invalid-dataset');
    });
  }

  for (const field of ['overview.place', 'overview.arrival.place'] as const) {
    it(`refuses an unknown time zone in ${field}.timeZone ("Asia/Pyongang"): not valid`, async () => {
      const input = changed((visit) => {
        const place =
          field === 'overview.place' ? visit.overview.place : visit.overview.arrival.place;
        place.timeZone = 'Asia/Pyongang';
      });
      const stage = await mount((p) => (p.data = input));
      await expectOutcome(stage, 'invalid-dataset');
    });
  }

  const HOSTILE_OBJECTS: [string, () => unknown][] = [
    [
      'a field whose getter throws',
      () => {
        const visit = structuredClone(dataset);
        Object.defineProperty(visit.overview, 'title', {
          enumerable: true,
          get() {
            throw new Error('getter says no');
          },
        });
        return visit;
      },
    ],
    [
      'a collection whose getter throws',
      () => {
        const visit = structuredClone(dataset);
        Object.defineProperty(visit, 'people', {
          enumerable: true,
          get() {
            throw new Error('getter says no');
          },
        });
        return visit;
      },
    ],
    [
      'a revoked proxy as the dataset',
      () => {
        const { proxy, revoke } = Proxy.revocable(structuredClone(dataset), {});
        revoke();
        return proxy;
      },
    ],
    [
      'a revoked proxy as a collection',
      () => {
        const { proxy, revoke } = Proxy.revocable(structuredClone(dataset.people), {});
        revoke();
        return { ...structuredClone(dataset), people: proxy };
      },
    ],
  ];
  for (const [what, make] of HOSTILE_OBJECTS) {
    it(`refuses ${what}: not valid, nothing thrown`, async () => {
      const input = make();
      const stage = await mount((p) => (p.data = input));
      await expectOutcome(stage, 'invalid-dataset');
    });
  }

  describe('a 300-character word in a 280 px card', () => {
    const WORD = 'W'.repeat(300);
    const WIDTH = 280;

    /** Every way `el` overflows: its box wider than the card, or its content wider than it. */
    function overflow(host: Element, selector: string): string[] {
      const box = host.shadowRoot!.querySelector(selector);
      if (!box) return [`<${host.localName}> has no ${selector}`];
      const problems: string[] = [];
      if (box.scrollWidth > box.clientWidth) {
        problems.push(
          `<${host.localName}> ${selector}: scrollWidth ${box.scrollWidth} > clientWidth ${box.clientWidth}`,
        );
      }
      const width = host.getBoundingClientRect().width;
      if (width > WIDTH) problems.push(`<${host.localName}> is ${width} px wide`);
      return problems;
    }

    it('stays inside the card in every title and name', async () => {
      const input = changed((visit) => {
        visit.overview.headline!.en = `Visit ${WORD}`;
        visit.article.title.en = `Article ${WORD}`;
        for (const q of visit.quotes) q.text = `${q.text} ${WORD}`;
        for (const p of visit.people) {
          p.name.en = `${p.name.en} ${WORD}`;
          p.title.en = `${p.title.en} ${WORD}`;
        }
      });
      const stage = await mount((p) => (p.data = input), WIDTH);
      await expectOutcome(stage, 'content');
      expect(stage.inside.flatMap((card) => overflow(card, '[part=card]'))).to.deep.equal([]);
    });

    it('stays inside the notice that quotes it', async () => {
      const root = await fixture<HTMLElement>(
        html`<div style="width: ${WIDTH}px">
          <visit-card variant=${WORD}></visit-card>
          <letter-quote topic=${WORD}></letter-quote>
          <delegation-roster layout=${WORD}></delegation-roster>
        </div>`,
      );
      const cards = [...root.children];
      await frames(2);
      for (const card of cards) expect(shows(card)).to.match(/^notice: .*W{300}/);
      expect(cards.flatMap((card) => overflow(card, '[part=notice]'))).to.deep.equal([]);
      expect(watch.uncaught).to.deep.equal([]);
      expect([...heard].sort()).to.deep.equal([
        'delegation-roster: invalid-attribute',
        'letter-quote: invalid-attribute',
        'visit-card: invalid-attribute',
      ]);
      expectWarnings();
    });
  });
});
