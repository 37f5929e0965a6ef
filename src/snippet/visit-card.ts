/**
 * The fallback and JSON-LD of `<visit-card>`: the headline, who, where and when, one line per
 * document signed, and the sources of those facts, in the words the card uses; and a schema.org
 * `Event` for the visit.
 *
 * @module
 */
import type { Place } from '../data/types.js';
import { keyword, keywordList } from '../internal/attributes.js';
import {
  calendarYearsBetween,
  formatDate,
  formatDateRange,
  formatNumber,
  localTimeParts,
} from '../internal/format.js';
import { mentions } from '../internal/mentions.js';
import { VISIT_CARD_SECTIONS, VISIT_CARD_VARIANTS } from '../elements/visit-card/options.js';
import { visitCardStrings } from '../locales/index.js';
import type { Written } from './attributes.js';
import { person, sourceWork } from './json-ld.js';
import { element, fragment, type Child, type Markup } from './markup.js';
import {
  date,
  heading,
  localized,
  phrase,
  plain,
  sourcesList,
  sourcesOf,
  type CardFallback,
  type View,
} from './view.js';

/** The attributes of `<visit-card>` besides the shared ones. */
export const VISIT_CARD_ATTRIBUTES = ['variant', 'expanded'] as const;

/**
 * A place as the card names it: its name, and its city where the name does not say it and the
 * city is not the visit's own.
 */
function place(view: View, where: Place): Markup {
  const name = plain(view, where.name);
  const city = where.city && plain(view, where.city);
  const showCity =
    city !== undefined &&
    !mentions(name, city) &&
    city !== plain(view, view.visit.overview.place.name);
  return fragment(
    localized(view, where.name),
    showCity ? [', ', localized(view, where.city!)] : [],
  );
}

/** A range of dates in a `time` element: "18–19 June 2024". */
function range(view: View, start: string, end: string): Markup {
  return element('time', { datetime: start }, formatDateRange(start, end, view.lang));
}

/** The arrival in the local time of the place, as the card writes it. */
function arrival(view: View): Markup {
  const { visit, lang } = view;
  const { at, place: where } = visit.overview.arrival;
  const t = visitCardStrings[view.locale];
  const zone = where.timeZone ?? visit.overview.place.timeZone;
  if (!zone) return element('time', { datetime: at }, at);
  const { time, offset } = localTimeParts(at, zone, lang);
  const shown = element('time', { datetime: at }, `${formatDate(at.slice(0, 10), lang)}, ${time}`);
  const city = visit.overview.place.name;
  return fragment(
    phrase(t.localTime(shown, offset, plain(view, city), localized(view, city))),
    ' · ',
    place(view, where),
  );
}

/** `<visit-card>`'s fallback and JSON-LD, for its attributes. */
export function visitCardFallback(view: View, attributes: Written): CardFallback {
  const variant = keyword('variant', attributes.get('variant'), VISIT_CARD_VARIANTS, undefined);
  const expanded = keywordList('expanded', attributes.get('expanded'), VISIT_CARD_SECTIONS);
  const compact = variant === 'compact';
  const { visit, locale, lang, blockLang } = view;
  const t = visitCardStrings[locale];
  const { overview } = visit;
  const { guest, host, previousVisit } = overview;
  const fact = (term: string, ...value: readonly Child[]) =>
    element('p', { lang: blockLang }, `${term}: `, ...value);
  const years = (from: string) => {
    const value = calendarYearsBetween(from, overview.start);
    return t.yearsEarlier({ value, text: formatNumber(value, lang) });
  };

  const outcomes = visit.outcomes.length
    ? [
        heading(view, 1, t.outcomes),
        element(
          'ul',
          { lang: blockLang },
          visit.outcomes.map((o) =>
            element(
              'li',
              {},
              localized(view, o.title),
              '\u00a0— ',
              o.inForce ? t.inForce(o.kind) : t.signed(o.kind),
              ': ',
              date(view, o.inForce ?? o.signed),
            ),
          ),
        ),
      ]
    : [];
  const sources = sourcesOf(
    visit,
    overview.sources,
    compact ? [] : overview.arrival.sources,
    compact ? [] : previousVisit?.sources,
    ...visit.outcomes.map((o) => o.sources),
  );

  const blocks = [
    overview.headline && !compact
      ? element('p', { lang: blockLang }, localized(view, overview.title))
      : undefined,
    heading(view, 0, localized(view, overview.headline ?? overview.title)),
    fact(
      t.guest,
      localized(view, guest.name),
      guest.role ? [', ', localized(view, guest.role)] : [],
    ),
    fact(t.host, localized(view, host.name)),
    compact ? undefined : fact(t.where, place(view, overview.place)),
    fact(t.when, range(view, overview.start, overview.end)),
    compact ? undefined : fact(t.arrival, arrival(view)),
    compact || !previousVisit
      ? undefined
      : fact(
          t.previousVisit,
          range(view, previousVisit.start, previousVisit.end),
          ', ',
          years(previousVisit.start),
        ),
    ...outcomes,
    // Open as on the card: in `full`, or when `expanded` names them.
    sourcesList(view, sources, variant === 'full' || expanded.includes('sources')),
  ];

  const jsonLd = {
    '@type': 'Event',
    name: plain(view, overview.title),
    ...(overview.headline ? { description: plain(view, overview.headline) } : {}),
    startDate: overview.start,
    endDate: overview.end,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: plain(view, overview.place.name),
      containedInPlace: { '@type': 'Country', name: plain(view, host.country) },
    },
    organizer: person(view, host.name, host.role),
    attendee: [person(view, guest.name, guest.role)],
    subjectOf: sources.map(sourceWork),
  };
  return { blocks, jsonLd };
}
