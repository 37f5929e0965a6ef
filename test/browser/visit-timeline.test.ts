import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { dataset, type Milestone, type Visit } from '../../src/data/index.js';
import '../../src/define/visit-data.js';
import '../../src/define/visit-timeline.js';
import type { VisitTimeline } from '../../src/define/visit-timeline.js';
import type { VisitCardsErrorEvent } from '../../src/internal/error-event.js';
import { LOCALES, visitTimelineStrings } from '../../src/locales/index.js';
import type { Locale } from '../../src/locales/tags.js';
import { captureWarnings } from '../helpers/console.js';

const shadow = (el: Element) => el.shadowRoot!;
/** Text as a reader gets it; Intl's thin spaces around range dashes vary by engine. */
const squeeze = (value: string) =>
  value
    .replace(/[\s\u00a0\u2009]+/g, ' ')
    .replace(/ ?([–~]) ?/g, '$1')
    .trim();
const text = (node: Element | null | undefined) => squeeze(node?.textContent ?? '');
/** The text without its footnote markers. */
const read = (node: Element | null | undefined) => {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[part~=notes]').forEach((notes) => notes.remove());
  return text(copy);
};
const part = (el: Element, name: string) =>
  shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
/** The events, in the DOM's order: every entry but the fold that holds the history. */
const events = (el: Element) => parts(el, 'entry').filter((li) => !li.classList.contains('fold'));
/** The `datetime` of each event's date, both ends of a span joined by a slash. */
const datetimes = (el: Element) =>
  events(el).map((li) =>
    [...li.querySelectorAll(':scope > [part=date] time')]
      .map((time) => time.getAttribute('datetime'))
      .join('/'),
  );
const title = (li: Element) => read(li.querySelector('[part=title]'));
const history = (el: Element) =>
  shadow(el).querySelector<HTMLDetailsElement>('details[data-disclosure=history]');
const sourcesDetails = (el: Element) =>
  shadow(el).querySelector<HTMLDetailsElement>('details[data-disclosure=sources]')!;
const en = visitTimelineStrings.en;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const { overview, outcomes } = dataset;
/** The milestones before the visit: the history the article tells. */
const HISTORY = dataset.milestones.filter((m) => m.date < overview.start);
const TREATIES = outcomes.filter((o) => o.kind === 'treaty');
const quoteOf = (id: string) => dataset.quotes.find((q) => q.id === id)!;

/** Every event the dataset dates, as `start[/end]`, in the order the spec gives them. */
function expectedDatetimes(visit: Visit = dataset): string[] {
  const span = (start: string, end?: string) => (end && end !== start ? `${start}/${end}` : start);
  const dated: [key: string, rank: number, value: string][] = [
    ...visit.milestones.map((m): [string, number, string] => [m.date, 0, span(m.date, m.endDate)]),
    [visit.overview.start, 1, span(visit.overview.start, visit.overview.end)],
  ];
  for (const o of visit.outcomes) {
    dated.push([o.signed, 2, o.signed]);
    for (const step of o.ratification ?? []) dated.push([step.date, 3, step.date]);
    if (o.inForce) dated.push([o.inForce, 4, o.inForce]);
  }
  return dated
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d[0].localeCompare(b.d[0]) || a.d[1] - b.d[1] || a.i - b.i)
    .map(({ d }) => d[2]);
}
const ALL = expectedDatetimes().length;

/** Every id a value cites under a `sources` key, anywhere in it. */
function citedIn(value: unknown, cited = new Set<string>(), key?: string): Set<string> {
  if (Array.isArray(value)) {
    if (key === 'sources') value.forEach((id) => cited.add(String(id)));
    else value.forEach((item) => citedIn(item, cited));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) citedIn(v, cited, k);
  }
  return cited;
}

/** A copy of the bundled dataset changed by `change`, kept valid: no source left uncited. */
function changed(change: (visit: Visit) => void): Visit {
  const visit = structuredClone(dataset);
  change(visit);
  const cited = citedIn({ ...visit, sources: [] });
  visit.sources = visit.sources.filter((s) => cited.has(s.id));
  return visit;
}

async function timeline(markup: TemplateResult): Promise<VisitTimeline> {
  const el = await fixture<VisitTimeline>(markup);
  await el.updateComplete;
  return el;
}

