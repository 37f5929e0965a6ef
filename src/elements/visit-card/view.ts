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
import type { SourceNotes } from '../../internal/source-notes.js';
import type { Locale, VisitCardStrings } from '../../locales/index.js';

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

/** The words of a text, lower-cased, without punctuation. */
function words(value: string): string[] {
  return value
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The part of a word that names it whatever its ending: Russian inflects the end ("монументу"
 * names "монумент", "России" names "Россия"); a Korean compound keeps its first two syllables
 * ("순안공항" names "순안국제공항"), and a particle attaches at the end ("해방탑에").
 */
function stem(word: string): string {
  if (word.length <= 4) return word;
  return /^\p{Script=Hangul}+$/u.test(word)
    ? word.slice(0, 2)
    : word.slice(0, Math.max(4, word.length - 2));
}

/**
 * Whether `phrase` already names `name`: each word of `name` begins, up to its stem, a word of
 * `phrase`. Decides, from the data, that a place need not be written twice.
 */
export function mentions(phrase: string, name: string): boolean {
  const said = words(phrase);
  const wanted = words(name);
  return wanted.length > 0 && wanted.every((word) => said.some((w) => w.startsWith(stem(word))));
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
