import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DELEGATION_STATUSES, SECTORS } from '../../data/vocabulary.js';
import type { DelegationStatus, Person, Sector, Visit } from '../../data/types.js';
import { integer, keyword, keywordList, numberAttribute } from '../../internal/attributes.js';
import type { VisitCardsErrorDetail } from '../../internal/error-event.js';
import { formatNumber } from '../../internal/format.js';
import {
  delegationRosterStrings,
  type Count,
  type DelegationRosterStrings,
} from '../../locales/index.js';
import { renderSources, sourcesStyles } from '../../internal/sources.js';
import { pickText } from '../../internal/locale.js';
import { localizedText } from '../../internal/localized-text.js';
import { VisitElement } from '../../internal/visit-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { delegationRosterStyles } from './delegation-roster.styles.js';

/** Layouts of `<delegation-roster>`: a one-column list, or a grid of cards. */
export const DELEGATION_ROSTER_LAYOUTS = ['list', 'grid'] as const;
/** A layout of `<delegation-roster>`. */
export type DelegationRosterLayout = (typeof DELEGATION_ROSTER_LAYOUTS)[number];

/** Groupings of `<delegation-roster>`: one section per sector, or one flat list. */
export const DELEGATION_ROSTER_GROUPINGS = ['sector', 'none'] as const;
/** A grouping of `<delegation-roster>`. */
export type DelegationRosterGrouping = (typeof DELEGATION_ROSTER_GROUPINGS)[number];

/** Values of the `sector` filter (a comma-separated list of them): the dataset's sectors. */
export const DELEGATION_ROSTER_SECTORS = SECTORS;
/** One value of the `sector` filter. */
export type DelegationRosterSector = Sector;

/**
 * Values of the `status` filter. `announced` keeps everyone announced before the visit (so
 * also `both`), `confirmed` everyone confirmed attending (so also `both`), `both` only those
 * who were both.
 */
export const DELEGATION_ROSTER_STATUSES = DELEGATION_STATUSES;
/** A value of the `status` filter. */
export type DelegationRosterStatus = DelegationStatus;

let rosterCount = 0;

/** Whether a member of status `status` passes the filter `filter`. */
function statusMatches(status: DelegationStatus, filter: DelegationStatus): boolean {
  return filter === 'both' ? status === 'both' : status === filter || status === 'both';
}

