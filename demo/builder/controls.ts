/**
 * What an author can choose for each card: one control per attribute, its values taken from
 * the lists the elements check their attributes against, so the builder never offers a value a
 * card would refuse. A control's value `''` leaves the attribute out.
 *
 * @module
 */
import { dataset } from '../../src/data/default-dataset.js';
import { DEFAULT_LIMIT } from '../../src/elements/delegation-roster/fold.js';
import {
  DELEGATION_ROSTER_GROUPINGS,
  DELEGATION_ROSTER_LAYOUTS,
  DELEGATION_ROSTER_SECTIONS,
  DELEGATION_ROSTER_SECTORS,
  DELEGATION_ROSTER_STATUSES,
} from '../../src/elements/delegation-roster/options.js';
import {
  LETTER_QUOTE_SECTIONS,
  QUOTE_PICKS,
  QUOTE_TOPICS,
} from '../../src/elements/letter-quote/options.js';
import { VISIT_CARD_SECTIONS, VISIT_CARD_VARIANTS } from '../../src/elements/visit-card/options.js';
import {
  VISIT_TIMELINE_PERIODS,
  VISIT_TIMELINE_SECTIONS,
} from '../../src/elements/visit-timeline/options.js';
import { THEMES } from '../../src/internal/themes.js';
import { delegationRosterStrings, visitTimelineStrings } from '../../src/locales/index.js';
import { LOCALES, type Locale } from '../../src/locales/tags.js';
import type { BuilderStrings } from './strings/index.js';

/** The cards the builder makes snippets for, in the order it offers them. */
export const CARDS = ['visit-card', 'letter-quote', 'delegation-roster', 'visit-timeline'] as const;
/** A card the builder makes snippets for. */
export type Card = (typeof CARDS)[number];

/** One value a control offers. */
export interface Choice {
  /** The attribute's value; `''` leaves the attribute out. */
  value: string;
  /** What the author reads. */
  label: string;
  /** The language of `label`, where it is not the page's (a quotation, a language's own name). */
  lang?: string;
}

/** The language the builder speaks, and its strings. */
export interface Speech {
  locale: Locale;
  strings: BuilderStrings;
}

/** A control for one attribute. */
export type Control = {
  /** The attribute it sets. */
  name: string;
  /** Its label, or its group's legend. */
  label: string;
  /** A line under it that says what it does. */
  hint?: string;
  /**
   * Whether it applies, given the other values; a control that does not apply is disabled and
   * its attribute left out.
   */
  applies?: (values: ReadonlyMap<string, string>) => boolean;
} & (
  | { kind: 'select'; choices: Choice[] }
  | { kind: 'checkboxes'; choices: Choice[] }
  | { kind: 'number'; min: number }
);

/** The opening words of a quotation, to name it by. */
function openingWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length > 9 ? `“${words.slice(0, 9).join(' ')}…”` : `“${text}”`;
}

/** `values` as choices, labelled by `label`; the first is the default where `defaultValue` says. */
function choices<T extends string>(
  values: readonly T[],
  label: (value: T) => string,
  { strings }: Speech,
  defaultValue?: T,
): Choice[] {
  return values.map((value) => ({
    value: value === defaultValue ? '' : value,
    label: value === defaultValue ? strings.byDefault(label(value)) : label(value),
  }));
}

/** The sections of a card that `expanded` may open. */
function expanded(
  sections: readonly (keyof BuilderStrings['expanded']['sections'])[],
  speech: Speech,
): Control {
  const { strings } = speech;
  return {
    kind: 'checkboxes',
    name: 'expanded',
    label: strings.expanded.label,
    hint: strings.expanded.hint,
    choices: sections.map((section) => ({
      value: section,
      label: strings.expanded.sections[section],
    })),
  };
}

/** The controls every card has. */
function sharedControls(speech: Speech): Control[] {
  const { strings } = speech;
  const formatter = new Intl.NumberFormat(speech.locale);
  return [
    {
      kind: 'select',
      name: 'lang',
      label: strings.lang.label,
      choices: [
        { value: '', label: strings.lang.page },
        ...LOCALES.map((locale) => ({
          value: locale,
          label: LANGUAGE_NAMES[locale],
          lang: locale,
        })),
      ],
    },
    {
      kind: 'select',
      name: 'theme',
      label: strings.theme.label,
      choices: choices(THEMES, (theme) => strings.theme[theme], speech, 'auto'),
    },
    {
      kind: 'select',
      name: 'heading-level',
      label: strings.headingLevel.label,
      hint: strings.headingLevel.hint,
      choices: choices(
        ['1', '2', '3', '4', '5', '6'],
        (level) => formatter.format(Number(level)),
        speech,
        '3',
      ),
    },
  ];
}

