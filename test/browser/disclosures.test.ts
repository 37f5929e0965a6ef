import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { dataset } from '../../src/data/index.js';
import type { AttributeProblem } from '../../src/internal/attributes.js';
import { Disclosures } from '../../src/internal/disclosures.js';
import { focusEntry, SourceNotes } from '../../src/internal/source-notes.js';
import { commonStrings } from '../../src/locales/index.js';
import '../../src/define/delegation-roster.js';
import '../../src/define/letter-quote.js';
import '../../src/define/visit-card.js';
import '../../src/define/visit-timeline.js';

const SECTIONS = ['details', 'sources'] as const;

/** A card with two sections, each cited fact marked: the shared parts on their own. */
class NotesProbe extends LitElement {
  @property({ reflect: true }) expanded?: string;
  readonly disclosures = new Disclosures(this, SECTIONS);
  problem?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    try {
      this.disclosures.check();
      this.problem = undefined;
    } catch (error) {
      this.problem = (error as AttributeProblem).detail.message;
    }
  }

  protected override render() {
    if (this.problem) return html`<p>${this.problem}</p>`;
    const [a, b, c] = dataset.sources;
    const notes = new SourceNotes(dataset.sources, 'probe', commonStrings.en, 'en', (id) => {
      this.disclosures.set('sources', true);
      void this.updateComplete.then(() => focusEntry(this.renderRoot, id));
    });
    return html`<p>One fact${notes.cite([b!.id])}</p>
      <p>Another${notes.cite([a!.id, b!.id, 'no-such-source'])}</p>
      <p>Unsourced${notes.cite([])}</p>
      ${this.disclosures.render({
        name: 'details',
        part: 'details',
        summary: 'More',
        content: html`<p>More facts${notes.cite([c!.id])}</p>`,
      })}
      ${this.disclosures.render({
        name: 'sources',
        part: 'sources',
        summary: 'Sources',
        content: notes.renderList(),
      })}`;
  }
}
customElements.define('notes-probe', NotesProbe);

async function probe(markup = html`<notes-probe></notes-probe>`): Promise<NotesProbe> {
  const el = await fixture<NotesProbe>(markup);
  await el.updateComplete;
  return el;
}
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const details = (el: Element, name: string) =>
  $(el, `details[data-disclosure=${name}]`) as HTMLDetailsElement;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('disclosures', () => {
  it('render closed by default, every section still in the DOM', async () => {
    const el = await probe();
    expect(details(el, 'details').open).to.equal(false);
    expect(details(el, 'details').textContent).to.contain('More facts');
    expect($(el, '[part=details-summary]')!.textContent).to.equal('More');
  });

  it('open as `expanded` lists them, and close when it no longer does', async () => {
    const el = await probe(html`<notes-probe expanded="sources, details"></notes-probe>`);
    expect(details(el, 'details').open).to.equal(true);
    expect(details(el, 'sources').open).to.equal(true);
    el.expanded = 'sources';
    await el.updateComplete;
    expect(details(el, 'details').open).to.equal(false);
  });

  it('write the reader’s toggles back to `expanded`, in the order of the sections', async () => {
    const el = await probe();
    ($(el, '[part=sources-summary]') as HTMLElement).click();
    await nextTask();
    expect(el.getAttribute('expanded')).to.equal('sources');
    ($(el, '[part=details-summary]') as HTMLElement).click();
    await nextTask();
    expect(el.getAttribute('expanded')).to.equal('details,sources');
    ($(el, '[part=details-summary]') as HTMLElement).click();
    ($(el, '[part=sources-summary]') as HTMLElement).click();
    await nextTask();
    expect(el.hasAttribute('expanded')).to.equal(false);
  });

  it('refuse a section they do not have, by the attribute rule', async () => {
    const el = await probe(html`<notes-probe expanded="details,everything"></notes-probe>`);
    expect(el.shadowRoot!.textContent).to.contain(
      'expanded="details,everything": "everything" is not one of: details, sources.',
    );
  });

  it('all open for printing, and back as they were after, without touching `expanded`', async () => {
    const el = await probe(html`<notes-probe expanded="sources"></notes-probe>`);
    window.dispatchEvent(new Event('beforeprint'));
    expect(details(el, 'details').open, 'opened at once, before any update').to.equal(true);
    await nextTask();
    expect(el.getAttribute('expanded')).to.equal('sources');
    window.dispatchEvent(new Event('afterprint'));
    await nextTask();
    expect(details(el, 'details').open).to.equal(false);
    expect(details(el, 'sources').open).to.equal(true);
    expect(el.getAttribute('expanded')).to.equal('sources');
    // The reader's own toggles count again after the print.
    ($(el, '[part=details-summary]') as HTMLElement).click();
    await nextTask();
    expect(el.getAttribute('expanded')).to.equal('details,sources');
  });
});

