import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
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
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').replace(/ ?– ?/g, '–').trim() ?? '';
/** The one console warning a card gives for variant="huge". */
const HUGE = '<visit-card>: variant="huge" is not one of: full, compact.';

async function card(markup: ReturnType<typeof html>): Promise<VisitCard> {
  const el = await fixture<VisitCard>(markup);
  await el.updateComplete;
  return el;
}

describe('<visit-card>', () => {
  describe('renders the visit at a glance', () => {
    it('in an article labelled by its heading', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      const article = $(el, 'article')!;
      const heading = $(el, 'h3')!;
      expect(article.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(text(heading)).to.equal('State visit of the President of Russia to the DPRK');
      expect(text($(el, '[part=eyebrow]'))).to.equal('State visit');
    });

    it('with who, where and when as a description list, dates in <time>', async () => {
      const el = await card(html`<visit-card lang="en-GB"></visit-card>`);
      const facts = $$(el, 'dl > div').map((div) => [
        text(div.querySelector('dt')),
        text(div.querySelector('dd')),
      ]);
      expect(facts).to.deep.equal([
        ['Guest', 'Vladimir Putin, President of Russia'],
        ['Host', 'Kim Jong Un'],
        ['Where', 'Pyongyang'],
        ['When', '18–19 June 2024'],
        [
          'Arrival',
          '19 June 2024, 02:22 (UTC+9, Pyongyang time) · Pyongyang Sunan airport, Pyongyang',
        ],
        ['Residence', 'Kumsusan State Guest House'],
        ['Departure', '19 June 2024 (reported; not officially confirmed)'],
      ]);
      expect($(el, 'dd time[datetime="2024-06-19T02:22+09:00"]')).to.exist;
      expect($(el, 'dd time[datetime="2024-06-18"]')).to.exist;
    });

    it('shows the arrival in Pyongyang time whatever the reader’s zone', async () => {
      const el = await card(html`<visit-card lang="en-GB"></visit-card>`);
      // 02:22 at UTC+9 is 17:22 UTC the day before: the card must not show the reader's clock.
      expect(text($(el, 'dd time[datetime="2024-06-19T02:22+09:00"]'))).to.contain(
        '02:22 (UTC+9, Pyongyang time)',
      );
    });

    it('computes "first visit in 24 years" from the previous visit in the data', async () => {
      const other = structuredClone(dataset);
      other.overview.previousVisit!.start = '2014-05-01';
      other.overview.previousVisit!.end = '2014-05-02';
      const el = await fixture(
        html`<visit-data .data=${other}><visit-card></visit-card></visit-data>`,
      );
      const inner = el.querySelector('visit-card')!;
      await inner.updateComplete;
      expect(text($(inner, '[part=badge]'))).to.match(/^First visit in 10 years/);
      const el2 = await card(html`<visit-card></visit-card>`);
      expect(text($(el2, '[part=badge]'))).to.match(/^First visit in 24 years/);
    });

    it('lists the programme in order, with local times where published', async () => {
      const el = await card(html`<visit-card lang="en-GB"></visit-card>`);
      const items = $$(el, 'ol[part=programme] > li');
      expect(items.length).to.equal(dataset.programme.length);
      expect(text(items[0])).to.match(/^02:22 UTC\+9 Arrival at Pyongyang Sunan airport/);
      expect(text(items[1])).to.match(/^about 12:00 UTC\+9 Official welcome ceremony/);
    });

    it('shows the treaty signed, ratified by both sides, and in force', async () => {
      const el = await card(html`<visit-card lang="en-GB"></visit-card>`);
      const treaty = $(el, 'li.outcome.treaty')!;
      expect(treaty).dom.to.equal(
        `<li class="outcome treaty" part="outcome">
          <span class="outcome-title" part="outcome-title">Treaty on Comprehensive Strategic Partnership between the Russian Federation and the DPRK</span>
          <ul class="steps" part="steps">
            <li>Signed: <time datetime="2024-06-19" part="time">19 June 2024</time></li>
            <li>Ratified:
              <span class="party" part="party">Russia <time datetime="2024-11-09" part="time">9 November 2024</time></span>
              <span class="party" part="party">DPRK <time datetime="2024-11-11" part="time">11 November 2024</time></span>
            </li>
            <li>In force: <time datetime="2024-12-04" part="time">4 December 2024</time></li>
            <li>23 articles</li>
            <li>Replaces: the treaty of <time datetime="2000-02-09" part="time">9 February 2000</time></li>
          </ul>
        </li>`,
      );
      expect($$(el, 'li.outcome.agreement').length).to.equal(2);
    });

    it('names the next stop', async () => {
      const el = await card(html`<visit-card lang="en-GB"></visit-card>`);
      expect(text($(el, '[part=next-stop]'))).to.equal(
        'Next stop: State visit to Vietnam, Hanoi, 19–20 June 2024',
      );
    });

    it('ends with the sources of what it shows, linked only where a URL is known', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      const items = $$(el, 'footer[part=sources] li');
      expect(items.length).to.be.greaterThan(5);
      const links = $$(el, 'footer[part=sources] a') as HTMLAnchorElement[];
      const known = new Set(dataset.sources.filter((s) => s.url).map((s) => s.url));
      for (const link of links) expect(known.has(link.getAttribute('href')!)).to.equal(true);
      expect(links.length).to.be.lessThan(items.length); // the blog and the fact sheet have no URL
    });
  });

  describe('variant', () => {
    it('compact leaves out the programme and the details', async () => {
      const el = await card(html`<visit-card variant="compact"></visit-card>`);
      expect($(el, '[part=programme]')).to.not.exist;
      expect(text($(el, 'dl'))).to.not.contain('Residence');
      expect($(el, '[part=outcomes]')).to.exist;
      expect($(el, '[part=badge]')).to.exist;
    });

    it('re-renders when the attribute changes later', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      expect($(el, '[part=programme]')).to.exist;
      el.setAttribute('variant', 'compact');
      await elementUpdated(el);
      expect($(el, '[part=programme]')).to.not.exist;
    });
  });

  describe('heading-level', () => {
    it('sets the heading level, and section headings one below', async () => {
      const el = await card(html`<visit-card heading-level="2"></visit-card>`);
      expect($(el, 'h2[part=heading]')).to.exist;
      expect($$(el, 'h3[part=section-heading]').length).to.equal(2);
    });

    it('caps section headings at h6', async () => {
      const el = await card(html`<visit-card heading-level="6"></visit-card>`);
      expect($$(el, 'h6').length).to.equal(3);
    });
  });

  describe('lang', () => {
    it('speaks Russian, the data’s text included', async () => {
      const el = await card(html`<visit-card lang="ru"></visit-card>`);
      expect(text($(el, '[part=eyebrow]'))).to.equal('Государственный визит');
      expect(text($(el, '[part=badge]'))).to.match(/^Первый визит за 24 года/);
      expect(text($(el, 'h3'))).to.equal('Государственный визит Президента России в КНДР');
      expect($(el, 'h3 [lang=en]')).to.equal(null);
      expect(text($(el, '[part=programme-title]'))).to.equal(
        'Прибытие в пхеньянский аэропорт Сунан',
      );
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
      const arrival = text($(el, 'dd time[datetime="2024-06-19T02:22+09:00"]'));
      expect(arrival).to.contain('02:22 (UTC+9, по времени Пхеньяна)');
      const outcomes = $$(el, '[part=outcome]');
      // Договор (masculine) is «подписан»; соглашение (neuter) «подписано».
      expect(text(outcomes[0]!.querySelector('li'))).to.match(/^Подписан: /);
      expect(text(outcomes[1]!.querySelector('li'))).to.match(/^Подписано: /);
      expect(text(outcomes[0])).to.contain('Вступил в силу');
      // Signatories by their Russian names.
      expect(text(outcomes[1])).to.contain('Подписал с российской стороны: Роман Старовойт');
      expect(text($(el, '[part=next-stop]'))).to.match(/^Следующий пункт визита: /);
    });

    it('writes the DPRK’s spacing and terms for ko-KP, and Seoul’s for ko', async () => {
      const ko = await card(html`<visit-card lang="ko"></visit-card>`);
      expect(text($(ko, '[part=badge]'))).to.match(/^24년 만의 방문/);
      expect(text($(ko, 'dd time[datetime="2024-06-19T02:22+09:00"]'))).to.contain(
        '02:22(UTC+9, 평양 시간)',
      );
      const kp = await card(html`<visit-card lang="ko-KP"></visit-card>`);
      expect(text($(kp, '[part=eyebrow]'))).to.equal('국가방문');
      expect(text($(kp, '[part=badge]'))).to.match(/^24년만의 방문/);
      expect(text($(kp, 'dd time[datetime="2024-06-19T02:22+09:00"]'))).to.contain(
        '02:22(UTC+9, 평양시간)',
      );
    });

    it('inherits lang from the nearest ancestor, and follows it when it changes', async () => {
      const wrapper = await fixture(html`<div lang="ru"><visit-card></visit-card></div>`);
      const el = wrapper.querySelector('visit-card')!;
      await el.updateComplete;
      expect(text($(el, '[part=eyebrow]'))).to.equal('Государственный визит');
      wrapper.setAttribute('lang', 'ko');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(text($(el, '[part=eyebrow]'))).to.equal('국빈 방문');
    });

    it('breaks Korean between words, not inside one, and still fits 280 px', async () => {
      for (const lang of ['ko', 'ko-KP']) {
        const wrapper = await fixture(
          html`<div lang=${lang} style="width:280px"><visit-card></visit-card></div>`,
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
      const cases: [lang: string, signed: string, replaced: string][] = [
        ['en-US', 'Signed: June 19, 2024', 'Replaces: the treaty of February 9, 2000'],
        ['en-GB', 'Signed: 19 June 2024', 'Replaces: the treaty of 9 February 2000'],
        ['ru', 'Подписан: 19 июня 2024 г.', 'Заменяет: договор от 9 февраля 2000 г.'],
        ['ko', '서명: 2024년 6월 19일', '대체: 2000년 2월 9일 조약'],
      ];
      for (const [lang, signed, replaced] of cases) {
        const el = await card(html`<visit-card lang=${lang}></visit-card>`);
        const steps = $$(el, 'li.outcome.treaty [part=steps] > li').map(text);
        expect(steps, lang).to.include.members([signed, replaced]);
      }
    });

    it('falls back to English for a language it does not speak, or a malformed tag', async () => {
      const fr = await card(html`<visit-card lang="fr"></visit-card>`);
      expect(text($(fr, '[part=eyebrow]'))).to.equal('State visit');
      const bad = await card(html`<visit-card lang="!!"></visit-card>`);
      expect(text($(bad, '[part=eyebrow]'))).to.equal('State visit');
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
    });
  });

  describe('keyboard', () => {
    it('opens the sources with the keyboard', async () => {
      const el = await card(html`<visit-card></visit-card>`);
      const summary = $(el, 'footer summary') as HTMLElement;
      summary.focus();
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      await sendKeys({ press: 'Enter' });
      expect(($(el, 'footer details') as HTMLDetailsElement).open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.localName).to.equal('a');
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
      const link = $(el, 'footer a')!;
      expect(getComputedStyle(link, '::after').content).to.contain('http');
    });
  });

  describe('accessibility (axe)', () => {
    for (const variant of ['full', 'compact']) {
      for (const theme of ['light', 'dark']) {
        for (const lang of ['en', 'ru', 'ko', 'ko-KP']) {
          it(`has no violations: ${variant}, ${theme}, ${lang}`, async () => {
            const el = await card(
              html`<visit-card variant=${variant} theme=${theme} lang=${lang}></visit-card>`,
            );
            await expect(el).to.be.accessible();
          });
        }
      }
    }
    it('has no violations with two cards on one page (no repeated landmark names)', async () => {
      const wrapper = await fixture(
        html`<main><visit-card></visit-card><visit-card variant="compact"></visit-card></main>`,
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
        html`<visit-card variant="compact" theme="dark" heading-level="2"></visit-card>`,
      );
      for (const attribute of ['variant', 'theme', 'heading-level']) el.removeAttribute(attribute);
      await elementUpdated(el);
      expect($(el, '[part=notice]')).to.not.exist;
      expect($(el, 'h3[part=heading]')).to.exist;
      expect($(el, '[part=programme]')).to.exist;
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
      expect($(el, '[part=programme]')).to.not.exist;
      expect($(el, 'article')).to.exist;
    });

    it('upgrades a card that was in the page before its tag was defined', async () => {
      const wrapper = await fixture(html`<div><visit-card-late></visit-card-late></div>`);
      const { VisitCard } = await import('../../src/elements/visit-card/visit-card.js');
      customElements.define('visit-card-late', class extends VisitCard {});
      const el = wrapper.querySelector('visit-card-late') as VisitCard;
      await el.updateComplete;
      expect(text($(el, 'h3'))).to.contain('State visit');
    });
  });

  describe('with a <visit-data> provider', () => {
    it('shows the provider’s dataset instead of the bundled one', async () => {
      const other: Visit = structuredClone(dataset);
      other.overview.title = { en: 'Another visit' };
      const el = await fixture(
        html`<visit-data .data=${other}><visit-card></visit-card></visit-data>`,
      );
      const inner = el.querySelector('visit-card')!;
      await inner.updateComplete;
      expect(text($(inner, 'h3'))).to.equal('Another visit');
    });
  });
});
