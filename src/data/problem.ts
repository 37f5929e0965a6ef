/**
 * What a dataset check reports: which record, which field, and what is wrong with it.
 *
 * @module
 */

/** One thing wrong with a dataset. */
export interface DataProblem {
  /** The record, as `collection › id` (or `collection[index]` when it has no usable id). */
  record: string;
  /** The field within the record, as a dotted path; empty for the record as a whole. */
  field: string;
  /** What is wrong, in one sentence. */
  message: string;
}

/** Renders a problem as one line: `people › sergey-lavrov › sources[0]: cites unknown source "x"`. */
export function formatProblem(problem: DataProblem): string {
  const where = problem.field ? `${problem.record} › ${problem.field}` : problem.record;
  return `${where}: ${problem.message}`;
}

type Path = readonly (string | number)[];

/**
 * Names the record at `path` within `root`: collections are named by the id of their item,
 * so a message points at `quotes › history-1945` rather than `quotes[3]`.
 */
export function locate(root: unknown, path: Path): Pick<DataProblem, 'record' | 'field'> {
  const [head, index, ...rest] = path;
  if (head === undefined) return { record: 'dataset', field: '' };
  if (typeof index !== 'number') {
    return { record: String(head), field: joinPath(path.slice(1)) };
  }
  const item = (root as Record<string, unknown[] | undefined>)?.[head]?.[index];
  const id = (item as { id?: unknown } | undefined)?.id;
  const record = typeof id === 'string' && id ? `${head} › ${id}` : `${head}[${index}]`;
  return { record, field: joinPath(rest) };
}

function joinPath(path: Path): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}
