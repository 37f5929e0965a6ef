/**
 * Main thread under a 4x CPU throttle: a page whose cards are in its markup loads a CDN module,
 * traced from navigation until every card has rendered and a frame has followed.
 *
 * Only the tasks the library causes are counted: from the task that runs the module script (the
 * one holding its `v8.evaluateModule`; on the control page, which loads no module, from the end
 * of the page's HTML parse) to the end of the trace, which takes in the frames that lay out and
 * paint the cards. The tasks before belong to the harness page, not to the library: committing
 * the navigation (creating the window's V8 context, detaching about:blank, 70–110 ms by itself
 * at this throttle), parsing the page, its inline script and its first frame.
 *
 * Reports, of the counted tasks, the longest and how many passed 50 ms (the Long Tasks API's
 * threshold, and issue 13's target), where the longest one's time went, and the task that
 * evaluated the module (the elements are defined there and the cards already in the page
 * upgrade; they render from the next task on, a slice at a time). A page with no module and no
 * card is the control: what the throttled page costs by itself after its parse.
 */
import type { Browser } from 'playwright-core';
import type { CardSpec } from './render.js';
import { median } from './render.js';

/** One page to load: what it is called, the module it loads and its cards. */
export interface MainThreadScenario {
  name: string;
  module: string;
  cards: CardSpec[];
}

/** Where a task's time went, in milliseconds; the four add up to the task. */
export interface TaskBreakdown {
  /** Running JavaScript: module evaluation, function calls, microtasks, timers, frame callbacks. */
  scriptMs: number;
  /** Recalculating style and laying out, forced by script or in a frame. */
  styleLayoutMs: number;
  /** Pre-paint, paint, layerizing and committing to the compositor. */
  paintMs: number;
  /** The rest: the task's own and untraced work, the page's parse, GC outside script. */
  otherMs: number;
}

/** The figures of one scenario: medians over the loads, of the tasks the library causes. */
export interface MainThreadRow {
  name: string;
  module: string;
  cards: number;
  /** The longest counted task: from the module's task (control: the parse's end) on. */
  longestTaskMs: number;
  /**
   * Where the longest counted task's time went, in the load whose longest task is the median:
   * with an odd number of loads the parts add up to `longestTaskMs`. Absent from results
   * recorded before it was measured.
   */
  longest?: TaskBreakdown;
  /** The task that evaluated the module and upgraded the cards (NaN without a module). */
  moduleTaskMs: number;
  /** Of that task, evaluating the module itself: defining the elements. */
  evaluateMs: number;
  /** Counted tasks over 50 ms. */
  tasksOver50: number;
}

/** The throttle, as in Lighthouse's mobile profile. */
export const THROTTLE = 4;
const LONG_TASK_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { beginData?: { url?: string } };
}

/** A complete ('X') event: one with a duration. */
type Span = TraceEvent & { dur: number };

type Part = keyof TaskBreakdown;

// What a trace event's own time is spent on; an event not named here spends it as the event
// around it does, so a GC or a template parse inside script counts as script.
const PART: Record<string, Part> = {
  ...Object.fromEntries(
    [
      'v8.evaluateModule',
      'v8.compileModule',
      'EvaluateScript',
      'v8.compile',
      'v8.run',
      'FunctionCall',
      'v8.callFunction',
      'v8.callAsConstructor',
      'v8.newInstance',
      'V8.Execute',
      'RunMicrotasks',
      'TimerFire',
      'FireAnimationFrame',
      'FireIdleCallback',
      'EventDispatch',
    ].map((name) => [name, 'scriptMs' as const]),
  ),
  ...Object.fromEntries(
    ['UpdateLayoutTree', 'RecalculateStyles', 'Layout', 'LocalFrameView::UpdateStyleAndLayout'].map(
      (name) => [name, 'styleLayoutMs' as const],
    ),
  ),
  ...Object.fromEntries(
    [
      'PrePaint',
      'Paint',
      'RunPaintLifecyclePhase',
      'Layerize',
      'UpdateLayer',
      'UpdateLayerTree',
      'CompositeLayers',
      'Commit',
    ].map((name) => [name, 'paintMs' as const]),
  ),
};

/**
 * Where `task`'s time went. Events on one thread nest, so each instant of the task belongs to the
 * innermost event around it: its self time (its duration less its children's) goes to that
 * event's part, and nothing is counted twice. A layout that script forces counts as layout.
 */
