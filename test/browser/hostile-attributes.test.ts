/**
 * Attribute fuzzing (issue 7): each card gets a few hundred random values, from a seeded PRNG,
 * in the attributes it observes, hostile strings and valid ones mixed. After every change has
 * rendered, the card shows its content or a notice, never nothing at all; nothing is thrown,
 * nothing is logged as an error, a warning comes only with a notice, and no markup in a value
 * runs. A failure names the seed and the step, so the run can be replayed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { dataset } from '../../src/data/index.js';
import '../../src/define/visit-card.js';
import '../../src/define/letter-quote.js';
import '../../src/define/delegation-roster.js';
import {
  mulberry32,
  pwned,
  resetPwned,
  watchPage,
  XSS_PAYLOADS,
  type PageWatch,
} from '../helpers/hostile.js';
import { captureWarnings, type CapturedWarnings } from '../helpers/console.js';

const SEED = 0x7e57ab1e;
const STEPS = 400;
/**
 * Of every hundred steps: how many remove every attribute (a fresh start, so the walk keeps
 * coming back to working states), how many remove one, and how many set one to a valid value;
 * the rest set one to a hostile value.
 */
const ODDS = { reset: 8, remove: 17, valid: 30 };

/** Hostile values: blank, huge, odd unicode, numbers that are not, markup, prototype names. */
const HOSTILE = [
  '',
  ' ',
  '\t\n',
  '\u00a0',
  'x'.repeat(10_000),
  'a,'.repeat(2_000),
  '😀',
  '\u202eevil\u202c',
  'e\u0301',
  '\u200b',
  '\ud800',
  'ко-KP',
  '0',
  '-1',
  '-0',
  '1.5',
  '7',
  '1e3',
  '1e309',
  '0x3',
  ' 3 ',
  'NaN',
  'Infinity',
  '-Infinity',
  'null',
  'undefined',
  'true',
  ...XSS_PAYLOADS,
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];
/** Values some attribute accepts, so the fuzz also walks through working states. */
const VALID = [
  'auto',
  'light',
  'dark',
  '1',
  '3',
  '6',
  'en',
  'ru',
  'ko',
  'ko-KP',
  'full',
  'compact',
  'list',
  'grid',
  'sector',
  'none',
  'government',
  'diplomacy, space',
  'announced',
  'confirmed',
  'both',
  'first',
  'random',
  'daily',
  'history',
  'economy',
  dataset.quotes[0]!.id,
  dataset.quotes.at(-1)!.id,
];
const CARDS = ['visit-card', 'letter-quote', 'delegation-roster'] as const;

/** `content` or `notice`, or what is wrong with a card that shows neither or both. */
function shows(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return 'no shadow root';
  const content = root.querySelector('[part~=card]');
  const notice = root.querySelector('[part~=notice]');
  if (content && notice) return 'both content and a notice';
  if (notice) {
    const loading = notice.getAttribute('role') === 'status';
    const words = notice.textContent?.trim();
    return loading ? 'loading' : words ? 'notice' : 'an empty notice';
  }
  if (content) return content.textContent?.trim() ? 'content' : 'an empty card';
  return 'nothing';
}

/** A value for a failure message: short, and with its odd characters visible. */
const show = (value: string | null) =>
  value === null
    ? 'removed'
    : JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}… (${value.length})` : value);

describe('attribute fuzzing (issue 7)', () => {
  let watch: PageWatch;
  let warnings: CapturedWarnings;
  beforeEach(() => {
    resetPwned();
    watch = watchPage();
    warnings = captureWarnings();
  });
  afterEach(() => {
    watch.stop();
    resetPwned();
  });

  CARDS.forEach((tag, index) => {
    const seed = (SEED + index) >>> 0;
    it(`<${tag}>: ${STEPS} random attribute values (seed 0x${seed.toString(16)}) leave content or a notice, and throw nothing`, async () => {
      const attributes = (customElements.get(tag) as unknown as { observedAttributes: string[] })
        .observedAttributes;
      expect(attributes, 'observed attributes').to.include.members(['theme', 'heading-level']);
      expect(attributes.length).to.be.greaterThan(3);

      const root = await fixture<HTMLElement>(html`<div style="width: 480px"></div>`);
      const el = root.appendChild(document.createElement(tag)) as HTMLElement & {
        updateComplete: Promise<boolean>;
      };
      await el.updateComplete;

      const random = mulberry32(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
      const history: string[] = [];
      const seen = new Map<string, number>();
      let warned = 0;
      for (let step = 1; step <= STEPS; step++) {
        const roll = random() * 100;
        if (roll < ODDS.reset) {
          history.push(`${step}: every attribute removed`);
          for (const name of attributes) el.removeAttribute(name);
        } else {
          const name = pick(attributes);
          const value =
            roll < ODDS.reset + ODDS.remove
              ? null
              : pick(roll < ODDS.reset + ODDS.remove + ODDS.valid ? VALID : HOSTILE);
          history.push(`${step}: ${name} ${show(value)}`);
          if (value === null) el.removeAttribute(name);
          else el.setAttribute(name, value);
        }
        // Settled: the update the change asked for, and any it asked for in turn.
        while (!(await el.updateComplete));

        const state = shows(el);
        seen.set(state, (seen.get(state) ?? 0) + 1);
        const where = `seed 0x${seed.toString(16)}, after ${history.slice(-3).join('; ')}`;
        expect(['content', 'notice'], `<${tag}> shows ${state}; ${where}`).to.include(state);
        expect(watch.uncaught, `uncaught errors; ${where}`).to.deep.equal([]);
        expect(watch.consoleErrors, `console errors; ${where}`).to.deep.equal([]);
        // A problem is warned once, by the card, as it first shows its notice.
        const said = warnings.take();
        warned += said.length;
        expect(said.length, `warnings ${JSON.stringify(said)}; ${where}`).to.be.at.most(1);
        if (said.length) {
          expect(said[0]!.startsWith(`<${tag}>: `), `${said[0]}; ${where}`).to.equal(true);
          expect(state, `warned, showing ${state}; ${where}`).to.equal('notice');
        }
      }
      // Not a run stuck on one side: both a working and a refused state were reached.
      expect(seen.get('content'), 'steps that showed content').to.be.greaterThan(0);
      expect(seen.get('notice'), 'steps that showed a notice').to.be.greaterThan(0);
      expect(warned, 'steps that warned').to.be.greaterThan(0);
      expect(pwned(), 'a payload ran').to.equal(false);
    });
  });
});
