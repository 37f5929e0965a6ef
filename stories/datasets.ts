/**
 * Datasets stories hand to `<visit-data>`: the bundled one, trimmed the way another site's
 * might be, and still valid. Trimming a collection can leave a reference dangling or a source
 * cited by nothing, either of which makes the whole dataset invalid; these repair both, so a
 * story changes only what it is about.
 */
import { dataset, type Visit } from '../src/data/index.js';

/** The title the trimmed datasets carry: the card shows it is not showing the bundled one. */
const SUPPLIED_TITLE = { en: 'The same visit, from a dataset the page supplied' };

/** Ids of every source cited anywhere in `value`: the `sources` arrays of its records. */
function citedSources(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) citedSources(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(item) && item.every((id) => typeof id === 'string')) {
        for (const id of item) into.add(id);
      } else {
        citedSources(item, into);
      }
    }
  }
  return into;
}

/** Drops from `visit.sources` every source no record cites any more; returns `visit`. */
function withoutUncitedSources(visit: Visit): Visit {
  const { sources, ...records } = visit;
  const cited = citedSources(records);
  visit.sources = sources.filter((source) => cited.has(source.id));
  return visit;
}

/**
 * The bundled dataset, retitled, with only the first `count` members of the delegation; the
 * outcomes keep only the signatories still in it.
 */
export function withFirstPeople(count: number): Visit {
  const visit = structuredClone(dataset);
  visit.overview.title = SUPPLIED_TITLE;
  visit.overview.headline = SUPPLIED_TITLE;
  visit.people = visit.people.slice(0, count);
  const kept = new Set(visit.people.map((person) => person.id));
  for (const outcome of visit.outcomes) {
    if (outcome.signatories) outcome.signatories = outcome.signatories.filter((id) => kept.has(id));
  }
  return withoutUncitedSources(visit);
}

/** The bundled dataset, retitled, with only the first `count` items of the programme. */
export function withFirstProgrammeItems(count: number): Visit {
  const visit = structuredClone(dataset);
  visit.overview.title = SUPPLIED_TITLE;
  visit.overview.headline = SUPPLIED_TITLE;
  visit.programme = visit.programme.slice(0, count);
  return withoutUncitedSources(visit);
}
