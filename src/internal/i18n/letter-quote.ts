/**
 * UI strings of `<letter-quote>`.
 *
 * @module
 */
import type { Locale } from '../locale.js';

/** Strings of `<letter-quote>`. */
export interface LetterQuoteStrings {
  /**
   * The small label above the quote, around the author's name: "From the article by …".
   * Generic so the name can be markup (it may carry its own `lang`).
   */
  fromArticle: <T>(author: T) => Array<string | T>;
  /** Marks around a quoted title, as this language writes them. */
  titleMarks: readonly [open: string, close: string];
  /** Marks around the quotation itself, in the copied text. */
  quoteMarks: readonly [open: string, close: string];
  /** Where in the article the passage is: "paragraph 3". */
  paragraph: (number: string) => string;
  /** Label of the copy button. */
  copy: string;
  /** Said (politely) once the quote is on the clipboard. */
  copied: string;
  /** Said when the clipboard cannot be written. */
  copyRefused: string;
}

const en: LetterQuoteStrings = {
  fromArticle: (author) => ['From the article by ', author],
  titleMarks: ['“', '”'],
  quoteMarks: ['“', '”'],
  paragraph: (n) => `paragraph ${n}`,
  copy: 'Copy quote',
  copied: 'Quote copied',
  copyRefused: 'Copying is not allowed here; select the text to copy it',
};

const ru: LetterQuoteStrings = {
  // "Из статьи, автор — …": reads right whatever case or script the name comes in.
  fromArticle: (author) => ['Из статьи, автор — ', author],
  titleMarks: ['«', '»'],
  quoteMarks: ['«', '»'],
  paragraph: (n) => `абзац ${n}`,
  copy: 'Копировать цитату',
  copied: 'Цитата скопирована',
  copyRefused: 'Копирование здесь недоступно; выделите текст, чтобы скопировать его',
};

const ko: LetterQuoteStrings = {
  fromArticle: (author) => [author, '의 기고문에서'],
  titleMarks: ['“', '”'],
  quoteMarks: ['“', '”'],
  paragraph: (n) => `${n}번째 문단`,
  copy: '인용문 복사',
  copied: '인용문을 복사했습니다',
  copyRefused: '여기에서는 복사할 수 없습니다. 텍스트를 선택해 복사하세요',
};

const koKP: LetterQuoteStrings = {
  ...ko,
  fromArticle: (author) => [author, '의 글에서'],
};

/** `<letter-quote>` strings by UI language. */
export const letterQuoteStrings: Record<Locale, LetterQuoteStrings> = {
  en,
  ru,
  ko,
  'ko-KP': koKP,
};
