import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { dataset, SECTORS, type Person, type Sector, type Visit } from '../../src/data/index.js';
import '../../src/define/visit-data.js';
import '../../src/define/delegation-roster.js';
import type { DelegationRoster } from '../../src/define/delegation-roster.js';
import { delegationRosterStrings, LOCALES } from '../../src/locales/index.js';
import type { VisitCardsErrorEvent } from '../../src/internal/error-event.js';
import { captureWarnings } from '../helpers/console.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (el: Element, name: string) =>
  shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
/** The count as the reader sees it now (`innerText`: what the page's media shows). */
const countOf = (el: Element) => part(el, 'count')!.innerText.replace(/\s+/g, ' ').trim();
const members = (el: Element) => parts(el, 'member');
const names = (el: Element) => parts(el, 'name').map(text);
/** The members shown before the fold: those outside the folded section. */
const shownNames = (el: Element) =>
  members(el)
    .filter((li) => !li.closest('[part~=folded]'))
    .map((li) => text(li.querySelector('[part=name]')));
const folded = (el: Element) =>
  shadow(el).querySelector<HTMLDetailsElement>('details[data-disclosure=members]');
const sourcesDetails = (el: Element) =>
  shadow(el).querySelector<HTMLDetailsElement>('details[data-disclosure=sources]')!;
const en = delegationRosterStrings.en;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * What a screen reader reads of `node`: its text, less what is hidden from assistive technology
 * (`aria-hidden`), with what is only visually hidden kept.
 */
function spoken(node: Element | null): string {
  if (!node) return '';
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.parentElement?.closest('[aria-hidden="true"]')) out += t.textContent;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The member of the bundled dataset a `li` shows, by its English name. */
const personOf = (li: Element, people: readonly Person[] = dataset.people) =>
  people.find((p) => p.name.en === text(li.querySelector('[part=name]')))!;

/** The sectors of `people` that have members, in the order the roster shows them. */
const sectorsOf = (people: readonly Person[]) =>
  SECTORS.filter((s) => people.some((p) => p.sector === s));

/**
 * What the spec says a limit shows: whole sectors, in order, while they hold at most `limit`
 * members between them, and at least the first.
 */
function expectedFold(people: readonly Person[], limit: number) {
  const shown: Sector[] = [];
  let count = 0;
  for (const sector of sectorsOf(people)) {
    const size = people.filter((p) => p.sector === sector).length;
    if (shown.length && count + size > limit) break;
    shown.push(sector);
    count += size;
  }
  return { shown, count, folded: sectorsOf(people).filter((s) => !shown.includes(s)) };
}

/** A copy of the bundled dataset, changed by `change`. */
function clone(change: (visit: Visit) => void): Visit {
  const visit = structuredClone(dataset);
  change(visit);
  return visit;
}

/**
 * A copy of the bundled dataset with only the first `count` members, kept valid: signatories
 * who left are dropped, and so are sources no record cites any more.
 */
function withPeople(count: number, change?: (visit: Visit) => void): Visit {
  return clone((visit) => {
    visit.people = visit.people.slice(0, count);
    change?.(visit);
    const ids = new Set(visit.people.map((p) => p.id));
    for (const outcome of visit.outcomes) {
      const kept = outcome.signatories?.filter((id) => ids.has(id));
      if (kept?.length) outcome.signatories = kept;
      else delete outcome.signatories;
    }
    const cited = new Set<string>();
    const walk = (value: unknown, key?: string): void => {
      if (Array.isArray(value)) {
        if (key === 'sources') value.forEach((id) => cited.add(String(id)));
        else value.forEach((item) => walk(item));
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, k);
      }
    };
    walk({ ...visit, sources: [] });
    visit.sources = visit.sources.filter((source) => cited.has(source.id));
  });
}

/**
 * A delegation of known shape: `sizes[i]` members in `SECTORS[i]`, all confirmed attending,
 * made of the bundled dataset's first members.
 */
function bySizes(sizes: readonly number[], change?: (visit: Visit) => void): Visit {
  return withPeople(
    sizes.reduce((a, b) => a + b, 0),
    (visit) => {
      let i = 0;
      sizes.forEach((size, s) => {
        for (let k = 0; k < size; k++) {
          visit.people[i] = { ...visit.people[i]!, sector: SECTORS[s]!, status: 'both' };
          i++;
        }
      });
      change?.(visit);
    },
  );
}
/** 13 members in 8 sectors: a default roster shows 7 in 4 sectors and folds 6 in 4. */
const SHAPED = [2, 2, 2, 1, 2, 1, 1, 2];

/** A roster inside a provider of `visit`. */
async function provided(visit: unknown, attributes: TemplateResult = html``) {
  const wrapper = await fixture(html`<visit-data .data=${visit}>${attributes}</visit-data>`);
  const el = wrapper.querySelector('delegation-roster')!;
  await el.updateComplete;
  return el as DelegationRoster;
}

