// @ts-check
/**
 * What each card reads of a dataset, and the slice of the bundled dataset its CDN module
 * carries: the records and fields it shows, the sources they cite, and nothing else. The
 * all-in module carries what any card reads. Used at build time by the CDN build
 * (rollup.config.mjs) and the size floors (scripts/size.ts); the elements still read a full
 * dataset from `<visit-data>`.
 *
 * A reading is a projection: `true` keeps a value whole; an object keeps the keys it names,
 * each by its own projection, from an object or from every record of a list. A list may also
 * keep only the records another part of the slice refers to (`referredBy`).
 *
 * @module
 */

/**
 * @typedef {import('../src/data/types.js').Visit} Visit
 * @typedef {true | { [key: string]: Reading }} Reading
 * @typedef {{ referredBy: (visit: Visit) => readonly string[], keep: Reading }} Referred
 * @typedef {{ [part: string]: Reading | Referred }} CardReads
 */

/**
 * Fields no card, no fallback and no JSON-LD shows (checked by test/node/data-slices.test.ts
 * against the sources of the elements and the snippet maker): left out of every bundled slice.
 * The sources' `about` says what a source supports, for the dataset's editors.
 *
 * @type {Record<string, readonly string[]>}
 */
export const UNREAD = {
  sources: ['about'],
  article: ['alternativeTitles', 'placement'],
  people: ['transliterated'],
  programme: ['description'],
  outcomes: ['summary'],
};

/**
 * What each card reads, by part of the dataset. `sources` is never named: a slice holds the
 * sources its records cite.
 *
 * @type {Record<string, CardReads>}
 */
export const CARD_READS = {
  'visit-card': {
    overview: true,
    programme: true,
    outcomes: true,
    // The outcomes name the members who signed them.
    people: {
      referredBy: (visit) => visit.outcomes.flatMap((o) => o.signatories ?? []),
      keep: { id: true, name: true },
    },
  },
  'delegation-roster': {
    people: true,
    // The roster names the delegation's country.
    overview: { guest: { country: true } },
  },
  'letter-quote': {
    quotes: true,
    article: { author: true, title: true, publication: true, date: true },
  },
  'visit-timeline': {
    overview: { id: true, title: true, start: true, end: true, sources: true },
    milestones: true,
    outcomes: true,
    article: { author: true, title: true, publication: true, date: true },
    // The milestones quote the article.
    quotes: { referredBy: (visit) => visit.milestones.flatMap((m) => m.quotes ?? []), keep: true },
  },
};

/** Every card's tag. */
export const CARD_SLICE_TAGS = Object.keys(CARD_READS);

/**
 * `value` as `reading` keeps it.
 *
 * @param {unknown} value
 * @param {Reading} reading
 * @returns {unknown}
 */
function project(value, reading) {
  if (reading === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => project(item, reading));
  /** @type {Record<string, unknown>} */
  const kept = {};
  for (const [key, inner] of Object.entries(reading)) {
    const field = /** @type {Record<string, unknown>} */ (value)[key];
    if (field !== undefined) kept[key] = project(field, inner);
  }
  return kept;
}

/**
 * Every source id cited anywhere in `value`: in each `sources` list, at any depth.
 *
 * @param {unknown} value
 * @param {Set<string>} ids
 * @returns {Set<string>}
 */
function citedSources(value, ids = new Set()) {
  if (value === null || typeof value !== 'object') return ids;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'sources' && Array.isArray(inner)) {
      for (const id of inner) if (typeof id === 'string') ids.add(id);
    } else {
      citedSources(inner, ids);
    }
  }
  return ids;
}

/**
 * `record` without the fields of `part` that nothing shows.
 *
 * @param {string} part
 * @param {unknown} record
 * @returns {unknown}
 */
function withoutUnread(part, record) {
  const unread = UNREAD[part];
  if (!unread || record === null || typeof record !== 'object') return record;
  return Object.fromEntries(Object.entries(record).filter(([key]) => !unread.includes(key)));
}

/**
 * The slice of `visit` that `tag`'s card reads, or with `'all'` what any card reads: the same
 * shape, with the parts the card never reads left out, and the sources its records cite.
 *
 * @param {Visit} visit
 * @param {string} tag - A card's tag, or `'all'`.
 * @returns {Record<string, unknown>}
 */
export function sliceFor(visit, tag) {
  const reads = tag === 'all' ? undefined : CARD_READS[tag];
  if (tag !== 'all' && !reads) throw new Error(`No slice for <${tag}>.`);
  /** @type {Record<string, unknown>} */
  const slice = { schemaVersion: visit.schemaVersion };
  for (const [part, value] of Object.entries(visit)) {
    if (part === '$schema' || part === 'schemaVersion' || part === 'sources') continue;
    const reading = reads ? reads[part] : true;
    if (!reading) continue;
    /** @type {unknown} */
    let kept = value;
    if (typeof reading === 'object' && typeof reading.referredBy === 'function') {
      const { referredBy, keep } = /** @type {Referred} */ (reading);
      const wanted = new Set(referredBy(visit));
      kept = project(
        /** @type {{ id: string }[]} */ (value).filter((record) => wanted.has(record.id)),
        keep,
      );
    } else {
      kept = project(value, /** @type {Reading} */ (reading));
    }
    slice[part] = Array.isArray(kept)
      ? kept.map((record) => withoutUnread(part, record))
      : withoutUnread(part, kept);
  }
  const cited = citedSources(slice);
  slice.sources = visit.sources
    .filter((source) => cited.has(source.id))
    .map((source) => withoutUnread('sources', source));
  return slice;
}

/**
 * The module that stands in for src/data/default-dataset.ts in a CDN build: the slice of
 * `visit` for `tag`, exported as `dataset`.
 *
 * @param {Visit} visit
 * @param {string} tag - A card's tag, or `'all'`.
 * @returns {string}
 */
export function sliceModule(visit, tag) {
  return `export const dataset = ${JSON.stringify(sliceFor(visit, tag))};\n`;
}
