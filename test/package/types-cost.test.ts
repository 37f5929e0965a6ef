/**
 * What the package's types cost an app, as a specification, measured on the packed package
 * with `skipLibCheck: false` (every declaration checked, the package's and Lit's alike):
 *
 * - an app that uses one element checks hardly more types than one that uses only Lit: the
 *   budget is 1.5 times, counted in types (`tsc --extendedDiagnostics`), a figure that does not
 *   depend on the machine the way a time does;
 * - no element's declarations reach valibot's, and nor do `visit-cards/data`'s: only
 *   `visit-cards/data/schema` declares anything in valibot's terms;
 * - each registering entry types its own tag and no other.
 *
 * Needs `npm run build` first (see packed-app.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ELEMENTS } from '../../src/elements/elements.js';
import {
  extendedDiagnostics,
  packedApp,
  strictTsconfig,
  tscErrors,
  type PackedApp,
  type RunResult,
} from './packed-app.js';

/** How many times the types of a Lit-only app an app using one element may check. */
const TYPES_BUDGET = 1.5;

const EQUALS = `type Equals<A, B> =
  (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;`;

/** The app's programs: each one's files, so that no program sees another's imports. */
const PROGRAMS: Record<string, [file: string, text: string]> = {
  lit: [
    'lit-only.ts',
    `import { LitElement, html } from 'lit';
export class MyElement extends LitElement {
  override render() {
    return html\`<p>Lit only</p>\`;
  }
}`,
  ],
  element: [
    'one-element.ts',
    `import 'visit-cards/visit-card';
const card = document.createElement('visit-card');
card.variant = 'compact';
document.body.append(card);`,
  ],
  data: [
    'data.ts',
    `import { dataset, validateVisit, SECTORS, type Person } from 'visit-cards/data';
const people: Person[] = dataset.people;
export const sectors = SECTORS.filter((sector) => people.some((p) => p.sector === sector));
export const ok: boolean = validateVisit(dataset).ok;`,
  ],
  schema: [
    'schema.ts',
    `import { VisitSchema } from 'visit-cards/data/schema';
export const fields: string[] = Object.keys(VisitSchema.entries);`,
  ],
  ...Object.fromEntries(
    ELEMENTS.map(({ tag, className }) => [
      tag,
      [
        `only-${tag}.ts`,
        `import { ${className} } from 'visit-cards/${tag}';
${EQUALS}
const own = document.createElement('${tag}');
export const typed: Equals<typeof own, ${className}> = true;
${ELEMENTS.filter((other) => other.tag !== tag)
  .map(
    (other, i) =>
      `const other${i} = document.createElement('${other.tag}');
export const untyped${i}: Equals<typeof other${i}, HTMLElement> = true;`,
  )
  .join('\n')}`,
      ],
    ]),
  ),
};

describe('what the package’s types cost an app (skipLibCheck: false)', { timeout: 240_000 }, () => {
  let app: PackedApp | undefined;
  /** Each program's check with --extendedDiagnostics, started together once installed. */
  const checks: Record<string, Promise<RunResult>> = {};
  /** Each program's files, as tsc lists them. */
  const files: Record<string, Promise<RunResult>> = {};

  before(async () => {
    const appFiles: Record<string, string> = {};
    for (const [name, [file, text]] of Object.entries(PROGRAMS)) {
      appFiles[file] = text;
      appFiles[`tsconfig.${name}.json`] = JSON.stringify(strictTsconfig([file]), null, 2);
    }
    const installed = await packedApp(appFiles);
    app = installed;
    const check = (name: string) => {
      const project = `tsconfig.${name}.json`;
      files[name] = installed.tsc(['-p', project, '--listFilesOnly']);
      return (checks[name] = installed.tsc(['-p', project, '--extendedDiagnostics']));
    };
    // The two compared first, one at a time, so that their check times (shown, not judged)
    // mean something; the rest together.
    await check('lit');
    await check('element');
    for (const name of Object.keys(PROGRAMS)) checks[name] ??= check(name);
  });

  after(async () => {
    await Promise.allSettled(Object.values(checks));
    await Promise.allSettled(Object.values(files));
    await app?.remove();
  });

  /** A program's figures, once it has checked with no error. */
  const figuresOf = async (name: string) => {
    const result = await checks[name]!;
    assert.deepEqual(tscErrors(result.stdout), [], result.stdout + result.stderr);
    return extendedDiagnostics(result.stdout);
  };

  /** The declaration files of a program that are valibot's. */
  const valibotFiles = async (name: string) =>
    (await files[name]!).stdout.split('\n').filter((file) => file.includes('/valibot/'));

  it(`checks at most ${TYPES_BUDGET}× the types of a Lit-only app for one element`, async (t) => {
    const lit = await figuresOf('lit');
    const element = await figuresOf('element');
    for (const figure of ['Files', 'Lines of Definitions', 'Types', 'Check time']) {
      t.diagnostic(`${figure}: ${element[figure]} (one element) / ${lit[figure]} (Lit only)`);
    }
    const ratio = element['Types']! / lit['Types']!;
    assert.ok(
      ratio <= TYPES_BUDGET,
      `one element checks ${ratio.toFixed(2)}× the types of Lit alone (budget ${TYPES_BUDGET}×)`,
    );
  });

  it('loads no valibot declarations for an element, nor for visit-cards/data', async () => {
    assert.deepEqual(await valibotFiles('element'), []);
    assert.deepEqual(tscErrors((await checks['data']!).stdout), []);
    assert.deepEqual(await valibotFiles('data'), []);
  });

  it('declares the schema, in valibot’s terms, through visit-cards/data/schema', async () => {
    assert.deepEqual(tscErrors((await checks['schema']!).stdout), []);
    assert.notDeepEqual(await valibotFiles('schema'), []);
  });

  for (const { tag, className } of ELEMENTS) {
    it(`types <${tag}> as ${className} through visit-cards/${tag}, and no other tag`, async () => {
      const result = await checks[tag]!;
      assert.deepEqual(tscErrors(result.stdout), [], result.stdout + result.stderr);
      assert.equal(result.code, 0, result.stdout + result.stderr);
    });
  }
});
