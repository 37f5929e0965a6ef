import { expect, fixture, html } from '@open-wc/testing';
import { dataset } from '../../src/data/index.js';
import '../../src/define/visit-card.js';
import '../../src/define/delegation-roster.js';
import '../../src/define/letter-quote.js';
import '../../src/define/visit-timeline.js';
import '../../src/define/visit-data.js';
import { letterQuoteStrings } from '../../src/locales/index.js';
import type { Locale } from '../../src/locales/tags.js';
import { letterRuns, mismarked, SCRIPT_OF, shareIn } from '../helpers/scripts.js';

/** The languages whose readers must read their own script. */
const READERS = ['ru', 'ko', 'ko-KP'] as const satisfies readonly Locale[];
/** What is not the card's own text: the quotation and the sources list. */
const NOT_OWN = 'blockquote, [part~=sources]';
/** Written the same in every language the cards speak. */
const INTERNATIONAL = ['UTC'];

/**
 * Spellings that belong to one Korean orthography only: a `ko` card must have none of the
 * DPRK's, a `ko-KP` card none of Seoul's (Fact 8 of the source notes).
 */
const FOREIGN_SPELLINGS: Record<'ko' | 'ko-KP', readonly string[]> = {
  ko: ['로씨야', '뿌찐', '쎄르게이', '알렉싼드르', '만뚜로브', '로동신문', '울라지미르'],
  'ko-KP': ['러시아', '푸틴', '북한', '세르게이', '알렉산드르', '노동신문', '블라디미르'],
};

/** Each card in each of its states worth reading, by name. */
const CARDS: [name: string, markup: (lang: Locale) => ReturnType<typeof html>][] = [
  ['<visit-card>', (lang) => html`<visit-card lang=${lang}></visit-card>`],
  [
    '<visit-card variant="compact">',
    (lang) => html`<visit-card lang=${lang} variant="compact"></visit-card>`,
  ],
  ['<delegation-roster>', (lang) => html`<delegation-roster lang=${lang}></delegation-roster>`],
  [
    '<delegation-roster group-by="none">',
    (lang) => html`<delegation-roster lang=${lang} group-by="none"></delegation-roster>`,
  ],
  ['<visit-timeline>', (lang) => html`<visit-timeline lang=${lang}></visit-timeline>`],
  ...dataset.quotes.map((q): [string, (lang: Locale) => ReturnType<typeof html>] => [
    `<letter-quote quote-id="${q.id}">`,
    (lang) => html`<letter-quote lang=${lang} quote-id=${q.id}></letter-quote>`,
  ]),
];

/** A copy of `visit` with every localized text cut down to its English. */
function englishOnly<T>(visit: T): T {
  return JSON.parse(JSON.stringify(visit), (_key, value: unknown) =>
    value && typeof value === 'object' && 'en' in value && typeof value.en === 'string'
      ? { en: value.en }
      : value,
  ) as T;
}

