/**
 * Node side of the data check: reads the dataset and the article text from disk and runs every
 * check on them. Shared by scripts/data.ts and the tests.
 */
import { readFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { formatProblem } from '../src/data/problem.js';
import { VisitSchema } from '../src/data/schema.js';
import type { Visit } from '../src/data/types.js';
import { validateVisit } from '../src/data/validate.js';
import { checkQuotesVerbatim } from '../src/data/verbatim.js';

/** Where the article's own text is kept, by article id. */
export const articleTextPath = (root: string, articleId: string): string =>
  `${root}data/sources/${articleId}.txt`;

/**
 * Runs the whole check on a parsed dataset and the article's text: schema, integrity, and
 * quotes verbatim. Returns one formatted line per problem.
 */
export function checkDataset(
  input: unknown,
  articleText: string,
): { problems: string[]; visit?: Visit } {
  const result = validateVisit(input);
  if (!result.ok) return { problems: result.problems.map(formatProblem) };
  const problems = checkQuotesVerbatim(result.visit, articleText).map(formatProblem);
  return problems.length ? { problems } : { problems, visit: result.visit };
}

/** Reads data/visit.json and its article text under `root` and checks them. */
export async function checkDatasetFile(
  root: string,
): Promise<{ problems: string[]; visit?: Visit }> {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(`${root}data/visit.json`, 'utf8'));
  } catch (error) {
    return { problems: [`data/visit.json: ${(error as Error).message}`] };
  }
  const articleId = (input as { article?: { id?: unknown } })?.article?.id;
  if (typeof articleId !== 'string') return checkDataset(input, '');
  let articleText: string;
  try {
    articleText = await readFile(articleTextPath(root, articleId), 'utf8');
  } catch {
    return {
      problems: [`article: no text at data/sources/${articleId}.txt to check quotes against`],
    };
  }
  return checkDataset(input, articleText);
}

/** The JSON Schema of a dataset, derived from the valibot schema, for editors and other tools. */
export function jsonSchema(): object {
  return {
    title: 'visit-cards dataset',
    // `check` actions ask the runtime (is this a time zone Intl knows? does the URL parse as
    // http?): JSON Schema cannot say that, and the patterns beside them say the rest.
    ...toJsonSchema(VisitSchema, { errorMode: 'throw', ignoreActions: ['check'] }),
  };
}
