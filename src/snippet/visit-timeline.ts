/**
 * The fallback and JSON-LD of `<visit-timeline>`: the heading, how many events and the years
 * they span, each dated event as the card lists it (the history folded into a disclosure, as
 * the card folds it), and the sources; and a schema.org `ItemList` of the events.
 *
 * @module
 */
import type { Visit } from '../data/types.js';
import { keyword, keywordList } from '../internal/attributes.js';
import { formatDate, formatDateRange, formatNumber } from '../internal/format.js';
import {
  entriesOf,
  inPeriod,
  isHistory,
  VISIT_TIMELINE_PERIODS,
  yearsOf,
  type Entry,
} from '../elements/visit-timeline/entries.js';
import { VISIT_TIMELINE_SECTIONS } from '../elements/visit-timeline/options.js';
import { visitTimelineStrings } from '../locales/index.js';
import { problemError, type Written } from './attributes.js';
import { sourceId, sourceWork } from './json-ld.js';
import { element, fragment, type Markup } from './markup.js';
import {
  heading,
  localized,
  phrase,
  plain,
  sourcesList,
  sourcesOf,
  type CardFallback,
  type View,
} from './view.js';

/** The attributes of `<visit-timeline>` besides the shared ones. */
export const VISIT_TIMELINE_ATTRIBUTES = ['period', 'expanded'] as const;

/**
 * A date, or a span: days as one range that shares what its ends share ("18–19 June 2024"),
 * other spans as their two ends ("1950–1953"), each in a `time` element.
 */
function span(view: View, start: string, end?: string): Markup {
  const time = (value: string, text = formatDate(value, view.lang)) =>
    element('time', { datetime: value }, text);
  if (!end || end === start) return time(start);
  const days = /^\d{4}-\d{2}-\d{2}$/;
  return days.test(start) && days.test(end)
    ? time(start, formatDateRange(start, end, view.lang))
    : fragment(time(start), '–', time(end));
}

/** What happened, in the card's words: as markup, and as plain text for the JSON-LD. */
function title(view: View, entry: Entry): { markup: Markup; text: string } {
  const t = visitTimelineStrings[view.locale];
  switch (entry.kind) {
    case 'milestone':
      return {
        markup: localized(view, entry.milestone.title),
        text: plain(view, entry.milestone.title),
      };
    case 'visit': {
      const name = view.visit.overview.title;
      return { markup: localized(view, name), text: plain(view, name) };
    }
    case 'signed': {
      const { kind, title: name } = entry.outcome;
      return {
        markup: phrase(t.signed(kind, localized(view, name))),
        text: t.signed(kind, plain(view, name)).join(''),
      };
    }
    case 'ratification': {
      const { body, act } = entry.step;
      return {
        markup: fragment(localized(view, body), ': ', localized(view, act)),
        text: `${plain(view, body)}: ${plain(view, act)}`,
      };
    }
    case 'in-force':
      return {
        markup: fragment(t.inForce(entry.outcome.kind)),
        text: t.inForce(entry.outcome.kind),
      };
  }
}

/** One event as a list item: its date, what happened and, for a milestone, its description. */
function item(view: View, entry: Entry): Markup {
  const description = entry.kind === 'milestone' ? entry.milestone.description : undefined;
  return element(
    'li',
    {},
    span(view, entry.start, entry.end),
    ': ',
    title(view, entry).markup,
    description ? ['. ', localized(view, description)] : [],
  );
}

/** The events the attributes ask for, as the card finds them; throws what it would show. */
function events(visit: Visit, attributes: Written) {
  const period = keyword('period', attributes.get('period'), VISIT_TIMELINE_PERIODS, undefined);
  const expanded = keywordList('expanded', attributes.get('expanded'), VISIT_TIMELINE_SECTIONS);
  if (!visit.milestones.length && !visit.outcomes.length) {
    throw problemError('visit-timeline', {
      code: 'empty-dataset',
      attribute: 'dataset',
      message: 'The dataset has no milestones and no outcomes to put on a timeline.',
    });
  }
  const all = entriesOf(visit);
  const entries = period ? all.filter((entry) => inPeriod(entry, period, visit)) : all;
  if (!entries.length) {
    throw problemError('visit-timeline', {
      code: 'no-match',
      attribute: 'period',
      value: period,
      message: `No event in the dataset falls in the period "${period}".`,
    });
  }
  return { period, expanded, entries };
}

/** `<visit-timeline>`'s fallback and JSON-LD, for its attributes. */
export function visitTimelineFallback(view: View, attributes: Written): CardFallback {
  const { visit, locale, lang, blockLang } = view;
  const t = visitTimelineStrings[locale];
  const { period, expanded, entries } = events(visit, attributes);
  const count = (value: number) => ({ value, text: formatNumber(value, lang) });
  // With no period, the card folds the history into its first entry, and so does this.
  const folded = period ? [] : entries.filter((entry) => isHistory(entry, visit));
  const shown = entries.filter((entry) => !folded.includes(entry));
  const [first, last] = yearsOf(entries)!;
  const sources = sourcesOf(visit, ...[...folded, ...shown].map((entry) => entry.sources));

  const history = folded.length
    ? element(
        'li',
        {},
        element(
          'details',
          { open: expanded.includes('history') && '' },
          element(
            'summary',
            {},
            span(view, ...yearsOf(folded)!),
            ' · ',
            t.history(count(folded.length)),
          ),
          element(
            'ol',
            {},
            folded.map((entry) => item(view, entry)),
          ),
        ),
      )
    : undefined;
  const blocks = [
    heading(view, 0, t.heading[period ?? 'all']),
    element(
      'p',
      { lang: blockLang },
      phrase(t.count(count(entries.length), span(view, first, last))),
    ),
    element(
      'ol',
      { lang: blockLang },
      history,
      shown.map((entry) => item(view, entry)),
    ),
    sourcesList(view, sources, expanded.includes('sources')),
  ];

  // Each source is written once, on the list; an event refers to its own by `@id`.
  const jsonLd = {
    '@type': 'ItemList',
    name: t.heading[period ?? 'all'],
    numberOfItems: entries.length,
    subjectOf: sources.map(sourceWork),
    itemListElement: entries.map((entry, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      item: {
        '@type': 'Event',
        name: title(view, entry).text,
        startDate: entry.start,
        ...(entry.end ? { endDate: entry.end } : {}),
        subjectOf: sourcesOf(visit, entry.sources).map((s) => ({ '@id': sourceId(s) })),
      },
    })),
  };
  return { blocks, jsonLd };
}
