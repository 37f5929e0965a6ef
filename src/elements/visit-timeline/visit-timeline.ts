import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Milestone, Visit } from '../../data/types.js';
import { keyword } from '../../internal/attributes.js';
import { Disclosures } from '../../internal/disclosures.js';
import type { VisitCardsErrorDetail } from '../../internal/error-event.js';
import { formatNumber } from '../../internal/format.js';
import { focusEntry, SourceNotes } from '../../internal/source-notes.js';
import { sourcesStyles } from '../../internal/sources.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { VisitElement } from '../../internal/visit-element.js';
import { visitTimelineStrings, type Count } from '../../locales/index.js';
import { renderSpan } from './dates.js';
import { entriesOf, inPeriod, isHistory, yearsOf, type Entry } from './entries.js';
import { renderArticle, renderEntry, type TimelineView } from './entry.js';
import { visitTimelineStyles } from './visit-timeline.styles.js';
import {
  VISIT_TIMELINE_PERIODS,
  VISIT_TIMELINE_SECTIONS,
  type VisitTimelinePeriod,
  type VisitTimelineSection,
} from './options.js';

export {
  VISIT_TIMELINE_PERIODS,
  VISIT_TIMELINE_SECTIONS,
  type VisitTimelinePeriod,
  type VisitTimelineSection,
};

let timelineCount = 0;

/**
 * The history the article tells and the treaty's path, as one ordered list of dated events:
 * the milestones of the two countries' relations the article names, the visit, each document
 * signed, each step of the treaty's ratification and its entry into force. Each event has its
 * date in a `time` element and a footnote marker that leads to its sources.
 *
 * As an embed, the card shows the visit and what followed it, with the history folded into
 * the first entry, one click away. There each milestone shows what the article says of it as
 * the article's claim: a visible "According to the article" label over the verbatim
 * quotation (in Russian only where a source prints the original), never as fact. `period`
 * narrows the list to the history, the visit's days or the treaty. Nothing folded is left out
 * of the DOM, and printing opens everything.
 *
 * @tagname visit-timeline
 * @summary The history the article tells and the treaty's path, in date order.
 *
 * @attr lang - UI language (`en`, `ru`, `ko`, `ko-KP`); inherited from the nearest ancestor.
 *
 * @fires {VisitCardsErrorEvent} visit-cards-error - When an attribute or the dataset is bad,
 *   the dataset has no milestones and no documents (`empty-dataset`), or a period holds no event
 *   (`no-match`); the card shows a notice.
 *
 * @csspart card - The `article` that holds the timeline.
 * @csspart header - The card's header: heading and count.
 * @csspart heading - The card's heading.
 * @csspart count - How many events the card holds, and the years they span.
 * @csspart entries - The ordered list of events (the history's own list inside `history` too).
 * @csspart entry - One event's `li`.
 * @csspart date - Its date or span: one `time` element, or two around a dash.
 * @csspart body - What happened: title, description and the article's claim.
 * @csspart title - What happened, in a line, with the footnote marker of its sources.
 * @csspart description - A milestone's description.
 * @csspart claim - The article's claim about a milestone: a `figure` of the label and the quote.
 * @csspart claim-label - Its visible label, "According to the article", with its marker.
 * @csspart quote - The verbatim quotation, a `blockquote` in the language it is written in.
 * @csspart quoted-above - In place of a passage quoted already for an earlier milestone: where.
 * @csspart article - The article the quotations come from, named once above the history.
 * @csspart article-citation - Author, title, newspaper and date of the article.
 * @csspart author - The article's author.
 * @csspart article-title - The article's title (`cite`).
 * @csspart language-note - Says a quotation in English is not translated, to other readers.
 * @csspart history - The `details` that folds the history into the first entry.
 * @csspart history-summary - Its summary: the years, and how many events it holds.
 * @csspart notes - A footnote marker: the numbers of an event's sources.
 * @csspart note - One number of a marker: a link to the source's entry.
 * @csspart sources - The `details` of the sources list.
 * @csspart sources-summary - The summary that opens the sources.
 * @csspart sources-list - The numbered list of sources.
 * @csspart source - One source: publisher, title, date.
 * @csspart notice - The notice shown instead of the content when input is bad.
 * @csspart notice-title - The notice's first line.
 * @csspart notice-text - The notice's explanation.
 *
 * @cssprop --visit-timeline-accent - Accent of this card, its dots and its quotations' rule;
 *   falls back to `--visit-color-accent`.
 * @cssprop --visit-timeline-background - Background; falls back to `--visit-color-background`.
 * @cssprop --visit-timeline-padding - Inner spacing; falls back to `--visit-space`.
 */
export class VisitTimeline extends VisitElement {
  static override styles = [sharedStyles, sourcesStyles, visitTimelineStyles];

  /**
   * Only the events of one period: `history` (the milestones before the visit, each with what
   * the article says of it), `visit` (the visit's days and the documents signed then) or
   * `treaty` (each treaty from its signing to its entry into force). Unset or empty: all, with
   * the history folded.
   */
  @property({ reflect: true }) period?: VisitTimelinePeriod;

  /**
   * The sections open, as a comma-separated list: `history` (the milestones folded into the
   * first entry) and `sources` (the sources list). Unset: all closed. It follows the reader's
   * clicks; printing opens every section and restores them after.
   */
  @property({ reflect: true }) expanded?: string;

