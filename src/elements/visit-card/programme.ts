/**
 * The programme of `<visit-card>`, opened on demand: each item with its local time where one
 * was published and its place where the title does not already name it, then where the guest
 * stayed, when they left and where they went next.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProgrammeItem } from '../../data/types.js';
import { formatDateRange, formatLocalTime } from '../../internal/format.js';
import { date, fact, mentions, place, plain, text, type CardView } from './view.js';

function renderItem(view: CardView, item: ProgrammeItem): TemplateResult {
  const { t, lang } = view;
  const zone = item.place?.timeZone ?? view.visit.overview.place.timeZone;
  // The title often names the place already ("Arrival at Pyongyang Sunan airport").
  const where =
    item.place && !mentions(plain(view, item.title), plain(view, item.place.name))
      ? item.place
      : undefined;
  return html`<li part="programme-item" class="programme-item">
    ${
      item.start && zone
        ? html`<time part="time programme-when" class="programme-when" datetime=${item.start}
            >${item.approximate ? `${t.approximately} ` : nothing}${formatLocalTime(
              item.start,
              zone,
              lang,
            )}</time
          > `
        : nothing
    }<span part="programme-title" class="programme-title">${text(view, item.title)}</span>${
      where
        ? html`<span part="programme-place" class="programme-place"> · ${place(view, where)}</span>`
        : nothing
    }${view.notes.cite(item.sources)}
  </li>`;
}

/** The programme list, then residence, departure and next stop; nothing when there is none. */
export function renderProgramme(view: CardView): TemplateResult | typeof nothing {
  const { visit, t, lang } = view;
  const { residence, departure, nextStop } = visit.overview;
  if (!visit.programme.length && !residence && !departure && !nextStop) return nothing;
  return html`${
    visit.programme.length
      ? html`<ol part="programme-list" class="programme-list">
          ${visit.programme.map((item) => renderItem(view, item))}
        </ol>`
      : nothing
  }
  ${
    residence || departure || nextStop
      ? html`<dl part="itinerary" class="facts itinerary">
          ${residence ? fact(view, t.residence, place(view, residence.place), residence.sources) : nothing}
          ${
            departure
              ? fact(
                  view,
                  t.departure,
                  html`${date(view, departure.date)}${
                    departure.confidence === 'medium' ? ` (${t.mediumConfidence})` : nothing
                  }`,
                  departure.sources,
                )
              : nothing
          }
          ${
            nextStop
              ? fact(
                  view,
                  t.nextStop,
                  html`${text(view, nextStop.title)}, ${place(view, nextStop.place)},
                    <time part="time" datetime=${nextStop.start}
                      >${formatDateRange(nextStop.start, nextStop.end, lang)}</time
                    >`,
                  nextStop.sources,
                  'fact next-stop',
                )
              : nothing
          }
        </dl>`
      : nothing
  }`;
}
