/**
 * Cards already in the page, with their tags defined before the provider's: they must still
 * find the provider when it upgrades (this file's page defines nothing else first).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { dataset } from '../../src/data/index.js';

describe('definition order', () => {
  it('a card defined before its provider still receives the provider’s dataset', async () => {
    const container = document.createElement('div');
    container.innerHTML = '<visit-data><visit-card></visit-card></visit-data>';
    document.body.append(container);
    const other = structuredClone(dataset);
    other.overview.headline = { en: 'Provided later' };

    await import('../../src/define/visit-card.js');
    const card = container.querySelector('visit-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('h3'));
    await import('../../src/define/visit-data.js');
    container.querySelector('visit-data')!.data = other;
    await waitUntil(
      () => card.shadowRoot!.querySelector('h3')!.textContent!.includes('Provided later'),
      'card switched to the provider',
      { timeout: 3000 },
    );
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.contain('Provided later');
    container.remove();
  });
});
