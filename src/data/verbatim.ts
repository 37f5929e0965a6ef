/**
 * Quotes must be the article's own words. This checks each against the article's text,
 * forgiving only whitespace and the typographic form of quote marks.
 *
 * @module
 */
import type { DataProblem } from './problem.js';
import type { Visit } from './types.js';

/** Collapses whitespace and folds typographic quotes and apostrophes to ASCII. */
export function normalizeQuoteText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Returns a problem for every quote that is not verbatim in `articleText`, or not in the
 * paragraph it claims. Paragraphs are the text's non-empty lines.
 */
export function checkQuotesVerbatim(
  visit: Pick<Visit, 'quotes'>,
  articleText: string,
): DataProblem[] {
  const paragraphs = articleText
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map(normalizeQuoteText);
  const problems: DataProblem[] = [];
  for (const quote of visit.quotes) {
    const record = `quotes › ${quote.id}`;
    const text = normalizeQuoteText(quote.text);
    const found = paragraphs.findIndex((paragraph) => paragraph.includes(text));
    if (found === -1) {
      problems.push({ record, field: 'text', message: 'does not occur verbatim in the article' });
    } else if (!paragraphs[quote.paragraph - 1]?.includes(text)) {
      problems.push({
        record,
        field: 'paragraph',
        message: `says paragraph ${quote.paragraph}, but the text is in paragraph ${found + 1}`,
      });
    }
  }
  return problems;
}