describe('source notes', () => {
  it('number sources in the order the card first cites them, skipping unknown ids', async () => {
    const el = await probe();
    const [a, b, c] = dataset.sources;
    const labels = $$(el, '[part=note]').map((n) => n.getAttribute('aria-label'));
    expect(labels).to.deep.equal([
      `Source 1: ${b!.publisher}`,
      `Source 1: ${b!.publisher}`,
      `Source 2: ${a!.publisher}`,
      `Source 3: ${c!.publisher}`,
    ]);
    // Within one marker, in number order.
    expect($$(el, 'p')[1]!.querySelector('sup')!.textContent!.replace(/\s/g, '')).to.equal('1,2');
    expect($$(el, 'p')[2]!.querySelector('sup')).to.equal(null);
  });

  it('list each cited source once, in number order, with the entry ids the markers link to', async () => {
    const el = await probe();
    const items = $$(el, '[part=sources-list] > li');
    expect(items.map((li) => li.id)).to.deep.equal([
      'probe-source-1',
      'probe-source-2',
      'probe-source-3',
    ]);
    const hrefs = $$(el, '[part=note]').map((n) => n.getAttribute('href'));
    expect(hrefs).to.deep.equal([
      '#probe-source-1',
      '#probe-source-1',
      '#probe-source-2',
      '#probe-source-3',
    ]);
    expect(items[0]!.textContent).to.contain(dataset.sources[1]!.publisher);
  });

  it('take the reader to the entry: the list opens and the entry has focus', async () => {
    const el = await probe();
    expect(details(el, 'sources').open).to.equal(false);
    ($$(el, '[part=note]')[2] as HTMLElement).click();
    await el.updateComplete;
    await nextTask();
    expect(details(el, 'sources').open).to.equal(true);
    expect(el.getAttribute('expanded')).to.equal('sources');
    expect(el.shadowRoot!.activeElement?.id).to.equal('probe-source-2');
  });

  it('pass axe, the markers named for a screen reader', async () => {
    const el = await probe(html`<notes-probe expanded="details,sources"></notes-probe>`);
    await expect(el).to.be.accessible();
  });
});

describe("every card's disclosures", () => {
  // Chromium walks one chain of every summary that names the list-item counter (the UA's
  // `counter-increment: list-item 0`) each time one is added: a page of 1,000 cards took ten
  // times as long to style five more. The triangle is a list style, and stays.
  it("take no part in the page's counters, and keep their triangle", async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <visit-card></visit-card>
        <delegation-roster></delegation-roster>
        <letter-quote></letter-quote>
        <visit-timeline></visit-timeline>
        <details><summary>A page's own</summary></details>
      </div>`,
    );
    const plain = page.querySelector('details > summary')!;
    const cards = [...page.children].filter((el) => el.localName !== 'details') as LitElement[];
    await Promise.all(cards.map((card) => card.updateComplete));
    for (const card of cards) {
      const summaries = [...card.shadowRoot!.querySelectorAll('summary')];
      expect(summaries.length, `<${card.localName}> summaries`).to.be.above(0);
      for (const summary of summaries) {
        const style = getComputedStyle(summary);
        expect(style.counterIncrement, `<${card.localName}> ${summary.textContent}`).to.equal(
          'none',
        );
      }
      // The same list style as a page's own summary: in this browser's way, a triangle.
      const sources = card.shadowRoot!.querySelector('.sources > summary')!;
      expect(getComputedStyle(sources).listStyleType, `<${card.localName}>`).to.equal(
        getComputedStyle(plain).listStyleType,
      );
    }
  });
});
