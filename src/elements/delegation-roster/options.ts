/**
 * The values `<delegation-roster>`'s attributes take, as Lit-free lists: the element checks its attributes
 * against them, and the snippet maker and the embed builder (which must not load Lit to offer
 * the choices) read the same lists.
 *
 * @module
 */

import { DELEGATION_STATUSES, SECTORS } from '../../data/vocabulary.js';
import type { DelegationStatus, Sector } from '../../data/types.js';

/** Layouts of `<delegation-roster>`: a one-column list, or a grid of cards. */
export const DELEGATION_ROSTER_LAYOUTS = ['list', 'grid'] as const;
/** A layout of `<delegation-roster>`. */
export type DelegationRosterLayout = (typeof DELEGATION_ROSTER_LAYOUTS)[number];

/** Groupings of `<delegation-roster>`: one section per sector, or one flat list. */
export const DELEGATION_ROSTER_GROUPINGS = ['sector', 'none'] as const;
/** A grouping of `<delegation-roster>`. */
export type DelegationRosterGrouping = (typeof DELEGATION_ROSTER_GROUPINGS)[number];

/** Values of the `sector` filter (a comma-separated list of them): the dataset's sectors. */
export const DELEGATION_ROSTER_SECTORS = SECTORS;
/** One value of the `sector` filter. */
export type DelegationRosterSector = Sector;

/**
 * Values of the `status` filter. `announced` keeps everyone announced before the visit (so
 * also `both`), `confirmed` everyone confirmed attending (so also `both`), `both` only those
 * who were both.
 */
export const DELEGATION_ROSTER_STATUSES = DELEGATION_STATUSES;
/** A value of the `status` filter. */
export type DelegationRosterStatus = DelegationStatus;

/**
 * The sections of `<delegation-roster>` that open on demand, as `expanded` names them:
 * `members`, the sectors (or members) folded beyond `limit`; `sources`, the sources list.
 */
export const DELEGATION_ROSTER_SECTIONS = ['members', 'sources'] as const;
/** A section of `<delegation-roster>` that opens on demand. */
export type DelegationRosterSection = (typeof DELEGATION_ROSTER_SECTIONS)[number];