/** A timeline inside a provider of `visit`. */
async function provided(visit: unknown, markup = html`<visit-timeline></visit-timeline>`) {
  const wrapper = await fixture(html`<visit-data .data=${visit}>${markup}</visit-data>`);
  const el = wrapper.querySelector('visit-timeline')!;
  await el.updateComplete;
  return el;
}

/** Waits for the `toggle` a reader's click or key causes, and the update that follows. */
async function toggled(el: VisitTimeline, details: HTMLDetailsElement, act: () => unknown) {
  const event = oneEvent(details, 'toggle');
  await act();
  await event;
  await el.updateComplete;
}

/**
 * Renders `template` into a container that is already listening, so the error a first render
 * reports is heard, and captures the console warnings that go with the errors.
 */
async function withErrors(template: TemplateResult) {
  const warnings = captureWarnings();
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const heard: { target: EventTarget | null; detail: VisitCardsErrorEvent['detail'] }[] = [];
  container.addEventListener('visit-cards-error', (event) =>
    heard.push({ target: event.target, detail: event.detail }),
  );
  render(template, container);
  const cards = [...container.querySelectorAll('visit-timeline')];
  await Promise.all(cards.map((c) => c.updateComplete));
  /** The warnings so far: one per error event, its element's tag and its message. */
  const expectWarningsForEvents = () =>
    expect(warnings.take(), 'console warnings').to.deep.equal(
      heard.map(({ target, detail }) => `<${(target as Element).localName}>: ${detail.message}`),
    );
  return { cards, heard, el: cards[0]!, expectWarningsForEvents };
}

/** A date as the reader's language writes it, as precisely as it is known. */
function written(value: string, lang: string): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  return new Intl.DateTimeFormat(lang, {
    timeZone: 'UTC',
    year: 'numeric',
    ...(month ? { month: 'long' } : {}),
    ...(day ? { day: 'numeric' } : {}),
  }).format(new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)));
}

