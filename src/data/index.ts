/**
 * `visit-cards/data`: the bundled, checked dataset, its types, its schema and its validator.
 *
 * @example
 * import { dataset } from 'visit-cards/data';
 * dataset.people.length; // 13
 *
 * @module
 */
export { dataset } from './default-dataset.js';
export * from './types.js';
export {
  CONFIDENCE_LEVELS,
  DELEGATION_STATUSES,
  OUTCOME_KINDS,
  PARTIES,
  QUOTE_TOPICS,
  SECTORS,
  SOURCE_KINDS,
  VisitSchema,
} from './schema.js';
export { validateVisit, type ValidationResult } from './validate.js';
export { formatProblem, type DataProblem } from './problem.js';
export { visitContext, type VisitState } from './context.js';
