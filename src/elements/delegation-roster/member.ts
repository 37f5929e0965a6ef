/**
 * One member of `<delegation-roster>`, the mark of their delegation status, and the key to the
 * marks: a status takes a small shape next to the name instead of a pill of words, and the key
 * says once what each shape means.
 *
 * @module
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { DelegationStatus, Person } from '../../data/types.js';
import type { SourceNotes } from '../../internal/source-notes.js';
import { localizedText } from '../../internal/localized-text.js';
import type { DelegationRosterStrings, Locale } from '../../locales/index.js';

/**
 * The statuses in the key's order, the surest first. The shapes tell them apart without
 * colour: announced and confirmed (full), confirmed only (half), announced only (empty).
 */
const STATUS_ORDER: readonly DelegationStatus[] = ['both', 'confirmed', 'announced'];

const SHAPES: Record<DelegationStatus, TemplateResult> = {
  both: svg`<circle cx="6" cy="6" r="5" fill="currentColor" />`,
  confirmed: svg`<circle cx="6" cy="6" r="4.25" fill="none" stroke="currentColor" stroke-width="1.5" />
    <path d="M6 1a5 5 0 0 0 0 10z" fill="currentColor" />`,
  announced: svg`<circle cx="6" cy="6" r="4.25" fill="none" stroke="currentColor" stroke-width="1.5" />`,
};

/**
 * The shape of `status`, hidden from assistive technology: the words go with it. An SVG, not a
 * character, so that it is the same in every font and prints without background colours.
 */
function shape(status: DelegationStatus): TemplateResult {
  return html`<svg
    part="mark"
    class="mark ${status}"
    viewBox="0 0 12 12"
    aria-hidden="true"
    focusable="false"
  >
    ${SHAPES[status]}
  </svg>`;
}

/** The statuses `people` have, in the key's order. */
export function statusesOf(people: readonly Person[]): DelegationStatus[] {
  const present = new Set(people.map((p) => p.status));
  return STATUS_ORDER.filter((s) => present.has(s));
}

/** The key to the marks of `statuses`: a list named for what it is, each shape with its words. */
export function renderLegend(
  statuses: readonly DelegationStatus[],
  t: DelegationRosterStrings,
): TemplateResult {
  return html`<ul part="legend" class="legend" aria-label=${t.legend}>
    ${statuses.map(
      (status) =>
        html`<li part="legend-item" class="legend-item">${shape(status)}${t.statuses[status]}</li>`,
    )}
  </ul>`;
}

/** What a member needs to render: the strings, the reader's locale, the notes, the grouping. */
export interface MemberContext {
  t: DelegationRosterStrings;
  locale: Locale;
  notes: SourceNotes;
  /** In a flat roster each member shows their sector; under a sector heading it is said. */
  showSector: boolean;
}

/**
 * One member: the name (and, for an English reader, the Russian one), the status mark, the
 * title with the marker of the sources it rests on, and in a flat roster the sector.
 */
function renderMember(person: Person, context: MemberContext): TemplateResult {
  const { t, locale, notes, showSector } = context;
  return html`<li part="member" class="member">
    <span class="line"
      ><span part="name" class="name">${localizedText(person.name, locale)}</span>${
        // An English reader also gets the name as it is written in Russian; a reader of
        // another language reads it in their own script.
        locale === 'en' && person.name.ru
          ? html` <span part="name-ru" class="name-ru" lang="ru">${person.name.ru}</span>`
          : nothing
      }</span
    >
    <span part="status" class="status ${person.status}"
      >${shape(person.status)}<span class="visually-hidden"
        >(${t.statuses[person.status]})</span
      ></span
    >
    <span part="title" class="title"
      >${localizedText(person.title, locale)}${notes.cite(person.sources)}</span
    >
    ${
      showSector
        ? html`<span part="sector" class="sector"
            ><span class="visually-hidden">${t.sectorLabel}: </span
            >${t.sectors[person.sector]}</span
          >`
        : nothing
    }
  </li>`;
}

/** Members as a `ul`. */
export function renderMembers(people: readonly Person[], context: MemberContext): TemplateResult {
  return html`<ul part="list" class="list">
    ${people.map((person) => renderMember(person, context))}
  </ul>`;
}
