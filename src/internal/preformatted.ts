/**
 * Strings formatted at build time: the dates, date ranges and local times of the bundled
 * dataset in the library's languages, keyed as ./format.ts keys them (`dateKey`, `rangeKey`,
 * `timeKey`). A page whose cards show only bundled data then never creates an Intl date
 * formatter, and the first one a page creates loads Intl's date data: about 20 ms, the largest
 * single cost of a page's first card (../shared/perf-profile.md).
 *
 * Each CDN module's build fills this module with its own slice's strings
 * (scripts/rollup-preformatted.mjs), written by ./format.ts itself under Node. Everywhere
 * else it is empty and every value is formatted when it is first shown; so is any value of a
 * dataset from `<visit-data>`, and any `lang` other than `en`, `ru`, `ko` and `ko-KP` as
 * written and their aliases (`preformattedAliases`).
 *
 * @module
 */

/** Formatted strings by cache key; empty outside the CDN modules. */
export const preformatted: ReadonlyMap<string, string> = new Map();

/**
 * Tags a page often carries (in lower case: `en-us`) that the build found to write every
 * preformatted value as one of the library's languages does, with that language.
 */
export const preformattedAliases: ReadonlyMap<string, string> = new Map();
