/**
 * The one schema of a visit dataset, published as `visit-cards/data/schema`. The run-time
 * validator (`./validate.ts`) uses it as it is; `npm run data` derives the rest from it: the
 * TypeScript types (`./types.ts`) and the JSON Schema that editors use
 * (`data/schema.json`). Nothing is typed twice.
 *
 * Every field has a doc comment, and the derived files carry it: the generator reads these
 * comments (scripts/schema-docs.ts) and fails on a field without one. A field whose value is a
 * helper below (`id`, `sourceIds`) may leave it to the helper's comment.
 *
 * @module
 */
import * as v from 'valibot';
import { LOCALES, type Locale } from '../locales/tags.js';
import { isTimeZone } from './time-zone.js';
import { HTTP_URL_PATTERN, httpUrl } from './url.js';
import {
  CONFIDENCE_LEVELS,
  DELEGATION_STATUSES,
  OUTCOME_KINDS,
  PARTIES,
  QUOTE_TOPICS,
  SECTORS,
  SOURCE_KINDS,
} from './vocabulary.js';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** YYYY, YYYY-MM or YYYY-MM-DD: history may be known only to the year or month. */
const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** A local date and time that always carries its UTC offset. */
const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/;

/** Non-blank text with no stray whitespace at either end. */
const text = v.pipe(
  v.string(),
  v.regex(/^\S(?:[\s\S]*\S)?$/, 'must be non-blank text without surrounding whitespace'),
);
/** The record's id: kebab-case, unique among records of its kind. */
const id = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be a kebab-case id'));
const partialDate = v.pipe(
  v.string(),
  v.regex(PARTIAL_DATE_PATTERN, 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD'),
);
const date = v.pipe(v.string(), v.regex(DATE_PATTERN, 'must be an ISO 8601 date: YYYY-MM-DD'));
const dateTime = v.pipe(
  v.string(),
  v.regex(DATE_TIME_PATTERN, 'must be an ISO 8601 date-time with its UTC offset'),
);
/** Ids of the sources a record rests on; at least one. */
const sourceIds = v.pipe(v.array(id), v.minLength(1, 'must cite at least one source'));

/** The UI languages other than English: each may translate a localized text. */
const TRANSLATIONS = LOCALES.filter((locale): locale is Exclude<Locale, 'en'> => locale !== 'en');
/** A translation into another UI language, keyed by its BCP 47 tag; optional. */
const translations = Object.fromEntries(
  TRANSLATIONS.map((locale) => [locale, v.optional(text)]),
) as { [L in (typeof TRANSLATIONS)[number]]: v.OptionalSchema<typeof text, undefined> };

/**
 * A text in English, with optional translations; UI falls back to English. Its keys are the UI
 * languages (`LOCALES`), so adding a language adds its key.
 */
export const LocalizedTextSchema = v.strictObject({
  /** English: always there, and what the UI shows when a translation is missing. */
  en: text,
  ...translations,
});

/** A place, named in English with optional translations, and its IANA time zone. */
export const PlaceSchema = v.strictObject({
  /** The place's own name: a building, a square, an airport or a city. */
  name: LocalizedTextSchema,
  /** The city the place is in, where the name alone does not say. */
  city: v.optional(LocalizedTextSchema),
  /** IANA time zone name, such as `Asia/Pyongyang`; one `Intl` does not know is refused. */
  timeZone: v.optional(
    v.pipe(text, v.check(isTimeZone, 'must be an IANA time zone name that Intl knows')),
  ),
});

/** Where a fact was read: publisher, date, language and, only where it was seen, the URL. */
export const SourceSchema = v.strictObject({
  id,
  /** What kind of publication it is. */
  kind: v.picklist(SOURCE_KINDS),
  /** Who published it: an agency, a newspaper, a blog. */
  publisher: text,
  /** The headline, only where it is known verbatim. */
  title: v.optional(text),
  /** What this source supports, in the dataset's own words. */
  about: text,
  /** When it was published: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: v.optional(partialDate),
  /** BCP 47 language tag of the source. */
  language: v.pipe(
    v.string(),
    v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag'),
  ),
  /** An absolute `https:` or `http:` URL; no other scheme is ever linked. */
  url: v.optional(
    v.pipe(
      v.string(),
      v.regex(HTTP_URL_PATTERN, 'must be an absolute http or https URL'),
      // The pattern is what JSON Schema can say; the parse catches the rest, and reports only
      // what the pattern did not already.
      v.check(
        (value) => !HTTP_URL_PATTERN.test(value) || httpUrl(value) !== undefined,
        'must be an absolute http or https URL',
      ),
    ),
  ),
});

/** One member of the visiting delegation. */
export const PersonSchema = v.strictObject({
  id,
  /** The member's name: Cyrillic in Russian, each Korean form by its own orthography. */
  name: LocalizedTextSchema,
  /**
   * The languages in which `name` is the library's own transliteration, made by that
   * orthography's rules because no published spelling was found.
   */
  transliterated: v.optional(v.array(v.picklist(TRANSLATIONS))),
  /** Title as of the visit. */
  title: LocalizedTextSchema,
  /** The sector the member's post belongs to; the roster groups by it. */
  sector: v.picklist(SECTORS),
  /** Whether the member was announced before the visit, confirmed during it, or both. */
  status: v.picklist(DELEGATION_STATUSES),
  sources: sourceIds,
});

/** One item of the visit's programme. */
export const ProgrammeItemSchema = v.strictObject({
  id,
  /** What happened, as a short title. */
  title: LocalizedTextSchema,
  /** A sentence or two more, where the sources give it. */
  description: v.optional(LocalizedTextSchema),
  /** The day it happened: YYYY-MM-DD, within the visit. */
  date,
  /** Start time with its UTC offset, where one was published. */
  start: v.optional(dateTime),
  /** True when the published time is approximate ("around noon"). */
  approximate: v.optional(v.boolean()),
  /** Where it happened, where that is known. */
  place: v.optional(PlaceSchema),
  /** How sure the sources are of it, where that is worth saying. */
  confidence: v.optional(v.picklist(CONFIDENCE_LEVELS)),
  sources: sourceIds,
});

/** One step in bringing a treaty into force. */
export const RatificationStepSchema = v.strictObject({
  /** The country that took the step. */
  party: v.picklist(PARTIES),
  /** Who took it: a chamber, a president, a state. */
  body: LocalizedTextSchema,
  /** What they did. */
  act: LocalizedTextSchema,
  /** When: YYYY-MM-DD. */
  date,
  sources: sourceIds,
});

/** A document signed during the visit. */
export const OutcomeSchema = v.strictObject({
  id,
  /** A treaty or an agreement. */
  kind: v.picklist(OUTCOME_KINDS),
  /** The document's full title. */
  title: LocalizedTextSchema,
  /** What it provides, and what became of it, in a few sentences. */
  summary: v.optional(LocalizedTextSchema),
  /** When it was signed: YYYY-MM-DD. */
  signed: date,
  /** Where it was signed. */
  signedAt: v.optional(PlaceSchema),
  /** Delegation members (by id) who signed for the visiting side. */
  signatories: v.optional(v.array(id)),
  /** How many articles the document has. */
  articleCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** The steps of its ratification, each not before the signing. */
  ratification: v.optional(v.array(RatificationStepSchema)),
  /** When it entered into force: YYYY-MM-DD, not before the last ratification step. */
  inForce: v.optional(date),
  /** The earlier document it replaces. */
  replaces: v.optional(
    v.strictObject({
      /**
       * The earlier document's title. The cards name it by its kind and `signed`, so that its
       * date follows the card's one date style.
       */
      title: LocalizedTextSchema,
      /** When it was signed: YYYY-MM-DD, before this one. */
      signed: date,
    }),
  ),
  sources: sourceIds,
});

/** A dated moment in the two countries' relations that the article names. */
export const MilestoneSchema = v.strictObject({
  id,
  /** When it happened, or began: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: partialDate,
  /** When it ended, for a span of time such as a war. */
  endDate: v.optional(partialDate),
  /** What happened, as a short title. */
  title: LocalizedTextSchema,
  /** A sentence or two more. */
  description: v.optional(LocalizedTextSchema),
  /** Quotes (by id) in which the article speaks of this milestone. */
  quotes: v.optional(v.array(id)),
  sources: sourceIds,
});

/**
 * The passage of a quote in another UI language, word for word as a cited source prints it,
 * whole: for Russian, the article's original as agencies quoted it. Never a translation made
 * for the dataset.
 */
export const AttestedQuoteSchema = v.strictObject({
  /** The UI language it is in. */
  language: v.picklist(TRANSLATIONS),
  /** The whole passage, word for word as the sources print it. */
  text,
  sources: sourceIds,
});

/** A verbatim passage of the article. */
export const QuoteSchema = v.strictObject({
  id,
  /** The passage, word for word as the article's English text has it. */
  text,
  /**
   * The whole passage in other UI languages, where a source prints it verbatim; a reader of a
   * language without one is shown the English, marked as such.
   */
  attested: v.optional(v.array(AttestedQuoteSchema)),
  /** 1-based paragraph of the article the passage is in. */
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** What the passage is about; at least one topic. */
  topics: v.pipe(v.array(v.picklist(QUOTE_TOPICS)), v.minLength(1)),
  sources: sourceIds,
});

/** The article the visiting leader published on the eve of the visit. */
export const ArticleSchema = v.strictObject({
  id,
  /** Who wrote it, and in what role. */
  author: v.strictObject({
    /** The author's name. */
    name: LocalizedTextSchema,
    /** The author's office when the article appeared. */
    role: LocalizedTextSchema,
  }),
  /** The article's title. */
  title: LocalizedTextSchema,
  /** Other published renderings of the title, such as the DPRK's English one. */
  alternativeTitles: v.optional(
    v.array(
      v.strictObject({
        /** The title as that rendering has it. */
        text,
        /** BCP 47 language tag of the rendering. */
        language: text,
        /** Who published that rendering. */
        publisher: text,
      }),
    ),
  ),
  /** The newspaper that carried it. */
  publication: LocalizedTextSchema,
  /** When it appeared: YYYY-MM-DD. */
  date,
  /** Where in the newspaper it ran, such as the front page. */
  placement: v.optional(LocalizedTextSchema),
  sources: sourceIds,
});

/** A party to the visit: the guest or the host. */
export const LeaderSchema = v.strictObject({
  /** The leader's name. */
  name: LocalizedTextSchema,
  /** The leader's office, where the cards name it. */
  role: v.optional(LocalizedTextSchema),
  /** The country the leader represents. */
  country: LocalizedTextSchema,
});

/** The visit at a glance: who, where, when, and the journey on. */
export const OverviewSchema = v.strictObject({
  id,
  /** The visit's title, such as "State visit of the President of Russia to the DPRK". */
  title: LocalizedTextSchema,
  /**
   * The news in one line, for a card's heading: what a reader needs first, in neutral words,
   * resting on facts the dataset sources. The title stands in where there is none.
   */
  headline: v.optional(LocalizedTextSchema),
  /** The visiting leader. */
  guest: LeaderSchema,
  /** The leader who received the guest. */
  host: LeaderSchema,
  /** Where the visit took place. */
  place: PlaceSchema,
  /** First day of the visit: YYYY-MM-DD. */
  start: date,
  /** Last day of the visit: YYYY-MM-DD, not before `start`. */
  end: date,
  /** When and where the guest arrived. */
  arrival: v.strictObject({
    /** The moment of arrival, with its UTC offset; within the visit's days. */
    at: dateTime,
    /** Where the guest arrived, such as an airport. */
    place: PlaceSchema,
    sources: sourceIds,
  }),
  /** When the guest left, as far as it is known. */
  departure: v.optional(
    v.strictObject({
      /** The day of departure: YYYY-MM-DD. */
      date,
      /** What is known of the time, in words, where no exact time was published. */
      description: LocalizedTextSchema,
      /** How sure the sources are of it. */
      confidence: v.picklist(CONFIDENCE_LEVELS),
      sources: sourceIds,
    }),
  ),
  /** Where the guest stayed. */
  residence: v.optional(
    v.strictObject({
      /** The residence. */
      place: PlaceSchema,
      sources: sourceIds,
    }),
  ),
  /** The guest's previous visit to the same place: "first visit in N years" is computed from it. */
  previousVisit: v.optional(
    v.strictObject({
      /** First day of that visit: YYYY-MM-DD, before this visit. */
      start: date,
      /** Last day of that visit: YYYY-MM-DD. */
      end: date,
      sources: sourceIds,
    }),
  ),
  /** Where the guest went next, straight from this visit. */
  nextStop: v.optional(
    v.strictObject({
      /** What the next stop was, such as "State visit to Vietnam". */
      title: LocalizedTextSchema,
      /** Where it was. */
      place: PlaceSchema,
      /** First day of it: YYYY-MM-DD, not before this visit's start. */
      start: date,
      /** Last day of it: YYYY-MM-DD. */
      end: date,
      /** The moment of arrival there, with its UTC offset. */
      arrival: v.optional(dateTime),
      sources: sourceIds,
    }),
  ),
  sources: sourceIds,
});

/** A visit dataset: one visit and everything the cards show about it. */
export const VisitSchema = v.strictObject({
  /** A link to the JSON Schema, for editors; the cards ignore it. */
  $schema: v.optional(v.string()),
  /** Version of the dataset's shape. */
  schemaVersion: v.literal(1),
  /** The visit at a glance. */
  overview: OverviewSchema,
  /** The visiting delegation. */
  people: v.array(PersonSchema),
  /** The programme of the visit. */
  programme: v.array(ProgrammeItemSchema),
  /** The documents signed during the visit. */
  outcomes: v.array(OutcomeSchema),
  /** The moments in the two countries' relations that the article names. */
  milestones: v.array(MilestoneSchema),
  /** The article the guest published on the eve of the visit. */
  article: ArticleSchema,
  /** Verbatim passages of the article. */
  quotes: v.array(QuoteSchema),
  /** Every source a record cites, and no other. */
  sources: v.array(SourceSchema),
});
