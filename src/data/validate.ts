/**
 * Run-time validation of a dataset, for the bundled one at build time and for one a page
 * supplies (`<visit-data src>` or the `dataset` property) in the browser.
 *
 * @module
 */
import * as v from 'valibot';
import { checkIntegrity } from './integrity.js';
import { locate, type DataProblem } from './problem.js';
import { VisitSchema } from './schema.js';
import type { Visit } from './types.js';

/** The result of validating a dataset: the typed dataset, or the problems found. */
export type ValidationResult =
  | { ok: true; visit: Visit; problems: [] }
  | { ok: false; visit?: undefined; problems: DataProblem[] };

/** How thoroughly to look. */
export interface ValidationOptions {
  /**
   * The most problems to return; by default every one. With a limit, validation stops once it
   * has found that many, so a huge bad dataset costs no more than reading it once: the schema
   * check then reports at most one problem per record, the first it meets. Less than 1 means 1.
   */
  maxProblems?: number;
}

/**
 * Checks `input` against the schema and then for integrity. Never throws: an input that
 * throws when read (a getter, a revoked Proxy) is one problem, at `dataset`.
 */
export function validateVisit(
  input: unknown,
  { maxProblems = Infinity }: ValidationOptions = {},
): ValidationResult {
  const max = maxProblems >= 1 ? Math.floor(maxProblems) : 1;
  try {
    const parsed = v.safeParse(VisitSchema, input, { abortEarly: Number.isFinite(max) });
    if (!parsed.success) {
      const problems = Number.isFinite(max)
        ? someSchemaProblems(input as Record<string, unknown>, parsed.issues[0], max)
        : parsed.issues.map((issue) => toProblem(input, [], issue));
      return { ok: false, problems };
    }
    const problems = checkIntegrity(parsed.output);
    return problems.length
      ? { ok: false, problems: problems.slice(0, max) }
      : { ok: true, visit: parsed.output, problems: [] };
  } catch (error) {
    return {
      ok: false,
      problems: [{ record: 'dataset', field: '', message: `could not be read: ${reason(error)}` }],
    };
  }
}

type Key = string | number;

/**
 * Up to `max` schema problems, `first` (the dataset's first, from a parse that stopped at it)
 * and then the first problem of each record after it: each collection's records are checked
 * one by one, each check stopping at its first issue, so no record's issues pile up.
 */
function someSchemaProblems(
  input: Record<string, unknown>,
  first: v.BaseIssue<unknown>,
  max: number,
): DataProblem[] {
  const problems = [toProblem(input, [], first)];
  const [at, index] = first.path?.map((item) => item.key as Key) ?? [];
  const entries: Record<string, v.GenericSchema> = VisitSchema.entries;
  // Before `at`, everything passed; an unknown field is met only once every entry has.
  if (typeof at !== 'string' || !Object.hasOwn(entries, at)) return problems;
  const check = (schema: v.GenericSchema, value: unknown, path: Key[]): void => {
    const parsed = v.safeParse(schema, value, { abortEarly: true });
    if (!parsed.success) problems.push(toProblem(input, path, parsed.issues[0]));
  };
  const keys = Object.keys(entries);
  for (const key of keys.slice(keys.indexOf(at))) {
    const schema = entries[key]!;
    const value = input[key];
    if (schema.type === 'array' && !('pipe' in schema) && Array.isArray(value)) {
      const item = (schema as v.ArraySchema<v.GenericSchema, undefined>).item;
      const from = key === at && typeof index === 'number' ? index + 1 : 0;
      for (let i = from; i < value.length && problems.length < max; i++) {
        check(item, value[i], [key, i]);
      }
    } else if (key !== at) {
      check(schema, value, [key]);
    }
    if (problems.length >= max) return problems;
  }
  for (const key in input) {
    if (!Object.hasOwn(entries, key)) {
      problems.push({ ...locate(input, [key]), message: 'is not a known field' });
      break;
    }
  }
  return problems.slice(0, max);
}

/** The problem of `issue`, found at `prefix` within `root`. */
function toProblem(root: unknown, prefix: Key[], issue: v.BaseIssue<unknown>): DataProblem {
  const path = [...prefix, ...(issue.path?.map((item) => item.key as Key) ?? [])];
  return { ...locate(root, path), message: describeIssue(issue) };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined) return 'is required';
  if (issue.type === 'strict_object' && issue.input !== undefined) return 'is not a known field';
  if (issue.type === 'picklist') return `must be one of ${issue.expected} (got ${issue.received})`;
  return issue.message.replace(/^Invalid (\w+): /, '');
}

/** What was thrown, as text; a thrown value can be as hostile as the input that threw it. */
function reason(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'reading it threw';
  }
}
