import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { dataset } from '../../src/data/index.js';
import type { Quote, Source, Visit } from '../../src/data/types.js';
import '../../src/define/visit-data.js';
import '../../src/define/letter-quote.js';
import {
  QUOTE_PICKS,
  QUOTE_TOPICS,
  type LetterQuote,
  type LetterQuoteCopyEvent,
} from '../../src/elements/letter-quote/letter-quote.js';
import type { VisitCardsErrorEvent } from '../../src/internal/error-event.js';
import { captureWarnings } from '../helpers/console.js';
import {
  candidatesFor,
  dailyIndex,
  hashString,
  pickQuote,
  randomIndex,
  selectQuote,
  utcDateString,
} from '../../src/internal/pick-quote.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const quoteText = (el: Element) => part(el, 'text')?.textContent ?? '';
const quote = (id: string) => dataset.quotes.find((q) => q.id === id)!;

const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
/**
 * The sources a card cites under `q` for a reader of English: the publications whose wording
 * the quote reproduces, and no other edition of the article.
 */
function citedSources(q: Quote): Source[] {
  return q.sources.map((id) => sourceById.get(id)!);
}
/** The URL `cite` carries: the first of the quote's sources that has one, if any does. */
const FIRST_URL = citedSources(dataset.quotes[0]!).find((s) => s.url)?.url;
const TITLE_EN = dataset.article.title.en;
const longDate = (lang: string) =>
  new Intl.DateTimeFormat(lang, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(Date.UTC(2024, 5, 18)));

/** A copy of the dataset without the quotes `drop` rejects, milestones still consistent. */
function withoutQuotes(drop: (q: Quote) => boolean): Visit {
  const other = structuredClone(dataset);
  other.quotes = other.quotes.filter((q) => !drop(q));
  const kept = new Set(other.quotes.map((q) => q.id));
  for (const m of other.milestones) if (m.quotes) m.quotes = m.quotes.filter((id) => kept.has(id));
  return withoutUncitedSources(other);
}

/** `visit` without the sources that no record cites any more, as validation requires. */
function withoutUncitedSources(visit: Visit): Visit {
  const cited = new Set<string>();
  const collect = (value: unknown, key?: string): void => {
    if (key === 'sources' && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      value.forEach((id: string) => cited.add(id));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) collect(v, Array.isArray(value) ? key : k);
    }
  };
  collect(visit);
  visit.sources = visit.sources.filter((s) => cited.has(s.id));
  return visit;
}

/**
 * Replaces `navigator.clipboard` for one test; returns the texts written and a restore
 * function. `write` undefined removes the API altogether.
 */
function stubClipboard(write?: (text: string) => Promise<void>) {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: write
      ? {
          writeText: (value: string) => {
            written.push(value);
            return write(value);
          },
        }
      : undefined,
  });
  return {
    written,
    restore: () => {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    },
  };
}

