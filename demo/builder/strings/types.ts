/**
 * The embed builder's own text, one table per UI language of the library. The cards' own
 * strings (sector names, the timeline's periods) come from the library's tables, so the builder
 * names a choice as the card it makes will.
 *
 * @module
 */

/** A number written for the reader, with its plural category for the language's nouns. */
interface Count {
  /** The number as the reader writes it. */
  text: string;
  /** The number itself. */
  value: number;
}

/** Everything the builder says, in one language. */
export interface BuilderStrings {
  /** The page's `<title>` and heading. */
  title: string;
  /** What the page is for, under the heading. */
  intro: string;
  /** The label of the page's language picker. */
  uiLanguage: string;
  /** The legend of the card picker. */
  card: string;
  /** Each card, as an author would ask for it. */
  cards: Record<'visit-card' | 'delegation-roster' | 'letter-quote' | 'visit-timeline', string>;
  /** The legend of the card's options. */
  options: string;
  /** Marks the choice the card makes when the attribute is left out. */
  byDefault: (label: string) => string;
  /** `<visit-card>`'s `variant`. */
  variant: { label: string; summary: string; compact: string; full: string };
  /** `expanded`, and each section it may open. */
  expanded: {
    label: string;
    hint: string;
    sections: Record<'programme' | 'outcomes' | 'sources' | 'members' | 'history', string>;
  };
  /** `<delegation-roster>`'s `layout`. */
  layout: { label: string; list: string; grid: string };
  /** `<delegation-roster>`'s `group-by`. */
  groupBy: { label: string; sector: string; none: string };
  /** `<delegation-roster>`'s `sector` filter. */
  sector: { label: string; hint: string };
  /** `<delegation-roster>`'s `status` filter. */
  status: { label: string; any: string; announced: string; confirmed: string; both: string };
  /** `<delegation-roster>`'s `limit`. */
  limit: { label: string; hint: (defaultLimit: Count) => string };
  /** `<letter-quote>`'s `quote-id`. */
  quote: { label: string; byTopic: string; hint: string };
  /** `<letter-quote>`'s `topic`. */
  topic: {
    label: string;
    any: string;
    topics: Record<
      'history' | 'partnership' | 'security' | 'economy' | 'humanitarian' | 'international-order',
      string
    >;
  };
  /** `<letter-quote>`'s `pick`. */
  pick: { label: string; first: string; random: string; daily: string };
  /** `<visit-timeline>`'s `period`. */
  period: { label: string; all: string };
  /** `lang`. */
  lang: { label: string; page: string };
  /** `theme`. */
  theme: { label: string; auto: string; light: string; dark: string };
  /** `heading-level`. */
  headingLevel: { label: string; hint: string };
  /** Where the snippet loads the library from. */
  files: { label: string; hint: string; invalid: string };
  /** The previews. */
  preview: {
    heading: string;
    hint: string;
    widths: Record<'phone' | 'column' | 'sidebar', string>;
    pixels: (width: Count) => string;
  };
  /** The snippet. */
  snippet: {
    heading: string;
    hint: string;
    size: (bytes: Count, gzip: Count) => string;
    copy: string;
    copied: string;
    copyFailed: string;
    none: string;
  };
  /** Shown when the page cannot start: the library's build is not beside it. */
  noBuild: string;
}
