import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { dataset, type Visit } from '../../src/data/index.js';
import '../../src/define/visit-data.js';
import '../../src/define/visit-card.js';
import type { VisitCard } from '../../src/elements/visit-card/visit-card.js';
import type { VisitCardsErrorEvent } from '../../src/internal/error-event.js';
import { captureWarnings } from '../helpers/console.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
/** Text as a reader gets it; Intl's thin spaces around range dashes vary by engine. */
const squeeze = (value: string) =>
  value
    .replace(/\s+/g, ' ')
    .replace(/ ?– ?/g, '–')
    .replace(/\u00a0/g, ' ')
    .trim();
const text = (node: Element | null | undefined) => squeeze(node?.textContent ?? '');
/** The text without its footnote markers. */
const read = (node: Element | null | undefined) => {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[part~=notes]').forEach((notes) => notes.remove());
  return text(copy);
};
/** The one console warning a card gives for variant="huge". */
const HUGE = '<visit-card>: variant="huge" is not one of: full, compact.';
const SECTIONS = ['programme', 'outcomes', 'sources'];
const { overview } = dataset;
const headline = overview.headline ?? overview.title;

async function card(markup: ReturnType<typeof html>): Promise<VisitCard> {
  const el = await fixture<VisitCard>(markup);
  await el.updateComplete;
  return el;
}

/** The card's disclosures by name. */
function disclosure(el: Element, name: string): HTMLDetailsElement {
  return $(el, `details[data-disclosure=${name}]`) as HTMLDetailsElement;
}

/** The open state of each disclosure, by name. */
const openState = (el: Element) => SECTIONS.map((name) => disclosure(el, name).open);

/** A copy of the dataset, changed by `change`, shown through a provider. */
async function cardWith(change: (visit: Visit) => void, markup = html`<visit-card></visit-card>`) {
  const other = structuredClone(dataset);
  change(other);
  const provider = await fixture(html`<visit-data .data=${other}>${markup}</visit-data>`);
  const el = provider.querySelector('visit-card')!;
  await el.updateComplete;
  return el;
}

/** The source ids of everything a card shows, in any order. */
function citedIds(compact: boolean): Set<string> {
  const ids: (readonly string[] | undefined)[] = [overview.sources];
  if (!compact) {
    ids.push(overview.arrival.sources, overview.previousVisit?.sources);
    ids.push(overview.residence?.sources, overview.departure?.sources, overview.nextStop?.sources);
    ids.push(...dataset.programme.map((item) => item.sources));
    ids.push(...dataset.outcomes.flatMap((o) => (o.ratification ?? []).map((s) => s.sources)));
  }
  ids.push(...dataset.outcomes.map((o) => o.sources));
  const known = new Set(dataset.sources.map((s) => s.id));
  return new Set(ids.flatMap((list) => list ?? []).filter((id) => known.has(id)));
}

