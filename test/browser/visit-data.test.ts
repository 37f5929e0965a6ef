import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { dataset } from '../../src/data/index.js';
import '../../src/define/visit-data.js';
import '../../src/define/visit-card.js';
import { VisitData } from '../../src/elements/visit-data/visit-data.js';
import type { VisitCardsErrorEvent } from '../../src/internal/error-event.js';
import { captureWarnings, type CapturedWarnings } from '../helpers/console.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until the card inside `provider` shows a heading or a notice. */
async function settled(provider: Element): Promise<Element> {
  const card = provider.querySelector('visit-card')!;
  // The update the provider's change asked for, which may wait for a later task's render slice.
  await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await waitUntil(
    () => $(card, 'h3') || $(card, '[part=notice]:not([role=status])'),
    'card settled',
    {
      timeout: 3000,
    },
  );
  return card;
}

/** Checks that the provider, then its card, warned once each with the provider's message. */
function expectWarnings(warnings: CapturedWarnings, message: string): void {
  expect(warnings.take(), 'console warnings').to.deep.equal([
    `<visit-data>: ${message}`,
    `<visit-card>: ${message}`,
  ]);
}

describe('<visit-data>', () => {
  it('renders nothing of its own: its children lay out as if it were not there', async () => {
    const el = await fixture<VisitData>(html`<visit-data><p>child</p></visit-data>`);
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  it('hands a dataset set as a property to every card inside, after validating it', async () => {
    const other = structuredClone(dataset);
    other.overview.headline = { en: 'Another visit' };
    const el = await fixture<VisitData>(
      html`<visit-data .data=${other}><visit-card></visit-card></visit-data>`,
    );
    expect(text($(await settled(el), 'h3'))).to.equal('Another visit');
  });

  it('takes data set before the element is defined, and leaves its data-* map alone', async () => {
    const other = structuredClone(dataset);
    other.overview.headline = { en: 'Set before upgrade' };
    // A tag of its own, defined only after the page (or React, or Svelte) has set the property.
    const el = document.createElement('visit-data-late') as HTMLElement & { data?: unknown };
    el.setAttribute('data-source', 'api');
    el.data = other;
    el.append(document.createElement('visit-card'));
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    customElements.define('visit-data-late', class extends VisitData {});
    expect(text($(await settled(el), 'h3'))).to.equal('Set before upgrade');
    expect(el.dataset.source).to.equal('api');
  });

  it('loads a dataset from src', async () => {
    const el = await fixture<VisitData>(
      html`<visit-data src="/data/visit.json"><visit-card></visit-card></visit-data>`,
    );
    await oneEvent(el, 'visit-data-change');
    expect(text($(await settled(el), 'h3'))).to.equal(dataset.overview.headline!.en);
  });

  it('shows a loading notice until the dataset arrives', async () => {
    const el = await fixture<VisitData>(
      html`<visit-data src="/data/visit.json"><visit-card></visit-card></visit-data>`,
    );
    const card = el.querySelector('visit-card')!;
    expect(text($(card, '[part=notice][role=status]'))).to.equal('Loading…');
    await oneEvent(el, 'visit-data-change');
  });

  const failures: [string, () => ReturnType<typeof html>, string, string][] = [
    [
      'an empty dataset',
      () => html`<visit-data .data=${{}}><visit-card></visit-card></visit-data>`,
      'empty-dataset',
      'The data has nothing to show.',
    ],
    [
      'an invalid dataset',
      () =>
        html`<visit-data .data=${{ ...dataset, people: [{ id: 'x' }] }}
          ><visit-card></visit-card
        ></visit-data>`,
      'invalid-dataset',
      'The data is not valid.',
    ],
    [
      // A 404 on purpose, from scripts/wtr-hostile-server.mjs: the runner lists only missing files.
      'a src that does not exist',
      () => html`<visit-data src="/__hostile/status/404"><visit-card></visit-card></visit-data>`,
      'load-failed',
      'The data could not be loaded.',
    ],
    [
      'a src that is not JSON',
      () => html`<visit-data src="/README.md"><visit-card></visit-card></visit-data>`,
      'load-failed',
      'The data could not be loaded.',
    ],
    [
      'a javascript: src',
      () => html`<visit-data src="javascript:alert(1)"><visit-card></visit-card></visit-data>`,
      'load-failed',
      'The data could not be loaded.',
    ],
  ];
  for (const [what, markup, code, notice] of failures) {
    it(`puts its cards into a clear error state for ${what}, fires visit-cards-error and warns`, async () => {
      const warnings = captureWarnings();
      const events: VisitCardsErrorEvent[] = [];
      const listener = (event: Event) => events.push(event as VisitCardsErrorEvent);
      document.addEventListener('visit-cards-error', listener);
      try {
        const el = await fixture<VisitData>(markup());
        const card = await settled(el);
        expect(text($(card, '[part=notice-text]'))).to.equal(notice);
        await waitUntil(() => events.length >= 2, 'provider and card both report');
        expect(events.map((e) => e.detail.code)).to.deep.equal([code, code]);
        expectWarnings(warnings, events[0]!.detail.message);
        await expect(card).to.be.accessible();
      } finally {
        document.removeEventListener('visit-cards-error', listener);
      }
    });
  }

  describe('a dataset that throws when it is read', () => {
    const throwing = (message: string) => () => {
      throw new Error(message);
    };
    const hostile: [string, () => unknown][] = [
      [
        'a throwing getter on a top-level field',
        () => Object.defineProperty({ ...dataset }, 'people', { get: throwing('no people') }),
      ],
      [
        'a throwing getter deep inside',
        () => {
          const copy = structuredClone(dataset);
          Object.defineProperty(copy.quotes[3]!, 'text', { get: throwing('no text') });
          return copy;
        },
      ],
      [
        'a revoked Proxy',
        () => {
          const { proxy, revoke } = Proxy.revocable(structuredClone(dataset), {});
          revoke();
          return proxy;
        },
      ],
      [
        'a Proxy whose ownKeys throws',
        () => new Proxy(structuredClone(dataset), { ownKeys: throwing('no keys') }),
      ],
      [
        'a getter that throws something not even its message can be read of',
        () =>
          Object.defineProperty({ ...dataset }, 'overview', {
            get() {
              throw new Proxy({}, { get: throwing('no message') });
            },
          }),
      ],
    ];
    for (const [what, make] of hostile) {
      it(`is invalid, with no uncaught error: ${what}`, async () => {
        const warnings = captureWarnings();
        const uncaught: unknown[] = [];
        const onError = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push(event);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onError);
        try {
          const el = await fixture<VisitData>(
            html`<visit-data><visit-card></visit-card></visit-data>`,
          );
          setTimeout(() => (el.data = make()));
          const event = (await oneEvent(el, 'visit-cards-error')) as VisitCardsErrorEvent;
          expect(event.detail.code).to.equal('invalid-dataset');
          expect(event.detail.message).to.match(/^The dataset is not valid: .*could not be read/);
          const card = await settled(el);
          expect(text($(card, '[part=notice-text]'))).to.equal('The data is not valid.');
          await aTimeout(50);
          expect(uncaught).to.deep.equal([]);
          expectWarnings(warnings, event.detail.message);
        } finally {
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onError);
        }
      });
    }
  });

  it('names at most five problems of an invalid dataset, and says when there are more', async () => {
    const warnings = captureWarnings();
    const broken = structuredClone(dataset);
    for (const person of broken.people) person.sector = 'farming' as 'economy';
    const el = await fixture<VisitData>(html`<visit-data><visit-card></visit-card></visit-data>`);
    setTimeout(() => (el.data = broken));
    const event = (await oneEvent(el, 'visit-cards-error')) as VisitCardsErrorEvent;
    expect(event.detail.message.match(/sector: must be one of/g)).to.have.length(5);
    expect(event.detail.message).to.match(/ \(and more\)\.$/);
    await settled(el);
    expectWarnings(warnings, event.detail.message);
  });

  it('names the record and field of an invalid dataset in the event and the warning', async () => {
    const warnings = captureWarnings();
    const broken = structuredClone(dataset);
    broken.people[0]!.sources = ['nope'];
    const el = await fixture<VisitData>(html`<visit-data><visit-card></visit-card></visit-data>`);
    setTimeout(() => (el.data = broken));
    const event = (await oneEvent(el, 'visit-cards-error')) as VisitCardsErrorEvent;
    expect(event.detail.message).to.contain(
      'people › sergey-lavrov › sources[0]: cites unknown source "nope"',
    );
    await settled(el);
    expectWarnings(warnings, event.detail.message);
  });

  it('goes back to the bundled dataset when its dataset is removed', async () => {
    const other = structuredClone(dataset);
    other.overview.headline = { en: 'Another visit' };
    const el = await fixture<VisitData>(
      html`<visit-data .data=${other}><visit-card></visit-card></visit-data>`,
    );
    const card = await settled(el);
    el.data = undefined;
    await el.updateComplete;
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(text($(card, 'h3'))).to.equal(dataset.overview.headline!.en);
  });

  it('keeps cards outside it on the bundled dataset', async () => {
    const other = structuredClone(dataset);
    other.overview.headline = { en: 'Another visit' };
    const wrapper = await fixture(
      html`<div>
        <visit-data .data=${other}><visit-card></visit-card></visit-data
        ><visit-card id="outside"></visit-card>
      </div>`,
    );
    const outside = wrapper.querySelector('#outside')!;
    await waitUntil(() => $(outside, 'h3'), 'outside card rendered');
    expect(text($(outside, 'h3'))).to.equal(dataset.overview.headline!.en);
  });
});
