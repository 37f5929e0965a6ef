/**
 * The fact box of `<visit-card>`: who, where and when, the arrival in the local time of the
 * place, and how long before the previous visit was.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  calendarYearsBetween,
  formatDate,
  formatDateRange,
  formatNumber,
  localTimeParts,
} from '../../internal/format.js';
import { fact, place, plain, text, type CardView } from './view.js';

/** "19 June 2024, 02:22 (UTC+9, Pyongyang time)": the date and time in a `time` element. */
function arrivalTime(view: CardView): unknown {
  const { t, lang, visit } = view;
  const { at, place: where } = visit.overview.arrival;
  const zone = where.timeZone ?? visit.overview.place.timeZone;
  if (!zone) return html`<time part="time" datetime=${at}>${at}</time>`;
  const { time, offset } = localTimeParts(at, zone, lang);
  // The offset carries the day: the date part of the value is the local date.
  const shown = html`<time part="time" datetime=${at}
    >${formatDate(at.slice(0, 10), lang)}, ${time}</time
  >`;
  const city = visit.overview.place.name;
  return t.localTime(shown, offset, plain(view, city), text(view, city));
}

/**
 * The facts as a `dl`. Who, where and when rest on the same sources: one marker, after the last
 * of them. Compact leaves the place to the headline, and the arrival and previous visit out.
 */
export function renderFacts(view: CardView, compact: boolean): TemplateResult {
  const { t, lang, visit } = view;
  const { overview } = visit;
  const { guest, host, previousVisit } = overview;
  const years = (from: string) => {
    const value = calendarYearsBetween(from, overview.start);
    return t.yearsEarlier({ value, text: formatNumber(value, lang) });
  };
  const range = (start: string, end: string) =>
    html`<time part="time" datetime=${start}>${formatDateRange(start, end, lang)}</time>`;
  const role = guest.role ? html`, ${text(view, guest.role)}` : nothing;
  return html`<dl part="facts" class="facts">
    ${fact(view, t.guest, html`${text(view, guest.name)}${role}`, undefined)}
    ${fact(view, t.host, text(view, host.name), undefined)}
    ${compact ? nothing : fact(view, t.where, place(view, overview.place), undefined)}
    ${fact(view, t.when, range(overview.start, overview.end), overview.sources)}
    ${
      compact
        ? nothing
        : fact(
            view,
            t.arrival,
            html`${arrivalTime(view)} · ${place(view, overview.arrival.place)}`,
            overview.arrival.sources,
          )
    }
    ${
      compact || !previousVisit
        ? nothing
        : fact(
            view,
            t.previousVisit,
            html`${range(previousVisit.start, previousVisit.end)}, ${years(previousVisit.start)}`,
            previousVisit.sources,
            'fact previous-visit',
          )
    }
  </dl>`;
}
