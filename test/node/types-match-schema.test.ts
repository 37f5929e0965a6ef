/**
 * The published data types, as a specification: src/data/types.ts is exactly what the
 * generator writes from the schema, its types are exactly the schema's output types (the
 * compile-time checks of types-match-schema.ts), and those checks fail, naming the schema, as
 * soon as a type and its schema differ.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { DATA_TYPES_PATH, dataTypesModule } from '../../scripts/data-types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const typesPath = join(root, DATA_TYPES_PATH);
const checksPath = join(root, 'test/node/types-match-schema.ts');
const published = await readFile(typesPath, 'utf8');

/** Changes to the published types, each a way they can drift from the schema. */
const DRIFT: [from: string, to: string][] = [
  // A union widened.
  ['  party: Party;', '  party: string;'],
  // An optional field made required.
  ['  url?: string;', '  url: string;'],
  // A field the schema does not have: assignable both ways, and still caught.
  ['  paragraph: number;', '  paragraph: number;\n  speaker?: string;'],
  // A field dropped.
  ['  endDate?: string;', ''],
  // A value the list does not have.
  ["export type Party = 'RU' | 'KP';", "export type Party = 'RU' | 'KP' | 'CN';"],
];

let program: ts.Program | undefined;

/**
 * The verdicts of types-match-schema.ts that fail to compile when src/data/types.ts reads
 * `typesText`, by name, with the project's compiler options.
 */
function failingVerdicts(typesText: string): string[] {
  const { options } = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!;
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, ...rest) =>
    fileName === typesPath
      ? ts.createSourceFile(fileName, typesText, ts.ScriptTarget.Latest, true)
      : getSourceFile(fileName, ...rest);
  program = ts.createProgram({ rootNames: [checksPath], options, host, oldProgram: program });
  const checks = program.getSourceFile(checksPath)!;
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => {
      assert.equal(
        diagnostic.file?.fileName,
        checksPath,
        ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
      );
      const { line } = checks.getLineAndCharacterOfPosition(diagnostic.start!);
      return checks.text.split('\n')[line]!.trim().replace(/:.*/, '');
    })
    .sort();
}

describe('the published data types (src/data/types.ts)', () => {
  it('are what scripts/data-types.ts writes from the schema', async () => {
    assert.equal(published, await dataTypesModule(), 'stale: run `npm run data`');
  });

  it('import nothing, so an app that checks them never loads valibot', () => {
    assert.doesNotMatch(published, /\bfrom\s+['"]|\bimport\s*\(/);
  });

  it('are, each one, exactly the output type of its schema', () => {
    assert.deepEqual(failingVerdicts(published), []);
  });

  it('fail to compile when one differs from its schema, naming each schema it breaks', () => {
    let drifted = published;
    for (const [from, to] of DRIFT) {
      assert.ok(drifted.includes(from), `no ${JSON.stringify(from)} in ${DATA_TYPES_PATH}`);
      drifted = drifted.replace(from, to);
    }
    assert.deepEqual(failingVerdicts(drifted), [
      'MilestoneSchema',
      'OutcomeSchema', // through its ratification steps
      'Party',
      'QuoteSchema',
      'RatificationStepSchema',
      'SourceSchema',
      'VisitSchema', // which holds all of them
    ]);
  });
});

describe('npm run data, for src/data/types.ts', () => {
  const run = promisify(execFile);
  const script = join(root, 'scripts/data.ts');
  const tsx = join(root, 'node_modules/.bin/tsx');

  it('fails with --check when the file is stale, and rewrites it without', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'visit-cards-types-'));
    try {
      await cp(join(root, 'data'), join(dir, 'data'), { recursive: true });
      await mkdir(join(dir, 'src/data'), { recursive: true });
      const stale = published.replace('  approximate?: boolean;\n', '');
      await writeFile(join(dir, DATA_TYPES_PATH), stale);
      await assert.rejects(
        run(tsx, [script, '--check', '--root', dir]),
        (error: { code: number; stderr: string }) => {
          assert.equal(error.code, 1);
          assert.match(error.stderr, /^src\/data\/types\.ts is stale: run `npm run data`/m);
          return true;
        },
      );
      assert.equal(await readFile(join(dir, DATA_TYPES_PATH), 'utf8'), stale, '--check wrote');
      await run(tsx, [script, '--root', dir]);
      assert.equal(await readFile(join(dir, DATA_TYPES_PATH), 'utf8'), published);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
