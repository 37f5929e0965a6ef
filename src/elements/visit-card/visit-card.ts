import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type {
  LocalizedText,
  Outcome,
  Person,
  Place,
  ProgrammeItem,
  Visit,
} from '../../data/types.js';
import { keyword } from '../../internal/attributes.js';
import {
  calendarYearsBetween,
  formatDate,
  formatDateRange,
  formatLocalTime,
  localTimeParts,
  formatNumber,
} from '../../internal/format.js';
import { visitCardStrings, type VisitCardStrings } from '../../locales/index.js';
import { pickText } from '../../internal/locale.js';
import { localizedText } from '../../internal/localized-text.js';
import { renderSources, sourcesStyles } from '../../internal/sources.js';
import { VisitElement } from '../../internal/visit-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { visitCardStyles } from './visit-card.styles.js';

/** Layouts of `<visit-card>`. */
export const VISIT_CARD_VARIANTS = ['full', 'compact'] as const;
/** A layout of `<visit-card>`. */
export type VisitCardVariant = (typeof VISIT_CARD_VARIANTS)[number];

let cardCount = 0;

/**
 * The visit at a glance: who, where and when (arrival in local time with its zone), how long
 * since the last visit, the programme, the outcomes (the treaty's signing, ratification and
 * entry into force), the next stop, and the sources of every fact shown.
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
 * @csspart eyebrow - The small line above the heading.
 * @csspart heading - The card's heading.
 * @csspart badge - The "first visit in N years" badge.
 * @csspart badge-detail - The dates of the previous visit, inside the badge.
 * @csspart facts - The `dl` of who, where and when.
 * @csspart fact - One term and its description in `facts`.
 * @csspart fact-term - A fact's term (`dt`).
 * @csspart fact-value - A fact's description (`dd`).
 * @csspart section - A section: programme, outcomes, next stop.
 * @csspart section-heading - A section's heading.
 * @csspart programme - The programme list.
 * @csspart programme-item - One programme item.
 * @csspart programme-when - Its local time, where one was published.
 * @csspart programme-what - Its title and place.
 * @csspart programme-title - Its title.
 * @csspart programme-place - Its place.
 * @csspart time - A `time` element.
 * @csspart outcomes - The outcomes list.
 * @csspart outcome - One outcome.
 * @csspart outcome-title - Its title.
 * @csspart steps - The treaty's steps (signed, ratified, in force).
 * @csspart party - One party's ratification date.
 * @csspart next-stop - The next stop.
 * @csspart sources - The sources footer.
 * @csspart sources-summary - The button-like summary that opens the sources.
 * @csspart sources-list - The list of sources.
 * @csspart source - One source.
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

  /** `full` shows everything; `compact` leaves out the programme and details. */
  @property({ reflect: true }) variant: VisitCardVariant = 'full';

  private readonly headingId = `visit-card-heading-${++cardCount}`;

  /** The variant in effect, checked in `willUpdate`. */
  private shownVariant: VisitCardVariant = 'full';

  protected override checkAttributes(): void {
    this.shownVariant = keyword('variant', this.variant, VISIT_CARD_VARIANTS, 'full');
    super.checkAttributes();
  }

  protected override renderVisit(visit: Visit): TemplateResult {
    const t = visitCardStrings[this.locale];
    const { overview } = visit;
    const full = this.shownVariant === 'full';
    const cited = new Set<string>([...overview.sources, ...overview.arrival.sources]);
    const cite = (ids: readonly string[] | undefined) => ids?.forEach((id) => cited.add(id));
    if (full) {
      cite(overview.residence?.sources);
      cite(overview.departure?.sources);
      visit.programme.forEach((item) => cite(item.sources));
    }
    cite(overview.previousVisit?.sources);
    cite(overview.nextStop?.sources);
    visit.outcomes.forEach((o) => {
      cite(o.sources);
      o.ratification?.forEach((step) => cite(step.sources));
    });
    const sources = visit.sources.filter((s) => cited.has(s.id));

    return html`<article
      part="card"
      class="card ${full ? 'full' : 'compact'}"
      aria-labelledby=${this.headingId}
    >
      <header part="header" class="header">
        <p part="eyebrow" class="eyebrow">${t.eyebrow}</p>
        ${this.heading(this.text(overview.title), 'heading', this.headingId)}
        ${this.renderBadge(visit, t)}
      </header>
      ${this.renderFacts(visit, t, full)}
      ${full ? this.renderProgramme(visit.programme, t) : nothing}
      ${this.renderOutcomes(visit, t, full)} ${this.renderNextStop(visit, t)}
      ${renderSources(sources, this.common, this.effectiveLang)}
    </article>`;
  }

  /** A localized data text, marked with the language it is really in. */
  private text(value: LocalizedText): TemplateResult {
    return localizedText(value, this.locale);
  }

  private place(place: Place): TemplateResult {
    return place.city
      ? html`${this.text(place.name)}, ${this.text(place.city)}`
      : this.text(place.name);
  }

  private renderBadge(visit: Visit, t: VisitCardStrings): TemplateResult | typeof nothing {
    const previous = visit.overview.previousVisit;
    if (!previous) return nothing;
    const years = calendarYearsBetween(previous.start, visit.overview.start);
    const lang = this.effectiveLang;
    return html`<p part="badge" class="badge">
      ${t.firstVisitIn(formatNumber(years, lang))}
      <span part="badge-detail" class="badge-detail"
        >(${t.previousVisit}:
        <time datetime=${previous.start}
          >${formatDateRange(previous.start, previous.end, lang)}</time
        >)</span
      >
    </p>`;
  }

  private renderFacts(visit: Visit, t: VisitCardStrings, full: boolean): TemplateResult {
    const { overview } = visit;
    const lang = this.effectiveLang;
    const zone = overview.arrival.place.timeZone ?? overview.place.timeZone;
    const fact = (term: string, description: unknown) =>
      html`<div part="fact" class="fact">
        <dt part="fact-term">${term}</dt>
        <dd part="fact-value">${description}</dd>
      </div>`;
    return html`<dl part="facts" class="facts">
      ${fact(
        t.guest,
        html`${this.text(overview.guest.name)}${
          overview.guest.role ? html`, ${this.text(overview.guest.role)}` : nothing
        }`,
      )}
      ${fact(t.host, this.text(overview.host.name))} ${fact(t.where, this.place(overview.place))}
      ${fact(
        t.when,
        html`<time part="time" datetime=${overview.start}
          >${formatDateRange(overview.start, overview.end, lang)}</time
        >`,
      )}
      ${fact(
        t.arrival,
        html`<time part="time" datetime=${overview.arrival.at}
            >${
              zone
                ? html`${formatDate(overview.arrival.at.slice(0, 10), lang)},
                  ${this.arrivalTime(overview.arrival.at, zone, overview.place.name, t)}`
                : overview.arrival.at
            }</time
          >
          · ${this.place(overview.arrival.place)}`,
      )}
      ${
        full && overview.residence
          ? fact(t.residence, this.place(overview.residence.place))
          : nothing
      }
      ${
        full && overview.departure
          ? fact(
              t.departure,
              html`<time part="time" datetime=${overview.departure.date}
                  >${formatDate(overview.departure.date, lang)}</time
                >${
                  overview.departure.confidence === 'medium'
                    ? html` (${t.mediumConfidence})`
                    : nothing
                }`,
            )
          : nothing
      }
    </dl>`;
  }

  private renderProgramme(items: readonly ProgrammeItem[], t: VisitCardStrings) {
    if (!items.length) return nothing;
    const lang = this.effectiveLang;
    return html`<section part="section" class="section">
      ${this.heading(t.programme, 'section-heading', undefined, 1)}
      <ol part="programme" class="programme">
        ${items.map(
          (item) =>
            html`<li part="programme-item" class="programme-item">
              <span part="programme-when" class="programme-when"
                >${
                  item.start && item.place?.timeZone
                    ? html`<time part="time" datetime=${item.start}
                        >${item.approximate ? `${t.approximately} ` : nothing}${formatLocalTime(
                          item.start,
                          item.place.timeZone,
                          lang,
                        )}</time
                      >`
                    : nothing
                }</span
              >
              <span part="programme-what" class="programme-what">
                <span part="programme-title" class="programme-title">${this.text(item.title)}</span>
                ${
                  item.place
                    ? html`<span part="programme-place" class="programme-place"
                        >${this.place(item.place)}</span
                      >`
                    : nothing
                }
              </span>
            </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderOutcomes(visit: Visit, t: VisitCardStrings, full: boolean) {
    if (!visit.outcomes.length) return nothing;
    return html`<section part="section" class="section">
      ${this.heading(t.outcomes, 'section-heading', undefined, 1)}
      <ul part="outcomes" class="outcomes">
        ${visit.outcomes.map((o) => this.renderOutcome(o, visit, t, full))}
      </ul>
    </section>`;
  }

  /** "02:22 (UTC+9, Pyongyang time)", in the reader's language. */
  private arrivalTime(at: string, zone: string, city: LocalizedText, t: VisitCardStrings) {
    const { time, offset } = localTimeParts(at, zone, this.effectiveLang);
    return t.localTime(time, offset, pickText(city, this.locale).text, this.text(city));
  }

  /** People's names in the reader's language, each marked where it falls back to English. */
  private names(people: readonly Person[]): TemplateResult {
    return html`${people.map((p, i) => html`${i ? ', ' : nothing}${this.text(p.name)}`)}`;
  }

  private renderOutcome(o: Outcome, visit: Visit, t: VisitCardStrings, full: boolean) {
    const lang = this.effectiveLang;
    const date = (value: string) =>
      html`<time part="time" datetime=${value}>${formatDate(value, lang)}</time>`;
    const signatories = (o.signatories ?? [])
      .map((id) => visit.people.find((p) => p.id === id))
      .filter((p) => p !== undefined);
    return html`<li part="outcome" class="outcome ${o.kind}">
      <span part="outcome-title" class="outcome-title">${this.text(o.title)}</span>
      <ul part="steps" class="steps">
        <li>${t.signed(o.kind)}: ${date(o.signed)}</li>
        ${
          o.ratification?.length
            ? html`<li>
                ${t.ratified(o.kind)}:
                ${(['RU', 'KP'] as const).map((party) => {
                  const steps = o.ratification!.filter((s) => s.party === party);
                  const last = steps[steps.length - 1];
                  return last
                    ? html`<span part="party" class="party"
                        >${t.party[party]} ${date(last.date)}</span
                      >`
                    : nothing;
                })}
              </li>`
            : nothing
        }
        ${o.inForce ? html`<li>${t.inForce(o.kind)}: ${date(o.inForce)}</li>` : nothing}
        ${
          full && o.articleCount
            ? html`<li>${t.articles(formatNumber(o.articleCount, lang))}</li>`
            : nothing
        }
        ${
          full && o.replaces
            ? html`<li>${t.replaces}: ${t.replacedDocument(o.kind, date(o.replaces.signed))}</li>`
            : nothing
        }
        ${
          full && signatories.length
            ? html`<li>${t.signedBy}: ${this.names(signatories)}</li>`
            : nothing
        }
      </ul>
    </li>`;
  }

  private renderNextStop(visit: Visit, t: VisitCardStrings) {
    const next = visit.overview.nextStop;
    if (!next) return nothing;
    return html`<p part="next-stop" class="next-stop">
      <strong>${t.nextStop}:</strong> ${this.text(next.title)}, ${this.place(next.place)},
      <time part="time" datetime=${next.start}
        >${formatDateRange(next.start, next.end, this.effectiveLang)}</time
      >
    </p>`;
  }
}
