/**
 * `visit-cards`: registers every element. The provider goes first, so cards already in the
 * page find it as they upgrade.
 *
 * @module
 */
export * from './define/visit-data.js';
export * from './define/visit-card.js';
export {
  VisitCardsErrorEvent,
  type VisitCardsErrorDetail,
  type VisitCardsErrorCode,
} from './internal/error-event.js';
export { THEMES, type Theme } from './internal/visit-element.js';
export { VERSION } from './internal/define.js';