describe('<visit-card>', () => {
  describe('the news first', () => {
    it('heads the card with the headline, the visit’s title above it', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      const heading = $(el, 'h3')!;
      expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(text(heading)).to.equal(headline.en);
      expect(text($(el, '[part=eyebrow]'))).to.equal(overview.title.en);
    });

    it('falls back to the title, with nothing above it, for a dataset without a headline', async () => {
      const el = await cardWith((visit) => delete visit.overview.headline);
      expect(text($(el, 'h3'))).to.equal(overview.title.en);
      expect($(el, '[part=eyebrow]')).to.equal(null);
    });

    it('gives who, where and when, the arrival and the previous visit as a description list', async () => {
      const el = await card(html`<visit-card lang="en-GB"></visit-card>`);
      const facts = $$(el, 'dl[part=facts] > div').map((div) => [
        text(div.querySelector('dt')),
        read(div.querySelector('dd')),
      ]);
      expect(facts).to.deep.equal([
        ['Guest', 'Vladimir Putin, President of Russia'],
        ['Host', 'Kim Jong Un'],
        ['Where', 'Pyongyang'],
        ['When', '18–19 June 2024'],
        ['Arrival', '19 June 2024, 02:22 (UTC+9, Pyongyang time) · Pyongyang Sunan airport'],
        ['Previous visit', '19–20 July 2000, 24 years earlier'],
      ]);
      expect($(el, 'dd time[datetime="2024-06-18"]')).to.exist;
    });

    it('shows the arrival in Pyongyang time whatever the reader’s zone, the date and time in <time>', async () => {
      const el = await card(html`<visit-card lang="en-GB"></visit-card>`);
      // 02:22 at UTC+9 is 17:22 UTC the day before: the card must not show the reader's clock.
      expect(text($(el, 'dd time[datetime="2024-06-19T02:22+09:00"]'))).to.equal(
        '19 June 2024, 02:22',
      );
    });

    it('computes how long before the previous visit was from the data', async () => {
      const el = await cardWith((visit) => {
        visit.overview.previousVisit!.start = '2014-05-01';
        visit.overview.previousVisit!.end = '2014-05-02';
      });
      expect(read($(el, '[part~=previous-visit] dd'))).to.match(/, 10 years earlier$/);
      const one = await cardWith((visit) => {
        visit.overview.previousVisit!.start = '2023-05-01';
        visit.overview.previousVisit!.end = '2023-05-02';
      });
      expect(read($(one, '[part~=previous-visit] dd'))).to.match(/, 1 year earlier$/);
    });

    it('gives one line per document: its title and the step it has reached', async () => {
      const el = await card(html`<visit-card lang="en-GB"></visit-card>`);
      const lines = $$(el, 'ul[part=outcomes] > li[part=outcome]');
      expect(lines.length).to.equal(dataset.outcomes.length);
      expect(read($(el, 'li.outcome.treaty'))).to.equal(
        `${dataset.outcomes.find((o) => o.kind === 'treaty')!.title.en} — In force: 4 December 2024`,
      );
      for (const line of $$(el, 'li.outcome.agreement')) {
        expect(read(line.querySelector('[part=outcome-status]'))).to.equal(
          '— Signed: 19 June 2024',
        );
      }
    });

    it('keeps a date on one line and balances its headings', async () => {
      const el = await card(html`<visit-card expanded="programme,outcomes,sources"></visit-card>`);
      for (const time of $$(el, 'time')) {
        expect(getComputedStyle(time).whiteSpace, text(time)).to.equal('nowrap');
      }
      const wrap = (node: Element) => getComputedStyle(node).getPropertyValue('text-wrap-style');
      expect(wrap($(el, '[part=heading]')!)).to.equal('balance');
      expect(wrap($(el, '[part=section-heading]')!)).to.equal('balance');
      // `pretty` is an enhancement: where an engine lacks it, lines break as usual.
      if (CSS.supports('text-wrap', 'pretty')) {
        expect(wrap($(el, '[part=outcome]')!)).to.equal('pretty');
      }
    });
  });

  describe('details on demand', () => {
    it('keeps programme, ratification and sources closed, and in the DOM', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      expect(openState(el)).to.deep.equal([false, false, false]);
      expect(el.hasAttribute('expanded')).to.equal(false);
      expect($$(el, '[part=programme-item]').length).to.equal(dataset.programme.length);
      const steps = dataset.outcomes.flatMap((o) => o.ratification ?? []);
      expect($$(el, '[part~=ratification-step]').length).to.equal(steps.length);
      expect($$(el, '[part=source]').length).to.equal(citedIds(false).size);
    });

    it('opens and closes a section by click, and says so in `expanded`', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      const summary = $(el, '[part=programme-summary]') as HTMLElement;
      summary.click();
      await waitUntil(() => el.getAttribute('expanded') === 'programme');
      expect(openState(el)).to.deep.equal([true, false, false]);
      ($(el, '[part=sources-summary]') as HTMLElement).click();
      await waitUntil(() => el.getAttribute('expanded') === 'programme,sources');
      summary.click();
      await waitUntil(() => el.getAttribute('expanded') === 'sources');
      expect(openState(el)).to.deep.equal([false, false, true]);
    });

    it('opens and closes a section with the keyboard', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      const summary = $(el, '[part=outcome-details-summary]') as HTMLElement;
      summary.focus();
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.getAttribute('expanded') === 'outcomes');
      expect(disclosure(el, 'outcomes').open).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !el.hasAttribute('expanded'));
      expect(disclosure(el, 'outcomes').open).to.equal(false);
    });

    it('opens the sections `expanded` names, and follows it when it changes', async () => {
      const el = await card(html`<visit-card expanded="sources, programme"></visit-card>`);
      expect(openState(el)).to.deep.equal([true, false, true]);
      el.setAttribute('expanded', 'outcomes');
      await elementUpdated(el);
      expect(openState(el)).to.deep.equal([false, true, false]);
      el.removeAttribute('expanded');
      await elementUpdated(el);
      expect(openState(el)).to.deep.equal([false, false, false]);
    });

    it('variant="full" opens everything, each section under its heading', async () => {
      const el = await card(html`<visit-card variant="full"></visit-card>`);
      expect($$(el, 'details')).to.deep.equal([]);
      const sections = $$(el, '[data-disclosure]');
      expect(sections.map((s) => s.getAttribute('data-disclosure'))).to.have.members(SECTIONS);
      expect($$(el, '[part=section-heading]').map(text)).to.deep.equal([
        'Outcomes',
        'Ratification and signatories',
        'Programme',
        `Sources (${citedIds(false).size})`,
      ]);
      for (const item of $$(el, '[part=programme-item], [part=source]')) {
        expect((item as HTMLElement).offsetHeight, text(item)).to.be.above(0);
      }
    });

    it('variant="compact" gives the headline, who and when, one line per document and the sources', async () => {
      const el = await card(html`<visit-card variant="compact"></visit-card>`);
      expect($(el, '[part=eyebrow]')).to.equal(null);
      expect($$(el, 'dl[part=facts] dt').map(text)).to.deep.equal(['Guest', 'Host', 'When']);
      expect($$(el, '[part=outcome]').length).to.equal(dataset.outcomes.length);
      expect($$(el, 'details').map((d) => d.getAttribute('data-disclosure'))).to.deep.equal([
        'sources',
      ]);
      expect($(el, '[part~=programme-list]')).to.equal(null);
      expect($$(el, '[part=source]').length).to.equal(citedIds(true).size);
    });

    it('opens every section to print, and restores them after', async () => {
      const el = await card(html`<visit-card expanded="outcomes"></visit-card>`);
      window.dispatchEvent(new Event('beforeprint'));
      expect(openState(el)).to.deep.equal([true, true, true]);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(el.getAttribute('expanded')).to.equal('outcomes');
      window.dispatchEvent(new Event('afterprint'));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(openState(el)).to.deep.equal([false, true, false]);
      expect(el.getAttribute('expanded')).to.equal('outcomes');
    });

    it('re-renders when the variant changes later', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      expect($(el, '[part~=programme-list]')).to.exist;
      el.setAttribute('variant', 'compact');
      await elementUpdated(el);
      expect($(el, '[part~=programme-list]')).to.not.exist;
    });
  });

  describe('the programme', () => {
    it('lists every item in order, with its local time only where one was published', async () => {
      const el = await card(html`<visit-card lang="en-GB"></visit-card>`);
      const items = $$(el, 'ol[part=programme-list] > li');
      expect(items.map((item) => read(item.querySelector('[part=programme-title]')))).to.deep.equal(
        dataset.programme.map((item) => item.title.en),
      );
      expect(read(items[0])).to.match(/^02:22 UTC\+9 Arrival at Pyongyang Sunan airport$/);
      expect(read(items[1])).to.match(/^about 12:00 UTC\+9 Official welcome ceremony · /);
      // No empty time column where none was published.
      expect($$(el, '[part~=programme-when]').length).to.equal(
        dataset.programme.filter((item) => item.start).length,
      );
    });

    it('writes no place twice', async () => {
      for (const lang of ['en', 'ru', 'ko', 'ko-KP']) {
        const el = await card(html`<visit-card lang=${lang} variant="full"></visit-card>`);
        const items = $$(el, '[part=programme-item]');
        // "Arrival at Pyongyang Sunan airport" (평양 순안공항 도착) names its place in every
        // language, in a form of its own in Korean (순안국제공항).
        expect(items[0]!.querySelector('[part=programme-place]'), lang).to.equal(null);
        for (const item of items) {
          const title = read(item.querySelector('[part=programme-title]'));
          const where = read(item.querySelector('[part=programme-place]')).replace(/^· /, '');
          if (where) expect(title, lang).to.not.contain(where);
        }
        // The city goes without saying where the name says it, or it is the visit's own:
        // not "Pyongyang Sunan airport, Pyongyang".
        const arrival = read($(el, 'dl[part=facts] > div:nth-child(5) dd'));
        const airport = overview.arrival.place.name;
        expect(arrival, lang).to.match(new RegExp(`· ${airport[lang as 'en'] ?? airport.en}$`));
      }
    });

    it('names the residence, the departure and the next stop', async () => {
      const el = await card(html`<visit-card lang="en-GB"></visit-card>`);
      const facts = $$(el, 'dl[part=itinerary] > div').map((div) => [
        text(div.querySelector('dt')),
        read(div.querySelector('dd')),
      ]);
      expect(facts).to.deep.equal([
        ['Residence', 'Kumsusan State Guest House'],
        ['Departure', '19 June 2024 (reported; not officially confirmed)'],
        ['Next stop', 'State visit to Vietnam, Hanoi, 19–20 June 2024'],
      ]);
    });
  });

  describe('the documents', () => {
    it('gives the treaty’s signing, articles, predecessor and each ratification step', async () => {
      const el = await card(html`<visit-card lang="en-GB"></visit-card>`);
      const treaty = dataset.outcomes.find((o) => o.kind === 'treaty')!;
      const detail = $$(el, '[part=outcome-detail]')[0]!;
      expect(read(detail.querySelector('[part=outcome-detail-title]'))).to.equal(treaty.title.en);
      const steps = [...detail.querySelectorAll('[part~=step]')].map(read);
      expect(steps.slice(0, 3)).to.deep.equal([
        'Signed: 19 June 2024',
        '23 articles',
        'Replaces: the treaty of 9 February 2000',
      ]);
      expect(steps.slice(3)).to.deep.equal(
        treaty.ratification!.map((s) => {
          const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
          const party = { RU: 'Russia', KP: 'DPRK' }[s.party];
          const body = s.body.en.includes(party) ? s.body.en : `${party}, ${s.body.en}`;
          return `${day.format(new Date(s.date))} — ${body}: ${s.act.en}`;
        }),
      );
    });

    it('names who signed each agreement for the visiting side', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      const details = $$(el, '[part=outcome-detail]').slice(1).map(read);
      expect(details[0]).to.contain('Signed for the visiting side by: Roman Starovoyt');
    });
  });

  describe('sources', () => {
    it('numbers each source the card cites once, in the order first cited', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      const entries = $$(el, 'ol[part=sources-list] > li[part=source]');
      expect(entries.length).to.equal(citedIds(false).size);
      const publishers = entries.map((entry) => text(entry.firstElementChild));
      // Who, where and when come first: their sources are the first entries.
      const first = overview.sources.map((id) => dataset.sources.find((s) => s.id === id)!);
      expect(publishers.slice(0, first.length)).to.deep.equal(first.map((s) => s.publisher));
    });

    it('writes publisher, title and date in one style', async () => {
      const el = await card(html`<visit-card lang="en-GB" expanded="sources"></visit-card>`);
      for (const entry of $$(el, '[part=source]')) {
        // Publisher, title where known, date where known, each in its own element.
        const shown = [
          text(entry.firstElementChild),
          entry.querySelector('cite')?.textContent,
          entry.querySelector('time')?.getAttribute('datetime'),
        ];
        const source = dataset.sources.find(
          (s) => JSON.stringify([s.publisher, s.title, s.date]) === JSON.stringify(shown),
        );
        expect(source, text(entry)).to.exist;
        const date = text(entry.querySelector('time'));
        const expected = [source!.publisher, source!.title, date].filter(Boolean).join(', ');
        expect(text(entry)).to.equal(squeeze(expected));
      }
    });

    it('links a publisher only where a URL is known', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      const links = $$(el, '[part=source] a') as HTMLAnchorElement[];
      const known = new Set(dataset.sources.filter((s) => s.url).map((s) => s.url));
      for (const link of links) expect(known.has(link.getAttribute('href')!)).to.equal(true);
      expect(links.length).to.be.at.most($$(el, '[part=source]').length);
    });

    it('marks every fact with links to its entries, named for a screen reader', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      const entries = new Set($$(el, '[part=source]').map((entry) => entry.id));
      const markers = $$(el, 'a[part=note]') as HTMLAnchorElement[];
      expect(markers.length).to.be.above(dataset.programme.length);
      for (const marker of markers) {
        expect(entries.has(marker.getAttribute('href')!.slice(1))).to.equal(true);
        expect(marker.getAttribute('aria-label')).to.match(/^Source \d+: .+/);
      }
      const marked = [
        ...$$(el, 'dl[part=facts] > div:nth-child(n+4) dd'),
        ...$$(el, '[part=outcome], [part~=ratification-step], [part=programme-item]'),
        ...$$(el, 'dl[part=itinerary] dd'),
      ];
      for (const fact of marked) expect(fact.querySelector('a[part=note]'), text(fact)).to.exist;
    });

    it('opens the sources and focuses the entry when the reader follows a marker', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      const marker = $(el, '[part=outcome] a[part=note]') as HTMLAnchorElement;
      const entry = $(el, marker.getAttribute('href')!)!;
      marker.click();
      await waitUntil(() => el.shadowRoot!.activeElement === entry, 'the entry has focus');
      expect(disclosure(el, 'sources').open).to.equal(true);
      expect(el.getAttribute('expanded')).to.equal('sources');
      expect(location.hash).to.equal('');
    });

    it('opens the sources with the keyboard, and tabs to their links', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      const summary = $(el, '[part=sources-summary]') as HTMLElement;
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(disclosure(el, 'sources').open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.closest('[part=source]')).to.exist;
    });
  });

  describe('heading-level', () => {
    it('sets the heading level, and section headings one below', async () => {
      const el = await card(html`<visit-card heading-level="2"></visit-card>`);
      expect($(el, 'h2[part=heading]')).to.exist;
      expect($$(el, 'h3[part=section-heading]').length).to.equal(1);
      const full = await card(html`<visit-card heading-level="2" variant="full"></visit-card>`);
      expect($$(full, 'h3[part=section-heading]').length).to.equal(4);
    });

    it('caps section headings at h6', async () => {
      const el = await card(html`<visit-card heading-level="6" variant="full"></visit-card>`);
      expect($$(el, 'h6').length).to.equal(5);
    });
  });

  describe('lang', () => {
    it('speaks Russian, the data’s text included', async () => {
      const el = await card(html`<visit-card lang="ru"></visit-card>`);
      expect(text($(el, 'h3'))).to.equal(headline.ru);
      expect(text($(el, '[part=eyebrow]'))).to.equal(overview.title.ru);
      expect(read($(el, '[part~=previous-visit] dd'))).to.match(/, 24 годами ранее$/);
      expect(text($(el, '[part=programme-title]'))).to.equal(dataset.programme[0]!.title.ru);
      // Nothing outside the sources list is left in English.
      const english = $$(el, '[lang=en]').filter((e) => !e.closest('[part~=sources]'));
      expect(english.map((e) => e.textContent)).to.deep.equal([]);
      expect(text($(el, 'dd time[datetime="2024-06-18"]'))).to.match(/18.+19 июня 2024/);
    });

    it('uses South Korean spellings for ko and the DPRK’s for ko-KP', async () => {
      const ko = await card(html`<visit-card lang="ko"></visit-card>`);
      expect(text($(ko, 'dl'))).to.contain('블라디미르 푸틴');
      const kp = await card(html`<visit-card lang="ko-KP"></visit-card>`);
      expect(text($(kp, 'dl'))).to.contain('울라지미르 뿌찐');
      expect(text($(kp, 'dl'))).to.not.contain('블라디미르');
    });

    it('says the time and the documents the Russian way', async () => {
      const el = await card(html`<visit-card lang="ru"></visit-card>`);
      const arrival = read($$(el, 'dl[part=facts] dd')[4]);
      expect(arrival).to.contain('02:22 (UTC+9, по времени Пхеньяна)');
      const lines = $$(el, '[part=outcome-status]').map(read);
      // Договор (masculine) «вступил в силу»; соглашение (neuter) «подписано».
      expect(lines[0]).to.match(/^— Вступил в силу: /);
      expect(lines[1]).to.match(/^— Подписано: /);
      const details = $$(el, '[part=outcome-detail]').map(read);
      expect(details[0]).to.contain('Подписан: 19 июня 2024 г.');
      expect(details[1]).to.contain('Подписал с российской стороны: Роман Старовойт');
      expect(text($(el, '[part~=next-stop] dt'))).to.equal('Следующий пункт визита');
    });

    it('writes the DPRK’s spacing and terms for ko-KP, and Seoul’s for ko', async () => {
      const ko = await card(html`<visit-card lang="ko"></visit-card>`);
      expect(read($(ko, '[part~=previous-visit] dd'))).to.match(/24년 전$/);
      expect(read($$(ko, 'dl[part=facts] dd')[4])).to.contain('02:22(UTC+9, 평양 시간)');
      const kp = await card(html`<visit-card lang="ko-KP"></visit-card>`);
      expect(read($(kp, '[part~=previous-visit] dd'))).to.match(/24년전$/);
      expect(read($$(kp, 'dl[part=facts] dd')[4])).to.contain('02:22(UTC+9, 평양시간)');
    });

    it('inherits lang from the nearest ancestor, and follows it when it changes', async () => {
      const wrapper = await fixture(html`<div lang="ru"><visit-card></visit-card></div>`);
      const el = wrapper.querySelector('visit-card')!;
      await el.updateComplete;
      expect(text($(el, 'h3'))).to.equal(headline.ru);
      wrapper.setAttribute('lang', 'ko');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(text($(el, 'h3'))).to.equal(headline.ko);
    });

    it('breaks Korean between words, not inside one, and still fits 280 px', async () => {
      for (const lang of ['ko', 'ko-KP']) {
        const wrapper = await fixture(
          html`<div lang=${lang} style="width:280px">
            <visit-card variant="full"></visit-card>
          </div>`,
        );
        const el = wrapper.querySelector('visit-card')!;
        await el.updateComplete;
        const box = $(el, '[part=card]')!;
        expect(getComputedStyle(box).wordBreak, lang).to.equal('keep-all');
        expect(box.scrollWidth, lang).to.be.at.most(box.clientWidth);
        expect(el.getBoundingClientRect().width, lang).to.be.at.most(280);
      }
      const en = await card(html`<visit-card lang="en"></visit-card>`);
      expect(getComputedStyle($(en, '[part=card]')!).wordBreak).to.equal('normal');
    });

    it('writes every date in one style, the replaced treaty’s included', async () => {
      const cases: [lang: string, inForce: string, signed: string, replaced: string][] = [
        [
          'en-US',
          '— In force: December 4, 2024',
          'Signed: June 19, 2024',
          'Replaces: the treaty of February 9, 2000',
        ],
        [
          'en-GB',
          '— In force: 4 December 2024',
          'Signed: 19 June 2024',
          'Replaces: the treaty of 9 February 2000',
        ],
        [
          'ru',
          '— Вступил в силу: 4 декабря 2024 г.',
          'Подписан: 19 июня 2024 г.',
          'Заменяет: договор от 9 февраля 2000 г.',
        ],
        ['ko', '— 발효: 2024년 12월 4일', '서명: 2024년 6월 19일', '대체: 2000년 2월 9일 조약'],
      ];
      for (const [lang, inForce, signed, replaced] of cases) {
        const el = await card(html`<visit-card lang=${lang}></visit-card>`);
        expect(read($(el, 'li.outcome.treaty [part=outcome-status]')), lang).to.equal(inForce);
        const steps = $$(el, '[part=outcome-detail]:first-child [part~=step]').map(read);
        expect(steps, lang).to.include.members([signed, replaced]);
      }
    });

    it('falls back to English for a language it does not speak, or a malformed tag', async () => {
      const fr = await card(html`<visit-card lang="fr"></visit-card>`);
      expect(text($(fr, 'h3'))).to.equal(headline.en);
      const bad = await card(html`<visit-card lang="!!"></visit-card>`);
      expect(text($(bad, 'h3'))).to.equal(headline.en);
    });
  });

  describe('theme', () => {
    it('reflects theme and sets the colour scheme', async () => {
      const el = await card(html`<visit-card theme="dark"></visit-card>`);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      el.theme = 'light';
      await elementUpdated(el);
      expect(el.getAttribute('theme')).to.equal('light');
      expect(getComputedStyle(el).colorScheme).to.equal('light');
    });

    it('takes design tokens from the page', async () => {
      const el = await card(
        html`<visit-card theme="light" style="--visit-card-accent: rgb(1, 2, 3)"></visit-card>`,
      );
      expect(getComputedStyle($(el, '.eyebrow')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '.section-heading')!).color).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('media', () => {
    // Media emulation needs the DevTools protocol: Chromium has it, Firefox and WebKit do not.
    // Asked first: where emulateMedia fails, the runner prints its stack trace in the report.
    before(async function () {
      if (!(await executeServerCommand('media-emulation'))) this.skip();
      await emulateMedia({ colorScheme: 'light' });
    });
    afterEach(() => emulateMedia({ colorScheme: 'light', media: 'screen' }));

    it('theme="auto" follows prefers-color-scheme; an explicit theme does not', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const auto = await card(html`<visit-card></visit-card>`);
      const light = await card(html`<visit-card theme="light"></visit-card>`);
      expect(getComputedStyle($(auto, 'article')!).backgroundColor).to.equal('rgb(22, 25, 30)');
      expect(getComputedStyle($(light, 'article')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('uses the system colours in forced-colors mode, whatever the theme', async function () {
      if (!(await executeServerCommand('forced-colors', { active: true }))) this.skip();
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const el = await card(html`<visit-card theme="dark"></visit-card>`);
        // The browser forces colours itself; what is ours is that every token maps to a
        // system colour, so accents and focus rings keep their meaning.
        const style = getComputedStyle(el);
        const token = (name: string) => style.getPropertyValue(name).trim();
        expect([
          token('--_text'),
          token('--_bg'),
          token('--_accent'),
          token('--_focus'),
        ]).to.deep.equal(['CanvasText', 'Canvas', 'Highlight', 'Highlight']);
      } finally {
        await executeServerCommand('forced-colors', { active: false });
      }
    });

    it('prints in black on white, with link addresses written out', async () => {
      await emulateMedia({ media: 'print' });
      const el = await card(html`<visit-card theme="dark"></visit-card>`);
      expect(getComputedStyle($(el, 'article')!).color).to.equal('rgb(0, 0, 0)');
      const link = $(el, '[part=source] a')!;
      expect(getComputedStyle(link, '::after').content).to.contain('http');
    });
  });

  describe('accessibility (axe)', () => {
    for (const variant of ['', 'full', 'compact']) {
      for (const theme of ['light', 'dark']) {
        for (const lang of ['en', 'ru', 'ko', 'ko-KP']) {
          it(`has no violations: ${variant || 'default'}, ${theme}, ${lang}`, async () => {
            const el = await card(
              html`<visit-card variant=${variant} theme=${theme} lang=${lang}></visit-card>`,
            );
            await expect(el).to.be.accessible();
          });
        }
      }
    }
    for (const theme of ['light', 'dark']) {
      it(`has no violations with every section open: ${theme}`, async () => {
        const el = await card(
          html`<visit-card theme=${theme} expanded="programme,outcomes,sources"></visit-card>`,
        );
        await expect(el).to.be.accessible();
      });
    }
    it('has no violations with two cards on one page (no repeated landmark names or ids)', async () => {
      const wrapper = await fixture(
        html`<main>
          <visit-card expanded="sources"></visit-card>
          <visit-card variant="compact" expanded="sources"></visit-card>
        </main>`,
      );
      await wrapper.querySelector('visit-card')!.updateComplete;
      await expect(wrapper).to.be.accessible();
    });

    it('has no violations in an error state', async () => {
      const warnings = captureWarnings();
      const el = await card(html`<visit-card variant="huge"></visit-card>`);
      await expect(el).to.be.accessible();
      expect(warnings.take()).to.deep.equal([HUGE]);
    });
  });

  describe('bad input', () => {
    const cases: [string, string, string][] = [
      ['variant', 'huge', 'The value “huge” is not valid for variant.'],
      ['expanded', 'programme,maps', 'The value “programme,maps” is not valid for expanded.'],
      ['heading-level', '9', 'The value “9” is not valid for heading-level.'],
      ['theme', 'neon', 'The value “neon” is not valid for theme.'],
    ];
    for (const [attribute, value, notice] of cases) {
      it(`${attribute}="${value}" shows a notice, fires visit-cards-error and warns once`, async () => {
        const warnings = captureWarnings();
        const el = await card(html`<visit-card></visit-card>`);
        setTimeout(() => el.setAttribute(attribute, value));
        const event = (await oneEvent(el, 'visit-cards-error')) as VisitCardsErrorEvent;
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.detail).to.include({ code: 'invalid-attribute', attribute, value });
        expect(text($(el, '[part=notice-text]'))).to.equal(notice);
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.take()).to.deep.equal([`<visit-card>: ${event.detail.message}`]);
        expect(event.detail.message).to.contain(attribute);
      });
    }

    it('names the section it does not know', async () => {
      const warnings = captureWarnings();
      await card(html`<visit-card expanded="maps"></visit-card>`);
      expect(warnings.take()).to.deep.equal([
        '<visit-card>: expanded="maps": "maps" is not one of: programme, outcomes, sources.',
      ]);
    });

    it('localizes the notice', async () => {
      const warnings = captureWarnings();
      const el = await card(html`<visit-card lang="ru" variant="huge"></visit-card>`);
      expect(text($(el, '[part=notice-text]'))).to.equal(
        'Значение «huge» недопустимо для variant.',
      );
      // The console speaks to the page's developer, in English.
      expect(warnings.take()).to.deep.equal([HUGE]);
    });

    it('treats a removed attribute as its default, not as bad input', async () => {
      const el = await card(
        html`<visit-card
          variant="compact"
          theme="dark"
          heading-level="2"
          expanded="sources"
        ></visit-card>`,
      );
      for (const attribute of ['variant', 'theme', 'heading-level', 'expanded']) {
        el.removeAttribute(attribute);
      }
      await elementUpdated(el);
      expect($(el, '[part=notice]')).to.not.exist;
      expect($(el, 'h3[part=heading]')).to.exist;
      expect($(el, '[part~=programme-list]')).to.exist;
      expect(openState(el)).to.deep.equal([false, false, false]);
    });

    it('recovers when the attribute is fixed', async () => {
      const warnings = captureWarnings();
      const el = await card(html`<visit-card variant="huge"></visit-card>`);
      el.setAttribute('variant', 'compact');
      await elementUpdated(el);
      expect($(el, '[part=notice]')).to.not.exist;
      expect($(el, 'article')).to.exist;
      expect(warnings.take()).to.deep.equal([HUGE]);
    });

    it('leaves the other cards on the page alone', async () => {
      const warnings = captureWarnings();
      const wrapper = await fixture(
        html`<div><visit-card variant="huge"></visit-card><visit-card></visit-card></div>`,
      );
      const [bad, good] = [...wrapper.querySelectorAll('visit-card')];
      await good!.updateComplete;
      expect($(bad!, '[part=notice]')).to.exist;
      expect($(good!, 'article')).to.exist;
      expect(warnings.take(), 'the bad card’s warning, and only it').to.deep.equal([HUGE]);
    });
  });

  describe('connection', () => {
    it('keeps working after being moved, disconnected and reconnected', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      const parent = el.parentElement!;
      el.remove();
      el.variant = 'compact';
      parent.append(el);
      await elementUpdated(el);
      expect($(el, '[part~=programme-list]')).to.not.exist;
      expect($(el, 'article')).to.exist;
    });

    it('upgrades a card that was in the page before its tag was defined', async () => {
      const wrapper = await fixture(html`<div><visit-card-late></visit-card-late></div>`);
      const { VisitCard } = await import('../../src/elements/visit-card/visit-card.js');
      customElements.define('visit-card-late', class extends VisitCard {});
      const el = wrapper.querySelector('visit-card-late') as VisitCard;
      await el.updateComplete;
      expect(text($(el, 'h3'))).to.equal(headline.en);
    });
  });

  describe('with a <visit-data> provider', () => {
    it('shows the provider’s dataset instead of the bundled one', async () => {
      const el = await cardWith((visit) => {
        visit.overview.headline = { en: 'Another visit' };
      });
      expect(text($(el, 'h3'))).to.equal('Another visit');
    });
  });

  describe('height budget, in a plain page', () => {
    // An embed's size as a reader meets it (the budgets), in the languages that run
    // longest: Russian words are long, and Korean lines break only between words.
    const budgets: [variant: string, width: number, max: number][] = [
      ['', 640, 720],
      ['', 320, 1100],
      ['compact', 640, 480],
      ['compact', 320, 760],
    ];
    for (const lang of ['en', 'ru', 'ko-KP']) {
      for (const [variant, width, max] of budgets) {
        it(`${variant || 'default'} in ${lang} at ${width} px: at most ${max} px tall`, async () => {
          const wrapper = await fixture(
            html`<div style="width:${width}px">
              <visit-card lang=${lang} variant=${variant}></visit-card>
            </div>`,
          );
          const el = wrapper.querySelector('visit-card')!;
          await el.updateComplete;
          expect(el.getBoundingClientRect().height).to.be.at.most(max);
        });
      }
    }
  });
});
