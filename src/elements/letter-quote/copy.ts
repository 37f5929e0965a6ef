/**
 * What `<letter-quote>`'s copy button does: the plain-text citation it puts on the clipboard,
 * the clipboard write itself, and the event that says it is done.
 *
 * @module
 */
import type { Article, LocalizedText } from '../../data/types.js';
import { pickText } from '../../internal/locale.js';
import type { LetterQuoteStrings, Locale } from '../../locales/index.js';

/** Detail of a `letter-quote-copy` event. */
export interface LetterQuoteCopyDetail {
  /** The id of the quote that was copied. */
  quoteId: string;
  /** Exactly what was put on the clipboard: the quote and its citation. */
  text: string;
}

/** Fired (bubbles, composed) when the quote and its citation are on the clipboard. */
export class LetterQuoteCopyEvent extends Event {
  /** The event's type. */
  static readonly eventName = 'letter-quote-copy';

  /** What was copied. */
  readonly detail: LetterQuoteCopyDetail;

  constructor(detail: LetterQuoteCopyDetail) {
    super(LetterQuoteCopyEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'letter-quote-copy': LetterQuoteCopyEvent;
  }
  interface DocumentEventMap {
    'letter-quote-copy': LetterQuoteCopyEvent;
  }
  interface WindowEventMap {
    'letter-quote-copy': LetterQuoteCopyEvent;
  }
}

/** The quote and its citation as plain text, in the reader's language, for the clipboard. */
export function citationText(
  text: string,
  article: Article,
  date: string,
  t: LetterQuoteStrings,
  locale: Locale,
): string {
  const [qOpen, qClose] = t.quoteMarks;
  const [tOpen, tClose] = t.titleMarks;
  const plain = (value: LocalizedText) => pickText(value, locale).text;
  return (
    `${qOpen}${text}${qClose} — ${plain(article.author.name)}, ` +
    `${tOpen}${plain(article.title)}${tClose}, ${plain(article.publication)}, ${date}`
  );
}

/**
 * Starts writing `text` to the clipboard, at once (some browsers allow it only during the
 * click), and resolves to whether it worked. Never throws, nor rejects.
 */
export function writeClipboard(text: string): Promise<boolean> {
  let write: Promise<void>;
  try {
    const clipboard = globalThis.navigator?.clipboard;
    write =
      typeof clipboard?.writeText === 'function'
        ? clipboard.writeText(text)
        : Promise.reject(new Error('no clipboard'));
  } catch (error) {
    write = Promise.reject(error);
  }
  return write.then(
    () => true,
    () => false,
  );
}
