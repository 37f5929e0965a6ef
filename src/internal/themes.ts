/**
 * The colour schemes every card takes, as a Lit-free list the snippet maker and the embed
 * builder read too.
 *
 * @module
 */

/** Colour schemes: `auto` follows the reader's `prefers-color-scheme`. */
export const THEMES = ['auto', 'light', 'dark'] as const;
/** A colour scheme. */
export type Theme = (typeof THEMES)[number];