function breakdown(task: Span, thread: Span[]): TaskBreakdown {
  const end = task.ts + task.dur;
  const inside = thread
    .filter((e) => e !== task && e.ts >= task.ts && e.ts < end)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const parts: TaskBreakdown = { scriptMs: 0, styleLayoutMs: 0, paintMs: 0, otherMs: 0 };
  // The open events, outermost first, each with its part and the time its children took.
  const open = [{ end, part: 'otherMs' as Part, self: task.dur }];
  const close = (until: number) => {
    while (open.length > 1 && open.at(-1)!.end <= until) {
      const { part, self } = open.pop()!;
      parts[part] += self;
    }
  };
  for (const e of inside) {
    close(e.ts);
    const parent = open.at(-1)!;
    // A child that overruns its parent by a clock tick is cut at the parent's end.
    const dur = Math.min(e.dur, parent.end - e.ts);
    parent.self -= dur;
    open.push({ end: e.ts + dur, part: PART[e.name] ?? parent.part, self: dur });
  }
  close(Infinity);
  parts.otherMs += open[0]!.self;
  for (const part of Object.keys(parts) as Part[]) parts[part] = Math.max(parts[part], 0) / 1000;
  return parts;
}

/** What one load's trace says about the page's main thread, in milliseconds. */
interface Load {
  /** The counted tasks: the module's task (control: the first after the parse) and after. */
  tasks: number[];
  longest: TaskBreakdown;
  moduleTask: number;
  evaluate: number;
}

/** The main thread's counted tasks, where the longest went, the module task and its evaluation. */
function readTrace(trace: Buffer): Load {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  // The page's main thread is the one that parsed the page (about:blank has its own); the
  // templates the elements parse say about:blank, not the page.
  const isPageParse = (e: TraceEvent) =>
    e.name === 'ParseHTML' &&
    e.ph === 'X' &&
    !!e.args?.beginData?.url?.includes('/main-thread.html');
  const parse = traceEvents.find(isPageParse);
  if (!parse) throw new Error('bench: the trace shows no thread parsing main-thread.html');
  const thread = traceEvents.filter(
    (e): e is Span =>
      e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined,
  );
  const tasks = thread.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const evaluation = thread.find((e) => e.name === 'v8.evaluateModule');
  const moduleTask = evaluation
    ? tasks.find((t) => t.ts <= evaluation.ts && evaluation.ts < t.ts + t.dur)
    : undefined;
  // The page parses in chunks, a task each; the control page counts from the last chunk's end.
  const parsed = Math.max(...thread.filter(isPageParse).map((e) => e.ts + e.dur));
  const from = moduleTask?.ts ?? parsed;
  const counted = tasks.filter((t) => t.ts >= from);
  if (!counted.length) throw new Error('bench: the trace ends before the library ran');
  const longest = counted.reduce((a, b) => (b.dur > a.dur ? b : a));
  const ms = (us: number | undefined) => (us ?? NaN) / 1000;
  return {
    tasks: counted.map((t) => ms(t.dur)),
    longest: breakdown(longest, thread),
    moduleTask: ms(moduleTask?.dur),
    evaluate: ms(evaluation?.dur),
  };
}

/** Loads one scenario once under the throttle and reads its trace. */
async function loadOnce(
  browser: Browser,
  baseUrl: string,
  scenario: MainThreadScenario,
): Promise<Load> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const query = new URLSearchParams({
    module: scenario.module,
    cards: JSON.stringify(scenario.cards),
  });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute'],
  });
  await page.goto(`${baseUrl}/bench/page/main-thread.html?${query}`);
  await page.evaluate(
    async (tags) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      const cards = [...document.querySelectorAll(tags.join(',') || 'none')] as unknown as {
        updateComplete: Promise<unknown>;
      }[];
      await Promise.all(cards.map((card) => card.updateComplete));
      await new Promise(requestAnimationFrame);
      await new Promise((done) => setTimeout(done, 50));
    },
    [...new Set(scenario.cards.map((card) => card.tag))],
  );
  const trace = await browser.stopTracing();
  await cdp.detach();
  await page.close();
  return readTrace(trace);
}

/**
 * The load whose longest task is the median one (the lower of the middle two for an even count),
 * so that its split is of one real task rather than parts taken from different loads.
 */
function medianLoad(loads: Load[]): Load {
  const longest = (load: Load) => Math.max(...load.tasks);
  const sorted = [...loads].sort((a, b) => longest(a) - longest(b));
  return sorted[(sorted.length - 1) >> 1]!;
}

/** Loads every scenario `repeats` times, interleaved; medians. */
export async function measureMainThread(
  browser: Browser,
  baseUrl: string,
  scenarios: MainThreadScenario[],
  repeats: number,
): Promise<MainThreadRow[]> {
  const loads = scenarios.map(() => [] as Load[]);
  for (let r = 0; r < repeats; r++) {
    for (const [i, scenario] of scenarios.entries()) {
      loads[i]!.push(await loadOnce(browser, baseUrl, scenario));
    }
  }
  return scenarios.map((scenario, i) => ({
    name: scenario.name,
    module: scenario.module,
    cards: scenario.cards.length,
    longestTaskMs: median(loads[i]!.map((l) => Math.max(...l.tasks))),
    longest: medianLoad(loads[i]!).longest,
    moduleTaskMs: median(loads[i]!.map((l) => l.moduleTask)),
    evaluateMs: median(loads[i]!.map((l) => l.evaluate)),
    tasksOver50: median(loads[i]!.map((l) => l.tasks.filter((t) => t > LONG_TASK_MS).length)),
  }));
}
