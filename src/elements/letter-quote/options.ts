/**
 * The values `<letter-quote>`'s attributes take, as Lit-free lists: the element checks its
 * attributes against them, and the snippet maker and the embed builder (which must not load Lit
 * to offer the choices) read the same lists.
 *
 * @module
 */

export { QUOTE_PICKS, type QuotePick } from '../../internal/pick-quote.js';
export { QUOTE_TOPICS } from '../../data/vocabulary.js';

/** The sections of `<letter-quote>` that open on demand, as `expanded` names them. */
export const LETTER_QUOTE_SECTIONS = ['sources'] as const;
/** A section of `<letter-quote>` that opens on demand. */
export type LetterQuoteSection = (typeof LETTER_QUOTE_SECTIONS)[number];
