/**
 * The values `<visit-card>`'s attributes take, as Lit-free lists: the element checks its attributes
 * against them, and the snippet maker and the embed builder (which must not load Lit to offer
 * the choices) read the same lists.
 *
 * @module
 */

/** Layouts of `<visit-card>` besides the default summary. */
export const VISIT_CARD_VARIANTS = ['full', 'compact'] as const;
/** A layout of `<visit-card>`. */
export type VisitCardVariant = (typeof VISIT_CARD_VARIANTS)[number];

/** The sections of `<visit-card>` that open on demand, as `expanded` names them. */
export const VISIT_CARD_SECTIONS = ['programme', 'outcomes', 'sources'] as const;
/** A section of `<visit-card>` that opens on demand. */
export type VisitCardSection = (typeof VISIT_CARD_SECTIONS)[number];
