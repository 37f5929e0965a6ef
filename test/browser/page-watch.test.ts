/**
 * What a card hears from the page around it, and what it leaves behind: a `lang` change on an
 * ancestor inside another component's shadow root, a provider that arrives late, a daily quote
 * that turns at midnight; no per-card record kept after removal, and a bounded Intl cache.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { dataset } from '../../src/data/index.js';
import '../../src/define/letter-quote.js';
import '../../src/define/visit-card.js';
import '../../src/define/visit-data.js';
import type { LetterQuote } from '../../src/elements/letter-quote/letter-quote.js';
import type { VisitCard } from '../../src/elements/visit-card/visit-card.js';
import {
  cachedFormatCount,
  cachedStringCount,
  FORMAT_CACHE_LIMIT,
  FORMATTED_CACHE_LIMIT,
} from '../../src/internal/format.js';
import { watchedCount } from '../../src/internal/page-watch.js';
import { dailyIndex } from '../../src/internal/pick-quote.js';

const heading = (card: Element) => card.shadowRoot!.querySelector('h3')?.textContent?.trim();

/** A component of someone else's that renders a card inside its own shadow root. */
class HostWidget extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<section lang="en"><visit-card variant="compact"></visit-card></section>';
  }
}
customElements.define('host-widget', HostWidget);

describe('the page around a card', () => {
  it('follows a lang change on an ancestor inside another component’s shadow root', async () => {
    const widget = await fixture<HostWidget>(html`<host-widget></host-widget>`);
    const card = widget.shadowRoot!.querySelector<VisitCard>('visit-card')!;
    await card.updateComplete;
    const heading = () => card.shadowRoot!.querySelector('[part=heading]')!.textContent!.trim();
    expect(heading()).to.equal(dataset.overview.headline!.en);
    widget.shadowRoot!.querySelector('section')!.setAttribute('lang', 'ru');
    await waitUntil(() => heading() !== dataset.overview.headline!.en, 'the card re-renders');
    expect(heading()).to.equal(dataset.overview.headline!.ru);
  });

  it('finds a <visit-data> that is added around it later', async () => {
    const other = structuredClone(dataset);
    other.overview.headline = { en: 'Another visit' };
    const page = await fixture<HTMLDivElement>(html`<div><visit-card></visit-card></div>`);
    const card = page.querySelector<VisitCard>('visit-card')!;
    await card.updateComplete;
    expect(heading(card)).to.equal(dataset.overview.headline!.en);
    const provider = document.createElement('visit-data');
    provider.data = other;
    // A provider moved in around a card: the card is re-attached inside it.
    page.append(provider);
    provider.append(card);
    await waitUntil(() => heading(card) === 'Another visit', 'the card takes the new dataset');
  });

  it('keeps no record of a card once it is removed', async () => {
    const before = watchedCount();
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < 50; i++) page.append(document.createElement('visit-card'));
    await Promise.all([...page.children].map((c) => (c as VisitCard).updateComplete));
    expect(watchedCount()).to.equal(before + 50);
    page.replaceChildren();
    expect(watchedCount()).to.equal(before);
  });

  it('keeps a bounded number of Intl formatters, however many languages a page uses', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < 3 * FORMAT_CACHE_LIMIT; i++) {
      const card = document.createElement('visit-card');
      card.setAttribute('lang', `en-x-page${i}`);
      page.append(card);
      await card.updateComplete;
      card.remove();
    }
    expect(cachedFormatCount()).to.be.at.most(2 * FORMAT_CACHE_LIMIT);
    // And of the strings they made: each language's dates and counts are kept, up to a bound.
    expect(cachedStringCount()).to.be.above(FORMAT_CACHE_LIMIT);
    expect(cachedStringCount()).to.be.at.most(2 * FORMATTED_CACHE_LIMIT);
  });
});

describe('<letter-quote pick="daily"> at midnight', () => {
  const RealDate = Date;
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  let now = 0;
  let timers: { run: () => void; delay: number; cleared?: boolean }[] = [];

  beforeEach(() => {
    now = RealDate.UTC(2024, 5, 18, 23, 59, 30);
    timers = [];
    // A clock the test moves: `new Date()` and `Date.now()` read it.
    globalThis.Date = class extends RealDate {
      constructor(...args: []) {
        if (args.length) super(...args);
        else super(now);
      }
      static override now() {
        return now;
      }
    } as DateConstructor;
    // Long timers (the midnight wake-up) are held for the test to fire; short ones run.
    window.setTimeout = ((run: () => void, delay = 0) => {
      if (delay < 1000) return realSetTimeout(run, delay);
      timers.push({ run, delay });
      return timers.length;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id && id <= timers.length) timers[id - 1]!.cleared = true;
      else realClearTimeout(id);
    }) as typeof window.clearTimeout;
  });

  afterEach(() => {
    globalThis.Date = RealDate;
    window.setTimeout = realSetTimeout;
    window.clearTimeout = realClearTimeout;
  });

  it('shows the next day’s quote once the UTC date changes', async () => {
    const quotes = dataset.quotes;
    const quote = await fixture<LetterQuote>(html`<letter-quote pick="daily"></letter-quote>`);
    const text = () => quote.shadowRoot!.querySelector('[part=text]')!.textContent;
    expect(text()).to.equal(quotes[dailyIndex('2024-06-18', quotes.length)]!.text);
    const wake = timers.find((t) => t.delay === 30_000);
    expect(wake, 'a wake-up at the next UTC midnight, 30 s away').to.exist;
    now = RealDate.UTC(2024, 5, 19, 0, 0, 0);
    wake!.run();
    await quote.updateComplete;
    expect(text()).to.equal(quotes[dailyIndex('2024-06-19', quotes.length)]!.text);
  });

  it('sets no wake-up for the other picks, and drops it when removed', async () => {
    const quote = await fixture<LetterQuote>(html`<letter-quote pick="first"></letter-quote>`);
    expect(timers).to.have.length(0);
    quote.pick = 'daily';
    await quote.updateComplete;
    expect(timers).to.have.length(1);
    quote.remove();
    expect(timers[0]!.cleared).to.equal(true);
  });
});
