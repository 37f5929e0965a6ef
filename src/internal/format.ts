/**
 * Dates and numbers through Intl, in the reader's locale.
 *
 * @module
 */

import { BoundedCache } from './bounded-cache.js';
import { preformatted, preformattedAliases } from './preformatted.js';

/**
 * How many formatters are kept. A card formats with about six; a page in a few languages uses
 * a few dozen. Each costs about 1 KB, and `lang` is the page's to choose, so the cache is
 * bounded rather than one entry per distinct value forever.
 */
export const FORMAT_CACHE_LIMIT = 64;

// Creating an Intl formatter costs far more than using one (about 0.4 ms against microseconds
// in Chromium, measured by npm run bench), and a card formats a dozen values: keep them.
const dateFormats = new BoundedCache<string, Intl.DateTimeFormat>(FORMAT_CACHE_LIMIT);
const numberFormats = new BoundedCache<string, Intl.NumberFormat>(FORMAT_CACHE_LIMIT);

function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateFormats.get(
    `${lang}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(safeLang(lang), options),
  );
}

/**
 * How many formatted strings are kept. A card shows a few dozen dates, times and counts, the
 * same on every card of a page; 100 cards in four languages stay well under this.
 */
export const FORMATTED_CACHE_LIMIT = 1024;

// Even with the formatter kept, formatting is most of a card's script time at N = 100 (15% of a
// quote's main-thread time, ../shared/perf-profile.md); the same value in the same language and
// style is the same string, so each is made once.
const formatted = new BoundedCache<string, string>(FORMATTED_CACHE_LIMIT);
const timeParts = new BoundedCache<string, { readonly time: string; readonly offset: string }>(
  FORMATTED_CACHE_LIMIT,
);

/** How many formatters and formatted strings are cached now: for the memory tests. */
export const cachedFormatCount = (): number => dateFormats.size + numberFormats.size;

/** How many formatted strings are cached now: for the memory tests. */
export const cachedStringCount = (): number => formatted.size + timeParts.size + spans.size;

/** The cache key of a formatted date, here and in the build's preformatted strings. */
export const dateKey = (value: string, lang: string, month: 'long' | 'short' = 'long'): string =>
  `date|${lang}|${month}|${value}`;

/** The cache key of a formatted date range. */
export const rangeKey = (start: string, end: string, lang: string): string =>
  `range|${lang}|${start}|${end}`;

/** The cache key of a local time and its offset. */
export const timeKey = (dateTime: string, timeZone: string, lang: string): string =>
  `time|${lang}|${timeZone}|${dateTime}`;

/**
 * Between the runs of one preformatted value (a local time and its offset, "02:22|UTC+9"; the
 * three runs of a span): no run contains it.
 */
export const RUN_SEPARATOR = '|';

/** The language whose preformatted strings `lang` may use: its alias's, or its own. */
const aheadLang = (lang: string): string => preformattedAliases.get(lang.toLowerCase()) ?? lang;

/** Formats a YYYY, YYYY-MM or YYYY-MM-DD date as precisely as it is known. */
export function formatDate(value: string, lang: string, month: 'long' | 'short' = 'long'): string {
  return formatted.get(
    dateKey(value, lang, month),
    () =>
      preformatted.get(dateKey(value, aheadLang(lang), month)) ?? formatDateNow(value, lang, month),
  );
}

/** The moment a YYYY, YYYY-MM or YYYY-MM-DD date begins, in UTC. */
function instant(value: string): Date {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

/** The formatter options for a date as precisely as `value` is known: year, month, day. */
function dateOptions(value: string, month: 'long' | 'short'): Intl.DateTimeFormatOptions {
  const precision = value.split('-').length;
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (precision > 1) options.month = month;
  if (precision > 2) options.day = 'numeric';
  return options;
}

function formatDateNow(value: string, lang: string, month: 'long' | 'short'): string {
  return dateFormat(lang, dateOptions(value, month)).format(instant(value));
}

/** Formats a range of full dates, sharing what they share ("18–19 June 2024"). */
export function formatDateRange(start: string, end: string, lang: string): string {
  return formatted.get(
    rangeKey(start, end, lang),
    () =>
      preformatted.get(rangeKey(start, end, aheadLang(lang))) ??
      formatDateRangeNow(start, end, lang),
  );
}

function formatDateRangeNow(start: string, end: string, lang: string): string {
  const format = dateFormat(lang, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
  return format.formatRange(new Date(`${start}T00:00Z`), new Date(`${end}T00:00Z`));
}

/** The cache key of a span of two dates written as one ("1950–1953"). */
export const spanKey = (start: string, end: string, lang: string): string =>
  `span|${lang}|${start}|${end}`;

/** A span of two dates in three runs: the start's text, the separator, the end's text. */
export interface DateSpanParts {
  readonly before: string;
  readonly separator: string;
  readonly after: string;
}

const spans = new BoundedCache<string, DateSpanParts | undefined>(FORMATTED_CACHE_LIMIT);

/** The dash or tilde between the two ends of a formatted span, with its spaces. */
const SPAN_SEPARATOR = /\s*[–—~-]\s*/u;

/**
 * Two YYYY, YYYY-MM or YYYY-MM-DD dates of the same precision written as one span, sharing
 * what they share ("18–19 June 2024", "1950–1953"), cut where the start's text ends and the
 * end's begins; undefined when Intl does not write them as two ends.
 */
export function dateSpanParts(start: string, end: string, lang: string): DateSpanParts | undefined {
  return spans.get(spanKey(start, end, lang), () => {
    const ahead = preformatted.get(spanKey(start, end, aheadLang(lang)))?.split(RUN_SEPARATOR);
    return Object.freeze(
      ahead?.length === 3
        ? { before: ahead[0]!, separator: ahead[1]!, after: ahead[2]! }
        : dateSpanPartsNow(start, end, lang),
    );
  });
}

function dateSpanPartsNow(start: string, end: string, lang: string): DateSpanParts | undefined {
  const parts = dateFormat(lang, dateOptions(start, 'long')).formatRangeToParts(
    instant(start),
    instant(end),
  );
  const lastStart = parts.findLastIndex((part) => part.source === 'startRange');
  const firstEnd = parts.findIndex((part) => part.source === 'endRange');
  if (lastStart < 0 || firstEnd < 0) return undefined;
  const join = (from: number, to?: number) =>
    parts
      .slice(from, to)
      .map((part) => part.value)
      .join('');
  // What lies between the two ends is shared: the separator, and in some languages a unit
  // that belongs to the first end ("18일~19일" is written "18일~19일", the 일 before the ~).
  const between = join(lastStart + 1, firstEnd);
  const match = SPAN_SEPARATOR.exec(between);
  const cut = match ? match.index : between.length;
  const separator = match ? match[0] : '';
  return {
    before: join(0, lastStart + 1) + between.slice(0, cut),
    separator,
    after: between.slice(cut + separator.length) + join(firstEnd),
  };
}

/**
 * The wall-clock time of an offset date-time in `timeZone`, on a 24-hour clock, and the zone's
 * UTC offset then ("02:22", "UTC+9"), so the reader sees the local time of the place, not
 * their own.
 */
export function localTimeParts(
  dateTime: string,
  timeZone: string,
  lang: string,
): { readonly time: string; readonly offset: string } {
  return timeParts.get(timeKey(dateTime, timeZone, lang), () => {
    const ahead = preformatted
      .get(timeKey(dateTime, timeZone, aheadLang(lang)))
      ?.split(RUN_SEPARATOR);
    return Object.freeze(
      ahead?.length === 2
        ? { time: ahead[0]!, offset: ahead[1]! }
        : localTimePartsNow(dateTime, timeZone, lang),
    );
  });
}

function localTimePartsNow(
  dateTime: string,
  timeZone: string,
  lang: string,
): { time: string; offset: string } {
  const date = new Date(dateTime);
  const parts = dateFormat(lang, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  // From the hour to the minute, in the reader's digits, without a day period or a zone.
  const first = parts.findIndex((part) => part.type === 'hour');
  const last = parts.findIndex((part) => part.type === 'minute');
  const time = parts
    .slice(first, last + 1)
    .map((part) => part.value)
    .join('');
  // The offset reads the same in every language: "UTC+9", "UTC+5:30", "UTC".
  const zone =
    dateFormat('en', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return { time, offset: zone.replace(/^GMT/, 'UTC') };
}

/** A local time and its offset in one run, for a list of times in one zone: "12:00 UTC+9". */
export function formatLocalTime(dateTime: string, timeZone: string, lang: string): string {
  const { time, offset } = localTimeParts(dateTime, timeZone, lang);
  return `${time} ${offset}`;
}

/**
 * Languages that write a whole number under 1,000 in ASCII digits with no separator, in every
 * region: English, Russian and Korean. A subtag of one letter starts an extension (`-u-nu-…`
 * picks other digits), so a tag with one is left to Intl.
 */
const ASCII_DIGITS = /^(?:en|ru|ko)(?:-[a-z\d]{2,8})*$/i;

/** Formats an integer in the reader's locale. */
export function formatNumber(value: number, lang: string): string {
  // The counts a card shows (sources, members, a paragraph) are small; writing them without
  // Intl spares a page Intl's number data, which its first formatter loads (about 3 ms).
  if (value >= 0 && value < 1000 && Number.isInteger(value) && ASCII_DIGITS.test(lang))
    return String(value);
  return formatted.get(`number|${lang}|${value}`, () =>
    numberFormats.get(lang, () => new Intl.NumberFormat(safeLang(lang))).format(value),
  );
}

/**
 * Calendar years from one date to another, as news counts them: a visit in July 2000 and
 * the next in June 2024 are "24 years" apart.
 */
export function calendarYearsBetween(earlier: string, later: string): number {
  return Number(later.slice(0, 4)) - Number(earlier.slice(0, 4));
}

/** A tag Intl accepts: an invalid `lang` attribute must not throw. */
function safeLang(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
