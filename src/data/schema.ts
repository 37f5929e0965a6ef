/**
 * The one schema of a visit dataset. The TypeScript types (`./types.ts`), the run-time
 * validator (`./validate.ts`) and the JSON Schema that editors use (`data/schema.json`,
 * written by `npm run data`) are all derived from it: nothing is typed twice.
 *
 * @module
 */
import * as v from 'valibot';
import { isTimeZone } from './time-zone.js';
import { HTTP_URL_PATTERN, httpUrl } from './url.js';

/** Sectors a delegation member can belong to. */
export const SECTORS = [
  'government',
  'diplomacy',
  'defence',
  'economy',
  'transport',
  'health',
  'space',
  'presidential-office',
] as const;

/** How a delegation member is known to have been part of the visit. */
export const DELEGATION_STATUSES = ['announced', 'confirmed', 'both'] as const;

/** Topics a quote from the article can be filed under. */
export const QUOTE_TOPICS = [
  'history',
  'partnership',
  'security',
  'economy',
  'humanitarian',
  'international-order',
] as const;

/** Kinds of source a record can cite. */
export const SOURCE_KINDS = ['official', 'news', 'newspaper', 'blog', 'editorial'] as const;

/** How sure the checked sources are of a fact. */
export const CONFIDENCE_LEVELS = ['high', 'medium'] as const;

/** Kinds of outcome of a visit. */
export const OUTCOME_KINDS = ['treaty', 'agreement'] as const;

/** Parties to a ratification, as ISO 3166-1 alpha-2 codes. */
export const PARTIES = ['RU', 'KP'] as const;

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

/** A text in English, with optional translations; UI falls back to English. */
export const LocalizedTextSchema = v.strictObject({
  en: text,
  ru: v.optional(text),
  /** South Korean orthography. */
  ko: v.optional(text),
  /** The DPRK's own orthography. */
  'ko-KP': v.optional(text),
});

/** A place, named in English with optional translations, and its IANA time zone. */
export const PlaceSchema = v.strictObject({
  name: LocalizedTextSchema,
  city: v.optional(LocalizedTextSchema),
  /** IANA time zone name, such as `Asia/Pyongyang`; one `Intl` does not know is refused. */
  timeZone: v.optional(
    v.pipe(text, v.check(isTimeZone, 'must be an IANA time zone name that Intl knows')),
  ),
});

/** Where a fact was read: publisher, date, language and, only where it was seen, the URL. */
export const SourceSchema = v.strictObject({
  id,
  kind: v.picklist(SOURCE_KINDS),
  publisher: text,
  /** The headline, only where it is known verbatim. */
  title: v.optional(text),
  /** What this source supports, in the dataset's own words. */
  about: text,
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
  name: v.strictObject({ en: text, ru: text }),
  /** Title as of the visit. */
  title: text,
  sector: v.picklist(SECTORS),
  status: v.picklist(DELEGATION_STATUSES),
  sources: sourceIds,
});

/** One item of the visit's programme. */
export const ProgrammeItemSchema = v.strictObject({
  id,
  title: text,
  description: v.optional(text),
  date,
  /** Start time with its UTC offset, where one was published. */
  start: v.optional(dateTime),
  /** True when the published time is approximate ("around noon"). */
  approximate: v.optional(v.boolean()),
  place: v.optional(PlaceSchema),
  confidence: v.optional(v.picklist(CONFIDENCE_LEVELS)),
  sources: sourceIds,
});

/** One step in bringing a treaty into force. */
export const RatificationStepSchema = v.strictObject({
  party: v.picklist(PARTIES),
  body: text,
  act: text,
  date,
  sources: sourceIds,
});

/** A document signed during the visit. */
export const OutcomeSchema = v.strictObject({
  id,
  kind: v.picklist(OUTCOME_KINDS),
  title: text,
  summary: v.optional(text),
  signed: date,
  signedAt: v.optional(PlaceSchema),
  /** Delegation members (by id) who signed for the visiting side. */
  signatories: v.optional(v.array(id)),
  articleCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  ratification: v.optional(v.array(RatificationStepSchema)),
  inForce: v.optional(date),
  replaces: v.optional(v.strictObject({ title: text, signed: date })),
  sources: sourceIds,
});

/** A dated moment in the two countries' relations that the article names. */
export const MilestoneSchema = v.strictObject({
  id,
  date: partialDate,
  endDate: v.optional(partialDate),
  title: text,
  description: v.optional(text),
  /** Quotes (by id) in which the article speaks of this milestone. */
  quotes: v.optional(v.array(id)),
  sources: sourceIds,
});

/** A verbatim passage of the article. */
export const QuoteSchema = v.strictObject({
  id,
  text,
  /** 1-based paragraph of the article the passage is in. */
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(1)),
  topics: v.pipe(v.array(v.picklist(QUOTE_TOPICS)), v.minLength(1)),
  sources: sourceIds,
});

/** The article the visiting leader published on the eve of the visit. */
export const ArticleSchema = v.strictObject({
  id,
  /** Who wrote it, and in what role. */
  author: v.strictObject({ name: LocalizedTextSchema, role: LocalizedTextSchema }),
  title: LocalizedTextSchema,
  /** Other published renderings of the title, such as the DPRK's English one. */
  alternativeTitles: v.optional(v.array(v.strictObject({ text, language: text, publisher: text }))),
  publication: LocalizedTextSchema,
  date,
  placement: v.optional(text),
  sources: sourceIds,
});

/** A party to the visit: the guest or the host. */
export const LeaderSchema = v.strictObject({
  name: LocalizedTextSchema,
  role: v.optional(LocalizedTextSchema),
  country: LocalizedTextSchema,
});

/** The visit at a glance: who, where, when, and the journey on. */
export const OverviewSchema = v.strictObject({
  id,
  title: LocalizedTextSchema,
  guest: LeaderSchema,
  host: LeaderSchema,
  place: PlaceSchema,
  start: date,
  end: date,
  arrival: v.strictObject({ at: dateTime, place: PlaceSchema, sources: sourceIds }),
  departure: v.optional(
    v.strictObject({
      date,
      description: text,
      confidence: v.picklist(CONFIDENCE_LEVELS),
      sources: sourceIds,
    }),
  ),
  residence: v.optional(v.strictObject({ place: PlaceSchema, sources: sourceIds })),
  /** The guest's previous visit to the same place: "first visit in N years" is computed from it. */
  previousVisit: v.optional(v.strictObject({ start: date, end: date, sources: sourceIds })),
  nextStop: v.optional(
    v.strictObject({
      title: text,
      place: PlaceSchema,
      start: date,
      end: date,
      arrival: v.optional(dateTime),
      sources: sourceIds,
    }),
  ),
  sources: sourceIds,
});

/** A visit dataset: one visit and everything the cards show about it. */
export const VisitSchema = v.strictObject({
  $schema: v.optional(v.string()),
  /** Version of the dataset's shape. */
  schemaVersion: v.literal(1),
  overview: OverviewSchema,
  people: v.array(PersonSchema),
  programme: v.array(ProgrammeItemSchema),
  outcomes: v.array(OutcomeSchema),
  milestones: v.array(MilestoneSchema),
  article: ArticleSchema,
  quotes: v.array(QuoteSchema),
  sources: v.array(SourceSchema),
});
