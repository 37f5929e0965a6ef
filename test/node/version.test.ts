/**
 * The version stamped on registered classes (used to tell two copies of the library apart)
 * is the package's version.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { VERSION } from '../../src/internal/define.js';

it('VERSION in src/internal/define.ts matches package.json', async () => {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(VERSION, pkg.version);
});
