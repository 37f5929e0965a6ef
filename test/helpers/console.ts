/**
 * The browser tests' console guard. Every test page installs it before its test file loads
 * (`testRunnerHtml` in web-test-runner.config.mjs), so that a green run prints the test report
 * and nothing else, and a test cannot pass while the page complains:
 *
 * - A `console.warn` or `console.error` a test did not capture fails that test, at the end of
 *   its body, naming each call (and still reaches the runner's browser log). One made after
 *   the body has ended (in an `afterEach` hook, or by a timer it left) or before the first
 *   test fails the next test, labelled with where it came from; one made after the last test
 *   fails the guard's `after` hook.
 * - A test that expects warnings, the cards' one warning per problem, captures them with
 *   {@link captureWarnings}: they stay out of the log, and the test must `take()` them, and so
 *   check them, before it ends; a warning captured and never taken fails it too.
 * - Lit stays in its development build for its extra checks: it throws for a class field that
 *   shadows a reactive property, and warns (so fails the test) for an update scheduled during
 *   an update and the like. Only its once-a-page "Lit is in dev mode" banner is marked as
 *   already shown, by its code, as Lit lets its users do (`litIssuedWarnings`).
 *
 * This module imports nothing: it is loaded before the test framework has set up its globals,
 * and `@open-wc/testing` must not be evaluated before then (it registers its fixture cleanup
 * as an `afterEach` only if `afterEach` exists when it loads).
 *
 * @module
 */

/** Warnings captured for the current test. */
export interface CapturedWarnings {
  /**
   * The warnings captured since the last call, one string per `console.warn` call (its
   * arguments joined by spaces), oldest first; they count as checked once taken.
   */
  take(): string[];
}

interface GuardState {
  /** Calls no capture took, each as `console.warn in "test": message`. */
  unexpected: string[];
  /** The current test's captures; the newest one takes each warning. */
  captures: string[][];
  /** Where a call made now is reported to come from. */
  where: string;
}

const KEY = Symbol.for('visit-cards.test.console-guard');
type Page = typeof globalThis & {
  [KEY]?: GuardState;
  litIssuedWarnings?: Set<string>;
  mocha?: Mocha;
};
const page = globalThis as Page;

/** One console argument as text: errors by their stack or message, objects as JSON. */
function describe(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  if (arg instanceof Error) return arg.stack ?? `${arg.name}: ${arg.message}`;
  try {
    return typeof arg === 'object' && arg !== null ? JSON.stringify(arg) : String(arg);
  } catch {
    return String(arg);
  }
}

/** The guard's state; throws when the page was not set up by the test runner's HTML. */
function guard(): GuardState {
  const state = page[KEY];
  if (!state) {
    throw new Error(
      'The console guard is not installed: run the browser tests with web-test-runner, whose testRunnerHtml installs it.',
    );
  }
  return state;
}

/** Everything that makes a test fail, and forgets it: calls no capture took, warnings not taken. */
function problems(state: GuardState): string[] {
  const found = [
    ...state.unexpected,
    ...state.captures.flat().map((message) => `captured but never taken: ${message}`),
  ];
  state.unexpected = [];
  for (const capture of state.captures) capture.length = 0;
  return found;
}

/** The error a test fails with, each call on a line of its own. */
function failure(found: string[]): Error {
  const title = 'Unexpected console output (capture expected warnings with captureWarnings()):';
  const error = new Error(`${title}\n${found.join('\n')}`);
  // V8 repeats the whole message atop the stack, and the report would print the calls twice.
  error.stack = error.stack?.replace(error.message, title);
  return error;
}

/**
 * Captures the `console.warn` calls of the current test from now until it ends (through its
 * `afterEach` hooks), instead of letting them reach the log. Call it in the test or in a
 * `beforeEach`; every warning captured must be taken, and should be checked, before the test
 * ends. `console.error` is never captured: no card reports through it.
 */
export function captureWarnings(): CapturedWarnings {
  const capture: string[] = [];
  guard().captures.push(capture);
  return {
    take: () => capture.splice(0),
  };
}

/**
 * Puts the guard on this page: wraps `console.warn` and `console.error`, and adds its hooks to
 * the root suite. Called once by the test runner's HTML, after the test framework has loaded
 * and before it imports the test file.
 */
export function installConsoleGuard(): void {
  if (page[KEY]) return;
  const root = page.mocha?.suite;
  if (!root) throw new Error('The console guard needs mocha: load the test framework first.');
  const state: GuardState = (page[KEY] = {
    unexpected: [],
    captures: [],
    where: 'before the first test',
  });

  // Lit's development build, kept for its checks; its banner marked as shown by its code.
  (page.litIssuedWarnings ??= new Set()).add('dev-mode');

  for (const level of ['warn', 'error'] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      const message = args.map(describe).join(' ');
      const capture = level === 'warn' ? state.captures.at(-1) : undefined;
      if (capture) {
        capture.push(message);
        return;
      }
      state.unexpected.push(`console.${level} ${state.where}: ${message}`);
      original.apply(console, args);
    };
  }

  const checked = new WeakSet<Mocha.Test>();
  root.beforeEach('console guard', function () {
    const test = this.currentTest;
    if (!test) return;
    const title = `"${test.fullTitle()}"`;
    state.where = `in ${title}`;
    const body = test.fn;
    if (!body || checked.has(test)) return;
    checked.add(test);
    const check = () => {
      const found = problems(state);
      state.where = `after ${title} ended`;
      if (found.length) throw failure(found);
    };
    // The check is the last step of the test itself: the test fails, not a hook, and the rest
    // of the file still runs. A test that takes `done` keeps taking it.
    test.fn =
      body.length > 0
        ? function (this: Mocha.Context, done: Mocha.Done) {
            return (body as Mocha.Func).call(this, (error?: unknown) => {
              if (error) return done(error);
              try {
                check();
                done();
              } catch (thrown) {
                done(thrown);
              }
            });
          }
        : async function (this: Mocha.Context) {
            await (body as Mocha.AsyncFunc).call(this);
            check();
          };
  });

  // The root suite's hooks run after the test's own afterEach hooks. What was said after the
  // body ended stays on the record, labelled so, and fails the next test (or the `after`
  // hook): failing this hook instead would skip the rest of the file.
  root.afterEach('console guard', function () {
    const test = this.currentTest;
    if (test?.state === 'failed') {
      // The test has said what went wrong; its console output is in the browser log.
      problems(state);
    } else {
      const untaken = state.captures.flat();
      state.unexpected.push(...untaken.map((message) => `captured but never taken: ${message}`));
    }
    state.captures = [];
    if (test) state.where = `after "${test.fullTitle()}" ended`;
  });

  root.afterAll('console guard', function () {
    const found = problems(state);
    if (found.length) throw failure(found);
  });
}
