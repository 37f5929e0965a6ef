/**
 * `visit-cards`: registers every element. The provider goes first, so cards already in the
 * page find it as they upgrade.
 *
 * @module
 */
export * from './define/visit-data.js';
export * from './define/visit-card.js';
export * from './define/delegation-roster.js';
export * from './define/letter-quote.js';
export * from './define/visit-timeline.js';
export {
  VisitCardsErrorEvent,
  type VisitCardsErrorCode,
  type VisitCardsErrorDetail,
} from './internal/error-event.js';
export { THEMES, type Theme } from './internal/visit-element.js';
export { VERSION } from './internal/define.js';
