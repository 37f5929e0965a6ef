/**
 * The documentation of the dataset schema, as the doc comments in src/data/schema.ts have it,
 * for what `npm run data` derives from the schema: the types of src/data/types.ts and the
 * `description`s of data/schema.json.
 *
 * The comments stay in the source, beside the rules they explain, rather than in valibot's
 * `v.description()`: that would ship every description to the browser with the validator
 * (`<visit-data>` validates what a page hands it), for readers who never see them.
 *
 * A doc is found by path: an exported schema by its name (`PersonSchema`), a field by the path
 * from the nearest exported schema (`PersonSchema.name`, `PersonSchema.name.en`). A field with
 * no comment of its own whose value is a documented helper const (`id`, `sources: sourceIds`)
 * takes the helper's comment, and so do the fields a spread helper brings
 * (`...translations`: `LocalizedTextSchema.*`).
 */
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import type * as v from 'valibot';
import * as schemas from '../src/data/schema.js';

/** A valibot schema as the walkers see it: its kind, and what it wraps or holds. */
export type AnySchema = v.GenericSchema & {
  /** What an `optional` wraps. */
  wrapped?: AnySchema;
  /** What an `array` holds. */
  item?: AnySchema;
  /** The fields of a `strict_object`. */
  entries?: Record<string, AnySchema>;
  /** The schema and then the actions of a `pipe`. */
  pipe?: readonly [AnySchema, ...{ kind: string; type: string }[]];
};

/** The exported schemas of src/data/schema.ts, by object: each one's export name. */
export const SCHEMA_NAMES: ReadonlyMap<AnySchema, string> = new Map(
  Object.entries(schemas).map(([name, schema]) => [schema as AnySchema, name]),
);

/** The schema inside any `optional` and `pipe` around `schema`: what gives it its shape. */
export const baseOf = (schema: AnySchema): AnySchema =>
  schema.type === 'optional'
    ? baseOf(schema.wrapped!)
    : schema.pipe
      ? baseOf(schema.pipe[0])
      : schema;

/** The doc path of `schema` met at `path`: an exported schema starts a path of its own. */
export const pathOf = (schema: AnySchema, path: string): string =>
  SCHEMA_NAMES.get(baseOf(schema)) ?? path;

/** Doc comments by path. */
export type SchemaDocs = ReadonlyMap<string, string>;

/** The doc at `path`; throws, naming the field, when the schema does not document it. */
export function docAt(docs: SchemaDocs, path: string): string {
  const doc = docs.get(path) ?? docs.get(path.replace(/\.[^.]+$/, '.*'));
  if (doc === undefined) {
    throw new Error(`src/data/schema.ts: ${path} has no doc comment; every field needs one.`);
  }
  return doc;
}

/** Reads the doc comments of src/data/schema.ts. */
export async function readSchemaDocs(): Promise<SchemaDocs> {
  const path = new URL('../src/data/schema.ts', import.meta.url);
  return schemaDocsOf(await readFile(path, 'utf8'));
}

/** The doc comments of a schema module's source, by path, each on one line. */
export function schemaDocsOf(source: string): SchemaDocs {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
  const helpers = new Map<string, string>();
  const docs = new Map<string, string>();
  const collect = (object: ts.ObjectLiteralExpression, path: string): void => {
    for (const property of object.properties) {
      // `...translations`: fields made from a list, one doc for all of them.
      if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
        const doc = docOf(property) ?? helpers.get(property.expression.text);
        if (doc !== undefined) docs.set(`${path}.*`, doc);
        continue;
      }
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) {
        throw new Error(`src/data/schema.ts: ${path} has a field the docs reader cannot follow.`);
      }
      const key = ts.isComputedPropertyName(property.name)
        ? property.name.getText(file)
        : property.name.text;
      const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
      const doc = docOf(property) ?? (ts.isIdentifier(value) ? helpers.get(value.text) : undefined);
      if (doc !== undefined) docs.set(`${path}.${key}`, doc);
      const nested = objectLiteralIn(value);
      if (nested) collect(nested, `${path}.${key}`);
    }
  };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const doc = docOf(statement);
    for (const { name, initializer } of statement.declarationList.declarations) {
      if (!ts.isIdentifier(name) || !initializer) continue;
      if (!exported) {
        if (doc !== undefined) helpers.set(name.text, doc);
        continue;
      }
      if (doc !== undefined) docs.set(name.text, doc);
      const object = objectLiteralIn(initializer);
      if (object) collect(object, name.text);
    }
  }
  return docs;
}

/** The text of the doc comment right before `node`, whitespace folded, if it has one. */
function docOf(node: ts.Node): string | undefined {
  const comment = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc).at(-1)?.comment;
  const text = ts.getTextOfJSDocComment(comment)?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/**
 * The fields of the first `strictObject({...})` in `expression`, looking through the calls
 * that wrap it (`v.optional(v.array(v.strictObject({...})))`), if there is one.
 */
function objectLiteralIn(expression: ts.Expression): ts.ObjectLiteralExpression | undefined {
  if (!ts.isCallExpression(expression)) return undefined;
  const callee = expression.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
  const [first] = expression.arguments;
  if (name === 'strictObject' && first && ts.isObjectLiteralExpression(first)) return first;
  for (const argument of expression.arguments) {
    const found = objectLiteralIn(argument);
    if (found) return found;
  }
  return undefined;
}
