/**
 * Types of a visit dataset, each derived from its schema in `./schema.ts`.
 *
 * @module
 */
import type * as v from 'valibot';
import type {
  ArticleSchema,
  CONFIDENCE_LEVELS,
  DELEGATION_STATUSES,
  LocalizedTextSchema,
  MilestoneSchema,
  OverviewSchema,
  OutcomeSchema,
  PersonSchema,
  PlaceSchema,
  ProgrammeItemSchema,
  QUOTE_TOPICS,
  QuoteSchema,
  RatificationStepSchema,
  SECTORS,
  SOURCE_KINDS,
  SourceSchema,
  VisitSchema,
} from './schema.js';

/** A visit dataset: the visit and everything the cards show about it. */
export type Visit = v.InferOutput<typeof VisitSchema>;
/** The visit at a glance: who, where, when. */
export type VisitOverview = v.InferOutput<typeof OverviewSchema>;
/** A delegation member. */
export type Person = v.InferOutput<typeof PersonSchema>;
/** An item of the programme. */
export type ProgrammeItem = v.InferOutput<typeof ProgrammeItemSchema>;
/** A document signed during the visit. */
export type Outcome = v.InferOutput<typeof OutcomeSchema>;
/** One step of a treaty's ratification. */
export type RatificationStep = v.InferOutput<typeof RatificationStepSchema>;
/** A milestone the article names. */
export type Milestone = v.InferOutput<typeof MilestoneSchema>;
/** The article published on the eve of the visit. */
export type Article = v.InferOutput<typeof ArticleSchema>;
/** A verbatim passage of the article. */
export type Quote = v.InferOutput<typeof QuoteSchema>;
/** A source records cite. */
export type Source = v.InferOutput<typeof SourceSchema>;
/** A place. */
export type Place = v.InferOutput<typeof PlaceSchema>;
/** English text with optional translations. */
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
/** A delegation member's sector. */
export type Sector = (typeof SECTORS)[number];
/** How a delegation member is known to have taken part. */
export type DelegationStatus = (typeof DELEGATION_STATUSES)[number];
/** A quote's topic. */
export type QuoteTopic = (typeof QUOTE_TOPICS)[number];
/** A source's kind. */
export type SourceKind = (typeof SOURCE_KINDS)[number];
/** How sure the sources are. */
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
