/**
 * `visit-cards/data`: the bundled, checked dataset, its types, the closed lists its values come
 * from, and its validator. The valibot schema itself is `visit-cards/data/schema`: its types
 * are costly to check, so nothing here declares anything in terms of them.
 *
 * @example
 * import { dataset } from 'visit-cards/data';
 * dataset.people.length; // 13
 *
 * @module
 */
export { dataset } from './default-dataset.js';
export type * from './types.js';
export {
  CONFIDENCE_LEVELS,
  DELEGATION_STATUSES,
  OUTCOME_KINDS,
  PARTIES,
  QUOTE_TOPICS,
  SECTORS,
  SOURCE_KINDS,
} from './vocabulary.js';
export { validateVisit, type ValidationOptions, type ValidationResult } from './validate.js';
export { formatProblem, type DataProblem } from './problem.js';
export { visitContext, type VisitState } from './context.js';
