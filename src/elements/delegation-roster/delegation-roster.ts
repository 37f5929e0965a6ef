import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Person, Visit } from '../../data/types.js';
import { integer, keyword, keywordList, numberAttribute } from '../../internal/attributes.js';
import { Disclosures } from '../../internal/disclosures.js';
import type { VisitCardsErrorDetail } from '../../internal/error-event.js';
import { formatNumber } from '../../internal/format.js';
import { delegationRosterStrings, type Count } from '../../locales/index.js';
import { focusEntry, SourceNotes } from '../../internal/source-notes.js';
import { sourcesStyles } from '../../internal/sources.js';
import { pickText } from '../../internal/locale.js';
import { localizedText } from '../../internal/localized-text.js';
import { VisitElement } from '../../internal/visit-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { delegationRosterStyles } from './delegation-roster.styles.js';
import { DEFAULT_LIMIT, filterPeople, fold, groupPeople, memberCount, type Group } from './fold.js';
import { renderLegend, renderMembers, statusesOf, type MemberContext } from './member.js';

import {
  DELEGATION_ROSTER_GROUPINGS,
  DELEGATION_ROSTER_LAYOUTS,
  DELEGATION_ROSTER_SECTIONS,
  DELEGATION_ROSTER_SECTORS,
  DELEGATION_ROSTER_STATUSES,
  type DelegationRosterGrouping,
  type DelegationRosterLayout,
  type DelegationRosterSection,
  type DelegationRosterSector,
  type DelegationRosterStatus,
} from './options.js';

export {
  DELEGATION_ROSTER_GROUPINGS,
  DELEGATION_ROSTER_LAYOUTS,
  DELEGATION_ROSTER_SECTIONS,
  DELEGATION_ROSTER_SECTORS,
  DELEGATION_ROSTER_STATUSES,
  type DelegationRosterGrouping,
  type DelegationRosterLayout,
  type DelegationRosterSection,
  type DelegationRosterSector,
  type DelegationRosterStatus,
};

let rosterCount = 0;

/**
 * The visiting delegation, embed-sized: the first sectors with each member's name (and, in
 * English, the Russian one), title as of the visit and a mark of their delegation status
 * (announced before the visit, confirmed attending, or both), explained once by a key; the
 * other sectors are folded one click away, and so are the sources each member's footnote
 * marker links to. Grouped by sector or as one list, as a list or a grid; filters narrow it by
 * sector and status. Nothing folded is left out of the DOM, and printing opens everything.
 *
 * @tagname delegation-roster
 * @summary The delegation, by sector or flat, with native names, titles and status.
 *
 * @attr lang - UI language (`en`, `ru`, `ko`, `ko-KP`); inherited from the nearest ancestor.
 *
 * @fires {VisitCardsErrorEvent} visit-cards-error - When an attribute or the dataset is bad, or a
 *   filter matches no one (`detail.code` `no-match`); the card shows a notice.
 *
 * @csspart card - The `article` that holds the roster.
 * @csspart header - The card's header: heading, count and key.
 * @csspart heading - The card's heading.
 * @csspart count - How many members there are, or how many are shown and what is folded.
 * @csspart legend - The key to the status marks: a `ul` named for what it is.
 * @csspart legend-item - One status mark and its meaning.
 * @csspart mark - A status mark's shape (an `svg`), in a member or in the key.
 * @csspart groups - The wrapper of the sector sections when grouped by sector (one for those
 *   shown, one inside `folded`).
 * @csspart group - One sector's `section`.
 * @csspart group-heading - A sector's heading.
 * @csspart list - A `ul` of members (one per sector when grouped).
 * @csspart member - One member's `li`.
 * @csspart name - The member's name in the reader's language (English where the data has none).
 * @csspart name-ru - In English only: the name as written in Russian (`lang="ru"`), beside it.
 * @csspart status - The member's status: the mark, and its words for a screen reader.
 * @csspart title - The member's title as of the visit, with the footnote marker of its sources.
 * @csspart notes - A footnote marker: the numbers of a member's sources.
 * @csspart note - One number of a marker: a link to the source's entry.
 * @csspart sector - In a flat roster, the member's sector.
 * @csspart folded - The `details` holding the sectors (or members) beyond `limit`.
 * @csspart folded-summary - Its summary: how many more members, and in which sectors.
 * @csspart sources - The `details` of the sources list.
 * @csspart sources-summary - The summary that opens the sources.
 * @csspart sources-list - The numbered list of sources.
 * @csspart source - One source: publisher, title, date.
 * @csspart notice - The notice shown instead of the content when input is bad.
 * @csspart notice-title - The notice's first line.
 * @csspart notice-text - The notice's explanation.
 *
 * @cssprop --visit-roster-accent - Accent of this card and its status marks; falls back to
 *   `--visit-color-accent`.
 * @cssprop --visit-roster-background - Background; falls back to `--visit-color-background`.
 * @cssprop --visit-roster-padding - Inner spacing; falls back to `--visit-space`.
 * @cssprop --visit-roster-gap - Space between members; falls back to half of `--visit-space`.
 * @cssprop --visit-roster-member-background - Background of a member in the grid; falls back to
 *   `--visit-color-surface`.
 * @cssprop --visit-roster-column-min - Narrowest grid column before the grid drops a column;
 *   defaults to `13rem`.
 */
