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
import { checkAttestedQuotes, checkTranslationsComplete } from '../src/data/translations.js';
import { LOCALES } from '../src/locales/tags.js';
import {
  baseOf,
  docAt,
  pathOf,
  readSchemaDocs,
  type AnySchema,
  type SchemaDocs,
} from './schema-docs.js';

/** Where the article's own text is kept, by article id. */
export const articleTextPath = (root: string, articleId: string): string =>
  `${root}data/sources/${articleId}.txt`;

/**
 * Where the article's passages in another language are kept, as sources print them: the
 * texts that quotes attested in that language are checked against.
 */
export const articleFragmentsPath = (root: string, articleId: string, language: string): string =>
  `${root}data/sources/${articleId}.${language}.txt`;

/**
 * Runs the whole check on a parsed dataset, the article's text and its passages in other
 * languages (by language): schema, integrity, quotes verbatim, and the bundled dataset's
 * completeness: every text in every UI language, every attested quote word for word.
 * Returns one formatted line per problem.
 */
export function checkDataset(
  input: unknown,
  articleText: string,
  fragments: Readonly<Record<string, string>> = {},
): { problems: string[]; visit?: Visit } {
  const result = validateVisit(input);
  if (!result.ok) return { problems: result.problems.map(formatProblem) };
  const problems = [
    ...checkQuotesVerbatim(result.visit, articleText),
    ...checkAttestedQuotes(result.visit, fragments),
    ...checkTranslationsComplete(result.visit),
  ].map(formatProblem);
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
  const fragments: Record<string, string> = {};
  for (const language of LOCALES) {
    const text = await readFile(articleFragmentsPath(root, articleId, language), 'utf8').catch(
      () => undefined,
    );
    if (text !== undefined) fragments[language] = text;
  }
  return checkDataset(input, articleText, fragments);
}

/**
 * The JSON Schema of a dataset, derived from the valibot schema, for editors and other tools:
 * each field carries its doc comment from src/data/schema.ts as its `description`.
 */
export async function jsonSchema(): Promise<object> {
  // `check` actions ask the runtime (is this a time zone Intl knows? does the URL parse as
  // http?): JSON Schema cannot say that, and the patterns beside them say the rest.
  const json = toJsonSchema(VisitSchema, { errorMode: 'throw', ignoreActions: ['check'] });
  const docs = await readSchemaDocs();
  // What toJsonSchema makes of this schema: objects, and arrays of one item schema each.
  describe(json as JsonSchemaNode, VisitSchema, 'VisitSchema', docs);
  return { title: 'visit-cards dataset', description: docAt(docs, 'VisitSchema'), ...json };
}

/** A JSON Schema, as far as `describe` looks into one. */
interface JsonSchemaNode {
  /** What the field is, for an editor's hover. */
  description?: string;
  /** An array's item schema. */
  items?: JsonSchemaNode;
  /** An object's fields. */
  properties?: Record<string, JsonSchemaNode>;
}

/** Gives each field of `json`, the JSON Schema of `schema` met at doc path `path`, its doc. */
function describe(json: JsonSchemaNode, schema: AnySchema, path: string, docs: SchemaDocs): void {
  const base = baseOf(schema);
  if (base.type === 'array') describe(json.items!, base.item!, pathOf(base.item!, path), docs);
  for (const [key, field] of Object.entries(base.entries ?? {})) {
    const property = json.properties![key]!;
    property.description = docAt(docs, `${path}.${key}`);
    describe(property, field, pathOf(field, `${path}.${key}`), docs);
  }
}
