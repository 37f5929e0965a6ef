/**
 * Every UI language's strings, one table per section, keyed by the tags of `./tags.ts`.
 *
 * Tables per section rather than one object per language: an element reads its table by the
 * reader's locale at run time, and a bundler can drop what no element reads only when each
 * section is reached by name. Each table is a `Record<Locale, ...>`, so a language in the list
 * and missing here is a type error.
 *
 * @module
 */
import * as en from './en.js';
import * as koKP from './ko-KP.js';
import * as ko from './ko.js';
import * as ru from './ru.js';
import type { Locale } from './tags.js';
import type { LocaleStrings } from './types.js';

export { LOCALES, resolveLocale, type Locale } from './tags.js';
export type * from './types.js';

/** One section of every language. */
type Table<Section extends keyof LocaleStrings> = Readonly<Record<Locale, LocaleStrings[Section]>>;

/** Strings every element shares, by UI language. */
export const commonStrings: Table<'common'> = {
  en: en.common,
  ru: ru.common,
  ko: ko.common,
  'ko-KP': koKP.common,
};

/** `<visit-card>` strings by UI language. */
export const visitCardStrings: Table<'visitCard'> = {
  en: en.visitCard,
  ru: ru.visitCard,
  ko: ko.visitCard,
  'ko-KP': koKP.visitCard,
};

/** `<delegation-roster>` strings by UI language. */
export const delegationRosterStrings: Table<'delegationRoster'> = {
  en: en.delegationRoster,
  ru: ru.delegationRoster,
  ko: ko.delegationRoster,
  'ko-KP': koKP.delegationRoster,
};

/** `<letter-quote>` strings by UI language. */
export const letterQuoteStrings: Table<'letterQuote'> = {
  en: en.letterQuote,
  ru: ru.letterQuote,
  ko: ko.letterQuote,
  'ko-KP': koKP.letterQuote,
};

/** `<visit-timeline>` strings by UI language. */
export const visitTimelineStrings: Table<'visitTimeline'> = {
  en: en.visitTimeline,
  ru: ru.visitTimeline,
  ko: ko.visitTimeline,
  'ko-KP': koKP.visitTimeline,
};
