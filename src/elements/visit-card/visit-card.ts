import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Visit } from '../../data/types.js';
import { keyword } from '../../internal/attributes.js';
import { Disclosures } from '../../internal/disclosures.js';
import { formatNumber } from '../../internal/format.js';
import { focusEntry, SourceNotes } from '../../internal/source-notes.js';
import { sourcesStyles } from '../../internal/sources.js';
import { VisitElement } from '../../internal/visit-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { visitCardStrings } from '../../locales/index.js';
import { renderFacts } from './facts.js';
import { renderOutcomeDetails, renderOutcomeLines } from './outcomes.js';
import { renderProgramme } from './programme.js';
import { visitCardStyles } from './visit-card.styles.js';
import { text, type CardView } from './view.js';
import {
  VISIT_CARD_SECTIONS,
  VISIT_CARD_VARIANTS,
  type VisitCardSection,
  type VisitCardVariant,
} from './options.js';

export { VISIT_CARD_SECTIONS, VISIT_CARD_VARIANTS, type VisitCardSection, type VisitCardVariant };

let cardCount = 0;

/**
 * The visit at a glance, as an embed: the news in the headline; who, where and when (arrival
 * in local time with its zone) and the previous visit; one line per document signed. The
 * programme (with residence, departure and next stop), each document's ratification and
 * signatories, and the sources open on demand in the same card. Every fact carries a footnote
 * marker that leads to its sources.
 *
 * @tagname visit-card
 * @summary A sourced fact card about the state visit.
 *
 * @attr lang - UI language (`en`, `ru`, `ko`, `ko-KP`); inherited from the nearest ancestor.
 *
 * @fires {VisitCardsErrorEvent} visit-cards-error - When an attribute or the dataset is bad; the
 *   card shows a notice.
 *
 * @csspart card - The `article` that holds the card.
 * @csspart header - The card's header.
 * @csspart eyebrow - The visit's title, above the headline.
 * @csspart heading - The card's heading: the headline.
 * @csspart facts - The `dl` of who, where and when.
 * @csspart fact - One term and its description in `facts` or `itinerary`.
 * @csspart fact-term - A fact's term (`dt`).
 * @csspart fact-value - A fact's description (`dd`).
 * @csspart previous-visit - The previous-visit fact.
 * @csspart section - The outcomes section, and in `full` every section.
 * @csspart section-heading - A section's heading.
 * @csspart outcomes - The list of documents signed, one line each.
 * @csspart outcome - One document's line.
 * @csspart outcome-title - Its title.
 * @csspart outcome-status - The step it has reached: in force, or signed.
 * @csspart outcome-details - The `details` of ratification and signatories.
 * @csspart outcome-details-summary - Its `summary`.
 * @csspart outcome-details-list - The documents in it.
 * @csspart outcome-detail - One document in it.
 * @csspart outcome-detail-title - That document's title.
 * @csspart steps - That document's steps.
 * @csspart step - One step: signed, signatories, articles, replaces.
 * @csspart ratification-step - One step of the ratification, dated.
 * @csspart programme - The `details` of the programme.
 * @csspart programme-summary - Its `summary`.
 * @csspart programme-list - The programme list.
 * @csspart programme-item - One programme item.
 * @csspart programme-when - Its local time, where one was published.
 * @csspart programme-title - Its title.
 * @csspart programme-place - Its place, where the title does not name it.
 * @csspart more - The row of sections that open on demand.
 * @csspart itinerary - The `dl` of residence, departure and next stop.
 * @csspart next-stop - The next-stop fact.
 * @csspart time - A `time` element.
 * @csspart notes - A footnote marker after a fact.
 * @csspart note - One number in it: a link to the source's entry.
 * @csspart sources - The `details` of the sources.
 * @csspart sources-summary - Its `summary`.
 * @csspart sources-list - The numbered list of sources.
 * @csspart source - One source: publisher, title, date.
 * @csspart notice - The notice shown instead of the content when input is bad.
 * @csspart notice-title - The notice's first line.
 * @csspart notice-text - The notice's explanation.
 *
 * @cssprop --visit-card-accent - Accent of this card; falls back to `--visit-color-accent`.
 * @cssprop --visit-card-background - Background; falls back to `--visit-color-background`.
 * @cssprop --visit-card-padding - Inner spacing; falls back to `--visit-space`.
 */
