/**
 * Large bad datasets for `npm run bench:hostile`: the bundled dataset grown to a given size
 * with records that fail in different places, so the cost of finding out that a dataset is
 * bad can be measured where it is highest.
 */
import type { Visit } from '../src/data/types.js';

/** One way of being bad, and how to make a record of it. */
export interface HostileKind {
  name: string;
  /** The i-th extra person, from the first real one. */
  person: (template: Visit['people'][number], i: number) => unknown;
  /** Changes the grown dataset once all records are in. */
  finish?: (people: unknown[]) => void;
}

/** The kinds measured, each the worst case of a different stage of validation. */
export const HOSTILE_KINDS: HostileKind[] = [
  {
    // Five schema issues per record: the cost of collecting every issue.
    name: 'many bad records',
    person: (_, i) => ({ id: `bad-${i}` }),
  },
  {
    // Every record is read before the one problem is found.
    name: 'one bad record, last',
    person: (template, i) => ({ ...template, id: `person-${i}` }),
    finish: (people) => delete (people.at(-1) as { title?: unknown }).title,
  },
  {
    // Passes the schema; every record fails the integrity check.
    name: 'unknown sources',
    person: (template, i) => ({ ...template, id: `person-${i}`, sources: ['no-such-source'] }),
  },
];

/** `base` with extra people of `kind` until its JSON is about `bytes` long, in UTF-8. */
export function growDataset(base: Visit, kind: HostileKind, bytes: number): string {
  const template = base.people[0]!;
  const size = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
  const baseSize = size(base);
  const recordSize = size(kind.person(template, 100_000)) + 1;
  const count = Math.max(1, Math.ceil((bytes - baseSize) / recordSize));
  const people: unknown[] = [...base.people];
  for (let i = 0; i < count; i++) people.push(kind.person(template, i));
  kind.finish?.(people);
  return JSON.stringify({ ...base, people });
}
