// @ts-check
/**
 * A rollup plugin for the CDN builds: the empty module of preformatted strings
 * (dist/internal/preformatted.js) becomes the dates, date ranges and local times of the build's
 * data slice (see ./data-slices.mjs) in each of the library's languages, written by the
 * library's own formatter (dist/internal/format.js) under Node, so a card that shows bundled
 * data creates no Intl date formatter on the page. The timeline's spans are found with its own
 * functions (dist/elements/visit-timeline/entries.js).
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sliceFor } from './data-slices.mjs';

const PREFORMATTED_MODULE = resolve('dist/internal/preformatted.js');

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;

/**
 * @typedef {object} Formatter What this needs of src/internal/format.ts.
 * @property {(value: string, lang: string) => string} formatDate
 * @property {(start: string, end: string, lang: string) => string} formatDateRange
 * @property {(dateTime: string, timeZone: string, lang: string) => { time: string, offset: string }} localTimeParts
 * @property {(value: string, lang: string) => string} dateKey
 * @property {(start: string, end: string, lang: string) => string} rangeKey
 * @property {(dateTime: string, timeZone: string, lang: string) => string} timeKey
 * @property {(start: string, end: string, lang: string) => { before: string, separator: string, after: string } | undefined} dateSpanParts
 * @property {(start: string, end: string, lang: string) => string} spanKey
 * @property {string} RUN_SEPARATOR
 */

/**
 * @typedef {object} Timeline What this needs of src/elements/visit-timeline/entries.ts.
 * @property {(visit: any) => { start: string, end?: string }[]} entriesOf
 * @property {(entry: any, visit: any) => boolean} isHistory
 * @property {(entry: any, period: any, visit: any) => boolean} inPeriod
 * @property {(entries: readonly any[]) => [string, string] | undefined} yearsOf
 * @property {readonly string[]} VISIT_TIMELINE_PERIODS
 */

/**
 * The spans `<visit-timeline>` writes from `visit`: each event that lasted, and the years of
 * each period, of the whole and of the folded history, found by the timeline's own functions.
 *
 * @param {any} visit
 * @param {Timeline} timeline
 * @returns {[string, string][]}
 */
export function timelineSpans(visit, timeline) {
  if (!visit.milestones) return [];
  const all = timeline.entriesOf(visit);
  const groups = [
    all,
    all.filter((entry) => timeline.isHistory(entry, visit)),
    ...timeline.VISIT_TIMELINE_PERIODS.map((period) =>
      all.filter((entry) => timeline.inPeriod(entry, period, visit)),
    ),
  ];
  /** @type {Map<string, [string, string]>} */
  const spans = new Map();
  const add = (/** @type {string} */ start, /** @type {string | undefined} */ end) => {
    if (end && end !== start && end.length === start.length)
      spans.set(`${start}/${end}`, [start, end]);
  };
  for (const entry of all) add(entry.start, entry.end);
  for (const group of groups) {
    const years = timeline.yearsOf(group);
    if (years) add(...years);
  }
  return [...spans.values()];
}

/**
 * What of `data` a card may format: every date, every range of two full dates (an object's
 * `start` and `end`), and every date-time in every time zone the data names (a card shows a
 * time in its place's zone; pairing each with each costs a few strings and misses none).
 *
 * @param {unknown} data
 */
export function formattable(data) {
  /** @type {Set<string>} */ const dates = new Set();
  /** @type {Set<string>} */ const dateTimes = new Set();
  /** @type {Set<string>} */ const zones = new Set();
  /** @type {Map<string, [string, string]>} */ const ranges = new Map();
  /** @param {unknown} value @param {string} key */
  const walk = (value, key) => {
    if (typeof value === 'string') {
      if (DATE.test(value)) dates.add(value);
      else if (DATE_TIME.test(value)) {
        dateTimes.add(value);
        dates.add(value.slice(0, 10));
      } else if (key === 'timeZone') zones.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value && typeof value === 'object') {
      const { start, end } = /** @type {{ start?: unknown, end?: unknown }} */ (value);
      if (typeof start === 'string' && typeof end === 'string' && start.length === 10)
        ranges.set(`${start}/${end}`, [start, end]);
      for (const [name, item] of Object.entries(value)) walk(item, name);
    }
  };
  walk(data, '');
  return { dates, dateTimes, zones, ranges: [...ranges.values()] };
}

