/**
 * The fallback `visit-cards/snippet` writes inside each card, in each engine (Chromium in
 * `npm test`, Firefox and WebKit in `npm run test:engines`): shown while the card's tag is not
 * defined, as without JavaScript, and once the card upgrades neither shown nor read beside it,
 * since its shadow root has no slot for it. This file's page defines nothing until the test
 * does. Heights and layout shift are measured in Chromium by test/e2e/no-javascript.test.ts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { commonStrings } from '../../src/locales/index.js';
import { LOCALES } from '../../src/locales/tags.js';
import { snippet, SNIPPET_TAGS } from '../../src/snippet/index.js';
import { letterRuns, mismarked, SCRIPT_OF, shareIn } from '../helpers/scripts.js';

/** Whether `node` (an element, or the text inside it) has any box on the page. */
function rendered(node: Element): boolean {
  const range = document.createRange();
  range.selectNodeContents(node);
  return node.getClientRects().length > 0 || range.getClientRects().length > 0;
}

describe('the fallback inside a card', () => {
  it('shows until the card upgrades, then is neither shown nor read beside it', async () => {
    const sheet = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: '/src/visit-cards.css',
    });
    const loaded = new Promise((done) => sheet.addEventListener('load', done));
    document.head.append(sheet);
    await loaded;
    const container = document.createElement('div');
    container.innerHTML = SNIPPET_TAGS.flatMap((tag) =>
      LOCALES.map((lang) => snippet(tag, { lang })),
    ).join('');
    document.body.append(container);
    const cards = [...container.children] as HTMLElement[];

    for (const card of cards) {
      expect(card.matches(':not(:defined)'), card.localName).to.be.true;
      const heading = card.querySelector('h3')!;
      expect(rendered(heading), `${card.localName}: heading shown`).to.be.true;
      expect(heading.textContent).not.to.equal('');
      const ld = JSON.parse(card.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(ld['@context']).to.equal('https://schema.org');
    }

    await import('../../src/index.js');
    await Promise.all(
      cards.map(
        (card) => (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
    await waitUntil(() => cards.every((card) => card.shadowRoot?.querySelector('[part~=card]')));

    for (const card of cards) {
      expect(card.shadowRoot!.querySelector('slot'), 'no slot').to.equal(null);
      const shown = [...card.children].filter(rendered).map((child) => child.localName);
      expect(shown, `${card.localName} lang=${card.lang}: fallback shown`).to.deep.equal([]);
      // The card's heading is the one a screen reader meets; the fallback's is not there.
      expect(rendered(card.shadowRoot!.querySelector('[part~=heading]')!)).to.be.true;
    }
    // Each alone: two quotes on one page each have a footer landmark (reported apart).
    for (const card of cards.filter((c) => c.lang === 'en')) {
      container.replaceChildren(card);
      await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect([...card.children].filter(rendered)).to.deep.equal([]);
      await expect(card).to.be.accessible();
    }
    container.remove();
    sheet.remove();
  });

  for (const lang of ['ru', 'ko', 'ko-KP'] as const) {
    it(`speaks ${lang}: 95% of its own text in the reader's script, every other run marked`, () => {
      for (const tag of SNIPPET_TAGS) {
        // Held in a shadow root, where the helpers read text as a card's.
        const host = document.createElement('div');
        host.attachShadow({ mode: 'open' }).innerHTML = snippet(tag, { lang });
        document.body.append(host);
        const sources = [...host.shadowRoot!.querySelectorAll('details')].find((d) =>
          d.querySelector('summary')!.textContent!.startsWith(`${commonStrings[lang].sources} (`),
        );
        sources?.setAttribute('data-sources', '');
        // The quotation and the sources are not the card's own words, as on the card.
        const own = letterRuns(host, 'script, blockquote, [data-sources]');
        expect(shareIn(own, SCRIPT_OF[lang]), `<${tag}>`).to.be.at.least(0.95);
        // Sources keep brand names in their own script, marked with the source's language.
        const marked = mismarked(letterRuns(host, 'script, [data-sources]'), ['UTC']);
        expect(marked, `<${tag}>`).to.deep.equal([]);
        for (const publisher of sources?.querySelectorAll('li > :first-child') ?? []) {
          expect(publisher.getAttribute('lang'), publisher.textContent!).to.not.equal(null);
        }
        host.remove();
      }
    });
  }
});