describe('<visit-timeline>', () => {
  describe('one ordered list of dated events', () => {
    it('renders an article labelled by its heading, with the count and the years', async () => {
      const el = await timeline(html`<visit-timeline></visit-timeline>`);
      const article = shadow(el).querySelector('article')!;
      const heading = shadow(el).querySelector('h3')!;
      expect(article.getAttribute('part')).to.equal('card');
      expect(article.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(text(heading)).to.equal(en.heading.all);
      const years = expectedDatetimes().flatMap((d) => d.split('/').map((v) => v.slice(0, 4)));
      expect(text(part(el, 'count'))).to.equal(`${ALL} events, ${years.sort()[0]}–${years.at(-1)}`);
    });

    it('is an ol of every event, each dated by time elements a machine reads', async () => {
      const el = await timeline(html`<visit-timeline></visit-timeline>`);
      const list = shadow(el).querySelector('article > ol[part=entries]')!;
      expect(list).to.exist;
      expect(events(el)).to.have.length(ALL);
      for (const li of events(el)) {
        expect(li.tagName).to.equal('LI');
        expect(li.parentElement!.tagName).to.equal('OL');
        const times = li.querySelectorAll(':scope > [part=date] time[datetime]');
        expect(times.length, title(li)).to.be.within(1, 2);
        for (const time of times) {
          expect(time.getAttribute('datetime')).to.match(/^\d{4}(-\d{2}){0,2}$/);
        }
        expect(title(li)).not.to.equal('');
      }
    });

    it('puts them in date order: milestones, the visit, signings, ratification, entry into force', async () => {
      const el = await timeline(html`<visit-timeline></visit-timeline>`);
      expect(datetimes(el)).to.deep.equal(expectedDatetimes());
      const visitAt = events(el).findIndex((li) => li.classList.contains('visit'));
      expect(
        events(el)
          .slice(0, visitAt)
          .every((li) => li.classList.contains('milestone')),
      ).to.be.true;
      for (const treaty of TREATIES.filter((o) => o.inForce)) {
        const last = events(el).findLast((li) => li.classList.contains('in-force'))!;
        expect(last.querySelector('time')!.getAttribute('datetime')).to.equal(treaty.inForce);
      }
    });

    it('says what happened: the visit, each signing, each step, the entry into force', async () => {
      const el = await timeline(html`<visit-timeline></visit-timeline>`);
      const titles = (kind: string) =>
        events(el)
          .filter((li) => li.classList.contains(kind))
          .map(title);
      expect(titles('visit')).to.deep.equal([overview.title.en]);
      expect(titles('signed')).to.deep.equal(outcomes.map((o) => `Signed: ${o.title.en}`));
      expect(titles('ratification')).to.deep.equal(
        outcomes.flatMap((o) => (o.ratification ?? []).map((s) => `${s.body.en}: ${s.act.en}`)),
      );
      expect(titles('in-force')).to.deep.equal(
        outcomes.filter((o) => o.inForce).map((o) => en.inForce(o.kind)),
      );
      expect(titles('milestone')).to.deep.equal(dataset.milestones.map((m) => m.title.en));
    });

    it('writes a partial date as precisely as it is known, and a span as two time elements', async () => {
      const el = await timeline(html`<visit-timeline expanded="history"></visit-timeline>`);
      for (const m of dataset.milestones) {
        const li = events(el).find((e) => title(e) === m.title.en)!;
        const times = [...li.querySelectorAll(':scope > [part=date] time')];
        expect(
          times.map((t) => t.getAttribute('datetime')),
          m.id,
        ).to.deep.equal(m.endDate ? [m.date, m.endDate] : [m.date]);
        if (!m.endDate) expect(text(times[0]), m.id).to.equal(squeeze(written(m.date, 'en')));
      }
      const visit = events(el).find((li) => li.classList.contains('visit'))!;
      const span = visit.querySelector('[part=date]')!;
      const format = new Intl.DateTimeFormat('en', {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
      });
      expect(text(span)).to.equal(
        squeeze(
          format.formatRange(
            new Date(`${overview.start}T00:00Z`),
            new Date(`${overview.end}T00:00Z`),
          ),
        ),
      );
    });

    it('shows a date once where events share it; a screen reader still hears it with each', async () => {
      const el = await timeline(html`<visit-timeline></visit-timeline>`);
      const list = events(el);
      list.forEach((li, i) => {
        const date = li.querySelector<HTMLElement>(':scope > [part=date]')!;
        const repeated = i > 0 && datetimes(el)[i] === datetimes(el)[i - 1];
        expect(li.classList.contains('same-date'), datetimes(el)[i]).to.equal(repeated);
        expect(date.getBoundingClientRect().width <= 1, datetimes(el)[i]).to.equal(repeated);
        expect(date.closest('[aria-hidden=true]')).to.equal(null);
      });
    });

    it('marks each event with footnotes to its sources, numbered as first met', async () => {
      const el = await timeline(html`<visit-timeline></visit-timeline>`);
      const visit = events(el).find((li) => li.classList.contains('visit'))!;
      const marker = visit.querySelector('[part=title] [part=notes]')!;
      expect([...marker.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(
        overview.sources.map((_, i) => String(i + 1)),
      );
      // What shows first is numbered first: the history is folded behind the visit's numbers.
      const first = events(el).find((li) => !li.closest('details'))!;
      expect(first.querySelector('[part=notes] a')!.textContent).to.equal('1');
      const listed = parts(el, 'source').map((li) => li.id);
      const linked = [...new Set(parts(el, 'note').map((a) => a.getAttribute('href')!.slice(1)))];
      expect(linked.sort()).to.deep.equal([...listed].sort());
      // Every source an event or a quotation rests on, once.
      const cited = new Set([
        ...dataset.milestones.flatMap((m) => m.sources),
        ...overview.sources,
        ...outcomes.flatMap((o) => [
          ...o.sources,
          ...(o.ratification ?? []).flatMap((s) => s.sources),
        ]),
        ...dataset.milestones.flatMap((m) => m.quotes ?? []).flatMap((id) => quoteOf(id).sources),
      ]);
      expect(parts(el, 'source')).to.have.length(cited.size);
    });

    it('a footnote opens the sources and takes focus to its entry', async () => {
      const el = await timeline(html`<visit-timeline></visit-timeline>`);
      const note = part(el, 'note')!;
      note.click();
      await el.updateComplete;
      await nextFrame();
      expect(sourcesDetails(el).open).to.equal(true);
      expect(el.getAttribute('expanded')).to.equal('sources');
      expect(shadow(el).activeElement!.id).to.equal(note.getAttribute('href')!.slice(1));
    });
  });

  describe('the history, folded into the first entry', () => {
    it('holds every milestone before the visit, closed, and says what it holds', async () => {
      const el = await timeline(html`<visit-timeline></visit-timeline>`);
      const fold = shadow(el).querySelector('article > ol > li:first-child')!;
      expect(fold.getAttribute('part')).to.equal('entry');
      const details = history(el)!;
      expect(fold.contains(details)).to.be.true;
      expect(details.open).to.equal(false);
      const summary = part(el, 'history-summary')!;
      const years = HISTORY.flatMap((m) => [m.date, m.endDate ?? m.date].map((d) => d.slice(0, 4)));
      expect(text(summary)).to.equal(
        `${years.sort()[0]}–${years.at(-1)}${en.history({ value: HISTORY.length, text: String(HISTORY.length) })}`,
      );
      // Nothing folded leaves the DOM.
      const inside = events(el).filter((li) => details.contains(li));
      expect(inside.map(title)).to.deep.equal(HISTORY.map((m) => m.title.en));
      expect(details.querySelector('ol[part=entries]')).to.exist;
    });

    it('opens and closes on a click, keeping the state in `expanded`', async () => {
      const el = await timeline(html`<visit-timeline></visit-timeline>`);
      await toggled(el, history(el)!, () => part(el, 'history-summary')!.click());
      expect(el.getAttribute('expanded')).to.equal('history');
      await toggled(el, history(el)!, () => part(el, 'history-summary')!.click());
      expect(el.hasAttribute('expanded')).to.equal(false);
    });

    it('opens with Enter on the focused summary', async () => {
      const el = await timeline(html`<visit-timeline></visit-timeline>`);
      part(el, 'history-summary')!.focus();
      await toggled(el, history(el)!, () => sendKeys({ press: 'Enter' }));
      expect(history(el)!.open).to.equal(true);
      expect(el.expanded).to.equal('history');
    });

    it('opens as the `expanded` attribute says, and everything to print', async () => {
      const el = await timeline(html`<visit-timeline expanded="history"></visit-timeline>`);
      expect(history(el)!.open).to.equal(true);
      expect(sourcesDetails(el).open).to.equal(false);
      el.removeAttribute('expanded');
      await el.updateComplete;
      window.dispatchEvent(new Event('beforeprint'));
      expect(history(el)!.open).to.equal(true);
      expect(sourcesDetails(el).open).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(history(el)!.open).to.equal(false);
      expect(el.hasAttribute('expanded')).to.equal(false);
    });

    it('names the article once, above its quotations: author, title, newspaper, date', async () => {
      const el = await timeline(html`<visit-timeline expanded="history"></visit-timeline>`);
      const { article } = dataset;
      expect(parts(el, 'article')).to.have.length(1);
      expect(history(el)!.contains(part(el, 'article'))).to.be.true;
      expect(text(part(el, 'article-citation'))).to.equal(
        squeeze(
          `The article: ${article.author.name.en}, “${article.title.en}”, ${article.publication.en}, ${written(article.date, 'en')}`,
        ),
      );
      expect(part(el, 'article-title')!.tagName).to.equal('CITE');
      // An English reader needs no word on the quotations' language.
      expect(part(el, 'language-note')).to.equal(null);
    });
  });

  describe('what only the article asserts, shown as its claim', () => {
    const quoted = dataset.milestones.filter((m) => m.quotes?.length);

    it('has milestones that quote the article', () => {
      expect(quoted.length).to.be.above(0);
    });

    it('shows each as a visible label over the verbatim quotation, in a blockquote', async () => {
      const el = await timeline(html`<visit-timeline expanded="history"></visit-timeline>`);
      const seen = new Set<string>();
      for (const m of quoted) {
        const li = events(el).find((e) => title(e) === m.title.en)!;
        const figure = li.querySelector('figure[part=claim]')!;
        expect(figure, m.id).to.exist;
        const label = figure.querySelector('figcaption[part=claim-label]')!;
        expect(read(label)).to.equal('According to the article');
        expect(label.getBoundingClientRect().height, 'visible').to.be.above(0);
        const shown = [...figure.querySelectorAll('blockquote[part=quote]')];
        const fresh = m.quotes!.filter((id) => !seen.has(id));
        expect(shown.map((q) => q.textContent!.trim())).to.deep.equal(
          fresh.map((id) => quoteOf(id).text),
        );
        for (const q of shown) expect(q.getAttribute('lang')).to.equal('en');
        // A passage that speaks of two milestones is quoted once, and pointed to after.
        expect(figure.querySelectorAll('[part=quoted-above]')).to.have.length(
          m.quotes!.length - fresh.length,
        );
        fresh.forEach((id) => seen.add(id));
      }
    });

    it('cites, on the label, the sources of the text quoted', async () => {
      const el = await timeline(html`<visit-timeline expanded="history"></visit-timeline>`);
      const m = quoted[0]!;
      const li = events(el).find((e) => title(e) === m.title.en)!;
      const notes = [...li.querySelectorAll('[part=claim-label] [part=note]')];
      const publishers = notes.map((a) => a.getAttribute('aria-label'));
      const expected = m.quotes!.flatMap((id) => quoteOf(id).sources);
      expect(publishers).to.have.length(new Set(expected).size);
      for (const id of expected) {
        const source = dataset.sources.find((s) => s.id === id)!;
        expect(publishers.some((label) => label!.endsWith(source.publisher))).to.be.true;
      }
    });

    it('never shows a quotation outside a blockquote: opinion is not stated as fact', async () => {
      const el = await timeline(html`<visit-timeline expanded="history"></visit-timeline>`);
      const outside = [...shadow(el).querySelectorAll('[part=title], [part=description]')]
        .map(text)
        .join(' ');
      for (const id of quoted.flatMap((m) => m.quotes!)) {
        expect(outside).not.to.contain(squeeze(quoteOf(id).text));
      }
    });

    it('shows a milestone whose description says "According to the article" as a claim', async () => {
      const target = dataset.milestones.find((m) =>
        m.description?.en.startsWith('According to the article'),
      );
      if (!target) return;
      const el = await provided(
        changed((v) => {
          const m = v.milestones.find((x) => x.id === target.id)!;
          delete m.quotes;
        }),
        html`<visit-timeline period="history"></visit-timeline>`,
      );
      const li = events(el).find((e) => title(e) === target.title.en)!;
      expect(read(li.querySelector('[part=claim-label]'))).to.equal('According to the article');
      expect(li.querySelector('blockquote')).to.equal(null);
    });

    it('shows no claim for a milestone that neither quotes nor cites the article', async () => {
      const plain: Milestone = {
        id: 'plain-milestone',
        date: '1990',
        title: { en: 'A plain milestone' },
        sources: [dataset.sources[0]!.id],
      };
      const el = await provided(
        changed((v) => v.milestones.unshift(plain)),
        html`<visit-timeline period="history"></visit-timeline>`,
      );
      const li = events(el).find((e) => title(e) === 'A plain milestone')!;
      expect(li.querySelector('[part=claim]')).to.equal(null);
    });

    it('shows a Russian reader the attested Russian original, marked ru, else the English', async () => {
      const el = await timeline(
        html`<visit-timeline lang="ru" expanded="history"></visit-timeline>`,
      );
      const quotes = parts(el, 'quote');
      expect(quotes.length).to.be.above(0);
      const shownIds = [...new Set(quoted.flatMap((m) => m.quotes!))];
      expect(quotes).to.have.length(shownIds.length);
      quotes.forEach((q, i) => {
        const quote = quoteOf(shownIds[i]!);
        const ru = quote.attested?.find((a) => a.language === 'ru');
        expect(q.getAttribute('lang'), quote.id).to.equal(ru ? 'ru' : 'en');
        expect(q.textContent!.trim(), quote.id).to.equal(ru ? ru.text : quote.text);
      });
      expect(text(part(el, 'language-note'))).to.equal(visitTimelineStrings.ru.quotedFromEnglish);
    });
  });

  describe('period', () => {
    it('history: the milestones before the visit, unfolded, the article named above them', async () => {
      const el = await timeline(html`<visit-timeline period="history"></visit-timeline>`);
      expect(text(shadow(el).querySelector('h3'))).to.equal(en.heading.history);
      expect(history(el)).to.equal(null);
      expect(events(el).map(title)).to.deep.equal(HISTORY.map((m) => m.title.en));
      expect(part(el, 'article')).to.exist;
      expect(parts(el, 'claim').length).to.be.above(0);
    });

    it('visit: what happened on the visit’s days', async () => {
      const el = await timeline(html`<visit-timeline period="visit"></visit-timeline>`);
      expect(text(shadow(el).querySelector('h3'))).to.equal(en.heading.visit);
      const inVisit = expectedDatetimes().filter((d) => {
        const start = d.split('/')[0]!;
        return start >= overview.start && start <= overview.end;
      });
      expect(datetimes(el)).to.deep.equal(inVisit);
      expect(events(el).filter((li) => li.classList.contains('signed'))).to.have.length(
        outcomes.filter((o) => o.signed >= overview.start && o.signed <= overview.end).length,
      );
    });

    it('treaty: each treaty from its signing to its entry into force', async () => {
      const el = await timeline(html`<visit-timeline period="treaty"></visit-timeline>`);
      expect(text(shadow(el).querySelector('h3'))).to.equal(en.heading.treaty);
      const expected = TREATIES.flatMap((o) => [
        o.signed,
        ...(o.ratification ?? []).map((s) => s.date),
        ...(o.inForce ? [o.inForce] : []),
      ]).sort();
      expect(datetimes(el)).to.deep.equal(expected);
      expect(events(el)[0]!.classList.contains('signed')).to.be.true;
      expect(title(events(el)[0]!)).to.equal(`Signed: ${TREATIES[0]!.title.en}`);
    });

    it('blank or whitespace means all, as absent', async () => {
      for (const value of ['', '  ']) {
        const el = await timeline(html`<visit-timeline period=${value}></visit-timeline>`);
        expect(events(el), JSON.stringify(value)).to.have.length(ALL);
        expect(part(el, 'notice')).to.equal(null);
      }
    });

    it('follows a change of period', async () => {
      const el = await timeline(html`<visit-timeline></visit-timeline>`);
      el.period = 'treaty';
      await el.updateComplete;
      expect(events(el).every((li) => !li.classList.contains('milestone'))).to.be.true;
      el.removeAttribute('period');
      await el.updateComplete;
      expect(events(el)).to.have.length(ALL);
    });
  });

  describe('languages', () => {
    const READERS: Locale[] = ['ru', 'ko', 'ko-KP'];

    for (const lang of READERS) {
      it(`speaks ${lang}: its own strings, the data's texts and Intl's dates`, async () => {
        const t = visitTimelineStrings[lang];
        const el = await timeline(
          html`<visit-timeline lang=${lang} expanded="history"></visit-timeline>`,
        );
        expect(text(shadow(el).querySelector('h3'))).to.equal(t.heading.all);
        expect(text(part(el, 'count'))).to.contain(String(ALL));
        const visit = events(el).find((li) => li.classList.contains('visit'))!;
        expect(title(visit)).to.equal(overview.title[lang]);
        for (const m of HISTORY) {
          const li = events(el).find((e) => title(e) === m.title[lang]);
          expect(li, `${m.id} in ${lang}`).to.exist;
          if (m.description) {
            expect(text(li!.querySelector('[part=description]'))).to.equal(
              squeeze(m.description[lang]!),
            );
          }
          if (!m.endDate) {
            expect(text(li!.querySelector('[part=date]'))).to.equal(squeeze(written(m.date, lang)));
          }
        }
        for (const label of parts(el, 'claim-label')) {
          expect(read(label)).to.equal(t.accordingToArticle);
        }
        const ratification = events(el).find((li) => li.classList.contains('ratification'))!;
        const step = outcomes.find((o) => o.ratification?.length)!.ratification![0]!;
        expect(title(ratification)).to.equal(`${step.body[lang]}: ${step.act[lang]}`);
        expect(text(part(el, 'sources-summary'))).to.match(/\(\d+\)$/);
      });
    }

    it('inherits lang from an ancestor', async () => {
      const wrapper = await fixture(html`<div lang="ru"><visit-timeline></visit-timeline></div>`);
      const el = wrapper.querySelector('visit-timeline')!;
      await el.updateComplete;
      expect(text(shadow(el).querySelector('h3'))).to.equal(visitTimelineStrings.ru.heading.all);
    });

    it('counts in Russian with the right forms', () => {
      const t = visitTimelineStrings.ru;
      const count = (value: number) => ({ value, text: String(value) });
      expect(t.history(count(1))).to.equal('История в статье: 1 событие');
      expect(t.history(count(3))).to.equal('История в статье: 3 события');
      expect(t.history(count(8))).to.equal('История в статье: 8 событий');
      expect(t.count(count(21), 'X').join('')).to.equal('21 событие, X');
    });

    it('signs in each orthography: 서명 in Seoul’s, 조인 in the DPRK’s', async () => {
      for (const [lang, word] of [
        ['ko', '서명'],
        ['ko-KP', '조인'],
      ] as const) {
        const el = await timeline(html`<visit-timeline lang=${lang}></visit-timeline>`);
        const signed = events(el).find((li) => li.classList.contains('signed'))!;
        expect(title(signed)).to.equal(`${outcomes[0]!.title[lang]} ${word}`);
      }
    });
  });

  describe('errors', () => {
    const noTreaty = changed((v) => {
      v.outcomes = v.outcomes.filter((o) => o.kind !== 'treaty');
    });
    const empty = changed((v) => {
      v.milestones = [];
      v.outcomes = [];
    });
    const cases: [string, TemplateResult, Record<string, string>][] = [
      [
        'a bad period',
        html`<visit-timeline period="future"></visit-timeline>`,
        { code: 'invalid-attribute', attribute: 'period', value: 'future' },
      ],
      [
        'a period with spaces around it',
        html`<visit-timeline period=" visit "></visit-timeline>`,
        { code: 'invalid-attribute', attribute: 'period', value: ' visit ' },
      ],
      [
        'an unknown section in expanded',
        html`<visit-timeline expanded="history, everything"></visit-timeline>`,
        { code: 'invalid-attribute', attribute: 'expanded', value: 'history, everything' },
      ],
      [
        'a bad heading-level',
        html`<visit-timeline heading-level="9"></visit-timeline>`,
        { code: 'invalid-attribute', attribute: 'heading-level', value: '9' },
      ],
      [
        'a bad theme',
        html`<visit-timeline theme="neon"></visit-timeline>`,
        { code: 'invalid-attribute', attribute: 'theme', value: 'neon' },
      ],
      [
        'a period with nothing in it',
        html`<visit-data .data=${noTreaty}
          ><visit-timeline period="treaty"></visit-timeline
        ></visit-data>`,
        { code: 'no-match', attribute: 'period', value: 'treaty' },
      ],
      [
        'a dataset with no milestones and no documents',
        html`<visit-data .data=${empty}><visit-timeline></visit-timeline></visit-data>`,
        { code: 'empty-dataset', attribute: 'dataset' },
      ],
    ];

    for (const [name, template, detail] of cases) {
      it(`shows a notice, fires visit-cards-error and warns once for ${name}`, async () => {
        const { el, heard, expectWarningsForEvents } = await withErrors(template);
        const mine = heard.filter((e) => e.target === el);
        expect(mine, 'one event').to.have.length(1);
        expect(mine[0]!.detail).to.include(detail);
        expect(mine[0]!.detail.message).to.be.a('string').and.not.equal('');
        const notice = part(el, 'notice')!;
        expect(notice).not.to.equal(null);
        if (detail.value) expect(text(notice)).to.contain(detail.value.trim());
        expect(shadow(el).querySelector('article')).to.equal(null);
        for (const theme of ['light', 'dark']) {
          el.setAttribute('theme', theme);
          await el.updateComplete;
          if (detail.attribute !== 'theme') await expect(el).to.be.accessible();
        }
        el.removeAttribute('theme');
        await el.updateComplete;
        expectWarningsForEvents();
      });
    }

    it('shows a notice for an empty dataset from the provider', async () => {
      const { el, heard, expectWarningsForEvents } = await withErrors(
        html`<visit-data .data=${{}}><visit-timeline></visit-timeline></visit-data>`,
      );
      const codes = heard.filter((e) => e.target === el).map((e) => e.detail.code);
      expect(codes).to.have.length(1);
      expect(text(part(el, 'notice'))).not.to.equal('');
      await expect(el).to.be.accessible();
      expectWarningsForEvents();
    });

    it('localizes the notice', async () => {
      const { el, expectWarningsForEvents } = await withErrors(
        html`<visit-timeline lang="ko-KP" period="future"></visit-timeline>`,
      );
      expect(text(part(el, 'notice'))).to.contain('이 카드를 표시할수 없습니다');
      expectWarningsForEvents();
    });

    it('fires again when a later change breaks it, and recovers', async () => {
      const warnings = captureWarnings();
      const el = await timeline(html`<visit-timeline></visit-timeline>`);
      setTimeout(() => el.setAttribute('period', 'all'));
      const event = (await oneEvent(el, 'visit-cards-error')) as VisitCardsErrorEvent;
      expect(event.detail).to.include({ code: 'invalid-attribute', attribute: 'period' });
      el.setAttribute('period', 'visit');
      await el.updateComplete;
      expect(part(el, 'notice')).to.equal(null);
      expect(warnings.take()).to.deep.equal([
        '<visit-timeline>: period="all" is not one of: history, visit, treaty.',
      ]);
    });
  });

  describe('provider and lifecycle', () => {
    it('shows the dataset a <visit-data> provider supplies', async () => {
      const other = changed((v) => {
        v.milestones = v.milestones.slice(0, 2);
        v.outcomes = v.outcomes.slice(0, 1);
      });
      const el = await provided(other);
      expect(datetimes(el)).to.deep.equal(expectedDatetimes(other));
      expect(events(el).filter((li) => li.classList.contains('milestone'))).to.have.length(2);
    });

    it('exposes every documented part', async () => {
      const el = await timeline(html`<visit-timeline expanded="history"></visit-timeline>`);
      for (const name of [
        'card',
        'header',
        'heading',
        'count',
        'entries',
        'entry',
        'date',
        'body',
        'title',
        'description',
        'claim',
        'claim-label',
        'quote',
        'article',
        'article-citation',
        'author',
        'article-title',
        'history',
        'history-summary',
        'notes',
        'note',
        'sources',
        'sources-summary',
        'sources-list',
        'source',
      ]) {
        expect(part(el, name), name).not.to.equal(null);
      }
      const ru = await timeline(html`<visit-timeline lang="ru" period="history"></visit-timeline>`);
      expect(part(ru, 'language-note')).not.to.equal(null);
      // A passage quoted for two milestones is pointed to the second time.
      const ids = dataset.milestones.flatMap((m) => m.quotes ?? []);
      if (new Set(ids).size < ids.length) expect(part(el, 'quoted-above')).not.to.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const period of ['', 'history', 'visit', 'treaty']) {
      for (const theme of ['light', 'dark']) {
        it(`has no axe violations: period="${period}" theme=${theme}, folded and open`, async () => {
          const el = await timeline(
            html`<visit-timeline period=${period} theme=${theme}></visit-timeline>`,
          );
          await expect(el).to.be.accessible();
          el.expanded = 'history,sources';
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
      }
    }

    for (const lang of LOCALES) {
      it(`has no axe violations in lang=${lang}, light and dark, folded and open`, async () => {
        for (const theme of ['light', 'dark']) {
          for (const expanded of ['', 'history,sources']) {
            const el = await timeline(
              html`<visit-timeline
                lang=${lang}
                theme=${theme}
                expanded=${expanded}
              ></visit-timeline>`,
            );
            await expect(el).to.be.accessible();
          }
        }
      });
    }

    it('has no axe violations at 280px and 900px', async () => {
      for (const width of [280, 900]) {
        const wrapper = await fixture(html`
          <div style="width: ${width}px">
            <visit-timeline expanded="history"></visit-timeline>
          </div>
        `);
        await expect(wrapper).to.be.accessible();
      }
    });

    it('puts the dates in a column of their own from 480px, above each event below it', async () => {
      for (const [width, columns] of [
        [320, false],
        [640, true],
      ] as const) {
        const wrapper = await fixture(
          html`<div style="width: ${width}px"><visit-timeline></visit-timeline></div>`,
        );
        const el = wrapper.querySelector<VisitTimeline>('visit-timeline')!;
        await el.updateComplete;
        const li = events(el).find((e) => e.classList.contains('visit'))!;
        const date = li.querySelector('[part=date]')!.getBoundingClientRect();
        const body = li.querySelector('[part=body]')!.getBoundingClientRect();
        if (columns) {
          expect(date.right, `${width}px`).to.be.at.most(body.left);
          expect(Math.abs(date.top - body.top), `${width}px`).to.be.below(8);
        } else {
          expect(date.bottom, `${width}px`).to.be.at.most(body.top + 1);
        }
      }
    });
  });

  // Embed-sized, like every card: in a plain page, in Chromium.
  describe('height budget', () => {
    const BUDGETS: [width: number, max: number][] = [
      [640, 720],
      [320, 1100],
    ];
    for (const lang of ['en', 'ru', 'ko-KP']) {
      for (const [width, max] of BUDGETS) {
        it(`lang=${lang} is at most ${max}px tall in a ${width}px column`, async () => {
          const wrapper = await fixture<HTMLDivElement>(
            html`<div style="width: ${width}px">
              <visit-timeline lang=${lang}></visit-timeline>
            </div>`,
          );
          const el = wrapper.querySelector<VisitTimeline>('visit-timeline')!;
          await el.updateComplete;
          await nextFrame();
          const height = el.getBoundingClientRect().height;
          expect(height, `${Math.round(height)}px`).to.be.at.most(max);
          // Within budget by folding, not by dropping: every event is in the DOM.
          expect(events(el)).to.have.length(ALL);
        });
      }
    }
  });
});
