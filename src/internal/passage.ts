/**
 * What a card shows of a quote for a reader (`<letter-quote>`, `<visit-timeline>`, the
 * no-JavaScript fallback): which text, never a translation, and which sources stand under it.
 *
 * @module
 */
import type { Quote, Source } from '../data/types.js';
import type { Locale } from '../locales/tags.js';

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
 * The sources shown under the quote: those of the text shown, the publications whose wording
 * it reproduces, and no other. Another edition of the article (KCNA's English, say) words it
 * differently, so it would not source the quotation, however useful its link.
 */
export function sourcesOf(ids: readonly string[], all: readonly Source[]): Source[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  return ids.map((id) => byId.get(id)).filter((s) => s !== undefined);
}