/** Each language's name in itself, for the card's language picker and the page's. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  ru: 'Русский',
  ko: '한국어',
  'ko-KP': '조선말',
};

/** The controls of `card`, its own first, in `speech`'s language. */
export function controlsOf(card: Card, speech: Speech): Control[] {
  const { strings, locale } = speech;
  const own: Record<Card, () => Control[]> = {
    'visit-card': () => [
      {
        kind: 'select',
        name: 'variant',
        label: strings.variant.label,
        choices: [
          { value: '', label: strings.byDefault(strings.variant.summary) },
          ...VISIT_CARD_VARIANTS.map((variant) => ({
            value: variant,
            label: strings.variant[variant],
          })),
        ],
      },
      {
        ...expanded(VISIT_CARD_SECTIONS, speech),
        applies: (values) => values.get('variant') !== 'full',
      },
    ],
    'letter-quote': () => [
      {
        kind: 'select',
        name: 'quote-id',
        label: strings.quote.label,
        hint: strings.quote.hint,
        choices: [
          { value: '', label: strings.quote.byTopic },
          ...dataset.quotes.map((quote) => ({
            value: quote.id,
            label: openingWords(quote.text),
            lang: 'en',
          })),
        ],
      },
      {
        kind: 'select',
        name: 'topic',
        label: strings.topic.label,
        applies: (values) => !values.get('quote-id'),
        choices: [
          { value: '', label: strings.topic.any },
          ...QUOTE_TOPICS.map((topic) => ({ value: topic, label: strings.topic.topics[topic] })),
        ],
      },
      {
        kind: 'select',
        name: 'pick',
        label: strings.pick.label,
        applies: (values) => !values.get('quote-id'),
        choices: choices(QUOTE_PICKS, (pick) => strings.pick[pick], speech, 'first'),
      },
      expanded(LETTER_QUOTE_SECTIONS, speech),
    ],
    'delegation-roster': () => [
      {
        kind: 'select',
        name: 'layout',
        label: strings.layout.label,
        choices: choices(DELEGATION_ROSTER_LAYOUTS, (l) => strings.layout[l], speech, 'list'),
      },
      {
        kind: 'select',
        name: 'group-by',
        label: strings.groupBy.label,
        choices: choices(DELEGATION_ROSTER_GROUPINGS, (g) => strings.groupBy[g], speech, 'sector'),
      },
      {
        kind: 'checkboxes',
        name: 'sector',
        label: strings.sector.label,
        hint: strings.sector.hint,
        choices: DELEGATION_ROSTER_SECTORS.map((sector) => ({
          value: sector,
          label: delegationRosterStrings[locale].sectors[sector],
        })),
      },
      {
        kind: 'select',
        name: 'status',
        label: strings.status.label,
        choices: [
          { value: '', label: strings.byDefault(strings.status.any) },
          ...DELEGATION_ROSTER_STATUSES.map((status) => ({
            value: status,
            label: strings.status[status],
          })),
        ],
      },
      {
        kind: 'number',
        name: 'limit',
        label: strings.limit.label,
        hint: strings.limit.hint({
          value: DEFAULT_LIMIT,
          text: new Intl.NumberFormat(locale).format(DEFAULT_LIMIT),
        }),
        min: 1,
      },
      expanded(DELEGATION_ROSTER_SECTIONS, speech),
    ],
    'visit-timeline': () => [
      {
        kind: 'select',
        name: 'period',
        label: strings.period.label,
        choices: [
          { value: '', label: strings.byDefault(strings.period.all) },
          ...VISIT_TIMELINE_PERIODS.map((period) => ({
            value: period,
            label: visitTimelineStrings[locale].heading[period],
          })),
        ],
      },
      expanded(VISIT_TIMELINE_SECTIONS, speech),
    ],
  };
  return [...own[card](), ...sharedControls(speech)];
}
