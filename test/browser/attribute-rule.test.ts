/**
 * One rule for every attribute of every card: absent, empty or whitespace means the default;
 * keywords match exactly as documented; lists are comma-separated and trimmed per item;
 * numbers are whole numbers in range. Anything else shows the invalid-attribute notice and
 * fires `visit-cards-error`.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/define/delegation-roster.js';
import '../../src/define/letter-quote.js';
import '../../src/define/visit-card.js';
import type { VisitCardsErrorEvent } from '../../src/internal/error-event.js';
import type { VisitElement } from '../../src/internal/visit-element.js';
import { captureWarnings } from '../helpers/console.js';

/** A card of `tag` with `attributes`, rendered, and the errors it fired while rendering. */
async function render(tag: string, attributes: Record<string, string>) {
  const errors: VisitCardsErrorEvent[] = [];
  const el = document.createElement(tag) as VisitElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.addEventListener('visit-cards-error', (event) => errors.push(event));
  const host = await fixture<HTMLDivElement>('<div></div>');
  host.append(el);
  await el.updateComplete;
  return { el, errors, shadow: el.shadowRoot! };
}

/** The same card with none of the attributes: what "the default" renders. */
async function defaultMarkup(tag: string, keep: Record<string, string> = {}): Promise<string> {
  const { shadow } = await render(tag, keep);
  return markup(shadow);
}

/** The shadow DOM's markup, without Lit's comments and the per-instance ids. */
const markup = (shadow: ShadowRoot) =>
  shadow.innerHTML.replace(/<!--[^>]*-->/g, '').replace(/-\d+(-|")/g, '-N$1');

// Each card's attributes, a valid value of each, and what else it needs to show.
const ATTRIBUTES: [tag: string, attribute: string, valid: string][] = [
  ['visit-card', 'variant', 'compact'],
  ['visit-card', 'theme', 'dark'],
  ['visit-card', 'heading-level', '2'],
  ['delegation-roster', 'layout', 'grid'],
  ['delegation-roster', 'group-by', 'none'],
  ['delegation-roster', 'sector', 'economy'],
  ['delegation-roster', 'status', 'both'],
  ['delegation-roster', 'limit', '3'],
  ['letter-quote', 'topic', 'history'],
  ['letter-quote', 'pick', 'daily'],
  ['letter-quote', 'quote-id', 'staunch-ally'],
];

describe('one rule for attributes', () => {
  for (const [tag, attribute, valid] of ATTRIBUTES) {
    describe(`<${tag} ${attribute}>`, () => {
      for (const blank of ['', ' ', '\t\n ']) {
        it(`${attribute}=${JSON.stringify(blank)} means the default`, async () => {
          const { shadow, errors } = await render(tag, { [attribute]: blank });
          expect(errors, 'no error event').to.have.length(0);
          expect(shadow.querySelector('[part=notice]')).to.equal(null);
          expect(markup(shadow)).to.equal(await defaultMarkup(tag));
        });
      }

      it(`${attribute}="${valid}" is accepted`, async () => {
        const { shadow, errors } = await render(tag, { [attribute]: valid });
        expect(errors).to.have.length(0);
        expect(shadow.querySelector('[part=notice]')).to.equal(null);
      });

      if (attribute === 'quote-id') return; // an id names a record: see the unknown-id tests
      const refused = [
        // A list trims its items: spaces around one are list syntax, not part of a keyword.
        ...(attribute === 'sector' ? [] : [` ${valid} `]),
        valid.toUpperCase() === valid ? `${valid}x` : valid.toUpperCase(),
        'nonsense',
      ];
      for (const value of refused) {
        it(`${attribute}=${JSON.stringify(value)} is refused with a notice, an event and a warning`, async () => {
          const warnings = captureWarnings();
          const { shadow, errors } = await render(tag, { [attribute]: value });
          expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute']);
          expect(errors[0]!.detail.attribute).to.equal(attribute);
          expect(errors[0]!.detail.value).to.equal(value);
          expect(shadow.querySelector('[part=notice-text]')!.textContent).to.contain(
            `is not valid for ${attribute}`,
          );
          expect(warnings.take()).to.deep.equal([`<${tag}>: ${errors[0]!.detail.message}`]);
        });
      }
    });
  }

  it('a list attribute trims each item and drops empty ones', async () => {
    const { shadow, errors } = await render('delegation-roster', {
      sector: ' economy ,, health ,',
    });
    expect(errors).to.have.length(0);
    const sectors = [...shadow.querySelectorAll('[part=group-heading]')].map((h) =>
      h.textContent!.trim(),
    );
    expect(sectors).to.deep.equal(['Economy', 'Health']);
  });

  it('numbers out of range or not whole are refused', async () => {
    const warnings = captureWarnings();
    for (const [tag, attribute, value] of [
      ['visit-card', 'heading-level', '7'],
      ['visit-card', 'heading-level', '2.5'],
      ['delegation-roster', 'limit', '0'],
      ['delegation-roster', 'limit', '-1'],
      ['delegation-roster', 'limit', 'Infinity'],
    ] as const) {
      const { errors } = await render(tag, { [attribute]: value });
      expect(errors.map((e) => [e.detail.attribute, e.detail.value])).to.deep.equal([
        [attribute, value],
      ]);
      expect(warnings.take(), `${attribute}="${value}"`).to.deep.equal([
        `<${tag}>: ${errors[0]!.detail.message}`,
      ]);
    }
  });

  it('a property set to a bad value is refused the same way', async () => {
    const warnings = captureWarnings();
    const { el, errors } = await render('visit-card', {});
    (el as unknown as { variant: string }).variant = 'huge';
    await el.updateComplete;
    expect(errors.map((e) => e.detail.value)).to.deep.equal(['huge']);
    expect(warnings.take()).to.deep.equal([
      '<visit-card>: variant="huge" is not one of: full, compact.',
    ]);
  });
});
