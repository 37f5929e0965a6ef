/**
 * What the parts of `<visit-card>` share while they render: the visit, the reader's language,
 * the footnotes, and how a place and a date are written, each once.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText, Place, Visit } from '../../data/types.js';
import { formatDate } from '../../internal/format.js';
import { pickText } from '../../internal/locale.js';
import { localizedText } from '../../internal/localized-text.js';
import { mentions } from '../../internal/mentions.js';
import type { SourceNotes } from '../../internal/source-notes.js';
import type { Locale, VisitCardStrings } from '../../locales/index.js';

export { mentions };

/** One render of a card: what its parts read. */
export interface CardView {
  visit: Visit;
  t: VisitCardStrings;
  locale: Locale;
  /** The card's `lang`, for Intl. */
  lang: string;
  notes: SourceNotes;
}

/** A localized data text, marked with the language it is really in. */
export function text(view: CardView, value: LocalizedText): TemplateResult {
  return localizedText(value, view.locale);
}

/** A full or partial date in the card's one style, in a `time` element. */
export function date(view: CardView, value: string): TemplateResult {
  return html`<time part="time" datetime=${value}>${formatDate(value, view.lang)}</time>`;
}

/** A data text as plain text in the reader's language, for comparing. */
export function plain(view: CardView, value: LocalizedText): string {
  return pickText(value, view.locale).text;
}

/**
 * A place's name, and its city where the name does not already say it and the city is not the
 * visit's own: "Kim Il Sung Square", not "Kim Il Sung Square, Pyongyang" on a card about a
 * visit to Pyongyang; "Pyongyang Sunan airport", not "…, Pyongyang".
 */
export function place(view: CardView, where: Place): TemplateResult {
  const city = where.city;
  const name = plain(view, where.name);
  const showCity =
    city !== undefined &&
    !mentions(name, plain(view, city)) &&
    plain(view, city) !== plain(view, view.visit.overview.place.name);
  return html`${text(view, where.name)}${showCity ? html`, ${text(view, city)}` : nothing}`;
}

/** One term and its description, with the marker of its sources. */
export function fact(
  view: CardView,
  term: string,
  description: unknown,
  sources: readonly string[] | undefined,
  part = 'fact',
): TemplateResult {
  return html`<div part=${part} class="fact">
    <dt part="fact-term">${term}</dt>
    <dd part="fact-value">${description}${view.notes.cite(sources)}</dd>
  </div>`;
}