export class VisitCard extends VisitElement {
  static override styles = [sharedStyles, sourcesStyles, visitCardStyles];

  /**
   * Absent: the summary, an embed with the programme, the ratification and the sources one
   * click away. `full` opens every section; `compact` shows the headline, who and when, and one
   * line per document, with the sources on demand.
   */
  @property({ reflect: true }) variant?: VisitCardVariant;

  /**
   * The sections open, as a comma list of `programme` (with residence, departure and next
   * stop), `outcomes` (each document's ratification and signatories) and `sources`. The card
   * keeps it up to date as the reader opens and closes them; printing opens them all.
   */
  @property({ reflect: true }) expanded?: string;

  private readonly disclosures = new Disclosures<VisitCardSection>(this, VISIT_CARD_SECTIONS);
  private readonly idPrefix = `visit-card-${++cardCount}`;

  /** The variant in effect, checked in `willUpdate`; `undefined` for the summary. */
  private shownVariant?: VisitCardVariant;

  protected override checkAttributes(): void {
    this.shownVariant = keyword('variant', this.variant, VISIT_CARD_VARIANTS, undefined);
    this.disclosures.check();
    super.checkAttributes();
  }

  protected override renderVisit(visit: Visit): TemplateResult {
    const { overview } = visit;
    const compact = this.shownVariant === 'compact';
    const notes = new SourceNotes(
      visit.sources,
      this.idPrefix,
      this.common,
      this.effectiveLang,
      (id) => this.follow(id),
    );
    const view: CardView = {
      visit,
      t: visitCardStrings[this.locale],
      locale: this.locale,
      lang: this.effectiveLang,
      notes,
    };
    const headingId = `${this.idPrefix}-heading`;
    // Rendered in the reader's order, so that the markers number the sources as they are met;
    // the list comes last, holding each source they cite.
    const facts = renderFacts(view, compact);
    const lines = visit.outcomes.length ? renderOutcomeLines(view) : nothing;
    const details = compact ? nothing : this.section(view, 'outcomes', renderOutcomeDetails(view));
    const programme = compact ? nothing : this.section(view, 'programme', renderProgramme(view));
    const sources = notes.entries.length
      ? this.section(view, 'sources', notes.renderList())
      : nothing;
    const more = [details, programme, sources].filter((part) => part !== nothing);
    return html`<article
      part="card"
      class="card ${this.shownVariant ?? 'default'}"
      aria-labelledby=${headingId}
    >
      <header part="header" class="header">
        ${
          overview.headline && !compact
            ? html`<p part="eyebrow" class="eyebrow">${text(view, overview.title)}</p>`
            : nothing
        }
        ${this.heading(text(view, overview.headline ?? overview.title), 'heading', headingId)}
      </header>
      ${facts}
      ${
        lines === nothing
          ? nothing
          : html`<section part="section" class="section outcomes-section">
              ${this.heading(view.t.outcomes, 'section-heading', undefined, 1)} ${lines}
            </section>`
      }
      ${more.length ? html`<div part="more" class="more">${more}</div>` : nothing}
    </article>`;
  }

  /**
   * A section that opens on demand: a disclosure, or in `full` an open section under its
   * heading.
   */
  private section(
    view: CardView,
    name: VisitCardSection,
    content: TemplateResult | typeof nothing,
  ): TemplateResult | typeof nothing {
    if (content === nothing) return nothing;
    const { t, notes } = view;
    const part = name === 'outcomes' ? 'outcome-details' : name;
    const summary = {
      programme: t.programme,
      outcomes: t.outcomeDetails,
      sources: `${this.common.sources} (${formatNumber(notes.entries.length, view.lang)})`,
    }[name];
    if (this.shownVariant !== 'full') {
      return this.disclosures.render({ name, part, summary, content });
    }
    return html`<div part=${`${part} section`} class=${`${part} section`} data-disclosure=${name}>
      ${this.heading(summary, 'section-heading', undefined, 1)} ${content}
    </div>`;
  }

  /** Opens the sources and takes the reader to the entry a marker points to. */
  private follow(entryId: string): void {
    this.disclosures.set('sources', true);
    void this.updateComplete.then(() => focusEntry(this.renderRoot, entryId));
  }
}