/** Waits for the `toggle` a reader's click or key causes, and the update that follows. */
async function toggled(el: DelegationRoster, details: HTMLDetailsElement, act: () => unknown) {
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
  // Kept as heard: after dispatch an event no longer knows its path.
  const events: { target: EventTarget | null; detail: VisitCardsErrorEvent['detail'] }[] = [];
  container.addEventListener('visit-cards-error', (event) =>
    events.push({ target: event.target, detail: event.detail }),
  );
  render(template, container);
  const rosters = [...container.querySelectorAll('delegation-roster')];
  await Promise.all(rosters.map((r) => r.updateComplete));
  /** The warnings so far: one per error event, its element's tag and its message. */
  const expectWarningsForEvents = () =>
    expect(warnings.take(), 'console warnings').to.deep.equal(
      events.map(({ target, detail }) => `<${(target as Element).localName}>: ${detail.message}`),
    );
  return { container, rosters, events, el: rosters[0]!, expectWarningsForEvents };
}

const ALL = dataset.people.length;
const DEFAULT = expectedFold(dataset.people, 7);
const inSector = (sector: Sector) =>
  dataset.people.filter((p) => p.sector === sector).map((p) => p.name.en);

describe('<delegation-roster>', () => {
  describe('rendering', () => {
    it('renders an article labelled by its heading, with the count and the key', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      const article = shadow(el).querySelector('article')!;
      const heading = shadow(el).querySelector('h3')!;
      expect(article.getAttribute('part')).to.equal('card');
      expect(article.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(text(heading)).to.equal('Delegation of Russia');
      expect(countOf(el)).to.equal(
        `Showing ${DEFAULT.count} of ${ALL} members; ${DEFAULT.folded.length} sectors folded`,
      );
      expect(part(el, 'legend')!.closest('header')).to.equal(part(el, 'header'));
    });

    it('groups by sector: a subheading and a ul per sector, in order, each sector whole', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      const sections = [...shadow(el).querySelectorAll('section[part=group]')];
      const present = sectorsOf(dataset.people);
      expect(sections.map((s) => text(s.querySelector('h4')))).to.deep.equal(
        present.map((s) => en.sectors[s]),
      );
      sections.forEach((section, i) => {
        const heading = section.querySelector('h4')!;
        expect(heading.getAttribute('part')).to.equal('group-heading');
        // Unnamed, so not a landmark: two rosters on a page must not repeat landmark names.
        expect(section.hasAttribute('aria-labelledby')).to.equal(false);
        const items = section.querySelectorAll(':scope > ul[part=list] > li[part=member]');
        expect([...items].map((li) => text(li.querySelector('[part=name]')))).to.deep.equal(
          inSector(present[i]!),
        );
      });
      // Nothing is dropped from the DOM: the folded sectors are there, closed.
      expect(members(el)).to.have.length(ALL);
    });

    it('omits sectors with no members', async () => {
      const el = await provided(
        withPeople(ALL, (v) => (v.people = v.people.filter((p) => p.sector !== 'space'))),
        html`<delegation-roster></delegation-roster>`,
      );
      const headings = parts(el, 'group-heading').map(text);
      expect(headings).not.to.include('Space');
      expect(headings).to.have.length(sectorsOf(dataset.people).length - 1);
    });

    it('shows each member’s names, title and status; the sector only as the heading', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      for (const li of members(el)) {
        const person = personOf(li);
        expect(li.tagName).to.equal('LI');
        expect(li.parentElement!.tagName).to.equal('UL');
        expect(text(li.querySelector('[part=name-ru]'))).to.equal(person.name.ru);
        expect(li.querySelector('[part=name-ru]')!.getAttribute('lang')).to.equal('ru');
        // The card's own language: no mark needed.
        expect(li.querySelector('[part=name]')!.getAttribute('lang')).to.equal(null);
        expect(text(li.querySelector('[part=title]'))).to.contain(person.title.en);
        expect(li.querySelector('[part=sector]'), 'no sector chip under a sector heading').to.equal(
          null,
        );
      }
    });

    it('marks the status with a shape a screen reader hears as words', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      for (const li of members(el)) {
        const { status } = personOf(li);
        const marker = li.querySelector('[part=status]')!;
        const shape = marker.querySelector('svg[part=mark]')!;
        expect(shape.getAttribute('aria-hidden')).to.equal('true');
        expect(shape.classList.contains(status)).to.equal(true);
        expect(spoken(marker)).to.equal(`(${en.statuses[status]})`);
        // The words are not shown: the key says them once.
        const words = marker.querySelector('.visually-hidden')!;
        expect(words.getBoundingClientRect().width).to.be.at.most(1);
        // Read after the name, not before it.
        expect(spoken(li).indexOf(personOf(li).name.en)).to.equal(0);
      }
    });

    it('says once, in a key, what each shape means, for the statuses present', async () => {
      const visit = withPeople(3, (v) => {
        v.people[0]!.status = 'announced';
        v.people[1]!.status = 'both';
        v.people[2]!.status = 'confirmed';
      });
      const el = await provided(visit, html`<delegation-roster></delegation-roster>`);
      const legend = part(el, 'legend')!;
      expect(legend.tagName).to.equal('UL');
      expect(legend.getAttribute('aria-label')).to.equal('Key');
      const items = parts(el, 'legend-item');
      // Surest first.
      expect(items.map(spoken)).to.deep.equal([
        'Announced before the visit; attendance confirmed',
        'Attendance confirmed',
        'Announced before the visit; attendance not confirmed',
      ]);
      const shapes = items.map((item) => item.querySelector('svg[part=mark]')!);
      expect(shapes.every((s) => s.getAttribute('aria-hidden') === 'true')).to.equal(true);
      // Told apart by shape, not only colour.
      expect(new Set(shapes.map((s) => s.innerHTML)).size).to.equal(3);
      const one = await provided(withPeople(1), html`<delegation-roster></delegation-roster>`);
      expect(parts(one, 'legend-item').map(spoken)).to.deep.equal([
        en.statuses[dataset.people[0]!.status],
      ]);
    });

    it('says in every language that an announced member’s attendance is not confirmed', async () => {
      const notConfirmed = {
        en: 'attendance not confirmed',
        ru: 'участие не подтверждено',
        ko: '참석 미확인',
        'ko-KP': '참석 미확인',
      };
      for (const lang of LOCALES) {
        const el = await provided(
          withPeople(1, (v) => (v.people[0]!.status = 'announced')),
          html`<delegation-roster lang=${lang}></delegation-roster>`,
        );
        expect(spoken(part(el, 'status')), lang).to.contain(notConfirmed[lang]);
        expect(spoken(part(el, 'legend')), lang).to.contain(notConfirmed[lang]);
      }
    });

    it('puts headings at heading-level, sector headings one below', async () => {
      const sectors = sectorsOf(dataset.people).length;
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster heading-level="2"></delegation-roster>`,
      );
      expect(text(shadow(el).querySelector('h2'))).to.equal('Delegation of Russia');
      expect(shadow(el).querySelectorAll('h3[part=group-heading]').length).to.equal(sectors);
      const deep = await fixture<DelegationRoster>(
        html`<delegation-roster heading-level="6"></delegation-roster>`,
      );
      expect(shadow(deep).querySelectorAll('h6').length).to.equal(sectors + 1);
    });
  });

  describe('sources', () => {
    it('marks each member with footnotes that link to their sources’ entries', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      for (const li of members(el)) {
        const person = personOf(li);
        const cited = dataset.sources.filter((s) => person.sources.includes(s.id));
        const links = [...li.querySelectorAll<HTMLAnchorElement>('[part=title] [part=note]')];
        expect(links, person.id).to.have.length(cited.length);
        for (const link of links) {
          const entry = shadow(el).getElementById(link.getAttribute('href')!.slice(1))!;
          expect(entry.getAttribute('part')).to.equal('source');
          expect(entry.closest('details')).to.equal(sourcesDetails(el));
          const publisher = text(entry.querySelector('a, span'));
          expect(
            cited.map((s) => s.publisher),
            person.id,
          ).to.include(publisher);
          // A screen reader hears which source: "Source 2: TASS".
          expect(link.getAttribute('aria-label')).to.equal(`Source ${text(link)}: ${publisher}`);
        }
      }
    });

    it('lists every source the members cite, numbered as first cited, in one style', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      const shown = members(el).map((li) => personOf(li));
      const order = [...new Set(shown.flatMap((p) => p.sources))].filter((id) =>
        dataset.sources.some((s) => s.id === id),
      );
      const entries = parts(el, 'source');
      expect(entries).to.have.length(order.length);
      expect(text(part(el, 'sources-summary'))).to.equal(`Sources (${order.length})`);
      expect(part(el, 'sources-list')!.tagName).to.equal('OL');
      entries.forEach((entry, i) => {
        const source = dataset.sources.find((s) => s.id === order[i])!;
        expect(text(entry.querySelector('a, span')), source.id).to.equal(source.publisher);
        if (source.title) expect(text(entry.querySelector('cite'))).to.equal(source.title);
        const time = entry.querySelector('time');
        if (source.date) {
          expect(time!.getAttribute('datetime')).to.equal(source.date);
          expect(getComputedStyle(time!).whiteSpace).to.equal('nowrap');
        } else expect(time).to.equal(null);
      });
    });

    it('lists only the sources of the members a filter keeps', async () => {
      const office = await fixture<DelegationRoster>(
        html`<delegation-roster sector="presidential-office"></delegation-roster>`,
      );
      const cited = new Set(
        dataset.people.filter((p) => p.sector === 'presidential-office').flatMap((p) => p.sources),
      );
      expect(parts(office, 'source')).to.have.length(cited.size);
      expect(text(part(office, 'sources-summary'))).to.equal(`Sources (${cited.size})`);
    });

    it('a footnote opens the sources and takes focus to its entry', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      expect(sourcesDetails(el).open).to.equal(false);
      const link = parts(el, 'note')[0]!;
      link.click();
      await el.updateComplete;
      await nextFrame();
      expect(sourcesDetails(el).open).to.equal(true);
      expect(el.getAttribute('expanded')).to.equal('sources');
      const entry = shadow(el).getElementById(link.getAttribute('href')!.slice(1));
      expect(shadow(el).activeElement).to.equal(entry);
    });
  });

  describe('folding', () => {
    it('by default shows whole sectors up to 7 members and folds the rest, in the DOM', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      const details = folded(el)!;
      expect(details.open).to.equal(false);
      expect(details.getAttribute('part')).to.equal('folded');
      expect(shownNames(el)).to.deep.equal(DEFAULT.shown.flatMap(inSector));
      expect(
        [...details.querySelectorAll('[part=group-heading]')].map(text),
        'the folded sectors',
      ).to.deep.equal(DEFAULT.folded.map((s) => en.sectors[s]));
      expect(text(part(el, 'folded-summary'))).to.equal(
        en.moreIn(
          { value: ALL - DEFAULT.count, text: String(ALL - DEFAULT.count) },
          DEFAULT.folded.map((s) => en.sectors[s]),
        ),
      );
      expect(el.hasAttribute('expanded')).to.equal(false);
    });

    it('says what is folded, and what the fold holds, in four languages', async () => {
      const expected = {
        en: [
          'Showing 7 of 13 members; 4 sectors folded',
          '6 more members: Transport, Health, Space, Presidential Office',
        ],
        ru: [
          'Показано 7 из 13 участников; 4 сферы свёрнуты',
          'Ещё 6 участников: транспорт, здравоохранение, космос, администрация президента',
        ],
        ko: ['13명 중 7명 표시(4개 분야 접힘)', '나머지 6명: 교통, 보건, 우주, 대통령 행정실'],
        'ko-KP': ['13명 중 7명 표시(4개 분야 접힘)', '나머지 6명: 운수, 보건, 우주, 대통령행정부'],
      };
      for (const lang of LOCALES) {
        const el = await provided(
          bySizes(SHAPED),
          html`<delegation-roster lang=${lang}></delegation-roster>`,
        );
        expect([countOf(el), text(part(el, 'folded-summary'))], lang).to.deep.equal(expected[lang]);
      }
    });

    it('counts in Russian with the right forms', async () => {
      const eight = [1, 1, 1, 1, 1, 1, 1, 1];
      const cases: [limit: number, count: string, summary: string][] = [
        [
          7,
          'Показано 7 из 8 участников; 1 сфера свёрнута',
          'Ещё 1 участник: администрация президента',
        ],
        [
          6,
          'Показано 6 из 8 участников; 2 сферы свёрнуты',
          'Ещё 2 участника: космос, администрация президента',
        ],
        [
          3,
          'Показано 3 из 8 участников; 5 сфер свёрнуто',
          'Ещё 5 участников: экономика, транспорт, здравоохранение, космос, администрация президента',
        ],
      ];
      for (const [limit, count, summary] of cases) {
        const el = await provided(
          bySizes(eight),
          html`<delegation-roster lang="ru" limit=${limit}></delegation-roster>`,
        );
        expect(countOf(el)).to.equal(count);
        expect(text(part(el, 'folded-summary'))).to.equal(summary);
      }
      const ru = delegationRosterStrings.ru;
      const c = (value: number) => ({ value, text: String(value) });
      expect(ru.members(c(21))).to.equal('21 участник');
      expect(ru.members(c(22))).to.equal('22 участника');
      expect(ru.showing(c(5), c(21))).to.equal('Показано 5 из 21 участника');
      expect(ru.showingGroups(c(5), c(13), c(21))).to.equal(
        'Показано 5 из 13 участников; 21 сфера свёрнута',
      );
      expect(ru.more(c(11))).to.equal('Ещё 11 участников');
      expect(en.showingGroups(c(1), c(2), c(1))).to.equal(
        'Showing 1 of 2 members; 1 sector folded',
      );
      expect(en.more(c(1))).to.equal('1 more member');
    });

    it('opens and closes on a click, keeping the state in `expanded`', async () => {
      const el = await provided(bySizes(SHAPED), html`<delegation-roster></delegation-roster>`);
      const details = folded(el)!;
      const summary = part(el, 'folded-summary')!;
      await toggled(el, details, () => summary.click());
      expect(details.open).to.equal(true);
      expect(el.getAttribute('expanded')).to.equal('members');
      // Nothing is folded now: the count says all.
      expect(countOf(el)).to.equal('13 members');
      await toggled(el, details, () => summary.click());
      expect(details.open).to.equal(false);
      expect(el.hasAttribute('expanded')).to.equal(false);
      expect(countOf(el)).to.equal('Showing 7 of 13 members; 4 sectors folded');
    });

    it('opens with Enter and closes with Space on the focused summary', async () => {
      const el = await provided(bySizes(SHAPED), html`<delegation-roster></delegation-roster>`);
      const details = folded(el)!;
      const summary = part(el, 'folded-summary')!;
      summary.focus();
      await toggled(el, details, () => sendKeys({ press: 'Enter' }));
      expect(details.open).to.equal(true);
      expect(el.expanded).to.equal('members');
      expect(shadow(el).activeElement).to.equal(summary);
      await toggled(el, details, () => sendKeys({ press: ' ' }));
      expect(details.open).to.equal(false);
      expect(el.expanded).to.equal(undefined);
    });

    it('opens as the `expanded` attribute says, with the sources on their own', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster expanded="members"></delegation-roster>`,
      );
      expect(folded(el)!.open).to.equal(true);
      expect(sourcesDetails(el).open).to.equal(false);
      el.setAttribute('expanded', 'sources, members');
      await el.updateComplete;
      expect(folded(el)!.open).to.equal(true);
      expect(sourcesDetails(el).open).to.equal(true);
      el.removeAttribute('expanded');
      await el.updateComplete;
      expect(folded(el)!.open).to.equal(false);
      expect(sourcesDetails(el).open).to.equal(false);
    });

    it('opens everything to print, and restores it after', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster expanded="sources"></delegation-roster>`,
      );
      window.dispatchEvent(new Event('beforeprint'));
      expect(folded(el)!.open).to.equal(true);
      expect(sourcesDetails(el).open).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      await nextTask();
      await el.updateComplete;
      expect(folded(el)!.open).to.equal(false);
      expect(sourcesDetails(el).open).to.equal(true);
      expect(el.getAttribute('expanded')).to.equal('sources');
    });

    describe('in print', () => {
      // Media emulation needs the DevTools protocol: Chromium has it, Firefox and WebKit do not.
      before(async function () {
        if (!(await executeServerCommand('media-emulation'))) this.skip();
      });
      afterEach(() => emulateMedia({ media: 'screen' }));

      it('the count says all are shown, and footnotes print their numbers only', async () => {
        const el = await provided(bySizes(SHAPED), html`<delegation-roster></delegation-roster>`);
        expect(countOf(el)).to.equal('Showing 7 of 13 members; 4 sectors folded');
        await emulateMedia({ media: 'print' });
        expect(countOf(el)).to.equal('13 members');
        expect(getComputedStyle(part(el, 'note')!, '::after').content).to.equal('none');
        expect(getComputedStyle(part(el, 'mark')!).color).to.equal('rgb(0, 0, 0)');
      });
    });

    it('a limit never splits a sector, and shows at least the first', async () => {
      for (let limit = 1; limit <= ALL + 1; limit++) {
        const el = await fixture<DelegationRoster>(
          html`<delegation-roster limit=${limit}></delegation-roster>`,
        );
        const fold = expectedFold(dataset.people, limit);
        expect(shownNames(el), `limit=${limit}`).to.deep.equal(fold.shown.flatMap(inSector));
        for (const section of parts(el, 'group')) {
          // Every member of a sector sits in the one section, on one side of the fold.
          const sector = SECTORS.find((s) => en.sectors[s] === text(section.querySelector('h4')))!;
          expect(section.querySelectorAll('[part=member]').length).to.equal(
            inSector(sector).length,
          );
        }
        if (fold.folded.length) {
          expect(countOf(el)).to.equal(
            `Showing ${fold.count} of ${ALL} members; ${fold.folded.length} ${fold.folded.length === 1 ? 'sector' : 'sectors'} folded`,
          );
        } else {
          expect(folded(el), `limit=${limit}`).to.equal(null);
          expect(countOf(el)).to.equal(`${ALL} members`);
        }
      }
    });

    it('flat, a limit folds the members after the first N', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster group-by="none" limit="5"></delegation-roster>`,
      );
      expect(shownNames(el)).to.deep.equal(dataset.people.slice(0, 5).map((p) => p.name.en));
      expect(names(el)).to.deep.equal(dataset.people.map((p) => p.name.en));
      expect(countOf(el)).to.equal(`Showing 5 of ${ALL} members`);
      expect(text(part(el, 'folded-summary'))).to.equal(`${ALL - 5} more members`);
    });

    it('follows a new limit without losing the reader’s state', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster expanded="members"></delegation-roster>`,
      );
      el.limit = 1;
      await el.updateComplete;
      expect(shownNames(el)).to.deep.equal(expectedFold(dataset.people, 1).shown.flatMap(inSector));
      expect(folded(el)!.open).to.equal(true);
      el.limit = ALL;
      await el.updateComplete;
      expect(folded(el)).to.equal(null);
      expect(members(el)).to.have.length(ALL);
    });
  });

  describe('attributes', () => {
    it('group-by="none" shows one flat list in the dataset order, each with its sector', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster group-by="none" limit=${ALL}></delegation-roster>`,
      );
      expect(shadow(el).querySelectorAll('section')).to.have.length(0);
      expect(shadow(el).querySelectorAll('ul[part=list]')).to.have.length(1);
      expect(names(el)).to.deep.equal(dataset.people.map((p) => p.name.en));
      const first = members(el)[0]!;
      const sector = first.querySelector('[part=sector]')!;
      expect(text(sector)).to.equal(`Sector: ${en.sectors[dataset.people[0]!.sector]}`);
      expect(text(sector.querySelector('.visually-hidden'))).to.equal('Sector:');
    });

    it('layout="list" sets sectors side by side from 520px, one below the other under it', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 640px"><delegation-roster></delegation-roster></div>`,
      );
      const el = wrapper.querySelector('delegation-roster')!;
      await el.updateComplete;
      const groups = part(el, 'groups')!;
      const lefts = () => parts(el, 'group').map((g) => Math.round(g.getBoundingClientRect().left));
      expect(getComputedStyle(groups).columnCount).to.equal('2');
      expect(new Set(lefts().slice(0, DEFAULT.shown.length)).size).to.equal(2);
      wrapper.style.width = '320px';
      await nextFrame();
      expect(new Set(lefts()).size).to.equal(1);
    });

    it('layout="grid" is still a ul, in columns no narrower than the token says', async () => {
      const wide = await fixture<HTMLDivElement>(html`
        <div style="width: 900px">
          <delegation-roster layout="grid" group-by="none"></delegation-roster>
        </div>
      `);
      const el = wide.querySelector('delegation-roster')!;
      await el.updateComplete;
      const ul = shadow(el).querySelector('ul[part=list]')!;
      expect(getComputedStyle(ul).display).to.equal('grid');
      const columns = () => getComputedStyle(ul).gridTemplateColumns.split(' ').length;
      expect(columns()).to.equal(4);
      wide.style.width = '560px';
      await nextFrame();
      expect(columns()).to.equal(2);
      wide.style.width = '280px';
      await nextFrame();
      expect(columns()).to.equal(1);
      wide.style.width = '900px';
      el.style.setProperty('--visit-roster-column-min', '20rem');
      await nextFrame();
      expect(columns()).to.equal(2);
      expect(el.getAttribute('layout')).to.equal('grid');
    });

    it('sector filters by one sector', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster sector="defence"></delegation-roster>`,
      );
      expect(names(el)).to.deep.equal(inSector('defence'));
      expect(countOf(el)).to.equal(`${inSector('defence').length} members`);
      expect(parts(el, 'group')).to.have.length(1);
    });

    it('sector takes a comma-separated list, tolerating whitespace, in sector order', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster sector=" transport ,diplomacy, "></delegation-roster>`,
      );
      expect(parts(el, 'group-heading').map(text)).to.deep.equal(['Diplomacy', 'Transport']);
      expect(names(el)).to.deep.equal([...inSector('diplomacy'), ...inSector('transport')]);
    });

    it('status="announced" and "confirmed" include "both"; "both" only both', async () => {
      const count = async (status: string) => {
        const el = await fixture<DelegationRoster>(
          html`<delegation-roster status=${status} limit=${ALL}></delegation-roster>`,
        );
        return names(el);
      };
      const having = (...statuses: string[]) =>
        dataset.people.filter((p) => statuses.includes(p.status)).map((p) => p.name.en);
      const sorted = (list: string[]) => [...list].sort();
      expect(sorted(await count('announced'))).to.deep.equal(sorted(having('announced', 'both')));
      expect(sorted(await count('confirmed'))).to.deep.equal(sorted(having('confirmed', 'both')));
      expect(sorted(await count('both'))).to.deep.equal(sorted(having('both')));
    });

    it('sector and status combine', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster sector="defence" status="both"></delegation-roster>`,
      );
      expect(names(el)).to.deep.equal(
        dataset.people
          .filter((p) => p.sector === 'defence' && p.status === 'both')
          .map((p) => p.name.en),
      );
    });

    it('re-renders when attributes change later', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      el.setAttribute('sector', 'health');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(inSector('health'));
      el.setAttribute('group-by', 'none');
      await el.updateComplete;
      expect(parts(el, 'group')).to.have.length(0);
      el.removeAttribute('sector');
      el.setAttribute('limit', '3');
      await el.updateComplete;
      expect(shownNames(el)).to.have.length(3);
      expect(members(el)).to.have.length(ALL);
    });
  });

  describe('languages', () => {
    it('inherits lang from an ancestor', async () => {
      const wrapper = await fixture(
        html`<div lang="ru"><delegation-roster></delegation-roster></div>`,
      );
      const el = wrapper.querySelector('delegation-roster')!;
      await el.updateComplete;
      expect(text(shadow(el).querySelector('h3'))).to.equal('Делегация России');
      expect(countOf(el)).to.match(/^Показано \d+ из \d+ участник/);
      expect(parts(el, 'group-heading').map(text)[0]).to.equal(
        delegationRosterStrings.ru.sectors[sectorsOf(dataset.people)[0]!],
      );
      expect(part(el, 'legend')!.getAttribute('aria-label')).to.equal('Условные обозначения');
      wrapper.setAttribute('lang', 'ko-KP');
      await nextTask();
      await el.updateComplete;
      expect(text(shadow(el).querySelector('h3'))).to.equal('로씨야 대표단');
    });

    it('speaks Korean in both orthographies', async () => {
      const ko = await provided(
        bySizes(SHAPED),
        html`<delegation-roster lang="ko"></delegation-roster>`,
      );
      expect(text(shadow(ko).querySelector('h3'))).to.equal('러시아 대표단');
      expect(part(ko, 'legend')!.getAttribute('aria-label')).to.equal('범례');
      const kp = await provided(
        bySizes(SHAPED),
        html`<delegation-roster lang="ko-KP" limit="20"></delegation-roster>`,
      );
      expect(text(shadow(kp).querySelector('h3'))).to.equal('로씨야 대표단');
      expect(countOf(kp)).to.equal('13명');
    });

    it('names each member in the reader’s language and script, titled as they write it', async () => {
      const names = (el: Element) => members(el).map((li) => text(li.querySelector('[part=name]')));
      const titles = (el: Element) =>
        members(el).map((li) => text(li.querySelector('[part=title]')));
      const lavrov = dataset.people.find((p) => p.id === 'sergey-lavrov')!;
      for (const lang of ['ru', 'ko', 'ko-KP'] as const) {
        const el = await fixture<DelegationRoster>(
          html`<delegation-roster lang=${lang}></delegation-roster>`,
        );
        expect(names(el), lang).to.include(lavrov.name[lang]);
        expect(
          titles(el).some((t) => t.startsWith(lavrov.title[lang]!)),
          lang,
        ).to.equal(true);
        // A reader of Russian or Korean reads the name in their own script: no second line.
        expect(shadow(el).querySelector('[part=name-ru]')).to.equal(null);
      }
      // As Rodong Sinmun prints them (Fact 8).
      const kp = await fixture<DelegationRoster>(
        html`<delegation-roster lang="ko-KP"></delegation-roster>`,
      );
      expect(names(kp)).to.include('쎄르게이 라브로브');
    });

    it('formats numbers through Intl.NumberFormat in the reader’s locale', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster lang="ar-EG" limit=${ALL}></delegation-roster>`,
      );
      expect(countOf(el)).to.equal(`${new Intl.NumberFormat('ar-EG').format(ALL)} members`);
    });
  });

  describe('errors', () => {
    const cases: [string, TemplateResult, Record<string, string>][] = [
      [
        'a bad layout',
        html`<delegation-roster layout="table"></delegation-roster>`,
        { code: 'invalid-attribute', attribute: 'layout', value: 'table' },
      ],
      [
        'a bad group-by',
        html`<delegation-roster group-by="status"></delegation-roster>`,
        { code: 'invalid-attribute', attribute: 'group-by', value: 'status' },
      ],
      [
        'an unknown sector in the list',
        html`<delegation-roster sector="defence, culture"></delegation-roster>`,
        { code: 'invalid-attribute', attribute: 'sector', value: 'defence, culture' },
      ],
      [
        'an unknown status',
        html`<delegation-roster status="rumoured"></delegation-roster>`,
        { code: 'invalid-attribute', attribute: 'status', value: 'rumoured' },
      ],
      [
        'an unknown section in expanded',
        html`<delegation-roster expanded="members, everything"></delegation-roster>`,
        { code: 'invalid-attribute', attribute: 'expanded', value: 'members, everything' },
      ],
      [
        'limit 0',
        html`<delegation-roster limit="0"></delegation-roster>`,
        { code: 'invalid-attribute', attribute: 'limit', value: '0' },
      ],
      [
        'limit -1',
        html`<delegation-roster limit="-1"></delegation-roster>`,
        { code: 'invalid-attribute', attribute: 'limit', value: '-1' },
      ],
      [
        'limit abc',
        html`<delegation-roster limit="abc"></delegation-roster>`,
        { code: 'invalid-attribute', attribute: 'limit', value: 'abc' },
      ],
      [
        'limit 2.5',
        html`<delegation-roster limit="2.5"></delegation-roster>`,
        { code: 'invalid-attribute', attribute: 'limit', value: '2.5' },
      ],
      [
        'a bad heading-level',
        html`<delegation-roster heading-level="9"></delegation-roster>`,
        { code: 'invalid-attribute', attribute: 'heading-level', value: '9' },
      ],
      [
        'a bad theme',
        html`<delegation-roster theme="neon"></delegation-roster>`,
        { code: 'invalid-attribute', attribute: 'theme', value: 'neon' },
      ],
      [
        'a status filter that matches no one',
        html`<visit-data
          .data=${bySizes([1, 1], (v) => v.people.forEach((p) => (p.status = 'confirmed')))}
          ><delegation-roster status="announced"></delegation-roster
        ></visit-data>`,
        { code: 'no-match', attribute: 'status', value: 'announced' },
      ],
      [
        'an empty delegation',
        html`<visit-data .data=${withPeople(0)}
          ><delegation-roster></delegation-roster
        ></visit-data>`,
        { code: 'empty-dataset', attribute: 'dataset' },
      ],
      [
        'a sector filter that matches no one in another dataset',
        html`<visit-data .data=${bySizes([1, 1])}
          ><delegation-roster sector="space"></delegation-roster
        ></visit-data>`,
        { code: 'no-match', attribute: 'sector', value: 'space' },
      ],
    ];

    for (const [name, template, detail] of cases) {
      it(`shows a notice, fires visit-cards-error and stays accessible for ${name}`, async () => {
        const { el, events, expectWarningsForEvents } = await withErrors(template);
        const mine = events.filter((e) => e.target === el);
        expect(mine, 'one event').to.have.length(1);
        expect(mine[0]!.detail).to.include(detail);
        expect(mine[0]!.detail.message).to.be.a('string').and.not.equal('');
        const notice = part(el, 'notice')!;
        expect(notice).not.to.equal(null);
        if (detail.value) expect(text(notice)).to.contain(detail.value);
        expect(shadow(el).querySelector('article')).to.equal(null);
        await expect(el).to.be.accessible();
        expectWarningsForEvents();
      });
    }

    it('shows a notice for an empty dataset from the provider', async () => {
      const { rosters, events, expectWarningsForEvents } = await withErrors(
        html`<visit-data .data=${{}}><delegation-roster></delegation-roster></visit-data>`,
      );
      const el = rosters[0]!;
      const codes = events.filter((e) => e.target === el).map((e) => e.detail.code);
      expect(codes).to.deep.equal(['empty-dataset']);
      expect(text(part(el, 'notice'))).to.contain('The data has nothing to show.');
      await expect(el).to.be.accessible();
      // The provider's and the roster's.
      expectWarningsForEvents();
      expect(events.map((e) => (e.target as Element).localName)).to.deep.equal([
        'visit-data',
        'delegation-roster',
      ]);
    });

    it('localizes the notice', async () => {
      const { el, expectWarningsForEvents } = await withErrors(
        html`<delegation-roster lang="ru" status="rumoured"></delegation-roster>`,
      );
      expect(text(part(el, 'notice'))).to.contain('Карточку нельзя показать');
      expectWarningsForEvents();
    });

    it('leaves a sibling card working', async () => {
      const { rosters, events, expectWarningsForEvents } = await withErrors(html`
        <delegation-roster layout="table"></delegation-roster>
        <delegation-roster sector="space"></delegation-roster>
      `);
      expect(events).to.have.length(1);
      expect(part(rosters[0]!, 'notice')).not.to.equal(null);
      expect(names(rosters[1]!)).to.deep.equal(inSector('space'));
      expectWarningsForEvents();
    });

    it('fires again when a later change breaks it, and recovers', async () => {
      const warnings = captureWarnings();
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      setTimeout(() => el.setAttribute('expanded', 'all'));
      const event = (await oneEvent(el, 'visit-cards-error')) as VisitCardsErrorEvent;
      expect(event.detail).to.include({
        code: 'invalid-attribute',
        attribute: 'expanded',
        value: 'all',
      });
      el.setAttribute('expanded', 'members');
      await el.updateComplete;
      expect(part(el, 'notice')).to.equal(null);
      expect(folded(el)!.open).to.equal(true);
      expect(warnings.take()).to.deep.equal([
        '<delegation-roster>: expanded="all": "all" is not one of: members, sources.',
      ]);
    });

    it('treats empty filters and an empty expanded as none', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster sector=" , " status="" expanded=" "></delegation-roster>`,
      );
      expect(members(el)).to.have.length(ALL);
      expect(folded(el)!.open).to.equal(false);
    });
  });

  describe('provider and lifecycle', () => {
    it('shows the dataset a <visit-data> provider supplies', async () => {
      const el = await provided(
        withPeople(2),
        html`<delegation-roster group-by="none"></delegation-roster>`,
      );
      expect(names(el)).to.deep.equal(dataset.people.slice(0, 2).map((p) => p.name.en));
      expect(countOf(el)).to.equal('2 members');
      expect(folded(el)).to.equal(null);
    });

    it('keeps working after being disconnected and reconnected', async () => {
      const wrapper = await fixture(html`<div><delegation-roster></delegation-roster></div>`);
      const el = wrapper.querySelector<DelegationRoster>('delegation-roster')!;
      await el.updateComplete;
      el.remove();
      el.setAttribute('sector', 'government, defence');
      wrapper.append(el);
      await el.updateComplete;
      expect(names(el)).to.deep.equal([...inSector('government'), ...inSector('defence')]);
      el.setAttribute('limit', '1');
      await el.updateComplete;
      const details = folded(el)!;
      await toggled(el, details, () => part(el, 'folded-summary')!.click());
      expect(el.getAttribute('expanded')).to.equal('members');
      // Printing still opens everything: the listeners came back with the element.
      el.removeAttribute('expanded');
      await el.updateComplete;
      window.dispatchEvent(new Event('beforeprint'));
      expect(folded(el)!.open).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      await nextTask();
    });

    it('exposes every documented part', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      for (const name of [
        'card',
        'header',
        'heading',
        'count',
        'legend',
        'legend-item',
        'mark',
        'groups',
        'group',
        'group-heading',
        'list',
        'member',
        'name',
        'name-ru',
        'status',
        'title',
        'notes',
        'note',
        'folded',
        'folded-summary',
        'sources',
        'sources-summary',
        'sources-list',
        'source',
      ]) {
        expect(part(el, name), name).not.to.equal(null);
      }
      const flat = await fixture<DelegationRoster>(
        html`<delegation-roster group-by="none"></delegation-roster>`,
      );
      expect(part(flat, 'sector')).not.to.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const layout of ['list', 'grid']) {
      for (const groupBy of ['sector', 'none']) {
        for (const theme of ['light', 'dark']) {
          it(`has no axe violations: layout=${layout} group-by=${groupBy} theme=${theme}, folded and open`, async () => {
            const el = await fixture<DelegationRoster>(
              html`<delegation-roster
                layout=${layout}
                group-by=${groupBy}
                theme=${theme}
              ></delegation-roster>`,
            );
            await expect(el).to.be.accessible();
            el.expanded = 'members,sources';
            await el.updateComplete;
            await expect(el).to.be.accessible();
          });
        }
      }
    }

    for (const lang of LOCALES) {
      it(`has no axe violations in lang=${lang}, light and dark, folded and open`, async () => {
        for (const theme of ['light', 'dark']) {
          for (const expanded of ['', 'members,sources']) {
            const el = await fixture<DelegationRoster>(
              html`<delegation-roster
                lang=${lang}
                theme=${theme}
                expanded=${expanded}
              ></delegation-roster>`,
            );
            await expect(el).to.be.accessible();
          }
        }
      });
    }

    it('has no axe violations at 280px and 900px', async () => {
      for (const width of [280, 900]) {
        for (const layout of ['list', 'grid']) {
          const wrapper = await fixture(html`
            <div style="width: ${width}px">
              <delegation-roster layout=${layout} expanded="members"></delegation-roster>
            </div>
          `);
          await expect(wrapper).to.be.accessible();
        }
      }
    });
  });

  // The budgets: a default roster is embed-sized, in a plain page, in Chromium.
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
              <delegation-roster lang=${lang}></delegation-roster>
            </div>`,
          );
          const el = wrapper.querySelector<DelegationRoster>('delegation-roster')!;
          await el.updateComplete;
          await nextFrame();
          const height = el.getBoundingClientRect().height;
          expect(height, `${Math.round(height)}px`).to.be.at.most(max);
          // Within budget by folding, not by dropping: every member is in the DOM.
          expect(members(el)).to.have.length(ALL);
        });
      }
    }
  });
});
