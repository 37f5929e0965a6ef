/**
 * Which members `<delegation-roster>` shows, and which it shows first: the filters keep some,
 * the roster is cut into groups (one per sector, or one per member in a flat roster), and
 * `limit` keeps whole groups, so a sector is never split between what is shown and what is
 * folded.
 *
 * @module
 */
import { SECTORS } from '../../data/vocabulary.js';
import type { DelegationStatus, Person, Sector } from '../../data/types.js';
import type { VisitCardsErrorDetail } from '../../internal/error-event.js';

/**
 * How many members a roster shows before it folds the rest, when the page sets no `limit`:
 * the most that keep the default card within its height budget (720 px tall in a 640 px
 * column, 1,100 px in a 320 px one; test/browser/delegation-roster.test.ts measures it).
 */
export const DEFAULT_LIMIT = 7;

/** Whether a member of status `status` passes the filter `filter`. */
function statusMatches(status: DelegationStatus, filter: DelegationStatus): boolean {
  return filter === 'both' ? status === 'both' : status === filter || status === 'both';
}

/**
 * The members of `sectors` (all when empty) and of `status` (all when unset): `announced` and
 * `confirmed` include `both`. When a filter leaves no one, the problem to report, naming the
 * attribute as written (`raw`).
 */
export function filterPeople(
  people: readonly Person[],
  sectors: readonly Sector[],
  status: DelegationStatus | undefined,
  raw: { sector?: string | undefined; status?: string | undefined },
): readonly Person[] | VisitCardsErrorDetail {
  let kept = people;
  if (sectors.length) {
    kept = kept.filter((p) => sectors.includes(p.sector));
    if (!kept.length) return noMatch('sector', raw.sector ?? '');
  }
  if (status) {
    kept = kept.filter((p) => statusMatches(p.status, status));
    if (!kept.length) return noMatch('status', raw.status ?? '');
  }
  return kept;
}

/** The problem of a filter that leaves no member. */
function noMatch(attribute: 'sector' | 'status', value: string): VisitCardsErrorDetail {
  return {
    code: 'no-match',
    attribute,
    value,
    message: `No delegation member matches ${attribute}="${value}".`,
  };
}

/** Members shown together: one sector's, or one member alone in a flat roster. */
export interface Group {
  /** The sector, in a roster by sector. */
  sector?: Sector;
  members: readonly Person[];
}

/** `people` by sector, in the dataset's sector order, empty sectors left out; or one by one. */
export function groupPeople(people: readonly Person[], bySector: boolean): Group[] {
  if (!bySector) return people.map((person) => ({ members: [person] }));
  return SECTORS.map((sector) => ({
    sector,
    members: people.filter((p) => p.sector === sector),
  })).filter((group) => group.members.length);
}

/** The number of members in `groups`. */
export function memberCount(groups: readonly Group[]): number {
  return groups.reduce((sum, group) => sum + group.members.length, 0);
}

/**
 * The first groups that hold at most `limit` members between them (at least the first group,
 * however large: a limit never splits one), and the groups folded after them.
 */
export function fold(
  groups: readonly Group[],
  limit: number,
): { shown: readonly Group[]; folded: readonly Group[] } {
  let count = 0;
  let index = 0;
  for (; index < groups.length; index++) {
    const size = groups[index]!.members.length;
    if (index > 0 && count + size > limit) break;
    count += size;
  }
  return { shown: groups.slice(0, index), folded: groups.slice(index) };
}
