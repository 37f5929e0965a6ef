/**
 * The bundled dataset speaks every UI language: this finds each text it shows that lacks one,
 * and each quote text attested in another language that the stored fragments do not hold
 * word for word. `npm run data:check` runs both on data/visit.json; a dataset a page supplies
 * may be English alone, and the cards fall back to English, marked as such.
 *
 * @module
 */
import { LOCALES } from '../locales/tags.js';
import { locate, type DataProblem } from './problem.js';
import type { Visit } from './types.js';
import { normalizeQuoteText } from './verbatim.js';

/** Whether `value` is a localized text: an English string, and only UI languages beside it. */
function isLocalizedText(value: object): value is Record<string, string> {
  const keys = Object.keys(value);
  return (
    typeof (value as { en?: unknown }).en === 'string' &&
    keys.every((key) => (LOCALES as readonly string[]).includes(key))
  );
}

/** A problem for every localized text in `visit` that lacks one of the UI languages. */
export function checkTranslationsComplete(visit: Visit): DataProblem[] {
  const problems: DataProblem[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value !== 'object' || value === null) return;
    if (!Array.isArray(value) && isLocalizedText(value)) {
      const missing = LOCALES.filter((locale) => !value[locale]);
      if (missing.length) {
        problems.push({
          ...locate(visit, path),
          message: `has no translation into ${missing.join(', ')}`,
        });
      }
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      walk(item, [...path, Array.isArray(value) ? Number(key) : key]);
    }
  };
  walk(visit, []);
  return problems;
}

/**
 * A problem for every attested quote text in a language that `fragments` does not hold word
 * for word on one line (whitespace and quote marks aside). `fragments` maps a language to
 * the passages of the article in it as the cited sources print them, one per line:
 * data/sources/<article>.<language>.txt.
 */
export function checkAttestedQuotes(
  visit: Pick<Visit, 'quotes'>,
  fragments: Readonly<Record<string, string>>,
): DataProblem[] {
  const problems: DataProblem[] = [];
  visit.quotes.forEach((quote, index) => {
    const seen = new Set<string>();
    quote.attested?.forEach((attested, i) => {
      const where = locate({ quotes: visit.quotes }, ['quotes', index, 'attested', i]);
      if (seen.has(attested.language)) {
        problems.push({ ...where, message: `gives a second text in ${attested.language}` });
      }
      seen.add(attested.language);
      const stored = fragments[attested.language];
      if (stored === undefined) {
        problems.push({
          ...where,
          message: `has no stored fragments in ${attested.language} to check against`,
        });
      } else if (!lines(stored).some((line) => line.includes(normalizeQuoteText(attested.text)))) {
        problems.push({
          ...where,
          message: `is not word for word in the stored ${attested.language} fragments`,
        });
      }
    });
  });
  return problems;
}

/** The text's lines, normalized as quotes are. */
function lines(text: string): string[] {
  return text.split(/\r?\n/).map(normalizeQuoteText);
}
