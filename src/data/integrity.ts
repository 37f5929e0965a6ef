/**
 * Integrity of a dataset that already has the right shape: ids are unique, every reference
 * resolves, every source is real, and the dates are real dates in a sensible order.
 *
 * @module
 */
import type { DataProblem } from './problem.js';
import type { Visit } from './types.js';

const COLLECTIONS = ['people', 'programme', 'outcomes', 'milestones', 'quotes', 'sources'] as const;

/** Returns every integrity problem of `visit`; an empty array means it is sound. */
export function checkIntegrity(visit: Visit): DataProblem[] {
  const problems: DataProblem[] = [];
  const report = (record: string, field: string, message: string): void => {
    problems.push({ record, field, message });
  };

  for (const name of COLLECTIONS) {
    const seen = new Set<string>();
    for (const { id } of visit[name]) {
      if (seen.has(id)) report(`${name} › ${id}`, 'id', `duplicate id "${id}"`);
      seen.add(id);
    }
  }

  const sourceIds = new Set(visit.sources.map((s) => s.id));
  const quoteIds = new Set(visit.quotes.map((q) => q.id));
  const personIds = new Set(visit.people.map((p) => p.id));
  const cited = new Set<string>();
  const checkSources = (record: string, field: string, ids: readonly string[]): void => {
    if (ids.length === 0) report(record, field, 'cites no source');
    ids.forEach((id, i) => {
      cited.add(id);
      if (!sourceIds.has(id)) report(record, `${field}[${i}]`, `cites unknown source "${id}"`);
    });
  };
  const checkRefs = (
    record: string,
    field: string,
    ids: readonly string[] | undefined,
    known: Set<string>,
    kind: string,
  ): void => {
    ids?.forEach((id, i) => {
      if (!known.has(id)) report(record, `${field}[${i}]`, `refers to unknown ${kind} "${id}"`);
    });
  };

  const { overview } = visit;
  checkSources('overview', 'sources', overview.sources);
  checkSources('overview', 'arrival.sources', overview.arrival.sources);
  if (overview.departure) checkSources('overview', 'departure.sources', overview.departure.sources);
  if (overview.residence) checkSources('overview', 'residence.sources', overview.residence.sources);
  if (overview.previousVisit) {
    checkSources('overview', 'previousVisit.sources', overview.previousVisit.sources);
  }
  if (overview.nextStop) checkSources('overview', 'nextStop.sources', overview.nextStop.sources);
  checkSources('article', 'sources', visit.article.sources);
  for (const person of visit.people)
    checkSources(`people › ${person.id}`, 'sources', person.sources);
  for (const item of visit.programme)
    checkSources(`programme › ${item.id}`, 'sources', item.sources);
  for (const quote of visit.quotes) {
    checkSources(`quotes › ${quote.id}`, 'sources', quote.sources);
    quote.attested?.forEach((attested, i) =>
      checkSources(`quotes › ${quote.id}`, `attested[${i}].sources`, attested.sources),
    );
  }
  for (const milestone of visit.milestones) {
    const record = `milestones › ${milestone.id}`;
    checkSources(record, 'sources', milestone.sources);
    checkRefs(record, 'quotes', milestone.quotes, quoteIds, 'quote');
  }
  for (const outcome of visit.outcomes) {
    const record = `outcomes › ${outcome.id}`;
    checkSources(record, 'sources', outcome.sources);
    checkRefs(record, 'signatories', outcome.signatories, personIds, 'person');
    outcome.ratification?.forEach((step, i) => {
      checkSources(record, `ratification[${i}].sources`, step.sources);
    });
  }
  for (const source of visit.sources) {
    if (!cited.has(source.id)) report(`sources › ${source.id}`, '', 'is cited by no record');
  }

  // Not push(...): spreading hundreds of thousands of problems overflows the call stack.
  return problems.concat(checkDates(visit));
}

