/**
 * Dates and numbers through Intl, in the reader's locale.
 *
 * @module
 */

import { BoundedCache } from './bounded-cache.js';

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
export const cachedStringCount = (): number => formatted.size + timeParts.size;

/** Formats a YYYY, YYYY-MM or YYYY-MM-DD date as precisely as it is known. */
export function formatDate(value: string, lang: string, month: 'long' | 'short' = 'long'): string {
  return formatted.get(`date|${lang}|${month}|${value}`, () => formatDateNow(value, lang, month));
}

function formatDateNow(value: string, lang: string, month: 'long' | 'short'): string {
  const [year, mon, day] = value.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(year, (mon ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (mon) options.month = month;
  if (day) options.day = 'numeric';
  return dateFormat(lang, options).format(date);
}

/** Formats a range of full dates, sharing what they share ("18–19 June 2024"). */
export function formatDateRange(start: string, end: string, lang: string): string {
  return formatted.get(`range|${lang}|${start}|${end}`, () => formatDateRangeNow(start, end, lang));
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
  return timeParts.get(`${lang}|${timeZone}|${dateTime}`, () =>
    Object.freeze(localTimePartsNow(dateTime, timeZone, lang)),
  );
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

/** Formats an integer in the reader's locale. */
export function formatNumber(value: number, lang: string): string {
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
