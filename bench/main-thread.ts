/**
 * Main thread under a 4x CPU throttle: a page whose cards are in its markup loads a CDN module,
 * traced from navigation until every card has rendered and a frame has followed. Reports the
 * longest task on the page's main thread, the task that evaluated the module (the elements are
 * defined there, and the cards already in the page upgrade and render in its microtasks), and
 * how many tasks passed 50 ms, the Long Tasks API's threshold. A page with no module and no
 * card is the control: what the throttled page costs by itself.
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

/** The figures of one scenario: medians over the loads. */
export interface MainThreadRow {
  name: string;
  module: string;
  cards: number;
  longestTaskMs: number;
  /** The task that evaluated the module, rendering included (NaN without a module). */
  moduleTaskMs: number;
  /** Of that task, evaluating the module itself: defining the elements. */
  evaluateMs: number;
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

/** What one load's trace says about the page's main thread, in milliseconds. */
interface Load {
  tasks: number[];
  moduleTask: number;
  evaluate: number;
}

/** The page main thread's top-level tasks, the module's task and its evaluation. */
function readTrace(trace: Buffer): Load {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  // The page's main thread is the one that parsed the page (about:blank has its own).
  const parse = traceEvents.find(
    (e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.includes('/main-thread.html'),
  );
  if (!parse) throw new Error('bench: the trace shows no thread parsing main-thread.html');
  const thread = traceEvents.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
  const tasks = thread.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const evaluation = thread.find((e) => e.name === 'v8.evaluateModule');
  const moduleTask = evaluation
    ? tasks.find((t) => t.ts <= evaluation.ts && evaluation.ts < t.ts + t.dur!)
    : undefined;
  const ms = (us: number | undefined) => (us ?? NaN) / 1000;
  return {
    tasks: tasks.map((t) => ms(t.dur)),
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
    moduleTaskMs: median(loads[i]!.map((l) => l.moduleTask)),
    evaluateMs: median(loads[i]!.map((l) => l.evaluate)),
    tasksOver50: median(loads[i]!.map((l) => l.tasks.filter((t) => t > LONG_TASK_MS).length)),
  }));
}