/** Dates are real calendar dates, and events follow each other in the order they must. */
function checkDates(visit: Visit): DataProblem[] {
  const problems: DataProblem[] = [];
  const dates: [record: string, field: string, value: string | undefined][] = [];
  const { overview } = visit;
  dates.push(
    ['overview', 'start', overview.start],
    ['overview', 'end', overview.end],
    ['overview', 'arrival.at', overview.arrival.at],
    ['overview', 'departure.date', overview.departure?.date],
    ['overview', 'previousVisit.start', overview.previousVisit?.start],
    ['overview', 'previousVisit.end', overview.previousVisit?.end],
    ['overview', 'nextStop.start', overview.nextStop?.start],
    ['overview', 'nextStop.end', overview.nextStop?.end],
    ['overview', 'nextStop.arrival', overview.nextStop?.arrival],
    ['article', 'date', visit.article.date],
  );
  for (const item of visit.programme) {
    dates.push(
      [`programme › ${item.id}`, 'date', item.date],
      [`programme › ${item.id}`, 'start', item.start],
    );
  }
  for (const m of visit.milestones) {
    dates.push(
      [`milestones › ${m.id}`, 'date', m.date],
      [`milestones › ${m.id}`, 'endDate', m.endDate],
    );
  }
  for (const s of visit.sources) dates.push([`sources › ${s.id}`, 'date', s.date]);
  for (const o of visit.outcomes) {
    const record = `outcomes › ${o.id}`;
    dates.push([record, 'signed', o.signed], [record, 'inForce', o.inForce]);
    dates.push([record, 'replaces.signed', o.replaces?.signed]);
    o.ratification?.forEach((step, i) =>
      dates.push([record, `ratification[${i}].date`, step.date]),
    );
  }
  let valid = true;
  for (const [record, field, value] of dates) {
    if (value !== undefined && !isRealDate(value)) {
      valid = false;
      problems.push({ record, field, message: `"${value}" is not a real date` });
    }
  }
  if (!valid) return problems;

  const order = (
    record: string,
    field: string,
    earlier: string | undefined,
    later: string | undefined,
    message: string,
  ): void => {
    if (earlier !== undefined && later !== undefined && later < earlier) {
      problems.push({ record, field, message });
    }
  };
  const arrivalDate = localDate(overview.arrival.at);
  order('overview', 'end', overview.start, overview.end, 'ends before it starts');
  order(
    'overview',
    'arrival.at',
    overview.start,
    arrivalDate,
    'arrival is before the visit starts',
  );
  order('overview', 'arrival.at', arrivalDate, overview.end, 'arrival is after the visit ends');
  order(
    'overview',
    'previousVisit.start',
    overview.previousVisit?.start,
    overview.start,
    'previous visit is not before this one',
  );
  order(
    'overview',
    'previousVisit.end',
    overview.previousVisit?.start,
    overview.previousVisit?.end,
    'previous visit ends before it starts',
  );
  order(
    'overview',
    'nextStop.end',
    overview.nextStop?.start,
    overview.nextStop?.end,
    'next stop ends before it starts',
  );
  order(
    'overview',
    'nextStop.start',
    overview.start,
    overview.nextStop?.start,
    'next stop starts before the visit',
  );
  for (const item of visit.programme) {
    const record = `programme › ${item.id}`;
    order(record, 'date', overview.start, item.date, 'is before the visit starts');
    order(record, 'date', item.date, overview.end, 'is after the visit ends');
    if (item.start && localDate(item.start) !== item.date) {
      problems.push({ record, field: 'start', message: `does not fall on its date ${item.date}` });
    }
  }
  for (const m of visit.milestones) {
    order(`milestones › ${m.id}`, 'endDate', m.date, m.endDate, 'ends before it starts');
  }
  for (const o of visit.outcomes) {
    const record = `outcomes › ${o.id}`;
    o.ratification?.forEach((step, i) => {
      order(
        record,
        `ratification[${i}].date`,
        o.signed,
        step.date,
        'ratification is before signing',
      );
      order(record, 'inForce', step.date, o.inForce, 'enters into force before it is ratified');
    });
    order(record, 'inForce', o.signed, o.inForce, 'enters into force before it is signed');
    order(
      record,
      'replaces.signed',
      o.replaces?.signed,
      o.signed,
      'replaces a treaty signed after it',
    );
  }
  return problems;
}

/** The calendar date part of a date-time as written, that is, in its own offset's local time. */
function localDate(dateTime: string): string {
  return dateTime.slice(0, 10);
}

/** True for a real date (YYYY, YYYY-MM, YYYY-MM-DD) or date-time with offset: no 31 June. */
function isRealDate(value: string): boolean {
  const match =
    /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-](\d{2}):(\d{2})))?)?)?$/.exec(
      value,
    );
  if (!match) return false;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', , oh = '00', om = '00'] = match;
  const date = new Date(Date.UTC(+y!, +mo - 1, +d));
  return (
    date.getUTCMonth() === +mo - 1 &&
    date.getUTCDate() === +d &&
    +h < 24 &&
    +mi < 60 &&
    +s < 60 &&
    +oh <= 14 &&
    +om < 60
  );
}