  private readonly disclosures = new Disclosures<VisitTimelineSection>(
    this,
    VISIT_TIMELINE_SECTIONS,
  );

  private readonly idPrefix = `visit-timeline-${++timelineCount}`;

  /** The period in effect, read in `willUpdate`; `undefined` for all. */
  private shownPeriod?: VisitTimelinePeriod;
  /** The events in the period, found in `willUpdate`. */
  private entries: readonly Entry[] = [];

  protected override checkAttributes(): void {
    this.shownPeriod = keyword('period', this.period, VISIT_TIMELINE_PERIODS, undefined);
    this.disclosures.check();
    super.checkAttributes();
  }

  /** Finds the events of the period, or says why there are none. */
  protected override checkVisit(visit: Visit): VisitCardsErrorDetail | undefined {
    this.entries = [];
    if (!visit.milestones.length && !visit.outcomes.length) {
      return {
        code: 'empty-dataset',
        attribute: 'dataset',
        message: 'The dataset has no milestones and no outcomes to put on a timeline.',
      };
    }
    const period = this.shownPeriod;
    const all = entriesOf(visit);
    this.entries = period ? all.filter((entry) => inPeriod(entry, period, visit)) : all;
    if (this.entries.length) return undefined;
    return {
      code: 'no-match',
      attribute: 'period',
      value: period,
      message: `No event in the dataset falls in the period "${period}".`,
    };
  }

  protected override renderVisit(visit: Visit): TemplateResult {
    const t = visitTimelineStrings[this.locale];
    const lang = this.effectiveLang;
    const period = this.shownPeriod;
    const count = (value: number): Count => ({ value, text: formatNumber(value, lang) });
    const view: TimelineView = {
      visit,
      t,
      locale: this.locale,
      lang,
      notes: new SourceNotes(visit.sources, this.idPrefix, this.common, lang, (id) =>
        this.follow(id),
      ),
      quoted: new Map(),
    };
    const { entries } = this;
    // With no period, the history folds into the first entry: the card opens on the visit
    // and what followed it, and the article's account is one click away.
    const folded = period ? [] : entries.filter((entry) => isHistory(entry, visit));
    const shown = entries.filter((entry) => !folded.includes(entry));
    const milestones = (list: readonly Entry[]): Milestone[] =>
      list.flatMap((entry) => (entry.kind === 'milestone' ? [entry.milestone] : []));
    const years = yearsOf(entries)!;
    const headingId = `${this.idPrefix}-heading`;

    // Rendered in the order a reader meets them, so that the markers number the sources as
    // they are met: what shows first, then the folded history; the list comes last, holding
    // each source they cite. The article is named above the first list that quotes it.
    const preamble = milestones(shown).some((m) => m.quotes?.length)
      ? renderArticle(view, milestones(shown))
      : nothing;
    const list = shown.map((entry, i) => renderEntry(view, entry, shown[i - 1]));
    const history = folded.length ? this.renderHistory(view, folded, milestones(folded)) : nothing;
    const sources = view.notes.entries.length
      ? this.disclosures.render({
          name: 'sources',
          part: 'sources',
          summary: html`${this.common.sources} (${formatNumber(view.notes.entries.length, lang)})`,
          content: view.notes.renderList(),
        })
      : nothing;

    return html`<article
      part="card"
      class="card period-${period ?? 'all'}"
      aria-labelledby=${headingId}
    >
      <header part="header" class="header">
        ${this.heading(t.heading[period ?? 'all'], 'heading', headingId)}
        <p part="count" class="count">
          ${t.count(count(entries.length), renderSpan(years[0], years[1], lang))}
        </p>
      </header>
      ${preamble}
      <ol part="entries" class="entries">
        ${history} ${list}
      </ol>
      ${sources}
    </article>`;
  }

  /**
   * The history, folded into the first entry of the list: its summary reads like an entry (the
   * years, and what it holds); open, the article named once and each milestone.
   */
  private renderHistory(
    view: TimelineView,
    folded: readonly Entry[],
    milestones: readonly Milestone[],
  ): TemplateResult {
    const [first, last] = yearsOf(folded)!;
    const count = { value: folded.length, text: formatNumber(folded.length, view.lang) };
    const quoted = milestones.some((m) => m.quotes?.length);
    // A passage is pointed to only within the list that quotes it in full.
    const inside: TimelineView = { ...view, quoted: new Map() };
    return html`<li part="entry" class="entry fold">
      ${this.disclosures.render({
        name: 'history',
        part: 'history',
        summary: html`<span part="date" class="date">${renderSpan(first, last, view.lang)}</span
          ><span class="what">${view.t.history(count)}</span>`,
        content: html`${quoted ? renderArticle(inside, milestones) : nothing}
          <ol part="entries" class="entries">
            ${folded.map((entry, i) => renderEntry(inside, entry, folded[i - 1]))}
          </ol>`,
      })}
    </li>`;
  }

  /** Opens the sources and takes the reader to the entry a footnote marker links to. */
  private follow(entryId: string): void {
    this.disclosures.set('sources', true);
    void this.updateComplete.then(() => focusEntry(this.renderRoot, entryId));
  }
}
