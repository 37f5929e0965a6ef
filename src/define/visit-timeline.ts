/**
 * Registers `<visit-timeline>`. Safe to load twice.
 *
 * @module
 */
import { VisitTimeline } from '../elements/visit-timeline/visit-timeline.js';
import { defineElement } from '../internal/define.js';

defineElement('visit-timeline', VisitTimeline);

export { VisitTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'visit-timeline': VisitTimeline;
  }
}
