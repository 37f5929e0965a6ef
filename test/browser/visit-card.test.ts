import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { dataset } from '../../src/data/index.js';
import '../../src/define/visit-data.js';
import '../../src/define/visit-card.js';
import type { VisitCard } from '../../src/elements/visit-card/visit-card.js';
import type { VisitCardsErrorEvent } from '../../src/internal/error-event.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<visit-card>', () => {
  it('renders the visit at a glance in an article labelled by its heading', async () => {
    const el = await fixture<VisitCard>(html`<visit-card></visit-card>`);
    const article = shadow(el).querySelector('article')!;
    const heading = shadow(el).querySelector('h3')!;
    expect(article.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(text(heading)).to.equal('State visit of the President of Russia to the DPRK');
    expect(text(shadow(el).querySelector('[part=badge]'))).to.contain('First visit in 24 years');
  });

  it('is accessible', async () => {
    const el = await fixture<VisitCard>(html`<visit-card></visit-card>`);
    await expect(el).to.be.accessible();
  });

  it('shows a notice and fires visit-cards-error for a bad variant', async () => {
    const el = await fixture<VisitCard>(html`<visit-card></visit-card>`);
    setTimeout(() => el.setAttribute('variant', 'huge'));
    const event = (await oneEvent(el, 'visit-cards-error')) as VisitCardsErrorEvent;
    expect(event.detail).to.include({
      code: 'invalid-attribute',
      attribute: 'variant',
      value: 'huge',
    });
    expect(text(shadow(el).querySelector('[part=notice]'))).to.contain('huge');
  });

  it('uses a provider dataset', async () => {
    const other = structuredClone(dataset);
    other.overview.title = { en: 'Another visit' };
    const el = await fixture(
      html`<visit-data .dataset=${other}><visit-card></visit-card></visit-data>`,
    );
    const card = el.querySelector('visit-card')!;
    await card.updateComplete;
    expect(text(shadow(card).querySelector('h3'))).to.equal('Another visit');
  });
});
