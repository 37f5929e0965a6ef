/**
 * The dates of `<visit-timeline>`: one date or a span, as precisely as it is known ("1945",
 * "August 1945", "19 June 2024"), in the reader's language through Intl, each end in a `time`
 * element whose `datetime` a machine reads.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { BoundedCache } from '../../internal/bounded-cache.js';
import { FORMAT_CACHE_LIMIT, formatDate } from '../../internal/format.js';

// A span formatter is made per language and precision and is costly to make: keep them.
const rangeFormats = new BoundedCache<string, Intl.DateTimeFormat>(FORMAT_CACHE_LIMIT);

/** How precisely a YYYY, YYYY-MM or YYYY-MM-DD date is known: 1, 2 or 3 parts. */
const precision = (value: string) => value.split('-').length;

/** The moment a YYYY, YYYY-MM or YYYY-MM-DD date begins, in UTC. */
function instant(value: string): Date {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

function rangeFormat(lang: string, parts: number): Intl.DateTimeFormat {
  return rangeFormats.get(`${lang}|${parts}`, () => {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (parts > 1) options.month = 'long';
    if (parts > 2) options.day = 'numeric';
    try {
      return new Intl.DateTimeFormat(lang, options);
    } catch {
      // A `lang` Intl refuses must not break the card.
      return new Intl.DateTimeFormat('en', options);
    }
  });
}

/** One date in a `time` element. */
export function renderDate(value: string, lang: string): TemplateResult {
  return html`<time datetime=${value}>${formatDate(value, lang)}</time>`;
}

/** The dash or tilde between the two ends of a formatted span, with its spaces. */
const SEPARATOR = /\s*[–—~-]\s*/u;

/**
 * A span of two dates of the same precision, sharing what they share ("18–19 June 2024",
 * "1950–1953"), as two `time` elements around the separator: the first holds what is written
 * before it, the second what is written after. One date when the two read the same.
 */
export function renderSpan(start: string, end: string | undefined, lang: string): TemplateResult {
  if (!end || end === start || precision(end) !== precision(start)) {
    return end && end !== start
      ? html`${renderDate(start, lang)} – ${renderDate(end, lang)}`
      : renderDate(start, lang);
  }
  const parts = rangeFormat(lang, precision(start)).formatRangeToParts(
    instant(start),
    instant(end),
  );
  const lastStart = parts.findLastIndex((part) => part.source === 'startRange');
  const firstEnd = parts.findIndex((part) => part.source === 'endRange');
  if (lastStart < 0 || firstEnd < 0) return renderDate(start, lang);
  const join = (from: number, to?: number) =>
    parts
      .slice(from, to)
      .map((part) => part.value)
      .join('');
  // What lies between the two ends is shared: the separator, and in some languages a unit
  // that belongs to the first end ("18일~19일" is written "18일~19일", the 일 before the ~).
  const between = join(lastStart + 1, firstEnd);
  const match = SEPARATOR.exec(between);
  const cut = match ? match.index : between.length;
  const separator = match ? match[0] : '';
  const before = join(0, lastStart + 1) + between.slice(0, cut);
  const after = between.slice(cut + separator.length) + join(firstEnd);
  return html`<time datetime=${start}>${before}</time>${separator}<time datetime=${end}
      >${after}</time
    >`;
}
