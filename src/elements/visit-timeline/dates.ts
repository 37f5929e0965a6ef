/**
 * The dates of `<visit-timeline>`: one date or a span, as precisely as it is known ("1945",
 * "August 1945", "19 June 2024"), in the reader's language through Intl, each end in a `time`
 * element whose `datetime` a machine reads.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { dateSpanParts, formatDate } from '../../internal/format.js';

/** How precisely a YYYY, YYYY-MM or YYYY-MM-DD date is known: 1, 2 or 3 parts. */
const precision = (value: string) => value.split('-').length;

/** One date in a `time` element. */
export function renderDate(value: string, lang: string): TemplateResult {
  return html`<time datetime=${value}>${formatDate(value, lang)}</time>`;
}

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
  const span = dateSpanParts(start, end, lang);
  if (!span) return renderDate(start, lang);
  const { before, separator, after } = span;
  return html`<time datetime=${start}>${before}</time>${separator}<time datetime=${end}
      >${after}</time
    >`;
}
