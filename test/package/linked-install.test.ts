/**
 * The package under an isolated install, as a specification: with
 * `npm install --install-strategy=linked`, a package sees only the dependencies it declares
 * (no hoisted lit-html beside lit), and an app that imports every entry point still
 * type-checks, declarations included. Needs `npm run build` first (see packed-app.ts).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ELEMENTS } from '../../src/elements/elements.js';
import { packedApp, strictTsconfig, tscErrors, type PackedApp } from './packed-app.js';

/** Every entry point but `visit-cards/react`, whose types need @types/react. */
const APP_TS = `import { VERSION } from 'visit-cards';
${ELEMENTS.map(({ tag, className }) => `import { ${className} as ${className}Class } from 'visit-cards/${tag}/class';\nimport 'visit-cards/${tag}';`).join('\n')}
import { dataset, type Visit } from 'visit-cards/data';
import { VisitSchema } from 'visit-cards/data/schema';

export const version: string = VERSION;
export const classes = [${ELEMENTS.map(({ className }) => `${className}Class`).join(', ')}];
export const visit: Visit = dataset;
export const schemaType: string = VisitSchema.type;
`;

describe('visit-cards under an isolated (linked) install', { timeout: 240_000 }, () => {
  let app: PackedApp | undefined;

  before(async () => {
    app = await packedApp(
      { 'app.ts': APP_TS, 'tsconfig.json': JSON.stringify(strictTsconfig(['app.ts']), null, 2) },
      { linked: true },
    );
  });

  after(async () => {
    await app?.remove();
  });

  it('leaves undeclared packages out of reach: no lit-html beside lit', () => {
    assert.ok(app, 'the app was not installed');
    assert.ok(existsSync(join(app.dir, 'node_modules/visit-cards/package.json')));
    assert.ok(!existsSync(join(app.dir, 'node_modules/lit-html')), 'lit-html was hoisted');
  });

  it('type-checks an app that imports every entry point, with skipLibCheck: false', async () => {
    assert.ok(app, 'the app was not installed');
    const result = await app.tsc(['-p', 'tsconfig.json']);
    assert.deepEqual(tscErrors(result.stdout), [], result.stdout + result.stderr);
    assert.equal(result.code, 0, result.stdout + result.stderr);
  });
});
