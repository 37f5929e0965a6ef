import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { dataset, SECTORS, type Visit } from '../../src/data/index.js';
import '../../src/define/visit-data.js';
import '../../src/define/delegation-roster.js';
import type { DelegationRoster } from '../../src/define/delegation-roster.js';
import { delegationRosterStrings } from '../../src/locales/index.js';
import type { VisitCardsErrorEvent } from '../../src/internal/error-event.js';
import { captureWarnings } from '../helpers/console.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const members = (el: Element) => parts(el, 'member');
const names = (el: Element) => parts(el, 'name').map(text);
const toggle = (el: Element) => part(el, 'toggle') as HTMLButtonElement | null;
const live = (el: Element) => part(el, 'live')!;

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

/** A roster inside a provider of `visit`. */
async function provided(visit: unknown, attributes: TemplateResult = html``) {
  const wrapper = await fixture(html`<visit-data .data=${visit}>${attributes}</visit-data>`);
  const el = wrapper.querySelector('delegation-roster')!;
  await el.updateComplete;
  return el;
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

describe('<delegation-roster>', () => {
  describe('rendering', () => {
    it('renders an article labelled by its heading, with the count', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      const article = shadow(el).querySelector('article')!;
      const heading = shadow(el).querySelector('h3')!;
      expect(article.getAttribute('part')).to.equal('card');
      expect(article.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(text(heading)).to.equal('Delegation of Russia');
      expect(text(part(el, 'count'))).to.equal('13 members');
      expect(ALL).to.equal(13);
    });

    it('groups by sector by default: one section with a subheading and a ul per sector, in order', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      const sections = [...shadow(el).querySelectorAll('section[part=group]')];
      const present = SECTORS.filter((s) => dataset.people.some((p) => p.sector === s));
      expect(sections).to.have.length(present.length);
      const expected = present.map((s) => delegationRosterStrings.en.sectors[s]);
      expect(sections.map((s) => text(s.querySelector('h4')))).to.deep.equal(expected);
      for (const section of sections) {
        const heading = section.querySelector('h4')!;
        expect(heading.getAttribute('part')).to.equal('group-heading');
        // Unnamed, so not a landmark: two rosters on a page must not repeat landmark names.
        expect(section.hasAttribute('aria-labelledby')).to.equal(false);
        expect(
          section.querySelectorAll(':scope > ul[part=list] > li[part=member]').length,
        ).to.be.greaterThan(0);
      }
      expect(members(el)).to.have.length(ALL);
      // Members follow their sector's order.
      const defence = sections.find((s) => text(s.querySelector('h4')) === 'Defence')!;
      expect([...defence.querySelectorAll('[part=name]')].map(text)).to.deep.equal([
        'Andrey Belousov',
        'Alexey Krivoruchko',
      ]);
    });

    it('omits sectors with no members', async () => {
      const el = await provided(
        withPeople(ALL, (v) => (v.people = v.people.filter((p) => p.sector !== 'space'))),
        html`<delegation-roster></delegation-roster>`,
      );
      const headings = parts(el, 'group-heading').map(text);
      expect(headings).not.to.include('Space');
      expect(headings).to.have.length(7);
    });

    it('shows every member with English and Russian names, title, sector and status', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      for (const li of members(el)) {
        expect(li.tagName).to.equal('LI');
        expect(li.parentElement!.tagName).to.equal('UL');
        for (const name of ['name', 'name-ru', 'title', 'sector', 'status']) {
          expect(text(li.querySelector(`[part=${name}]`)), name).not.to.equal('');
        }
        expect(li.querySelector('[part=name-ru]')!.getAttribute('lang')).to.equal('ru');
        // The card's own language: no mark needed.
        expect(li.querySelector('[part=name]')!.getAttribute('lang')).to.equal(null);
      }
      const lavrov = members(el).find((li) => text(li).includes('Sergey Lavrov'))!;
      expect(text(lavrov.querySelector('[part=name-ru]'))).to.equal('Сергей Лавров');
      expect(text(lavrov.querySelector('[part=title]'))).to.equal('Minister of Foreign Affairs');
      expect(text(lavrov.querySelector('[part=sector]'))).to.equal('Sector: Diplomacy');
      expect(text(lavrov.querySelector('[part=status]'))).to.equal(
        'Status: Announced and confirmed attending',
      );
      const novak = members(el).find((li) => text(li).includes('Alexander Novak'))!;
      expect(text(novak.querySelector('[part=status]'))).to.equal('Status: Confirmed attending');
    });

    it('labels the status "announced" alone', async () => {
      const el = await provided(
        withPeople(ALL, (v) => (v.people = [{ ...v.people[7]!, status: 'announced' }])),
        html`<delegation-roster></delegation-roster>`,
      );
      expect(text(part(el, 'status'))).to.equal('Status: Announced before the visit');
      expect(text(part(el, 'count'))).to.equal('1 member');
    });

    it('puts headings at heading-level, sector headings one below', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster heading-level="2"></delegation-roster>`,
      );
      expect(text(shadow(el).querySelector('h2'))).to.equal('Delegation of Russia');
      expect(shadow(el).querySelectorAll('h3[part=group-heading]').length).to.equal(8);
      const deep = await fixture<DelegationRoster>(
        html`<delegation-roster heading-level="6"></delegation-roster>`,
      );
      expect(shadow(deep).querySelectorAll('h6').length).to.equal(9);
    });

    it('lists the sources the shown members cite', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      const cited = new Set(dataset.people.flatMap((p) => p.sources));
      expect(parts(el, 'source')).to.have.length(cited.size);
      const office = await fixture<DelegationRoster>(
        html`<delegation-roster sector="presidential-office"></delegation-roster>`,
      );
      expect(parts(office, 'source')).to.have.length(1);
      expect(text(part(office, 'sources'))).to.contain('Sources (1)');
    });
  });

  describe('attributes', () => {
    it('group-by="none" shows one flat list in the dataset order', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster group-by="none"></delegation-roster>`,
      );
      expect(shadow(el).querySelectorAll('section')).to.have.length(0);
      expect(shadow(el).querySelectorAll('ul[part=list]')).to.have.length(1);
      expect(names(el)).to.deep.equal(dataset.people.map((p) => p.name.en));
    });

    it('layout="grid" is still a ul, laid out in columns that follow the container', async () => {
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
      expect(columns()).to.equal(3);
      wide.style.width = '560px';
      await new Promise((r) => requestAnimationFrame(r));
      expect(columns()).to.equal(2);
      wide.style.width = '280px';
      await new Promise((r) => requestAnimationFrame(r));
      expect(columns()).to.equal(1);
      expect(el.getAttribute('layout')).to.equal('grid');
    });

    it('layout="list" (default) stacks members in one column', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster group-by="none" style="width: 900px"></delegation-roster>`,
      );
      expect(el.layout).to.equal('list');
      const ul = shadow(el).querySelector('ul[part=list]')!;
      expect(getComputedStyle(ul).gridTemplateColumns.split(' ')).to.have.length(1);
    });

    it('sector filters by one sector', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster sector="defence"></delegation-roster>`,
      );
      expect(names(el)).to.deep.equal(['Andrey Belousov', 'Alexey Krivoruchko']);
      expect(text(part(el, 'count'))).to.equal('2 members');
      expect(parts(el, 'group')).to.have.length(1);
    });

    it('sector takes a comma-separated list, tolerating whitespace, in sector order', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster sector=" transport ,diplomacy, "></delegation-roster>`,
      );
      expect(parts(el, 'group-heading').map(text)).to.deep.equal(['Diplomacy', 'Transport']);
      expect(names(el)).to.deep.equal([
        'Sergey Lavrov',
        'Alexander Matsegora',
        'Roman Starovoyt',
        'Oleg Belozyorov',
      ]);
    });

    it('status="announced" and "confirmed" include "both"; "both" only both', async () => {
      const visit = clone((v) => {
        v.people.find((p) => p.id === 'alexander-novak')!.status = 'announced';
      });
      const count = async (status: string) => {
        const el = await provided(
          visit,
          html`<delegation-roster status=${status}></delegation-roster>`,
        );
        return names(el);
      };
      const announced = await count('announced');
      expect(announced).to.have.length(8);
      expect(announced).to.include('Alexander Novak');
      const confirmed = await count('confirmed');
      expect(confirmed).to.have.length(12);
      expect(confirmed).not.to.include('Alexander Novak');
      expect(confirmed).to.include('Sergey Lavrov');
      const both = await count('both');
      expect(both).to.have.length(7);
      expect(both).not.to.include('Alexander Novak');
      expect(both).not.to.include('Dmitry Peskov');
    });

    it('sector and status combine', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster sector="defence" status="both"></delegation-roster>`,
      );
      expect(names(el)).to.deep.equal(['Andrey Belousov']);
    });

    it('re-renders when attributes change later', async () => {
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      el.setAttribute('sector', 'health');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Mikhail Murashko']);
      el.setAttribute('group-by', 'none');
      await el.updateComplete;
      expect(parts(el, 'group')).to.have.length(0);
      el.removeAttribute('sector');
      el.setAttribute('limit', '3');
      await el.updateComplete;
      expect(members(el)).to.have.length(3);
      el.setAttribute('lang', 'ru');
      await el.updateComplete;
      expect(text(shadow(el).querySelector('h3'))).to.equal('Делегация России');
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(shadow(el).querySelector('h4[part=heading]')).not.to.equal(null);
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
    });
  });

  describe('limit', () => {
    it('shows the first N with a collapsed "Show all" button and an empty live region', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster limit="5" group-by="none"></delegation-roster>`,
      );
      expect(names(el)).to.deep.equal(dataset.people.slice(0, 5).map((p) => p.name.en));
      expect(text(part(el, 'count'))).to.equal('Showing 5 of 13 members');
      const button = toggle(el)!;
      expect(button.tagName).to.equal('BUTTON');
      expect(button.type).to.equal('button');
      expect(text(button)).to.equal('Show all 13');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const controlled = shadow(el).getElementById(button.getAttribute('aria-controls')!);
      expect(controlled).to.equal(shadow(el).querySelector('ul[part=list]'));
      expect(live(el).getAttribute('role')).to.equal('status');
      expect(text(live(el))).to.equal('');
    });

    it('grouped, takes the first N in sector order and controls the groups', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster limit="3"></delegation-roster>`,
      );
      expect(names(el)).to.deep.equal(['Denis Manturov', 'Alexander Novak', 'Sergey Lavrov']);
      expect(parts(el, 'group-heading').map(text)).to.deep.equal(['Government', 'Diplomacy']);
      const controlled = shadow(el).getElementById(toggle(el)!.getAttribute('aria-controls')!)!;
      expect(controlled.getAttribute('part')).to.equal('groups');
      expect(controlled.querySelectorAll('ul[part=list]')).to.have.length(2);
    });

    it('shows all with Enter, and fewer with Space, announcing the count; focus stays', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster limit="5"></delegation-roster>`,
      );
      const region = live(el);
      const button = toggle(el)!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(members(el)).to.have.length(13);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(button)).to.equal('Show fewer');
      expect(text(part(el, 'count'))).to.equal('13 members');
      expect(text(live(el))).to.equal('Showing all 13 members');
      // The same nodes: the live region and the focused button are not re-created.
      expect(live(el)).to.equal(region);
      expect(toggle(el)).to.equal(button);
      expect(shadow(el).activeElement).to.equal(button);

      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(members(el)).to.have.length(5);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(text(button)).to.equal('Show all 13');
      expect(text(live(el))).to.equal('Showing 5 of 13 members');
      expect(shadow(el).activeElement).to.equal(button);

      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(members(el)).to.have.length(13);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    });

    it('expands on click too', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster limit="2" status="both"></delegation-roster>`,
      );
      expect(text(part(el, 'count'))).to.equal('Showing 2 of 7 members');
      toggle(el)!.click();
      await el.updateComplete;
      expect(members(el)).to.have.length(7);
      expect(text(live(el))).to.equal('Showing all 7 members');
    });

    it('has no button when the limit is not below the number of members', async () => {
      for (const limit of ['13', '50']) {
        const el = await fixture<DelegationRoster>(
          html`<delegation-roster limit=${limit}></delegation-roster>`,
        );
        expect(members(el)).to.have.length(13);
        expect(toggle(el)).to.equal(null);
        expect(text(part(el, 'count'))).to.equal('13 members');
        expect(live(el).getAttribute('role')).to.equal('status');
      }
    });

    it('collapses again when the limit changes', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster limit="5"></delegation-roster>`,
      );
      toggle(el)!.click();
      await el.updateComplete;
      el.limit = 4;
      await el.updateComplete;
      expect(members(el)).to.have.length(4);
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
      el.removeAttribute('limit');
      await el.updateComplete;
      expect(members(el)).to.have.length(13);
      expect(toggle(el)).to.equal(null);
    });

    it('is accessible collapsed and expanded', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster limit="4" layout="grid"></delegation-roster>`,
      );
      await expect(el).to.be.accessible();
      toggle(el)!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('languages', () => {
    it('inherits lang from an ancestor', async () => {
      const wrapper = await fixture(
        html`<div lang="ru"><delegation-roster limit="5"></delegation-roster></div>`,
      );
      const el = wrapper.querySelector('delegation-roster')!;
      await el.updateComplete;
      expect(text(shadow(el).querySelector('h3'))).to.equal('Делегация России');
      expect(text(part(el, 'count'))).to.equal('Показано 5 из 13 участников');
      expect(text(toggle(el))).to.equal('Показать всех (13)');
      expect(parts(el, 'group-heading').map(text)[0]).to.equal('Правительство');
      wrapper.setAttribute('lang', 'ko-KP');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(shadow(el).querySelector('h3'))).to.equal('로씨야 대표단');
    });

    it('speaks Korean in both orthographies', async () => {
      const ko = await fixture<DelegationRoster>(
        html`<delegation-roster lang="ko" limit="5"></delegation-roster>`,
      );
      expect(text(shadow(ko).querySelector('h3'))).to.equal('러시아 대표단');
      expect(text(part(ko, 'count'))).to.equal('13명 중 5명 표시');
      expect(text(toggle(ko))).to.equal('13명 모두 보기');
      const kp = await fixture<DelegationRoster>(
        html`<delegation-roster lang="ko-KP"></delegation-roster>`,
      );
      expect(text(shadow(kp).querySelector('h3'))).to.equal('로씨야 대표단');
      expect(text(part(kp, 'count'))).to.equal('13명');
    });

    it('names each member in the reader’s language and script, titled as they write it', async () => {
      const names = (el: Element) => members(el).map((li) => text(li.querySelector('[part=name]')));
      const titles = (el: Element) =>
        members(el).map((li) => text(li.querySelector('[part=title]')));
      const ru = await fixture<DelegationRoster>(
        html`<delegation-roster lang="ru"></delegation-roster>`,
      );
      expect(names(ru)).to.include.members(['Сергей Лавров', 'Олег Белозёров']);
      expect(titles(ru)).to.include('Министр иностранных дел');
      // A Russian reader already reads the Russian name: no second line of it.
      expect(shadow(ru).querySelector('[part=name-ru]')).to.equal(null);
      const ko = await fixture<DelegationRoster>(
        html`<delegation-roster lang="ko"></delegation-roster>`,
      );
      expect(names(ko)).to.include.members([
        '세르게이 라브로프',
        '데니스 만투로프',
        '유리 보리소프',
      ]);
      expect(titles(ko)).to.include('외무장관');
      expect(shadow(ko).querySelector('[part=name-ru]')).to.equal(null);
      const kp = await fixture<DelegationRoster>(
        html`<delegation-roster lang="ko-KP"></delegation-roster>`,
      );
      // As Rodong Sinmun prints them (Fact 8), and the library's own transliteration of a name
      // no DPRK source prints, which the data records as such.
      expect(names(kp)).to.include.members([
        '쎄르게이 라브로브',
        '제니스 만뚜로브',
        '유리 보리쏘브',
      ]);
      expect(titles(kp)).to.include.members(['외무상', '운수상']);
      const borisov = dataset.people.find((p) => p.id === 'yuri-borisov')!;
      expect(borisov.transliterated).to.deep.equal(['ko-KP']);
    });

    it('uses Russian plurals for the count', async () => {
      const expected: Record<number, string> = {
        1: '1 участник',
        2: '2 участника',
        5: '5 участников',
        11: '11 участников',
      };
      for (const [n, label] of Object.entries(expected)) {
        const el = await provided(
          withPeople(Number(n)),
          html`<delegation-roster lang="ru"></delegation-roster>`,
        );
        expect(text(part(el, 'count'))).to.equal(label);
      }
      const ru = delegationRosterStrings.ru;
      const c = (value: number) => ({ value, text: String(value) });
      expect(ru.members(c(21))).to.equal('21 участник');
      expect(ru.members(c(22))).to.equal('22 участника');
      expect(ru.showing(c(5), c(21))).to.equal('Показано 5 из 21 участника');
      expect(ru.showing(c(5), c(13))).to.equal('Показано 5 из 13 участников');
      expect(delegationRosterStrings.en.members(c(1))).to.equal('1 member');
    });

    it('formats numbers through Intl.NumberFormat in the reader’s locale', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster lang="ar-EG"></delegation-roster>`,
      );
      expect(text(part(el, 'count'))).to.equal(
        `${new Intl.NumberFormat('ar-EG').format(13)} members`,
      );
    });

    it('translates the live announcement', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster lang="ru" limit="5"></delegation-roster>`,
      );
      toggle(el)!.click();
      await el.updateComplete;
      expect(text(live(el))).to.equal('Показаны все участники: 13');
      expect(text(toggle(el))).to.equal('Показать меньше');
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
        html`<delegation-roster
          sector="presidential-office"
          status="announced"
        ></delegation-roster>`,
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
        html`<visit-data .data=${withPeople(2)}
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
      expect(names(rosters[1]!)).to.deep.equal(['Yuri Borisov']);
      expectWarningsForEvents();
    });

    it('fires again when a later change breaks it, and recovers', async () => {
      const warnings = captureWarnings();
      const el = await fixture<DelegationRoster>(html`<delegation-roster></delegation-roster>`);
      setTimeout(() => el.setAttribute('status', 'maybe'));
      const event = (await oneEvent(el, 'visit-cards-error')) as VisitCardsErrorEvent;
      expect(event.detail).to.include({
        code: 'invalid-attribute',
        attribute: 'status',
        value: 'maybe',
      });
      el.setAttribute('status', 'confirmed');
      await el.updateComplete;
      expect(part(el, 'notice')).to.equal(null);
      expect(members(el)).to.have.length(13);
      expect(warnings.take()).to.deep.equal([
        '<delegation-roster>: status="maybe" is not one of: announced, confirmed, both.',
      ]);
    });

    it('treats empty filters as no filter', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster sector=" , " status=""></delegation-roster>`,
      );
      expect(members(el)).to.have.length(13);
    });
  });

  describe('provider and lifecycle', () => {
    it('shows the dataset a <visit-data> provider supplies', async () => {
      const el = await provided(
        withPeople(2),
        html`<delegation-roster group-by="none"></delegation-roster>`,
      );
      expect(names(el)).to.deep.equal(['Sergey Lavrov', 'Denis Manturov']);
      expect(text(part(el, 'count'))).to.equal('2 members');
    });

    it('keeps working after being disconnected and reconnected', async () => {
      const wrapper = await fixture(
        html`<div><delegation-roster limit="5"></delegation-roster></div>`,
      );
      const el = wrapper.querySelector('delegation-roster')!;
      await el.updateComplete;
      el.remove();
      el.setAttribute('sector', 'government, defence');
      wrapper.append(el);
      await el.updateComplete;
      expect(names(el)).to.have.length(4);
      expect(toggle(el)).to.equal(null);
      el.setAttribute('limit', '2');
      await el.updateComplete;
      toggle(el)!.click();
      await el.updateComplete;
      expect(members(el)).to.have.length(4);
      expect(text(live(el))).to.equal('Showing all 4 members');
    });

    it('exposes every documented part', async () => {
      const el = await fixture<DelegationRoster>(
        html`<delegation-roster limit="3"></delegation-roster>`,
      );
      for (const name of [
        'card',
        'header',
        'heading',
        'count',
        'groups',
        'group',
        'group-heading',
        'list',
        'member',
        'name',
        'name-ru',
        'title',
        'meta',
        'sector',
        'status',
        'toggle',
        'live',
        'sources',
        'source',
      ]) {
        expect(part(el, name), name).not.to.equal(null);
      }
    });
  });

  describe('accessibility', () => {
    for (const layout of ['list', 'grid']) {
      for (const groupBy of ['sector', 'none']) {
        for (const theme of ['light', 'dark']) {
          it(`has no axe violations: layout=${layout} group-by=${groupBy} theme=${theme}`, async () => {
            const el = await fixture<DelegationRoster>(
              html`<delegation-roster
                layout=${layout}
                group-by=${groupBy}
                theme=${theme}
              ></delegation-roster>`,
            );
            await expect(el).to.be.accessible();
          });
        }
      }
    }

    for (const lang of ['en', 'ru', 'ko', 'ko-KP']) {
      it(`has no axe violations in lang=${lang}, light and dark`, async () => {
        for (const theme of ['light', 'dark']) {
          const el = await fixture<DelegationRoster>(
            html`<delegation-roster lang=${lang} theme=${theme} limit="6"></delegation-roster>`,
          );
          await expect(el).to.be.accessible();
        }
      });
    }

    it('has no axe violations at 280px and 900px', async () => {
      for (const width of [280, 900]) {
        for (const layout of ['list', 'grid']) {
          const wrapper = await fixture(html`
            <div style="width: ${width}px">
              <delegation-roster layout=${layout} limit="5"></delegation-roster>
            </div>
          `);
          await expect(wrapper).to.be.accessible();
        }
      }
    });
  });
});
