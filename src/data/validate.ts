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

/** The result of validating a dataset: the typed dataset, or every problem found. */
export type ValidationResult =
  | { ok: true; visit: Visit; problems: [] }
  | { ok: false; visit?: undefined; problems: DataProblem[] };

/** Checks `input` against the schema and then for integrity; never throws. */
export function validateVisit(input: unknown): ValidationResult {
  const parsed = v.safeParse(VisitSchema, input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.map((issue) => {
        const path = issue.path?.map((item) => item.key as string | number) ?? [];
        return { ...locate(input, path), message: describeIssue(issue) };
      }),
    };
  }
  const problems = checkIntegrity(parsed.output);
  return problems.length
    ? { ok: false, problems }
    : { ok: true, visit: parsed.output, problems: [] };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined) return 'is required';
  if (issue.type === 'strict_object' && issue.input !== undefined) return 'is not a known field';
  if (issue.type === 'picklist') return `must be one of ${issue.expected} (got ${issue.received})`;
  return issue.message.replace(/^Invalid (\w+): /, '');
}