export class DelegationRoster extends VisitElement {
  static override styles = [sharedStyles, sourcesStyles, delegationRosterStyles];

  /**
   * `list` (compact: sectors side by side in two columns where the card is wide enough) or
   * `grid` (each member a card, in as many columns as fit).
   */
  @property({ reflect: true }) layout: DelegationRosterLayout = 'list';

  /** `sector`: one section per sector, in the dataset's sector order; `none`: one list. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: DelegationRosterGrouping = 'sector';

  /**
   * Only these sectors: a comma-separated list of `government`, `diplomacy`, `defence`,
   * `economy`, `transport`, `health`, `space`, `presidential-office`. Unset or empty: all.
   */
  @property() sector?: string;

  /**
   * Only members of this status: `announced` (announced before the visit, whether or not also
   * confirmed), `confirmed` (confirmed attending, whether or not also announced) or `both`.
   * Unset or empty: all.
   */
  @property() status?: DelegationRosterStatus;

  /**
   * How many members (after the filters) show before the rest fold into a section the reader
   * opens: a positive integer, rounded down to whole sectors (a sector is never split; the
   * first is shown whatever its size). Unset: 7, which keeps the card embed-sized. A limit at
   * least the number of members folds nothing.
   */
  @property({ converter: numberAttribute(undefined) }) limit?: number;

  /**
   * The sections open, as a comma-separated list: `members` (the sectors or members folded
   * beyond `limit`) and `sources` (the sources list). Unset: all closed. It follows the
   * reader's clicks; printing opens every section and restores them after.
   */
  @property({ reflect: true }) expanded?: string;

  private readonly disclosures = new Disclosures<DelegationRosterSection>(
    this,
    DELEGATION_ROSTER_SECTIONS,
  );

  private readonly idPrefix = `delegation-roster-${++rosterCount}`;

  /** The attributes in effect, read in `willUpdate`. */
  private view: {
    layout: DelegationRosterLayout;
    grouped: boolean;
    sectors: DelegationRosterSector[];
    status: DelegationRosterStatus | undefined;
    limit: number;
  } = { layout: 'list', grouped: true, sectors: [], status: undefined, limit: DEFAULT_LIMIT };
  /** The members that pass the filters, found in `willUpdate`. */
  private people: readonly Person[] = [];

  protected override checkAttributes(): void {
    this.view = {
      layout: keyword('layout', this.layout, DELEGATION_ROSTER_LAYOUTS, 'list'),
      grouped: keyword('group-by', this.groupBy, DELEGATION_ROSTER_GROUPINGS, 'sector') !== 'none',
      sectors: keywordList('sector', this.sector, DELEGATION_ROSTER_SECTORS),
      status: keyword('status', this.status, DELEGATION_ROSTER_STATUSES, undefined),
      limit: integer('limit', this.limit, { min: 1 }, DEFAULT_LIMIT, this.getAttribute('limit')),
    };
    this.disclosures.check();
    super.checkAttributes();
  }

