/**
 * Registers `<letter-quote>`. Safe to load twice.
 *
 * @module
 */
import { LetterQuote } from '../elements/letter-quote/letter-quote.js';
import { defineElement } from '../internal/define.js';

defineElement('letter-quote', LetterQuote);

export { LetterQuote };
export {
  LetterQuoteCopyEvent,
  type LetterQuoteCopyDetail,
} from '../elements/letter-quote/letter-quote.js';

declare global {
  interface HTMLElementTagNameMap {
    'letter-quote': LetterQuote;
  }
}