async function mount(markup: ReturnType<typeof html>): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(markup);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe('every language all the way through', () => {
  for (const lang of READERS) {
    describe(`lang="${lang}"`, () => {
      for (const [name, markup] of CARDS) {
        it(`${name}: at least 95% of its own text is in the reader's script`, async () => {
          const el = await mount(markup(lang));
          const runs = letterRuns(el, NOT_OWN);
          expect(runs.length, 'letters').to.be.above(0);
          const foreign = runs.filter((run) => run.script !== SCRIPT_OF[lang]).map((r) => r.text);
          expect(
            shareIn(runs, SCRIPT_OF[lang]),
            `not in ${lang}: ${foreign.join(' ')}`,
          ).to.be.at.least(0.95);
        });

        it(`${name}: every run of another script carries its lang`, async () => {
          const el = await mount(markup(lang));
          // Sources keep brand names in their own script: checked below, by the source.
          expect(mismarked(letterRuns(el, '[part~=sources]'), INTERNATIONAL)).to.deep.equal([]);
        });
      }
    });
  }

  for (const lang of ['ko', 'ko-KP'] as const) {
    it(`spells every name and term the ${lang === 'ko' ? 'South Korean' : 'DPRK'} way in ${lang}`, async () => {
      for (const [name, markup] of CARDS) {
        const el = await mount(markup(lang));
        const own = letterRuns(el, NOT_OWN)
          .map((run) => run.text)
          .join(' ');
        for (const spelling of FOREIGN_SPELLINGS[lang]) {
          expect(own, `${name} in ${lang}`).to.not.contain(spelling);
        }
      }
    });
  }

  it('falls back to English, marked lang="en", for a dataset that has English alone', async () => {
    const english = englishOnly(dataset);
    for (const lang of READERS) {
      const provider = await fixture<HTMLElement>(
        html`<visit-data .data=${english}
          ><visit-card lang=${lang}></visit-card><delegation-roster lang=${lang}></delegation-roster
        ></visit-data>`,
      );
      for (const card of provider.children) {
        await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const runs = letterRuns(card, NOT_OWN);
        // Measured, so a card that fell short of its language would fail above.
        expect(shareIn(runs, SCRIPT_OF[lang]), `${card.localName} in ${lang}`).to.be.below(0.95);
        expect(mismarked(letterRuns(card, '[part~=sources]'), INTERNATIONAL)).to.deep.equal([]);
      }
    }
  });

  it('marks each source’s publisher and title with the source’s language', async () => {
    const el = await mount(html`<visit-card lang="ko"></visit-card>`);
    const items = [...el.shadowRoot!.querySelectorAll('[part=source]')];
    expect(items.length).to.be.above(0);
    for (const item of items) {
      const publisher = item.querySelector('a, span')!;
      const source = dataset.sources.find((s) => s.publisher === publisher.textContent)!;
      expect(publisher.getAttribute('lang'), source.id).to.equal(source.language);
      const title = item.querySelector('cite');
      if (title) expect(title.getAttribute('lang'), source.id).to.equal(source.language);
    }
  });

  describe('<letter-quote>: quotations are never translated', () => {
    const attested = dataset.quotes.filter((q) => q.attested?.some((a) => a.language === 'ru'));
    const englishOnly = dataset.quotes.filter((q) => !q.attested?.length);
    const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

    it('has Russian originals for some quotes, and not for others', () => {
      expect(attested.length).to.be.above(0);
      expect(englishOnly.length).to.be.above(0);
    });

    it('shows a Russian reader the Russian original where a source prints it whole', async () => {
      for (const q of attested) {
        const original = q.attested!.find((a) => a.language === 'ru')!;
        const el = await mount(html`<letter-quote lang="ru" quote-id=${q.id}></letter-quote>`);
        expect(part(el, 'text')!.textContent, q.id).to.equal(original.text);
        expect(part(el, 'blockquote')!.getAttribute('lang'), q.id).to.equal('ru');
        expect(part(el, 'language-note'), q.id).to.equal(null);
        // The outlet that prints the original is what the quote cites, and links.
        const outlet = dataset.sources.find((s) => s.id === original.sources[0])!;
        expect(part(el, 'blockquote')!.getAttribute('cite'), q.id).to.equal(outlet.url);
        expect(part(el, 'sources')!.textContent, q.id).to.contain(outlet.publisher);
      }
    });

    it('shows the English text, marked and said to be English, where none is attested', async () => {
      for (const lang of READERS) {
        for (const q of englishOnly.slice(0, 3)) {
          const el = await mount(html`<letter-quote lang=${lang} quote-id=${q.id}></letter-quote>`);
          expect(part(el, 'text')!.textContent, `${q.id} in ${lang}`).to.equal(q.text);
          expect(part(el, 'blockquote')!.getAttribute('lang')).to.equal('en');
          expect(part(el, 'language-note')!.textContent!.trim()).to.equal(
            letterQuoteStrings[lang].quotedFromEnglish,
          );
        }
      }
    });

    it('shows a Korean reader the English text even of a quote with a Russian original', async () => {
      const el = await mount(
        html`<letter-quote lang="ko" quote-id=${attested[0]!.id}></letter-quote>`,
      );
      expect(part(el, 'text')!.textContent).to.equal(attested[0]!.text);
      expect(part(el, 'blockquote')!.getAttribute('lang')).to.equal('en');
      expect(part(el, 'language-note')).to.exist;
    });

    it('says nothing about the language to an English reader', async () => {
      const el = await mount(
        html`<letter-quote lang="en" quote-id=${attested[0]!.id}></letter-quote>`,
      );
      expect(part(el, 'text')!.textContent).to.equal(attested[0]!.text);
      expect(part(el, 'language-note')).to.equal(null);
    });
  });
});
