/**
 * The fallback and JSON-LD of `<delegation-roster>`: the heading, how many members, each
 * member (after the card's filters) with their title, and the sources of those titles; and a
 * schema.org `ItemList` of `Person`s.
 *
 * @module
 */
import type { Person } from '../data/types.js';
import { integer, keyword, keywordList, numberAttribute } from '../internal/attributes.js';
import { formatNumber } from '../internal/format.js';
import {
  DEFAULT_LIMIT,
  filterPeople,
  fold,
  groupPeople,
  memberCount,
  type Group,
} from '../elements/delegation-roster/fold.js';
import {
  DELEGATION_ROSTER_GROUPINGS,
  DELEGATION_ROSTER_LAYOUTS,
  DELEGATION_ROSTER_SECTIONS,
  DELEGATION_ROSTER_SECTORS,
  DELEGATION_ROSTER_STATUSES,
} from '../elements/delegation-roster/options.js';
import { delegationRosterStrings } from '../locales/index.js';
import { problemError, type Written } from './attributes.js';
import { person, sourceId, sourceWork } from './json-ld.js';
import { element, type Markup } from './markup.js';
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

/** The attributes of `<delegation-roster>` besides the shared ones. */
export const DELEGATION_ROSTER_ATTRIBUTES = [
  'layout',
  'group-by',
  'sector',
  'status',
  'limit',
  'expanded',
] as const;

/** What the attributes ask of the roster: its members after the filters, and how it folds. */
interface Roster {
  people: readonly Person[];
  grouped: boolean;
  limit: number;
  expanded: readonly string[];
}

/** Reads the attributes as the card does, and filters the members; throws what it would show. */
function roster(view: View, attributes: Written): Roster {
  // In the element's order, so that of two bad values the same one is named.
  keyword('layout', attributes.get('layout'), DELEGATION_ROSTER_LAYOUTS, 'list');
  const grouping = keyword(
    'group-by',
    attributes.get('group-by'),
    DELEGATION_ROSTER_GROUPINGS,
    'sector',
  );
  const sector = attributes.get('sector');
  const status = attributes.get('status');
  const sectors = keywordList('sector', sector, DELEGATION_ROSTER_SECTORS);
  const wanted = keyword('status', status, DELEGATION_ROSTER_STATUSES, undefined);
  const rawLimit = attributes.get('limit') ?? null;
  const limitValue = numberAttribute(undefined).fromAttribute!(rawLimit, Number);
  const limit = integer('limit', limitValue, { min: 1 }, DEFAULT_LIMIT, rawLimit);
  const expanded = keywordList('expanded', attributes.get('expanded'), DELEGATION_ROSTER_SECTIONS);
  const { people } = view.visit;
  if (!people.length) {
    throw problemError('delegation-roster', {
      code: 'empty-dataset',
      attribute: 'dataset',
      message: 'The dataset has no delegation members (people is empty).',
    });
  }
  const found = filterPeople(people, sectors, wanted, { sector, status });
  if ('code' in found) throw problemError('delegation-roster', found);
  return { people: found, grouped: grouping === 'sector', limit, expanded };
}

/** One member: the name (and, for an English reader, the Russian one) and the title. */
function member(view: View, p: Person): Markup {
  const t = delegationRosterStrings[view.locale];
  return element(
    'li',
    {},
    localized(view, p.name),
    // As on the card: an English reader also gets the name as written in Russian.
    view.locale === 'en' && p.name.ru
      ? [' (', element('span', { lang: 'ru' }, p.name.ru), ')']
      : [],
    ', ',
    localized(view, p.title),
    // Named before the visit but not seen there: the card's mark says so, and so does this.
    p.status === 'announced' ? ` (${t.statuses.announced})` : [],
  );
}

/** The groups as the card shows them: under each sector's heading, or as one list. */
function groups(view: View, list: readonly Group[], grouped: boolean): Markup[] {
  const t = delegationRosterStrings[view.locale];
  const ul = (people: readonly Person[]) =>
    element(
      'ul',
      { lang: view.blockLang },
      people.map((p) => member(view, p)),
    );
  return grouped
    ? list.flatMap((g) => [heading(view, 1, t.sectors[g.sector!]), ul(g.members)])
    : [ul(list.flatMap((g) => g.members))];
}

/**
 * `<delegation-roster>`'s fallback and JSON-LD, for its attributes: the members the card shows
 * first, and the rest in a disclosure as the card folds them (`limit`), so that the fallback
 * grows with the card, not with the delegation.
 */
export function delegationRosterFallback(view: View, attributes: Written): CardFallback {
  const { people, grouped, limit, expanded } = roster(view, attributes);
  const { visit, locale, lang, blockLang } = view;
  const t = delegationRosterStrings[locale];
  const country = visit.overview.guest.country;
  const count = (value: number) => ({ value, text: formatNumber(value, lang) });
  const { shown, folded } = fold(groupPeople(people, grouped), limit);
  // In the order the card lists them, shown and folded.
  const listed = [...shown, ...folded].flatMap((g) => g.members);
  const sources = sourcesOf(visit, ...listed.map((p) => p.sources));

  const blocks = [
    heading(view, 0, phrase(t.heading(plain(view, country), localized(view, country)))),
    element('p', { lang: blockLang }, t.members(count(people.length))),
    ...groups(view, shown, grouped),
    folded.length
      ? element(
          'details',
          { lang: blockLang, open: expanded.includes('members') && '' },
          element(
            'summary',
            {},
            grouped
              ? t.moreIn(
                  count(memberCount(folded)),
                  folded.map((g) => t.sectors[g.sector!]),
                )
              : t.more(count(memberCount(folded))),
          ),
          groups({ ...view, blockLang: undefined }, folded, grouped),
        )
      : undefined,
    sourcesList(view, sources, expanded.includes('sources')),
  ];

  // Each source is written once, on the list; a member refers to theirs by `@id`.
  const jsonLd = {
    '@type': 'ItemList',
    name: t.heading(plain(view, country), plain(view, country)).join(''),
    numberOfItems: listed.length,
    subjectOf: sources.map(sourceWork),
    itemListElement: listed.map((p, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      item: {
        ...person(view, p.name, p.title),
        ...(p.status === 'announced' ? { description: t.statuses.announced } : {}),
        subjectOf: sourcesOf(visit, p.sources).map((s) => ({ '@id': sourceId(s) })),
      },
    })),
  };
  return { blocks, jsonLd };
}
