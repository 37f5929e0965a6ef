/**
 * The console guard every test page runs (test/helpers/console.ts): a test captures the
 * warnings it expects and takes them to check them. That an uncaptured warning fails its test
 * cannot pass here by design; it is what every other test relies on.
 */
import { expect } from '@open-wc/testing';
import { captureWarnings } from '../helpers/console.js';

describe('the console guard', () => {
  it('is on the page before the test file loads, and keeps Lit’s dev-mode banner quiet', () => {
    const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
    expect(issued?.has('dev-mode'), 'Lit’s banner marked as shown').to.equal(true);
  });

  it('captures the warnings of a test, in order, and hands each over once', () => {
    const warnings = captureWarnings();
    console.warn('<visit-card>: first');
    console.warn('second,', 2, { three: 3 });
    expect(warnings.take()).to.deep.equal(['<visit-card>: first', 'second, 2 {"three":3}']);
    expect(warnings.take()).to.deep.equal([]);
  });

  it('gives each warning to the newest capture only', () => {
    const outer = captureWarnings();
    const inner = captureWarnings();
    console.warn('one');
    expect(inner.take()).to.deep.equal(['one']);
    expect(outer.take()).to.deep.equal([]);
  });
});
