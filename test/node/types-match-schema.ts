/**
 * The published data types are the schema's output types, exactly: a compile-time
 * specification, checked by `npm run typecheck` (and by types-match-schema.test.ts, which also
 * shows it failing on a type that differs).
 *
 * src/data/types.ts is generated from the schema but declares no valibot type, so that an app
 * checking the package's declarations never loads valibot's. Here each of its types meets
 * `v.InferOutput` of its schema: a field added, dropped, made optional or required, or given
 * another type on either side makes that schema's verdict `false`, and this file fails to
 * compile.
 */
import type * as v from 'valibot';
import type * as schemas from '../../src/data/schema.js';
import type * as types from '../../src/data/types.js';
import type * as vocabulary from '../../src/data/vocabulary.js';

/**
 * `true` when `A` and `B` are the same type, not merely assignable either way: optional and
 * required, `readonly` and mutable, `any` and anything else all differ.
 */
export type Equals<A, B> =
  (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

/**
 * The published type of each exported schema. A schema exported without an entry here fails
 * to compile below: every schema has its published type.
 */
interface Published {
  VisitSchema: types.Visit;
  OverviewSchema: types.VisitOverview;
  LeaderSchema: types.Leader;
  PersonSchema: types.Person;
  ProgrammeItemSchema: types.ProgrammeItem;
  OutcomeSchema: types.Outcome;
  RatificationStepSchema: types.RatificationStep;
  MilestoneSchema: types.Milestone;
  ArticleSchema: types.Article;
  QuoteSchema: types.Quote;
  AttestedQuoteSchema: types.AttestedQuote;
  SourceSchema: types.Source;
  PlaceSchema: types.Place;
  LocalizedTextSchema: types.LocalizedText;
}

/** Each schema's verdict: whether its output is its published type. */
type SchemaVerdicts = {
  [Name in keyof typeof schemas]: Equals<Published[Name], v.InferOutput<(typeof schemas)[Name]>>;
};

/** Each union's verdict: whether it is exactly the values of its list. */
interface UnionVerdicts {
  Sector: Equals<types.Sector, (typeof vocabulary.SECTORS)[number]>;
  DelegationStatus: Equals<types.DelegationStatus, (typeof vocabulary.DELEGATION_STATUSES)[number]>;
  QuoteTopic: Equals<types.QuoteTopic, (typeof vocabulary.QUOTE_TOPICS)[number]>;
  SourceKind: Equals<types.SourceKind, (typeof vocabulary.SOURCE_KINDS)[number]>;
  Confidence: Equals<types.Confidence, (typeof vocabulary.CONFIDENCE_LEVELS)[number]>;
  OutcomeKind: Equals<types.OutcomeKind, (typeof vocabulary.OUTCOME_KINDS)[number]>;
  Party: Equals<types.Party, (typeof vocabulary.PARTIES)[number]>;
}

/** Compiles only when every verdict is `true`. */
export const verdicts: SchemaVerdicts & UnionVerdicts = {
  VisitSchema: true,
  OverviewSchema: true,
  LeaderSchema: true,
  PersonSchema: true,
  ProgrammeItemSchema: true,
  OutcomeSchema: true,
  RatificationStepSchema: true,
  MilestoneSchema: true,
  ArticleSchema: true,
  QuoteSchema: true,
  AttestedQuoteSchema: true,
  SourceSchema: true,
  PlaceSchema: true,
  LocalizedTextSchema: true,
  Sector: true,
  DelegationStatus: true,
  QuoteTopic: true,
  SourceKind: true,
  Confidence: true,
  OutcomeKind: true,
  Party: true,
};