/**
 * The preformatted strings of `data` in `langs`, as [cache key, string] pairs.
 *
 * @param {unknown} data
 * @param {Formatter} format
 * @param {readonly string[]} langs
 * @param {[string, string][]} spans - Two dates written as one span, as the timeline does.
 * @returns {[string, string][]}
 */
export function preformattedEntries(data, format, langs, spans = []) {
  const { dates, dateTimes, zones, ranges } = formattable(data);
  const sep = format.RUN_SEPARATOR;
  /** @type {[string, string][]} */
  const entries = [];
  for (const lang of langs) {
    for (const date of dates)
      entries.push([format.dateKey(date, lang), format.formatDate(date, lang)]);
    for (const [start, end] of ranges)
      entries.push([format.rangeKey(start, end, lang), format.formatDateRange(start, end, lang)]);
    for (const dateTime of dateTimes) {
      for (const zone of zones) {
        const { time, offset } = format.localTimeParts(dateTime, zone, lang);
        entries.push([format.timeKey(dateTime, zone, lang), `${time}${sep}${offset}`]);
      }
    }
    for (const [start, end] of spans) {
      const span = format.dateSpanParts(start, end, lang);
      if (span)
        entries.push([
          format.spanKey(start, end, lang),
          `${span.before}${sep}${span.separator}${sep}${span.after}`,
        ]);
    }
  }
  return entries;
}

/**
 * Tags that pages often carry, each with the library's language it may write as: kept only
 * where it writes every preformatted value exactly as that language does (en-GB does not:
 * "18 June 2024").
 */
export const ALIAS_CANDIDATES = [
  ['en-US', 'en'],
  ['en-GB', 'en'],
  ['ru-RU', 'ru'],
  ['ko-KR', 'ko'],
];

/**
 * The candidates of `ALIAS_CANDIDATES` that write each of `data`'s values as their language
 * does, as [tag in lower case, language] pairs.
 *
 * @param {unknown} data
 * @param {Formatter} format
 * @param {[string, string][]} spans
 * @returns {[string, string][]}
 */
export function preformattedAliases(data, format, spans = []) {
  const values = (/** @type {string} */ lang) =>
    preformattedEntries(data, format, [lang], spans).map(([, value]) => value);
  return ALIAS_CANDIDATES.filter(
    ([tag, lang]) => JSON.stringify(values(tag)) === JSON.stringify(values(lang)),
  ).map(([tag, lang]) => [tag.toLowerCase(), lang]);
}

/**
 * Fills the preformatted strings with those of the slice `tag` reads.
 *
 * @param {string} tag - A card's tag, or `'all'`.
 * @returns {import('rollup').Plugin}
 */
export function preformatted(tag) {
  return {
    name: 'preformatted',
    async load(id) {
      if (id !== PREFORMATTED_MODULE) return null;
      const visit = JSON.parse(await readFile(resolve('data/visit.json'), 'utf8'));
      const built = (/** @type {string} */ path) => import(pathToFileURL(resolve(path)).href);
      const format = /** @type {Formatter} */ (await built('dist/internal/format.js'));
      const timeline = /** @type {Timeline} */ (
        await built('dist/elements/visit-timeline/entries.js')
      );
      const { LOCALES } = await built('dist/locales/tags.js');
      // A Node without full ICU would write every language as English, and ship it.
      if (new Intl.DateTimeFormat('ko').resolvedOptions().locale !== 'ko')
        throw new Error('preformatted: this Node has no Korean in its ICU; use a full-ICU Node.');
      const slice = sliceFor(visit, tag);
      const spans = tag === 'all' || tag === 'visit-timeline' ? timelineSpans(slice, timeline) : [];
      const entries = preformattedEntries(slice, format, LOCALES, spans);
      const aliases = preformattedAliases(slice, format, spans);
      return (
        `export const preformatted = new Map(${JSON.stringify(entries)});\n` +
        `export const preformattedAliases = new Map(${JSON.stringify(aliases)});\n`
      );
    },
  };
}
