/**
 * How `<letter-quote>` sits in an article's column, measured in Chromium in a plain page: the
 * default card (sources closed) is at most 360 px tall in a 640 px column and 600 px in a
 * 320 px one, whichever quote of the dataset it shows, in every language; a heading never ends
 * on a lone word, and a date never breaks across lines.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { dataset } from '../../src/data/index.js';
import '../../src/define/letter-quote.js';
import type { LetterQuote } from '../../src/elements/letter-quote/letter-quote.js';
import { LOCALES } from '../../src/locales/tags.js';

/** The tallest the default card may be, by column width. */
const BUDGETS = [
  { width: 640, maxHeight: 360 },
  { width: 320, maxHeight: 600 },
];

/** Cards of the `quotes` given (all by default), each in a column `width` px wide, in `lang`. */
async function columns(
  lang: string,
  width: number,
  { quotes = dataset.quotes, expanded = '' } = {},
): Promise<LetterQuote[]> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      ${quotes.map(
        (q) =>
          html`<div style="width:${width}px">
            <letter-quote quote-id=${q.id} expanded=${expanded}></letter-quote>
          </div>`,
      )}
    </div>`,
  );
  const cards = [...wrapper.querySelectorAll('letter-quote')];
  await Promise.all(cards.map((card) => card.updateComplete));
  await document.fonts.ready;
  return cards;
}

const FIRST = dataset.quotes.slice(0, 1);

/**
 * Narrows or widens `card`'s column to `width` px and waits until the container queries have
 * applied: one card swept across widths instead of a fixture per width, which took longer than a
 * test may in WebKit under load.
 */
async function resize(card: LetterQuote, width: number): Promise<void> {
  card.parentElement!.style.width = `${width}px`;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** The lines `el`'s text is laid out on, each as the words on it. */
function linesOf(el: Element): string[][] {
  const lines = new Map<number, string[]>();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    for (const match of value.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      // A word broken across lines (overflow-wrap) counts on the line it starts on.
      const top = Math.round(range.getClientRects()[0]?.top ?? NaN);
      if (Number.isNaN(top)) continue;
      lines.set(top, [...(lines.get(top) ?? []), match[0]]);
    }
  }
  return [...lines.entries()].sort(([a], [b]) => a - b).map(([, words]) => words);
}

describe('<letter-quote> in a column', () => {
  for (const lang of LOCALES) {
    for (const { width, maxHeight } of BUDGETS) {
      it(`is at most ${maxHeight} px tall at ${width} px in ${lang}, for every quote`, async () => {
        const cards = await columns(lang, width);
        const heights = cards.map((card) => ({
          id: card.quoteId,
          height: card.getBoundingClientRect().height,
        }));
        expect(heights.length).to.equal(dataset.quotes.length);
        const tallest = heights.reduce((a, b) => (b.height > a.height ? b : a));
        expect(tallest.height, `the tallest, "${tallest.id}"`).to.be.at.most(maxHeight);
        // Each card is laid out in full: nothing clipped, nothing overflowing the column.
        for (const card of cards) {
          expect(card.scrollWidth, card.quoteId).to.be.at.most(width);
        }
      });
    }
  }

  it('puts the copy button on the row of the sources, beside them, on one line', async () => {
    for (const lang of LOCALES) {
      for (const width of [320, 640, 900]) {
        const [card] = await columns(lang, width, { quotes: FIRST });
        const part = (name: string) =>
          card!.shadowRoot!.querySelector(`[part~=${name}]`)!.getBoundingClientRect();
        const summary = part('sources-summary');
        const button = part('copy-button');
        const where = `${lang} at ${width} px`;
        expect(button.left, where).to.be.greaterThan(summary.right);
        expect(button.top, where).to.be.below(summary.bottom);
        expect(button.bottom, where).to.be.above(summary.top);
        const summaryLines = linesOf(card!.shadowRoot!.querySelector('[part~=sources-summary]')!);
        expect(summaryLines, where).to.have.length(1);
      }
    }
  });

  it('never ends its heading on a lone word', async () => {
    for (const lang of LOCALES) {
      const [card] = await columns(lang, 280, { quotes: FIRST });
      for (let width = 280; width <= 900; width += 20) {
        await resize(card!, width);
        const lines = linesOf(card!.shadowRoot!.querySelector('[part=heading]')!);
        if (lines.length > 1) expect(lines.at(-1)!.length, `${lang} at ${width} px`).to.be.above(1);
      }
    }
  });

  it('never breaks a date across lines, in the caption or the sources list', async () => {
    for (const lang of LOCALES) {
      const [card] = await columns(lang, 280, { quotes: FIRST, expanded: 'sources' });
      for (let width = 280; width <= 900; width += 40) {
        await resize(card!, width);
        const times = [...card!.shadowRoot!.querySelectorAll('time')];
        expect(times.length).to.be.above(1);
        for (const time of times) {
          expect(time.getClientRects().length, `${time.textContent} at ${width} px`).to.equal(1);
        }
      }
    }
  });
});
