/**
 * The shape of a language's strings: every language module (`./en.ts`, `./ru.ts`...) exports
 * each section below, typed by it, so a string missing in any language is a type error.
 *
 * @module
 */
import type { DelegationStatus, OutcomeKind, Sector } from '../data/types.js';

/** Strings shared by every element: notices for bad input, and the words of a source list. */
export interface CommonStrings {
  /** Heading of a notice that replaces a card's content. */
  noticeTitle: string;
  /** An attribute has a value the element does not accept. */
  invalidAttribute: (attribute: string, value: string) => string;
  /** An id names no record in the dataset. */
  unknownId: (attribute: string, value: string) => string;
  /** A filter matches nothing. */
  noMatch: (attribute: string, value: string) => string;
  /** The dataset has nothing to show. */
  emptyDataset: string;
  /** The dataset is not valid. */
  invalidDataset: string;
  /** The dataset could not be loaded. */
  loadFailed: string;
  /** Something in the data could not be shown (a render failed). */
  renderFailed: string;
  /** The dataset is loading. */
  loading: string;
  /** Heading of a source list. */
  sources: string;
  /** What a screen reader says for a footnote marker: "Source 2: TASS". */
  sourceNote: (number: string, publisher: string) => string;
}

/** Strings of `<visit-card>`. */
export interface VisitCardStrings {
  guest: string;
  host: string;
  where: string;
  when: string;
  arrival: string;
  /**
   * A local time with its UTC offset and its zone named for its city, in the language's own
   * order and punctuation: "19 June 2024, 02:22 (UTC+9, Pyongyang time)". `time` is the date
   * and time as markup (a `time` element); `city` is the city's name as text, for the
   * language's grammar; `shown` is what the sentence shows of it (markup that may carry its
   * own `lang`), unless the grammar gives a form of its own.
   */
  localTime: <T>(time: T, offset: string, city: string, shown: T) => Array<string | T>;
  residence: string;
  departure: string;
  mediumConfidence: string;
  approximately: string;
  previousVisit: string;
  /** How long before this visit the previous one was: "24 years earlier". */
  yearsEarlier: (years: Count) => string;
  programme: string;
  outcomes: string;
  /** The summary of the section that holds each document's ratification and signatories. */
  outcomeDetails: string;
  /** "Signed", agreeing with the kind of document where the language inflects for it. */
  signed: (kind: OutcomeKind) => string;
  /** "In force", agreeing likewise. */
  inForce: (kind: OutcomeKind) => string;
  replaces: string;
  /**
   * The earlier document a treaty replaces, named by its kind and the date it was signed
   * (markup, in the card's one date style): "the treaty of 9 February 2000".
   */
  replacedDocument: <T>(kind: OutcomeKind, date: T) => Array<string | T>;
  signedBy: string;
  articles: (count: string) => string;
  /** Party names, before a ratifying body that does not name its country. */
  party: { RU: string; KP: string };
  nextStop: string;
}

/**
 * A count: its value (for plural rules) and its text (formatted for the reader). Counts take
 * the number twice: as a value, to pick the plural form through `Intl.PluralRules`, and as text
 * already formatted through `Intl.NumberFormat` in the reader's locale.
 */
export interface Count {
  value: number;
  text: string;
}

/** Strings of `<delegation-roster>`. */
export interface DelegationRosterStrings {
  /**
   * The card's heading, naming the visiting country: `country` as text, for the language's
   * grammar, and `shown` as the heading shows it (markup that may carry its own `lang`).
   */
  heading: <T>(country: string, shown: T) => Array<string | T>;
  /** How many members the roster holds, none folded: "13 members". */
  members: (total: Count) => string;
  /** How many are shown of how many, in a flat roster: "Showing 8 of 13 members". */
  showing: (shown: Count, total: Count) => string;
  /**
   * How many are shown of how many, and how many sectors are folded, in a roster by sector:
   * "Showing 7 of 13 members; 4 sectors folded".
   */
  showingGroups: (shown: Count, total: Count, folded: Count) => string;
  /** What a folded flat roster holds, on the summary that opens it: "5 more members". */
  more: (members: Count) => string;
  /**
   * What the folded sectors hold, on the summary that opens them, naming the sectors as the
   * headings do: "6 more members: Transport, Health, Space, Presidential Office".
   */
  moreIn: (members: Count, sectors: readonly string[]) => string;
  /** The accessible name of the key to the status marks. */
  legend: string;
  /** Screen-reader prefix of a member's sector (shown in a flat roster). */
  sectorLabel: string;
  /** Sector names, as headings. */
  sectors: Record<Sector, string>;
  /**
   * What each status mark means, in the key and for a screen reader at each mark: `both`
   * says both things, `announced` that attendance is not confirmed.
   */
  statuses: Record<DelegationStatus, string>;
}

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
  /**
   * The line under a quotation shown in English to a reader of another language, because no
   * verbatim text of it in their language is attested: it is never translated.
   */
  quotedFromEnglish: string;
}

/** Strings of `<visit-timeline>`. */
export interface VisitTimelineStrings {
  /** The card's heading, by the period it shows (`all` with no period filter). */
  heading: Record<'all' | 'history' | 'visit' | 'treaty', string>;
  /**
   * How many events the card holds and the years they span: "17 events, 1945–2024". `span` is
   * markup (the years in `time` elements).
   */
  count: <T>(events: Count, span: T) => Array<string | T>;
  /** The summary of the folded history: "History in the article: 8 events". */
  history: (events: Count) => string;
  /** The visible label of what the article asserts, above its quotation. */
  accordingToArticle: string;
  /**
   * The line that names the article the quotations come from, once: author, title (already in
   * `titleMarks`), newspaper and date, each markup that may carry its own `lang`.
   */
  article: <T>(author: T, title: T, publication: T, date: T) => Array<string | T>;
  /** Marks around a quoted title, as this language writes them. */
  titleMarks: readonly [open: string, close: string];
  /**
   * Said once under the article's line to a reader of another language when a quotation is
   * shown in English, because no verbatim text of it in their language is attested.
   */
  quotedFromEnglish: string;
  /**
   * In place of a passage the timeline has quoted already, under an earlier date (markup):
   * "The passage quoted above, under 19–20 July 2000".
   */
  quotedAbove: <T>(date: T) => Array<string | T>;
  /** A document's signing, around its title (markup): "Signed: Treaty on …". */
  signed: <T>(kind: OutcomeKind, title: T) => Array<string | T>;
  /** A document's entry into force: "The treaty entered into force". */
  inForce: (kind: OutcomeKind) => string;
}

/**
 * Every UI string of one language, by section. A language module exports each section by
 * name rather than one object, so a bundler keeps only the sections an element reads.
 */
export interface LocaleStrings {
  common: CommonStrings;
  visitCard: VisitCardStrings;
  delegationRoster: DelegationRosterStrings;
  letterQuote: LetterQuoteStrings;
  visitTimeline: VisitTimelineStrings;
}
