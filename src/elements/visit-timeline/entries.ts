/**
 * What `<visit-timeline>` shows, as data: one entry per dated event of the dataset (each
 * milestone, the visit, each document's signing, each ratification step, each entry into
 * force), in date order, and the periods a reader may filter by.
 *
 * @module
 */
import type { Milestone, Outcome, RatificationStep, Visit } from '../../data/types.js';

/**
 * The periods of the `period` filter: `history`, the milestones before the visit; `visit`,
 * what happened on the visit's days; `treaty`, each treaty from its signing to its entry into
 * force.
 */
export const VISIT_TIMELINE_PERIODS = ['history', 'visit', 'treaty'] as const;
/** A period of the `period` filter. */
export type VisitTimelinePeriod = (typeof VISIT_TIMELINE_PERIODS)[number];

/** One dated event, and the record it comes from. */
export type Entry = {
  /** Unique within the timeline; stable across renders. */
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  start: string;
  /** The end of a span, where the event lasted. */
  end?: string;
  sources: readonly string[];
} & (
  | { kind: 'milestone'; milestone: Milestone }
  | { kind: 'visit' }
  | { kind: 'signed'; outcome: Outcome }
  | { kind: 'ratification'; outcome: Outcome; step: RatificationStep }
  | { kind: 'in-force'; outcome: Outcome }
);

/** The order of events on one day: a milestone, the visit, then the document's steps. */
const ORDER: Record<Entry['kind'], number> = {
  milestone: 0,
  visit: 1,
  signed: 2,
  ratification: 3,
  'in-force': 4,
};

/** Every dated event of `visit`, earliest first; the same day keeps the order above. */
export function entriesOf(visit: Visit): Entry[] {
  const { overview } = visit;
  const entries: Entry[] = visit.milestones.map((milestone) => ({
    kind: 'milestone',
    id: `milestone-${milestone.id}`,
    start: milestone.date,
    ...(milestone.endDate ? { end: milestone.endDate } : {}),
    sources: milestone.sources,
    milestone,
  }));
  entries.push({
    kind: 'visit',
    id: `visit-${overview.id}`,
    start: overview.start,
    end: overview.end,
    sources: overview.sources,
  });
  for (const outcome of visit.outcomes) {
    const id = `outcome-${outcome.id}`;
    entries.push({
      kind: 'signed',
      id: `${id}-signed`,
      start: outcome.signed,
      sources: outcome.sources,
      outcome,
    });
    (outcome.ratification ?? []).forEach((step, i) =>
      entries.push({
        kind: 'ratification',
        id: `${id}-step-${i + 1}`,
        start: step.date,
        sources: step.sources,
        outcome,
        step,
      }),
    );
    if (outcome.inForce) {
      entries.push({
        kind: 'in-force',
        id: `${id}-in-force`,
        start: outcome.inForce,
        sources: outcome.sources,
        outcome,
      });
    }
  }
  // ISO dates, partial or not, sort as strings: "1945" < "1945-08" < "1945-08-15".
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        a.entry.start.localeCompare(b.entry.start, 'en') ||
        ORDER[a.entry.kind] - ORDER[b.entry.kind] ||
        a.index - b.index,
    )
    .map(({ entry }) => entry);
}

/** Whether `entry` belongs to the history: a milestone that began before the visit. */
export function isHistory(entry: Entry, visit: Visit): boolean {
  return entry.kind === 'milestone' && entry.start < visit.overview.start;
}

/** Whether `entry` is in `period`. */
export function inPeriod(entry: Entry, period: VisitTimelinePeriod, visit: Visit): boolean {
  const { start, end } = visit.overview;
  switch (period) {
    case 'history':
      return isHistory(entry, visit);
    case 'visit':
      return entry.start >= start && entry.start <= end;
    case 'treaty':
      return (
        entry.kind !== 'milestone' && entry.kind !== 'visit' && entry.outcome.kind === 'treaty'
      );
  }
}

/** Whether `milestone` carries the article's claim: it quotes the article, or says it does. */
export function isClaim(milestone: Milestone): boolean {
  return (
    (milestone.quotes?.length ?? 0) > 0 ||
    /^according to the article\b/i.test(milestone.description?.en ?? '')
  );
}

/** The first and last years `entries` span, as YYYY. */
export function yearsOf(entries: readonly Entry[]): [first: string, last: string] | undefined {
  if (!entries.length) return undefined;
  const years = entries.flatMap((e) => [e.start.slice(0, 4), (e.end ?? e.start).slice(0, 4)]);
  years.sort();
  return [years[0]!, years.at(-1)!];
}
