/**
 * The values `<visit-timeline>`'s attributes take, as Lit-free lists: the element checks its attributes
 * against them, and the snippet maker and the embed builder (which must not load Lit to offer
 * the choices) read the same lists.
 *
 * @module
 */

export { VISIT_TIMELINE_PERIODS, type VisitTimelinePeriod } from './entries.js';

/**
 * The sections of `<visit-timeline>` that open on demand, as `expanded` names them:
 * `history`, the milestones before the visit with what the article says of them; `sources`,
 * the sources list.
 */
export const VISIT_TIMELINE_SECTIONS = ['history', 'sources'] as const;
/** A section of `<visit-timeline>` that opens on demand. */
export type VisitTimelineSection = (typeof VISIT_TIMELINE_SECTIONS)[number];