  /** Filters the members, or says why none are left. */
  protected override checkVisit(visit: Visit): VisitCardsErrorDetail | undefined {
    const { sectors, status } = this.view;
    const people: readonly Person[] = visit.people;
    this.people = people;
    if (!people.length) {
      return {
        code: 'empty-dataset',
        attribute: 'dataset',
        message: 'The dataset has no delegation members (people is empty).',
      };
    }
    const found = filterPeople(people, sectors, status, {
      sector: this.sector,
      status: this.status,
    });
    if ('code' in found) return found;
    this.people = found;
    return undefined;
  }

  protected override renderVisit(visit: Visit): TemplateResult {
    const t = delegationRosterStrings[this.locale];
    const lang = this.effectiveLang;
    const { people } = this;
    const { grouped, layout, limit } = this.view;
    const count = (value: number): Count => ({ value, text: formatNumber(value, lang) });

    const { shown, folded } = fold(groupPeople(people, grouped), limit);
    const total = people.length;
    const open = this.disclosures.isOpen('members');
    const allText = t.members(count(total));
    const countText =
      folded.length && !open
        ? grouped
          ? t.showingGroups(count(memberCount(shown)), count(total), count(folded.length))
          : t.showing(count(memberCount(shown)), count(total))
        : allText;

    // Footnotes number the sources in the order the members cite them: render the members
    // (shown, then folded) before the list.
    const notes = new SourceNotes(visit.sources, this.idPrefix, this.common, lang, (id) =>
      this.follow(id),
    );
    const context: MemberContext = { t, locale: this.locale, notes, showSector: !grouped };
    const first = this.renderGroups(shown, context);
    const rest = folded.length
      ? this.disclosures.render({
          name: 'members',
          part: 'folded',
          summary: grouped
            ? t.moreIn(
                count(memberCount(folded)),
                folded.map((g) => t.sectors[g.sector!]),
              )
            : t.more(count(memberCount(folded))),
          content: this.renderGroups(folded, context),
        })
      : nothing;
    const sources = notes.entries.length
      ? this.disclosures.render({
          name: 'sources',
          part: 'sources',
          summary: html`${this.common.sources} (${formatNumber(notes.entries.length, lang)})`,
          content: notes.renderList(),
        })
      : nothing;

    const headingId = `${this.idPrefix}-heading`;
    return html`<article
      part="card"
      class="card layout-${layout} ${grouped ? 'grouped' : 'flat'}"
      aria-labelledby=${headingId}
    >
      <header part="header" class="header">
        ${this.heading(
          t.heading(
            pickText(visit.overview.guest.country, this.locale).text,
            localizedText(visit.overview.guest.country, this.locale),
          ),
          'heading',
          headingId,
        )}
        <p part="count" class="count">
          ${
            // Printing opens what is folded, so the paper says all are shown.
            countText === allText
              ? countText
              : html`<span class="screen-only">${countText}</span
                  ><span class="print-only">${allText}</span>`
          }
        </p>
        ${renderLegend(statusesOf(people), t)}
      </header>
      ${first} ${rest} ${sources}
    </article>`;
  }

  /** Opens the sources and takes the reader to the entry a footnote marker links to. */
  private follow(entryId: string): void {
    this.disclosures.set('sources', true);
    void this.updateComplete.then(() => focusEntry(this.renderRoot, entryId));
  }

  /** The groups as sector sections, each a heading and a list; flat, as one list. */
  private renderGroups(groups: readonly Group[], context: MemberContext): TemplateResult {
    // A flat roster shows each member's sector; a roster by sector says it in the heading.
    if (context.showSector) {
      return renderMembers(
        groups.flatMap((group) => group.members),
        context,
      );
    }
    return html`<div part="groups" class="groups">
      ${groups.map(({ sector, members }) => {
        const headingId = `${this.idPrefix}-group-${sector!}`;
        return html`<section part="group" class="group">
          ${this.heading(context.t.sectors[sector!], 'group-heading', headingId, 1)}
          ${renderMembers(members, context)}
        </section>`;
      })}
    </div>`;
  }
}
