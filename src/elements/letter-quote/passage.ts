/**
 * What `<letter-quote>` shows of a quote for a reader: which text (never a translation) and
 * which sources stand under it.
 *
 * @module
 */
import type { Article, Quote, Source } from '../../data/types.js';
import { httpUrl } from '../../data/url.js';
import type { Locale } from '../../locales/tags.js';

/**
 * The text of `quote` a reader of `locale` is shown: the one attested in their language, where
 * a source prints it whole, else the English. Never a translation.
 */
export function passageFor(
  quote: Quote,
  locale: Locale,
): { text: string; language: Locale; sources: readonly string[] } {
  const attested = quote.attested?.find((a) => a.language === locale);
  return attested
    ? { text: attested.text, language: attested.language, sources: attested.sources }
    : { text: quote.text, language: 'en', sources: quote.sources };
}

/**
 * The sources shown under the quote: those of the text shown (where it was read), then,
 * if none of those has a URL, the first of the article's that has one, so the reader can
 * always follow a link to the article.
 */
export function sourcesOf(
  ids: readonly string[],
  article: Article,
  all: readonly Source[],
): Source[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  const own = ids.map((id) => byId.get(id)).filter((s) => s !== undefined);
  if (own.some((s) => httpUrl(s.url))) return own;
  const linked = article.sources.map((id) => byId.get(id)).find((s) => httpUrl(s?.url));
  return linked && !own.includes(linked) ? [...own, linked] : own;
}