/**
 * The visiting delegation: every member with the English and Russian (Cyrillic) name, title as
 * of the visit, sector and delegation status (announced before the visit, confirmed attending,
 * or both), grouped by sector or as one list, as a list or a grid. Filters narrow it by sector
 * and status; `limit` shows the first few with a "show all" button. The footer lists the
 * sources of the members shown.
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
 * @csspart header - The card's header: heading and count.
 * @csspart heading - The card's heading.
 * @csspart count - How many members there are, or how many of them are shown.
 * @csspart groups - The wrapper of the sector sections when grouped by sector.
 * @csspart group - One sector's `section`.
 * @csspart group-heading - A sector's heading.
 * @csspart list - A `ul` of members (one per sector when grouped).
 * @csspart member - One member's `li`.
 * @csspart name - The member's name in the reader's language (English where the data has none).
 * @csspart name-ru - In English only: the name as written in Russian (`lang="ru"`), under it.
 * @csspart title - The member's title as of the visit.
 * @csspart meta - The line with the sector and the status.
 * @csspart sector - The member's sector.
 * @csspart status - The member's delegation status.
 * @csspart toggle - The "Show all" / "Show fewer" button, when `limit` hides some members.
 * @csspart live - The polite live region that announces the new count after the toggle.
 * @csspart sources - The sources footer.
 * @csspart sources-summary - The summary that opens the sources.
 * @csspart sources-list - The list of sources.
 * @csspart source - One source.
 * @csspart notice - The notice shown instead of the content when input is bad.
 * @csspart notice-title - The notice's first line.
 * @csspart notice-text - The notice's explanation.
 *
 * @cssprop --visit-roster-accent - Accent of this card; falls back to `--visit-color-accent`.
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

  /** `list` (one member a row) or `grid` (cards in as many columns as fit). */
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
   * Show only the first this many members (after the filters), with a button that shows the
   * rest. A positive integer; unset: all.
   */
  @property({ converter: numberAttribute(undefined) }) limit?: number;

  /** Whether the reader asked to see every member despite `limit`. */
  @state() private expanded = false;

  /** What the live region says: empty until the reader uses the toggle. */
  @state() private announcement = '';

  private readonly idPrefix = `delegation-roster-${++rosterCount}`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new limit or filter is a new roster: start collapsed, with nothing to announce.
    if (
      this.hasUpdated &&
      (changed.has('limit') || changed.has('sector') || changed.has('status'))
    ) {
      this.expanded = false;
      this.announcement = '';
    }
  }

  /** The attributes in effect, read in `willUpdate`. */
  private view: {
    layout: DelegationRosterLayout;
    grouped: boolean;
    sectors: DelegationRosterSector[];
    status: DelegationRosterStatus | undefined;
    limit: number | undefined;
  } = { layout: 'list', grouped: true, sectors: [], status: undefined, limit: undefined };
  /** The members that pass the filters, found in `willUpdate`. */
  private people: readonly Person[] = [];

  protected override checkAttributes(): void {
    this.view = {
      layout: keyword('layout', this.layout, DELEGATION_ROSTER_LAYOUTS, 'list'),
      grouped: keyword('group-by', this.groupBy, DELEGATION_ROSTER_GROUPINGS, 'sector') !== 'none',
      sectors: keywordList('sector', this.sector, DELEGATION_ROSTER_SECTORS),
      status: keyword('status', this.status, DELEGATION_ROSTER_STATUSES, undefined),
      limit: integer('limit', this.limit, { min: 1 }, undefined, this.getAttribute('limit')),
    };
    super.checkAttributes();
  }

  /** Filters the members, or says why none are left. */
  protected override checkVisit(visit: Visit): VisitCardsErrorDetail | undefined {
    const { sectors, status } = this.view;
    let people: readonly Person[] = visit.people;
    this.people = people;
    if (!people.length) {
      return {
        code: 'empty-dataset',
        attribute: 'dataset',
        message: 'The dataset has no delegation members (people is empty).',
      };
    }
    if (sectors.length) {
      people = people.filter((p) => sectors.includes(p.sector));
      if (!people.length) return noMatch('sector', this.sector!);
    }
    if (status) {
      people = people.filter((p) => statusMatches(p.status, status));
      if (!people.length) return noMatch('status', this.status!);
    }
    this.people = people;
    return undefined;
  }

  protected override renderVisit(visit: Visit): TemplateResult {
    const t = delegationRosterStrings[this.locale];
    const lang = this.effectiveLang;
    const { people } = this;
    const { grouped, layout } = this.view;

    // Grouped, "the first N" are the first N in the order the reader sees: by sector.
    const ordered = grouped
      ? [...people].sort((a, b) => SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector))
      : people;
    const total = ordered.length;
    const { limit } = this.view;
    const limited = limit && limit < total ? limit : undefined;
    const shown = limited && !this.expanded ? ordered.slice(0, limited) : ordered;

    const count = (value: number): Count => ({ value, text: formatNumber(value, lang) });
    const countText =
      shown.length < total ? t.showing(count(shown.length), count(total)) : t.members(count(total));

    const cited = new Set(shown.flatMap((p) => p.sources));
    const sources = visit.sources.filter((s) => cited.has(s.id));

    const headingId = `${this.idPrefix}-heading`;
    const membersId = `${this.idPrefix}-members`;

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
        <p part="count" class="count">${countText}</p>
      </header>
      ${grouped ? this.renderGroups(shown, t, membersId) : this.renderList(shown, t, membersId)}
      ${
        limited
          ? html`<button
              part="toggle"
              class="toggle"
              type="button"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls=${membersId}
              @click=${() => this.toggle(t, limited, total)}
            >
              ${this.expanded ? t.showFewer : t.showAll(count(total))}
            </button>`
          : nothing
      }
      <p part="live" class="live visually-hidden" role="status">${this.announcement}</p>
      ${renderSources(sources, this.common, lang)}
    </article>`;
  }

  /** Shows every member, or the first `limit` again, and says how many are shown now. */
  private toggle(t: DelegationRosterStrings, limit: number, total: number): void {
    this.expanded = !this.expanded;
    const lang = this.effectiveLang;
    const count = (value: number): Count => ({ value, text: formatNumber(value, lang) });
    this.announcement = this.expanded
      ? t.showingAll(count(total))
      : t.showing(count(limit), count(total));
  }

  private renderGroups(
    people: readonly Person[],
    t: DelegationRosterStrings,
    id: string,
  ): TemplateResult {
    const groups = SECTORS.map((sector) => ({
      sector,
      members: people.filter((p) => p.sector === sector),
    })).filter((group) => group.members.length);
    return html`<div part="groups" class="groups" id=${id}>
      ${groups.map(({ sector, members }) => {
        const headingId = `${this.idPrefix}-group-${sector}`;
        return html`<section part="group" class="group">
          ${this.heading(t.sectors[sector], 'group-heading', headingId, 1)}
          ${this.renderList(members, t)}
        </section>`;
      })}
    </div>`;
  }

  private renderList(people: readonly Person[], t: DelegationRosterStrings, id?: string) {
    return html`<ul part="list" class="list" id=${id ?? nothing}>
      ${people.map((person) => this.renderMember(person, t))}
    </ul>`;
  }

  private renderMember(person: Person, t: DelegationRosterStrings): TemplateResult {
    return html`<li part="member" class="member ${person.status}">
      <span part="name" class="name">${localizedText(person.name, this.locale)}</span>
      ${
        // An English reader also gets the name as it is written in Russian; a reader of
        // another language reads it in their own script.
        this.locale === 'en' && person.name.ru
          ? html`<span part="name-ru" class="name-ru" lang="ru">${person.name.ru}</span>`
          : nothing
      }
      <span part="title" class="title">${localizedText(person.title, this.locale)}</span>
      <span part="meta" class="meta">
        <span part="sector" class="sector"
          ><span class="visually-hidden">${t.sectorLabel}: </span>${t.sectors[person.sector]}</span
        >
        <span part="status" class="status ${person.status}"
          ><span class="visually-hidden">${t.statusLabel}: </span>${t.statuses[person.status]}</span
        >
      </span>
    </li>`;
  }
}

/** The problem of a filter that leaves no member. */
function noMatch(attribute: 'sector' | 'status', value: string): VisitCardsErrorDetail {
  return {
    code: 'no-match',
    attribute,
    value,
    message: `No delegation member matches ${attribute}="${value}".`,
  };
}