/** Waits until `check` passes (the copy settles over a few microtasks and one render). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('pick-quote', () => {
  const quotes = dataset.quotes;

  it('hashes with FNV-1a', () => {
    expect(hashString('')).to.equal(0x811c9dc5);
    expect(hashString('a')).to.equal(0xe40c292c);
    expect(hashString('foobar')).to.equal(0xbf9cf968);
  });

  it('narrows candidates by topic, in dataset order, and keeps all without one', () => {
    expect(candidatesFor(quotes)).to.equal(quotes);
    for (const topic of QUOTE_TOPICS) {
      const candidates = candidatesFor(quotes, topic);
      expect(candidates.length, topic).to.be.greaterThan(0);
      expect(candidates.every((q) => q.topics.includes(topic))).to.equal(true);
      expect(candidates).to.deep.equal(quotes.filter((q) => q.topics.includes(topic)));
    }
  });

  it('first picks the first candidate', () => {
    expect(pickQuote(quotes, 'first')).to.equal(quotes[0]);
    expect(pickQuote(quotes)).to.equal(quotes[0]);
    expect(pickQuote(candidatesFor(quotes, 'economy'), 'first')!.id).to.equal('agreement-of-1949');
    expect(pickQuote([], 'first')).to.equal(undefined);
  });

  it('random uses the injected function', () => {
    expect(pickQuote(quotes, 'random', { random: () => 0 })).to.equal(quotes[0]);
    expect(pickQuote(quotes, 'random', { random: () => 0.5 })).to.equal(quotes[13]);
    expect(pickQuote(quotes, 'random', { random: () => 0.9999 })).to.equal(quotes.at(-1));
  });

  it('random is safe against a bad random function', () => {
    expect(randomIndex(5, () => 1)).to.equal(4);
    expect(randomIndex(5, () => NaN)).to.equal(0);
    expect(randomIndex(5, () => -3)).to.equal(0);
    expect(randomIndex(0, () => 0.5)).to.equal(-1);
  });

  it('daily is the same for two calls on the same UTC date', () => {
    const morning = pickQuote(quotes, 'daily', { now: new Date('2024-06-18T00:00:01Z') });
    const night = pickQuote(quotes, 'daily', { now: new Date('2024-06-18T23:59:59Z') });
    expect(morning).to.equal(night);
    expect(morning).to.equal(quotes[dailyIndex('2024-06-18', quotes.length)]);
  });

  it('daily depends only on the UTC date, not on the reader’s zone or clock time', () => {
    // 23:30 in New York on the 18th is already the 19th in UTC.
    const newYork = new Date('2024-06-18T23:30:00-04:00');
    const seoul = new Date('2024-06-19T09:00:00+09:00');
    expect(utcDateString(newYork)).to.equal('2024-06-19');
    expect(utcDateString(seoul)).to.equal('2024-06-19');
    expect(pickQuote(quotes, 'daily', { now: newYork })).to.equal(
      pickQuote(quotes, 'daily', { now: seoul }),
    );
    expect(dailyIndex('2024-06-19', quotes.length)).to.equal(
      hashString('2024-06-19') % quotes.length,
    );
  });

  it('daily changes from day to day', () => {
    const ids = new Set<string>();
    for (let day = 1; day <= 30; day++) {
      const now = new Date(Date.UTC(2024, 5, day, 12));
      ids.add(pickQuote(quotes, 'daily', { now })!.id);
    }
    expect(ids.size).to.be.greaterThan(5);
  });

  it('selects by id first, then by topic and pick, and says why when it cannot', () => {
    expect(
      selectQuote(quotes, { quoteId: 'sanctions', topic: 'history', pick: 'random' }),
    ).to.deep.include({ ok: true, quote: quote('sanctions') });
    expect(selectQuote(quotes, { topic: 'humanitarian' })).to.deep.include({
      ok: true,
      quote: quote('soviet-assistance'),
    });
    expect(selectQuote(quotes, { quoteId: 'nope' })).to.deep.equal({
      ok: false,
      reason: 'unknown-id',
    });
    expect(selectQuote([], { quoteId: 'sanctions' })).to.deep.equal({
      ok: false,
      reason: 'empty-dataset',
    });
    const noHistory = quotes.filter((q) => !q.topics.includes('history'));
    expect(selectQuote(noHistory, { topic: 'history' })).to.deep.equal({
      ok: false,
      reason: 'no-match',
    });
  });
});

describe('<letter-quote>', () => {
  describe('rendering', () => {
    it('renders an attributed quotation: figure, blockquote, figcaption, cite, time', async () => {
      const el = await fixture<LetterQuote>(html`<letter-quote></letter-quote>`);
      const first = dataset.quotes[0]!;
      const card = part(el, 'card')!;
      const figure = card.querySelector('figure')!;
      expect(figure.getAttribute('part')).to.equal('figure');
      const blockquote = figure.querySelector(':scope > blockquote')!;
      expect(blockquote.getAttribute('lang')).to.equal('en');
      expect(blockquote.getAttribute('cite')).to.equal(FIRST_URL ?? null);
      // Not an edition whose wording differs, such as KCNA's English.
      const kcna = dataset.sources.find((s) => s.publisher === 'KCNA' && s.url)!;
      expect(el.shadowRoot!.innerHTML).not.to.contain(kcna.url);
      expect(blockquote.querySelector('[part=text]')!.textContent).to.equal(first.text);
      // figcaption is the figure's last child, as HTML requires.
      const caption = figure.lastElementChild!;
      expect(caption.localName).to.equal('figcaption');
      expect(text(caption.querySelector('[part=author]'))).to.equal('Vladimir Putin');
      const cite = caption.querySelector('cite')!;
      expect(cite.getAttribute('part')).to.equal('title');
      expect(text(cite)).to.equal(TITLE_EN);
      expect(text(cite.parentElement)).to.equal(`“${TITLE_EN}”`);
      expect(text(caption.querySelector('[part=publication]'))).to.equal('Rodong Sinmun');
      const time = caption.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2024-06-18');
      expect(time.getAttribute('part')).to.equal('date');
      expect(text(time)).to.equal(longDate('en'));
      expect(text(caption.querySelector('[part=paragraph]'))).to.equal('paragraph 1');
      // Always shown as quotation from the article, never as a statement of fact.
      expect(text(shadow(el).querySelector('h3'))).to.equal('From the article by Vladimir Putin');
      expect(shadow(el).querySelector('h3')!.getAttribute('part')).to.equal('heading');
    });

    it('ends the attribution with a footnote marker for each of its sources', async () => {
      const el = await fixture<LetterQuote>(html`<letter-quote></letter-quote>`);
      const cited = citedSources(dataset.quotes[0]!);
      const notes = part(el, 'attribution')!.querySelector('sup[part=notes]')!;
      const markers = [...notes.querySelectorAll('a[part=note]')];
      expect(markers.map((a) => text(a))).to.deep.equal(cited.map((_, i) => String(i + 1)));
      // A screen reader hears which source each number is.
      expect(markers.map((a) => a.getAttribute('aria-label'))).to.deep.equal(
        cited.map((s, i) => `Source ${i + 1}: ${s.publisher}`),
      );
      expect(markers.map((a) => a.getAttribute('href'))).to.deep.equal(
        cited.map((_, i) => `#quote-source-${i + 1}`),
      );
    });
    it('has a native copy button and a polite live region from the first render', async () => {
      const el = await fixture<LetterQuote>(html`<letter-quote></letter-quote>`);
      const button = part(el, 'copy-button') as HTMLButtonElement;
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(text(button)).to.equal('Copy quote');
      const live = part(el, 'live')!;
      expect(live.getAttribute('role')).to.equal('status');
      expect(text(live)).to.equal('');
    });

    it('exposes every documented part', async () => {
      const el = await fixture<LetterQuote>(html`<letter-quote></letter-quote>`);
      for (const name of [
        'card',
        'heading',
        'figure',
        'blockquote',
        'text',
        'caption',
        'attribution',
        'author',
        'title',
        'publication',
        'date',
        'paragraph',
        'notes',
        'note',
        'actions',
        'sources',
        'sources-summary',
        'sources-list',
        'source',
        'copy-button',
        'live',
      ]) {
        expect(part(el, name), name).to.be.instanceOf(Element);
      }
    });

    it('reads its token with a fallback to the shared accent', async () => {
      const el = await fixture<LetterQuote>(
        html`<letter-quote
          theme="light"
          style="--visit-quote-accent: rgb(0, 128, 0)"
        ></letter-quote>`,
      );
      const card = part(el, 'card')!;
      expect(getComputedStyle(card).borderInlineStartColor).to.equal('rgb(0, 128, 0)');
      el.style.removeProperty('--visit-quote-accent');
      el.style.setProperty('--visit-color-accent', 'rgb(0, 0, 200)');
      expect(getComputedStyle(card).borderInlineStartColor).to.equal('rgb(0, 0, 200)');
    });
  });

  describe('attributes', () => {
    it('quote-id shows exactly that quote, whatever topic and pick say', async () => {
      const el = await fixture<LetterQuote>(
        html`<letter-quote quote-id="sanctions" topic="history" pick="random"></letter-quote>`,
      );
      expect(quoteText(el)).to.equal(quote('sanctions').text);
      expect(text(part(el, 'paragraph'))).to.equal('paragraph 10');
    });

    it('topic narrows the candidates; the first of them shows', async () => {
      for (const topic of QUOTE_TOPICS) {
        const el = await fixture<LetterQuote>(html`<letter-quote topic=${topic}></letter-quote>`);
        const expected = dataset.quotes.find((q) => q.topics.includes(topic))!;
        expect(quoteText(el), topic).to.equal(expected.text);
      }
    });

    it('pick="daily" shows the quote of the UTC date', async () => {
      const el = await fixture<LetterQuote>(
        html`<letter-quote topic="security" pick="daily"></letter-quote>`,
      );
      const expected = pickQuote(candidatesFor(dataset.quotes, 'security'), 'daily', {
        now: new Date(),
      })!;
      expect(quoteText(el)).to.equal(expected.text);
    });

    it('pick="random" draws once and keeps the quote through re-renders and reconnection', async () => {
      const original = Math.random;
      let draws = 0;
      Math.random = () => (draws++ === 0 ? 0.5 : 0.99);
      try {
        const el = await fixture<LetterQuote>(html`<letter-quote pick="random"></letter-quote>`);
        const expected = dataset.quotes[Math.floor(0.5 * dataset.quotes.length)]!;
        expect(quoteText(el)).to.equal(expected.text);
        el.requestUpdate();
        await el.updateComplete;
        el.lang = 'ru';
        await el.updateComplete;
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        await el.updateComplete;
        expect(quoteText(el)).to.equal(expected.text);
        expect(draws).to.equal(1);
        // A new selection draws again.
        el.topic = 'economy';
        await el.updateComplete;
        expect(draws).to.equal(2);
        expect(quoteText(el)).to.equal(candidatesFor(dataset.quotes, 'economy').at(-1)!.text);
      } finally {
        Math.random = original;
      }
    });

    it('pick="first" is the default and is reflected', async () => {
      const el = await fixture<LetterQuote>(html`<letter-quote></letter-quote>`);
      expect(el.pick).to.equal('first');
      expect(el.getAttribute('pick')).to.equal('first');
      expect(QUOTE_PICKS).to.deep.equal(['first', 'random', 'daily']);
    });

    it('heading-level sets the label’s heading level', async () => {
      const el = await fixture<LetterQuote>(html`<letter-quote heading-level="2"></letter-quote>`);
      expect(shadow(el).querySelector('h2[part=heading]')).to.be.instanceOf(Element);
      el.headingLevel = 5;
      await el.updateComplete;
      expect(shadow(el).querySelector('h5[part=heading]')).to.be.instanceOf(Element);
      expect(shadow(el).querySelector('h2')).to.equal(null);
    });

    it('theme switches the colour scheme', async () => {
      const light = await fixture<LetterQuote>(html`<letter-quote theme="light"></letter-quote>`);
      const dark = await fixture<LetterQuote>(html`<letter-quote theme="dark"></letter-quote>`);
      const bg = (el: LetterQuote) => getComputedStyle(part(el, 'card')!).backgroundColor;
      expect(bg(light)).to.equal('rgb(255, 255, 255)');
      expect(bg(dark)).to.equal('rgb(22, 25, 30)');
    });

    it('re-renders when an attribute changes', async () => {
      const el = await fixture<LetterQuote>(
        html`<letter-quote quote-id="sanctions"></letter-quote>`,
      );
      el.setAttribute('quote-id', 'closing-wishes');
      await elementUpdated(el);
      expect(quoteText(el)).to.equal(quote('closing-wishes').text);
      el.removeAttribute('quote-id');
      el.setAttribute('topic', 'humanitarian');
      await elementUpdated(el);
      expect(quoteText(el)).to.equal(quote('soviet-assistance').text);
      el.setAttribute('topic', '');
      await elementUpdated(el);
      expect(quoteText(el)).to.equal(dataset.quotes[0]!.text);
      el.removeAttribute('pick');
      await elementUpdated(el);
      expect(quoteText(el)).to.equal(dataset.quotes[0]!.text);
    });

    it('survives disconnection and reconnection', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><letter-quote quote-id="staunch-ally"></letter-quote></div>`,
      );
      const el = wrapper.querySelector('letter-quote')!;
      el.remove();
      el.setAttribute('quote-id', 'open-to-dialogue');
      wrapper.append(el);
      await el.updateComplete;
      expect(quoteText(el)).to.equal(quote('open-to-dialogue').text);
      el.lang = 'ko-KP';
      await el.updateComplete;
      expect(text(part(el, 'publication'))).to.equal('로동신문');
    });
  });

  describe('languages', () => {
    it('speaks Russian: the Russian title, in guillemets; a quote with no Russian original stays English', async () => {
      const el = await fixture<LetterQuote>(html`<letter-quote lang="ru"></letter-quote>`);
      expect(text(part(el, 'title'))).to.equal(dataset.article.title.ru);
      expect(text(part(el, 'title')!.parentElement)).to.equal(`«${dataset.article.title.ru}»`);
      expect(text(part(el, 'paragraph'))).to.equal('абзац 1');
      expect(text(part(el, 'date'))).to.equal(longDate('ru'));
      expect(text(part(el, 'copy-button'))).to.equal('Копировать цитату');
      expect(part(el, 'blockquote')!.getAttribute('lang')).to.equal('en');
      // The Russian form of the name, as Russian agencies write it.
      expect(text(part(el, 'author'))).to.equal('Владимир Путин');
      expect(part(el, 'author')!.querySelector('[lang=en]')).to.equal(null);
    });

    it('speaks Korean in South Korean orthography', async () => {
      const el = await fixture<LetterQuote>(html`<letter-quote lang="ko"></letter-quote>`);
      expect(text(part(el, 'publication'))).to.equal('노동신문');
      expect(text(part(el, 'author'))).to.equal('블라디미르 푸틴');
      expect(text(part(el, 'heading'))).to.equal('블라디미르 푸틴의 기고문에서');
      expect(text(part(el, 'date'))).to.equal(longDate('ko'));
      // The title as a Seoul paper rendered it, unmarked: it is in the card's language.
      expect(text(part(el, 'title'))).to.equal(dataset.article.title.ko);
      expect(part(el, 'title')!.querySelector('[lang]')).to.equal(null);
    });

    it('inherits ko-KP from an ancestor and uses the DPRK’s orthography', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="ko-KP"><letter-quote></letter-quote></div>`,
      );
      const el = wrapper.querySelector('letter-quote')!;
      await el.updateComplete;
      expect(text(part(el, 'publication'))).to.equal('로동신문');
      expect(text(part(el, 'author'))).to.equal('울라지미르 뿌찐');
      expect(text(part(el, 'heading'))).to.equal('울라지미르 뿌찐의 글에서');
      wrapper.lang = 'ko-KR';
      await until(() => text(part(el, 'publication')) === '노동신문', 'the ancestor’s new lang');
    });
  });

  describe('copy', () => {
    const expectedCopy = (q: Quote) =>
      `“${q.text}” — Vladimir Putin, “${TITLE_EN}”, Rodong Sinmun, ${longDate('en')}`;

    it('writes the quote and its citation, says so, and fires letter-quote-copy', async () => {
      const clipboard = stubClipboard(() => Promise.resolve());
      try {
        const el = await fixture<LetterQuote>(
          html`<letter-quote quote-id="closing-wishes"></letter-quote>`,
        );
        const button = part(el, 'copy-button') as HTMLButtonElement;
        setTimeout(() => button.click());
        const event = (await oneEvent(el, 'letter-quote-copy')) as LetterQuoteCopyEvent;
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
        const expected = expectedCopy(quote('closing-wishes'));
        expect(event.detail).to.deep.equal({ quoteId: 'closing-wishes', text: expected });
        expect(clipboard.written).to.deep.equal([expected]);
        await el.updateComplete;
        expect(text(part(el, 'live'))).to.equal('Quote copied');
      } finally {
        clipboard.restore();
      }
    });

    it('copies the text the reader sees: the Russian original, cited in Russian', async () => {
      const clipboard = stubClipboard(() => Promise.resolve());
      try {
        const q = quote('support-for-the-dprk');
        const original = q.attested!.find((a) => a.language === 'ru')!.text;
        const el = await fixture<LetterQuote>(
          html`<letter-quote lang="ru" quote-id=${q.id}></letter-quote>`,
        );
        setTimeout(() => (part(el, 'copy-button') as HTMLButtonElement).click());
        const event = (await oneEvent(el, 'letter-quote-copy')) as LetterQuoteCopyEvent;
        const a = dataset.article;
        expect(event.detail.text).to.equal(
          `«${original}» — ${a.author.name.ru}, «${a.title.ru}», ${a.publication.ru}, ${longDate('ru')}`,
        );
        expect(clipboard.written).to.deep.equal([event.detail.text]);
      } finally {
        clipboard.restore();
      }
    });

    it('says the copy is refused when the write rejects, and does not throw', async () => {
      const clipboard = stubClipboard(() =>
        Promise.reject(new DOMException('no', 'NotAllowedError')),
      );
      try {
        const el = await fixture<LetterQuote>(html`<letter-quote></letter-quote>`);
        let copied = false;
        el.addEventListener('letter-quote-copy', () => (copied = true));
        (part(el, 'copy-button') as HTMLButtonElement).click();
        await until(() => text(part(el, 'live')) !== '', 'the live region');
        expect(text(part(el, 'live'))).to.equal(
          'Copying is not allowed here; select the text to copy it',
        );
        expect(clipboard.written).to.have.length(1);
        expect(copied).to.equal(false);
      } finally {
        clipboard.restore();
      }
    });

    it('says the copy is refused where there is no clipboard API', async () => {
      const clipboard = stubClipboard(undefined);
      try {
        const el = await fixture<LetterQuote>(html`<letter-quote lang="ru"></letter-quote>`);
        (part(el, 'copy-button') as HTMLButtonElement).click();
        await until(() => text(part(el, 'live')) !== '', 'the live region');
        expect(text(part(el, 'live'))).to.equal(
          'Копирование здесь недоступно; выделите текст, чтобы скопировать его',
        );
      } finally {
        clipboard.restore();
      }
    });

    it('works from the keyboard: focus the button and press Enter', async () => {
      const clipboard = stubClipboard(() => Promise.resolve());
      try {
        const el = await fixture<LetterQuote>(
          html`<letter-quote quote-id="sanctions"></letter-quote>`,
        );
        (part(el, 'copy-button') as HTMLButtonElement).focus();
        expect(shadow(el).activeElement).to.equal(part(el, 'copy-button'));
        await sendKeys({ press: 'Enter' });
        await until(() => text(part(el, 'live')) === 'Quote copied', 'the confirmation');
        expect(clipboard.written).to.deep.equal([expectedCopy(quote('sanctions'))]);
      } finally {
        clipboard.restore();
      }
    });

    it('clears the message when another quote is shown', async () => {
      const clipboard = stubClipboard(() => Promise.resolve());
      try {
        const el = await fixture<LetterQuote>(html`<letter-quote></letter-quote>`);
        (part(el, 'copy-button') as HTMLButtonElement).click();
        await until(() => text(part(el, 'live')) === 'Quote copied', 'the confirmation');
        el.quoteId = 'sanctions';
        await el.updateComplete;
        expect(text(part(el, 'live'))).to.equal('');
        expect(part(el, 'live')!.getAttribute('role')).to.equal('status');
      } finally {
        clipboard.restore();
      }
    });
  });

  describe('bad input', () => {
    type Case = {
      name: string;
      template: () => ReturnType<typeof html>;
      detail: Record<string, string>;
      notice: string;
    };
    const cases: Case[] = [
      {
        name: 'an unknown quote-id',
        template: () => html`<letter-quote quote-id="no-such-quote"></letter-quote>`,
        detail: { code: 'unknown-id', attribute: 'quote-id', value: 'no-such-quote' },
        notice: 'Nothing in the data has the quote-id “no-such-quote”.',
      },
      {
        name: 'a topic not in QUOTE_TOPICS',
        template: () => html`<letter-quote topic="sport"></letter-quote>`,
        detail: { code: 'invalid-attribute', attribute: 'topic', value: 'sport' },
        notice: 'The value “sport” is not valid for topic.',
      },
      {
        name: 'a bad pick',
        template: () => html`<letter-quote pick="weekly"></letter-quote>`,
        detail: { code: 'invalid-attribute', attribute: 'pick', value: 'weekly' },
        notice: 'The value “weekly” is not valid for pick.',
      },
      {
        name: 'a bad theme',
        template: () => html`<letter-quote theme="sepia"></letter-quote>`,
        detail: { code: 'invalid-attribute', attribute: 'theme', value: 'sepia' },
        notice: 'The value “sepia” is not valid for theme.',
      },
      {
        name: 'an unknown section in expanded',
        template: () => html`<letter-quote expanded="sources,quote"></letter-quote>`,
        detail: { code: 'invalid-attribute', attribute: 'expanded', value: 'sources,quote' },
        notice: 'The value “sources,quote” is not valid for expanded.',
      },
      {
        name: 'a heading-level out of range',
        template: () => html`<letter-quote heading-level="9"></letter-quote>`,
        detail: { code: 'invalid-attribute', attribute: 'heading-level', value: '9' },
        notice: 'The value “9” is not valid for heading-level.',
      },
      {
        name: 'a valid topic no quote has',
        template: () =>
          html`<visit-data .data=${withoutQuotes((q) => q.topics.includes('economy'))}
            ><letter-quote topic="economy"></letter-quote
          ></visit-data>`,
        detail: { code: 'no-match', attribute: 'topic', value: 'economy' },
        notice: 'Nothing in the data matches topic “economy”.',
      },
      {
        name: 'a dataset without quotes',
        template: () =>
          html`<visit-data .data=${withoutQuotes(() => true)}
            ><letter-quote quote-id="sanctions"></letter-quote
          ></visit-data>`,
        detail: { code: 'empty-dataset', attribute: 'dataset' },
        notice: 'The data has nothing to show.',
      },
      {
        name: 'an empty dataset object',
        template: () => html`<visit-data .data=${{}}><letter-quote></letter-quote></visit-data>`,
        detail: { code: 'empty-dataset', attribute: 'dataset' },
        notice: 'The data has nothing to show.',
      },
      {
        name: 'an invalid dataset',
        template: () =>
          html`<visit-data .data=${{ schemaVersion: 2 }}
            ><letter-quote></letter-quote
          ></visit-data>`,
        detail: { code: 'invalid-dataset', attribute: 'dataset' },
        notice: 'The data is not valid.',
      },
    ];

    for (const c of cases) {
      it(`shows a notice, fires visit-cards-error, warns and passes axe for ${c.name}`, async () => {
        const warnings = captureWarnings();
        const events: VisitCardsErrorEvent[] = [];
        const wrapper = await fixture<HTMLDivElement>(
          html`<div @visit-cards-error=${(e: VisitCardsErrorEvent) => events.push(e)}>
            ${c.template()}
            <letter-quote quote-id="staunch-ally"></letter-quote>
          </div>`,
        );
        const [el, sibling] = [...wrapper.querySelectorAll('letter-quote')] as LetterQuote[];
        await el!.updateComplete;
        await sibling!.updateComplete;
        const mine = events.filter((e) => e.target === el);
        expect(mine, 'one event from the element').to.have.length(1);
        expect(mine[0]!.detail).to.include(c.detail);
        expect(mine[0]!.detail.message).to.be.a('string').and.not.equal('');
        expect(mine[0]!.bubbles && mine[0]!.composed).to.equal(true);
        const notice = part(el!, 'notice')!;
        expect(notice.getAttribute('role')).to.equal('note');
        expect(text(notice.querySelector('[part=notice-text]'))).to.equal(c.notice);
        expect(part(el!, 'figure')).to.equal(null);
        // The sibling is unaffected.
        expect(events.some((e) => e.target === sibling)).to.equal(false);
        expect(quoteText(sibling!)).to.equal(quote('staunch-ally').text);
        await expect(el).to.be.accessible();
        // One warning per event, from the element that fired it (a provider reports too).
        expect(warnings.take()).to.deep.equal(
          events.map((e) => `<${(e.target as Element).localName}>: ${e.detail.message}`),
        );
      });
    }

    it('sets titles in 《 》 for ko-KP, and in “ ” for ko', async () => {
      const kp = await fixture<LetterQuote>(html`<letter-quote lang="ko-KP"></letter-quote>`);
      expect(kp.shadowRoot!.querySelector('.title-wrap')!.textContent!.trim()).to.match(/^《.+》$/);
      const ko = await fixture<LetterQuote>(html`<letter-quote lang="ko"></letter-quote>`);
      expect(ko.shadowRoot!.querySelector('.title-wrap')!.textContent!.trim()).to.match(/^“.+”$/);
    });

    it('localizes the notice', async () => {
      const warnings = captureWarnings();
      const el = await fixture<LetterQuote>(
        html`<letter-quote lang="ko-KP" quote-id="nope"></letter-quote>`,
      );
      expect(text(part(el, 'notice-title'))).to.equal('이 카드를 표시할수 없습니다');
      expect(warnings.take()).to.deep.equal([
        '<letter-quote>: quote-id="nope" names no quote in the dataset.',
      ]);
    });

    it('recovers when the bad attribute is fixed', async () => {
      const warnings = captureWarnings();
      const el = await fixture<LetterQuote>(html`<letter-quote pick="hourly"></letter-quote>`);
      expect(part(el, 'notice')).to.be.instanceOf(Element);
      el.setAttribute('pick', 'first');
      await elementUpdated(el);
      expect(part(el, 'notice')).to.equal(null);
      expect(quoteText(el)).to.equal(dataset.quotes[0]!.text);
      expect(warnings.take()).to.deep.equal([
        '<letter-quote>: pick="hourly" is not one of: first, random, daily.',
      ]);
    });

    it('never throws on odd property values', async () => {
      const warnings = captureWarnings();
      const el = await fixture<LetterQuote>(html`<letter-quote></letter-quote>`);
      const loose = el as unknown as Record<string, unknown>;
      for (const [key, value] of [
        ['quoteId', null],
        ['topic', null],
        ['pick', null],
        ['topic', 42],
        ['quoteId', {}],
        ['pick', undefined],
      ] as const) {
        loose[key] = value;
        await el.updateComplete;
      }
      expect(shadow(el).childElementCount).to.be.greaterThan(0);
      // A number where a topic belongs is refused like any unknown topic.
      expect(warnings.take()).to.deep.equal([
        '<letter-quote>: topic="42" is not one of: history, partnership, security, economy, humanitarian, international-order.',
      ]);
    });
  });

  describe('sources', () => {
    const details = (el: Element) => part(el, 'sources') as HTMLDetailsElement;

    it('lists them under the quote, closed: "Sources (n)", one click away', async () => {
      const el = await fixture<LetterQuote>(html`<letter-quote></letter-quote>`);
      const cited = citedSources(dataset.quotes[0]!);
      // One element: the disclosure sits in the actions row itself, with no wrapper around it.
      expect(details(el).parentElement).to.equal(part(el, 'actions'));
      expect(shadow(el).querySelectorAll('.sources')).to.have.length(1);
      expect(details(el).localName).to.equal('details');
      expect(details(el).open).to.equal(false);
      expect(el.hasAttribute('expanded')).to.equal(false);
      expect(text(part(el, 'sources-summary'))).to.equal(`Sources (${cited.length})`);
      // Nothing closed is dropped from the DOM: find-in-page and crawlers still see the list.
      expect(shadow(el).querySelectorAll('[part=sources-list] > li')).to.have.length(cited.length);
    });

    it('shows each source as every card does: publisher (linked where known), title, date', async () => {
      const el = await fixture<LetterQuote>(html`<letter-quote expanded="sources"></letter-quote>`);
      const cited = citedSources(dataset.quotes[0]!);
      const items = [...shadow(el).querySelectorAll('[part=sources-list] > li[part=source]')];
      expect(items.map((li) => li.id)).to.deep.equal(cited.map((_, i) => `quote-source-${i + 1}`));
      items.forEach((li, i) => {
        const source = cited[i]!;
        const publisher = li.firstElementChild!;
        expect(text(publisher), source.id).to.equal(source.publisher);
        expect(publisher.localName, source.id).to.equal(source.url ? 'a' : 'span');
        if (source.url) expect(publisher.getAttribute('href')).to.equal(source.url);
        expect(publisher.getAttribute('lang')).to.equal(source.language);
        if (source.title) expect(text(li.querySelector('cite'))).to.equal(source.title);
        if (source.date) {
          expect(li.querySelector('time')!.getAttribute('datetime')).to.equal(source.date);
        }
      });
    });

    it('opens and closes by expanded, and expanded follows the reader', async () => {
      const el = await fixture<LetterQuote>(html`<letter-quote expanded="sources"></letter-quote>`);
      expect(details(el).open).to.equal(true);
      (part(el, 'sources-summary') as HTMLElement).click();
      await until(() => !el.hasAttribute('expanded'), 'expanded to be removed');
      expect(details(el).open).to.equal(false);
      (part(el, 'sources-summary') as HTMLElement).click();
      await until(() => el.getAttribute('expanded') === 'sources', 'expanded="sources"');
      el.removeAttribute('expanded');
      await el.updateComplete;
      expect(details(el).open).to.equal(false);
    });

    it('takes the reader from a footnote marker to its entry: the list opens, the entry has focus', async () => {
      const el = await fixture<LetterQuote>(html`<letter-quote></letter-quote>`);
      const marker = part(el, 'note') as HTMLAnchorElement;
      marker.click();
      await until(() => shadow(el).activeElement?.id === 'quote-source-1', 'the entry’s focus');
      expect(details(el).open).to.equal(true);
      expect(el.getAttribute('expanded')).to.equal('sources');
      // The page's own URL is untouched: the marker's fragment names an id in the card.
      expect(location.hash).to.equal('');
    });

    it('cites the outlet that prints the Russian original to a Russian reader', async () => {
      const q = dataset.quotes.find((x) => x.attested?.some((a) => a.language === 'ru'))!;
      const original = q.attested!.find((a) => a.language === 'ru')!;
      const el = await fixture<LetterQuote>(
        html`<letter-quote lang="ru" quote-id=${q.id} expanded="sources"></letter-quote>`,
      );
      const publishers = [...shadow(el).querySelectorAll('[part=source] > :first-child')].map((n) =>
        text(n),
      );
      expect(publishers[0]).to.equal(sourceById.get(original.sources[0]!)!.publisher);
      expect(text(part(el, 'sources-summary'))).to.match(/^Источники \(\d+\)$/);
    });
  });

  describe('provider', () => {
    it('shows the dataset of the nearest <visit-data>', async () => {
      const other = structuredClone(dataset);
      const linked = dataset.sources.find((s) => s.url)!;
      other.quotes = [
        {
          id: 'provided',
          text: 'A passage from a dataset the page supplied.',
          paragraph: 4,
          topics: ['history'],
          sources: [linked.id],
        },
      ];
      for (const m of other.milestones) delete m.quotes;
      other.article.publication = { en: 'Another Paper' };
      const wrapper = await fixture(
        html`<visit-data .data=${withoutUncitedSources(other)}
          ><letter-quote></letter-quote
        ></visit-data>`,
      );
      const el = wrapper.querySelector('letter-quote')!;
      await el.updateComplete;
      expect(quoteText(el)).to.equal('A passage from a dataset the page supplied.');
      expect(text(part(el, 'publication'))).to.equal('Another Paper');
      expect(text(part(el, 'paragraph'))).to.equal('paragraph 4');
      expect(text(part(el, 'sources-summary'))).to.equal('Sources (1)');
      expect(text(part(el, 'source')).startsWith(`${linked.publisher}, `)).to.equal(true);
      expect(part(el, 'blockquote')!.getAttribute('cite')).to.equal(linked.url);
    });
  });

  describe('accessibility (axe)', () => {
    it('passes with two quotes on one page: neither claims the page’s landmarks', async () => {
      const page = await fixture<HTMLElement>(
        html`<main>
          <letter-quote></letter-quote>
          <letter-quote quote-id="support-for-the-dprk" expanded="sources"></letter-quote>
        </main>`,
      );
      for (const el of page.querySelectorAll('letter-quote'))
        await (el as LetterQuote).updateComplete;
      await expect(page).to.be.accessible();
    });

    const configs: Array<[string, () => ReturnType<typeof html>]> = [
      ['quote-id', () => html`<letter-quote quote-id="support-for-the-dprk"></letter-quote>`],
      ...QUOTE_TOPICS.map(
        (topic) =>
          [`topic ${topic}`, () => html`<letter-quote topic=${topic}></letter-quote>`] as [
            string,
            () => ReturnType<typeof html>,
          ],
      ),
      ...QUOTE_PICKS.map(
        (pick) =>
          [`pick ${pick}`, () => html`<letter-quote pick=${pick}></letter-quote>`] as [
            string,
            () => ReturnType<typeof html>,
          ],
      ),
      ['light', () => html`<letter-quote theme="light"></letter-quote>`],
      [
        'dark',
        () =>
          html`<div style="background:#0d0f12"><letter-quote theme="dark"></letter-quote></div>`,
      ],
      ['en', () => html`<letter-quote lang="en"></letter-quote>`],
      ['ru', () => html`<letter-quote lang="ru"></letter-quote>`],
      ['ko', () => html`<letter-quote lang="ko"></letter-quote>`],
      ['ko-KP', () => html`<letter-quote lang="ko-KP"></letter-quote>`],
      ['narrow', () => html`<div style="width:280px"><letter-quote></letter-quote></div>`],
      [
        'sources open, light',
        () => html`<letter-quote theme="light" expanded="sources"></letter-quote>`,
      ],
      [
        'sources open, dark',
        () =>
          html`<div style="background:#0d0f12">
            <letter-quote theme="dark" expanded="sources"></letter-quote>
          </div>`,
      ],
      [
        'sources open, ko-KP, narrow',
        () =>
          html`<div style="width:320px">
            <letter-quote lang="ko-KP" expanded="sources"></letter-quote>
          </div>`,
      ],
      [
        'Russian original, dark',
        () =>
          html`<div style="background:#0d0f12">
            <letter-quote lang="ru" theme="dark" quote-id="support-for-the-dprk"></letter-quote>
          </div>`,
      ],
    ];
    for (const [name, template] of configs) {
      it(`passes axe: ${name}`, async () => {
        const root = await fixture(template());
        const el = root.localName === 'letter-quote' ? root : root.querySelector('letter-quote')!;
        await (el as LetterQuote).updateComplete;
        expect(part(el, 'figure')).to.be.instanceOf(Element);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe after a copy, with the message shown', async () => {
      const clipboard = stubClipboard(() => Promise.reject(new Error('denied')));
      try {
        const el = await fixture<LetterQuote>(html`<letter-quote theme="dark"></letter-quote>`);
        (part(el, 'copy-button') as HTMLButtonElement).click();
        await until(() => text(part(el, 'live')) !== '', 'the live region');
        await expect(el).to.be.accessible();
      } finally {
        clipboard.restore();
      }
    });
  });
});
