/**
 * What every fallback shares: the reader's language, the heading level, and how a data text,
 * a date and a list of sources are written, the way the cards write them.
 *
 * @module
 */
import type { LocalizedText, Source, Visit } from '../data/types.js';
import { httpUrl } from '../data/url.js';
import { formatDate, formatNumber } from '../internal/format.js';
import { pickText } from '../internal/locale.js';
import { commonStrings, type Locale } from '../locales/index.js';
import type { JsonLd } from './json-ld.js';
import type { Markup } from './markup.js';
import { element, fragment, type Child } from './markup.js';

/** One fallback being written: the data, the reader's language, the page's heading level. */
export interface View {
  visit: Visit;
  /** The UI language the card will speak. */
  locale: Locale;
  /** The element's `lang` (or `en`), for Intl. */
  lang: string;
  /** The card's heading level, 1-6. */
  level: number;
  /**
   * The `lang` each top-level block of the fallback carries: the UI language when the element
   * has no `lang` of its own (the page's may be another), else none, the element's covering it.
   */
  blockLang: string | undefined;
}

/** What a card's snippet module writes: the light-DOM fallback and the JSON-LD. */
export interface CardFallback {
  /** The fallback's blocks, in order, without the JSON-LD; `undefined` for one left out. */
  blocks: ReadonlyArray<Markup | undefined>;
  /** The card's schema.org JSON-LD, without `@context`. */
  jsonLd: JsonLd;
}

/** A data text in the reader's language, or its English in a `<span lang="en">`. */
export function localized(view: View, value: LocalizedText): Markup {
  const { text, lang } = pickText(value, view.locale);
  return lang === view.locale ? fragment(text) : element('span', { lang }, text);
}

/** A data text as plain text in the reader's language, for the JSON-LD and for comparing. */
export function plain(view: View, value: LocalizedText): string {
  return pickText(value, view.locale).text;
}

/** A heading of the fallback at the card's level, or `depth` below it (at most h6). */
export function heading(view: View, depth: number, ...children: readonly Child[]): Markup {
  return element(`h${Math.min(view.level + depth, 6)}`, { lang: view.blockLang }, ...children);
}

/** A full or partial date in the cards' one style, in a `time` element. */
export function date(view: View, value: string): Markup {
  return element('time', { datetime: value }, formatDate(value, view.lang));
}

/**
 * A string of the UI whose function takes markup (`fromArticle(author)`, `heading(country)`):
 * its own words escaped, the markup as built.
 */
export function phrase(parts: ReadonlyArray<string | Markup>): Markup {
  return fragment(parts);
}

/** The sources `ids` name, each once, in the order first named; ids the data lacks are skipped. */
export function sourcesOf(visit: Visit, ...lists: ReadonlyArray<readonly string[] | undefined>) {
  const byId = new Map(visit.sources.map((s) => [s.id, s]));
  const found = new Map<string, Source>();
  for (const id of lists.flatMap((list) => list ?? [])) {
    const source = byId.get(id);
    if (source && !found.has(id)) found.set(id, source);
  }
  return [...found.values()];
}

/** One source as the cards' lists name it: the publisher (linked to an http(s) URL), title, date. */
function sourceEntry(view: View, source: Source): Markup {
  const href = httpUrl(source.url);
  const publisher = href
    ? element(
        'a',
        {
          href,
          hreflang: source.language,
          lang: source.language,
          rel: 'noopener noreferrer external',
        },
        source.publisher,
      )
    : element('span', { lang: source.language }, source.publisher);
  return element(
    'li',
    {},
    publisher,
    source.title ? [', ', element('cite', { lang: source.language }, source.title)] : [],
    source.date ? [', ', date(view, source.date)] : [],
  );
}

/**
 * The sources, as every card shows them: a disclosure, "Sources (3)", over the numbered list.
 * Closed unless `open`; a reader without JavaScript opens it as on the card. Nothing when there
 * are none.
 */
export function sourcesList(
  view: View,
  sources: readonly Source[],
  open: boolean,
): Markup | undefined {
  if (!sources.length) return undefined;
  const label = commonStrings[view.locale].sources;
  return element(
    'details',
    { lang: view.blockLang, open: open && '' },
    element('summary', {}, `${label} (${formatNumber(sources.length, view.lang)})`),
    element(
      'ol',
      {},
      sources.map((source) => sourceEntry(view, source)),
    ),
  );
}
