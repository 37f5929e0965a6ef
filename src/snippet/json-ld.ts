/**
 * The schema.org pieces every card's JSON-LD shares: a person, a source as the work it is, and
 * the `script` that carries the whole. The vocabulary is https://schema.org; each card's own
 * type is in its module.
 *
 * @module
 */
import type { LocalizedText, Source } from '../data/types.js';
import { httpUrl } from '../data/url.js';
import { LOCALES } from '../locales/tags.js';
import { scriptJson } from './escape.js';
import { Markup } from './markup.js';
import { plain, type View } from './view.js';

/** A JSON-LD node. */
export type JsonLd = { readonly [key: string]: unknown };

/** The `@context` of every snippet's JSON-LD. */
const SCHEMA_ORG = 'https://schema.org';

/**
 * A `Person`: named in the reader's language, with every other form the data has as
 * `alternateName` (a search engine then links "Владимир Путин" and "Vladimir Putin").
 */
export function person(view: View, name: LocalizedText, jobTitle?: LocalizedText): JsonLd {
  const shown = plain(view, name);
  const others = [
    ...new Set(LOCALES.map((locale) => name[locale]).filter((n): n is string => !!n)),
  ].filter((n) => n !== shown);
  return {
    '@type': 'Person',
    name: shown,
    ...(others.length ? { alternateName: others } : {}),
    ...(jobTitle ? { jobTitle: plain(view, jobTitle) } : {}),
  };
}

/**
 * The `@id` of a source within one card's JSON-LD: a blank node named by the source's id, short
 * where a URL would be long, for a roster's members to refer to a source the list holds once.
 */
export function sourceId(source: Source): string {
  return `_:${source.id}`;
}

/**
 * A source as the work it is: its headline where known (else its publisher), publisher, date,
 * language, and its URL only where it is http(s).
 */
export function sourceWork(source: Source): JsonLd {
  const url = httpUrl(source.url);
  return {
    '@type': 'CreativeWork',
    '@id': sourceId(source),
    name: source.title ?? source.publisher,
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(source.date ? { datePublished: source.date } : {}),
    inLanguage: source.language,
    ...(url ? { url } : {}),
  };
}

/** `value` in a `<script type="application/ld+json">`, escaped so that nothing can close it. */
export function jsonLdScript(value: JsonLd): Markup {
  return new Markup(
    `<script type="application/ld+json">${scriptJson({ '@context': SCHEMA_ORG, ...value })}</script>`,
  );
}
