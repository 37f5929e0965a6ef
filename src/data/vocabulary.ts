/**
 * The closed lists of values a dataset may use. Kept apart from the schema, with no valibot in
 * sight, so that an element (or an app) can check an attribute against a list without loading
 * the schema, or its types.
 *
 * @module
 */

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

/**
 * Kinds of source a record can cite. A `reference` is a work that describes rather than
 * reports: an encyclopedia, an association's page about a monument.
 */
export const SOURCE_KINDS = [
  'official',
  'news',
  'newspaper',
  'blog',
  'editorial',
  'reference',
] as const;

/** How sure the checked sources are of a fact. */
export const CONFIDENCE_LEVELS = ['high', 'medium'] as const;

/** Kinds of outcome of a visit. */
export const OUTCOME_KINDS = ['treaty', 'agreement'] as const;

/** Parties to a ratification, as ISO 3166-1 alpha-2 codes. */
export const PARTIES = ['RU', 'KP'] as const;
