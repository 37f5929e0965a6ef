/**
 * Rendering is total: whatever a card's checks or render throw on data that validation did
 * not catch becomes the `render-failed` notice and event, never an uncaught error, a blank
 * card or a card stuck on "Loading…"; the other cards on the page are untouched.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { dataset } from '../../src/data/index.js';
import type { Visit } from '../../src/data/types.js';
import '../../src/define/delegation-roster.js';
import '../../src/define/letter-quote.js';
import '../../src/define/visit-card.js';
import type { VisitCardsErrorEvent } from '../../src/internal/error-event.js';
import { captureWarnings } from '../helpers/console.js';
import './support/raw-provider.js';

/** Uncaught errors and rejections while `run` runs. */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

const BROKEN: [string, (visit: Visit) => void, string[]][] = [
  [
    'a time zone Intl does not know',
    (visit) => {
      visit.overview.arrival.place.timeZone = 'Asia/Pyongang';
      visit.overview.place.timeZone = 'Asia/Pyongang';
      visit.programme.forEach((item) => item.place && (item.place.timeZone = 'Asia/Pyongang'));
    },
    ['visit-card'],
  ],
  [
    'a collection that throws when read',
    (visit) => {
      for (const key of ['people', 'quotes', 'programme'] as const) {
        Object.defineProperty(visit, key, {
          get() {
            throw new Error(`${key} is not readable`);
          },
        });
      }
    },
    ['visit-card', 'delegation-roster', 'letter-quote'],
  ],
];

describe('a render that throws', () => {
  for (const [name, breakIt, tags] of BROKEN) {
    it(`shows the render-failed notice, fires the event and warns, for ${name}`, async () => {
      const warnings = captureWarnings();
      const visit: Visit = structuredClone(dataset);
      breakIt(visit);
      const events: VisitCardsErrorEvent[] = [];
      let page!: HTMLElement;
      const errors = await uncaught(async () => {
        page = await fixture(
          html`<div @visit-cards-error=${(e: VisitCardsErrorEvent) => events.push(e)}>
            <raw-visit-provider .state=${{ status: 'ready', visit }}>
              ${tags.map((tag) => (tag === 'visit-card' ? html`<visit-card></visit-card>` : tag === 'letter-quote' ? html`<letter-quote></letter-quote>` : html`<delegation-roster></delegation-roster>`))}
            </raw-visit-provider>
            <visit-card id="sibling"></visit-card>
          </div>`,
        );
        const cards = [
          ...page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
            'raw-visit-provider > *, #sibling',
          ),
        ];
        await Promise.all(cards.map((card) => card.updateComplete));
      });
      expect(errors, 'no uncaught error').to.deep.equal([]);
      for (const card of page.querySelectorAll('raw-visit-provider > *')) {
        const notice = card.shadowRoot!.querySelector('[part=notice-text]');
        expect(notice?.textContent, card.localName).to.equal(
          'Something in the data could not be shown.',
        );
      }
      expect(events.map((e) => e.detail.code)).to.deep.equal(tags.map(() => 'render-failed'));
      expect(events[0]!.detail.message).to.match(/^Could not render the card: /);
      expect(warnings.take(), 'one warning per card, none from the sibling').to.deep.equal(
        events.map((e) => `<${(e.target as Element).localName}>: ${e.detail.message}`),
      );
      const sibling = page.querySelector('#sibling')!.shadowRoot!;
      expect(sibling.querySelector('[part=notice]')).to.equal(null);
      expect(sibling.querySelector('h3')!.textContent).to.equal(dataset.overview.headline!.en);
    });
  }

  it('recovers when the data is mended', async () => {
    const warnings = captureWarnings();
    const visit: Visit = structuredClone(dataset);
    visit.overview.place.timeZone = 'Asia/Pyongang';
    visit.overview.arrival.place.timeZone = 'Asia/Pyongang';
    const provider = await fixture<HTMLElement & { state: unknown }>(
      html`<raw-visit-provider .state=${{ status: 'ready', visit }}
        ><visit-card></visit-card
      ></raw-visit-provider>`,
    );
    const card = provider.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part=notice]')).to.exist;
    provider.state = { status: 'ready', visit: dataset };
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.equal(
      dataset.overview.headline!.en,
    );
    const taken = warnings.take();
    expect(taken).to.have.length(1);
    expect(taken[0]).to.match(/^<visit-card>: Could not render the card: .*Asia\/Pyongang/);
  });
});
