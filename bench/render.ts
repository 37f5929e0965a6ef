/**
 * Render time and memory of the Lit cards against hand-written vanilla custom elements that
 * produce the same shadow DOM, each measured in a fresh page of the same headless Chromium.
 * Time is read two ways: the main thread's CPU time over the span (CDP `ThreadTime`), which a
 * busy shared machine disturbs little, and wall time until the next frame, which it disturbs a
 * lot. Rounds are interleaved (every workload and N once per round, Lit and vanilla taking turns
 * going first) and each round gives a Lit / vanilla ratio: the tables show medians.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { growth, traceMemory } from './memory.js';

/** One card to create: its tag and its attributes. */
export interface CardSpec {
  tag: string;
  attrs: Record<string, string>;
}

/** A captured card: its shadow DOM HTML, its adopted style sheets' text, its host attributes. */
export interface Template {
  html: string;
  css: string[];
  host: Record<string, string>;
}

/** The two implementations compared. */
export type Impl = 'lit' | 'vanilla';

/** What is benchmarked: a name, the counts, and how to make its i-th instance. */
export interface Workload {
  name: string;
  counts: number[];
  spec: (i: number) => CardSpec;
}

/** How many rounds to run: `rounds` for every N, `bigRounds` for N ≥ `big`. */
export interface Rounds {
  rounds: number;
  bigRounds: number;
  big: number;
}

/** Main-thread CPU and wall time of one render, in milliseconds. */
export interface Timing {
  cpuMs: number;
  wallMs: number;
}

/** One workload at one N: medians of each side, and the median of the per-round ratios. */
export interface RenderRow {
  card: string;
  n: number;
  rounds: number;
  lit: Timing;
  vanilla: Timing;
  ratio: { cpu: number; wall: number };
}

/** Per-instance memory of one implementation. */
export interface MemoryPerInstance {
  /** The renderer's memory (V8, Blink's heap, PartitionAlloc, malloc): see memory.ts. */
  rendererBytes: number;
  /** The V8 heap alone (`JSHeapUsedSize`): the JavaScript state a card keeps. */
  heapBytes: number;
  nodes: number;
}

/** Per-instance memory of both, and Lit over vanilla. */
export interface MemoryResult {
  card: string;
  n: number;
  lit: MemoryPerInstance;
  vanilla: MemoryPerInstance;
  ratio: MemoryPerInstance;
}

/** Middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The specs of cards 0..n-1 of a workload. */
const specs = (workload: Workload, n: number): CardSpec[] =>
  Array.from({ length: n }, (_, i) => workload.spec(i));

/** Opens blank.html in a fresh page with one implementation defined and nothing rendered. */
async function openPage(
  browser: Browser,
  pageUrl: string,
  impl: Impl,
  templates: Record<string, Template>,
): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(pageUrl);
  if (impl === 'lit') await page.evaluate(() => window.bench.loadLit());
  else await page.evaluate((t) => window.bench.defineVanilla(t), templates);
  return page;
}

/** Renders one Lit card of every spec and returns their shadow DOM, for the vanilla elements. */
export async function captureTemplates(
  browser: Browser,
  pageUrl: string,
  cards: CardSpec[],
): Promise<Record<string, Template>> {
  const page = await browser.newPage();
  await page.goto(pageUrl);
  const templates = await page.evaluate((s) => window.bench.capture(s), cards);
  await page.close();
  return templates;
}

/** The page's performance metrics by name (JS heap, DOM nodes, main-thread CPU seconds). */
async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** One render of `cards` in a fresh page: its timing, and its memory per card when asked. */
async function renderOnce(
  browser: Browser,
  pageUrl: string,
  impl: Impl,
  templates: Record<string, Template>,
  cards: CardSpec[],
  withMemory: boolean,
): Promise<{ timing: Timing; memory?: MemoryPerInstance }> {
  const page = await openPage(browser, pageUrl, impl, templates);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const trace = withMemory ? await traceMemory(cdp) : undefined;
  // Every render starts from a collected heap, so a collection left over from loading the
  // page does not land inside one side's span (a memory dump collects first).
  if (trace) await trace.dump();
  else await cdp.send('HeapProfiler.collectGarbage');
  const before = await metrics(cdp);
  const { frame } = await page.evaluate((s) => window.bench.render(s), cards);
  const during = await metrics(cdp);
  const timing = { cpuMs: (during.ThreadTime! - before.ThreadTime!) * 1000, wallMs: frame };
  let memory: MemoryPerInstance | undefined;
  if (trace) {
    await trace.dump();
    const after = await metrics(cdp);
    const [start, end] = await trace.end();
    memory = {
      rendererBytes: growth(start!, end!) / cards.length,
      heapBytes: (after.JSHeapUsedSize! - before.JSHeapUsedSize!) / cards.length,
      nodes: (after.Nodes! - before.Nodes!) / cards.length,
    };
  }
  await cdp.detach();
  await page.close();
  return { timing, memory };
}

/** Everything the render rounds measure. */
export interface RenderResults {
  render: RenderRow[];
  memory: MemoryResult[];
}

/**
 * Times every workload at every N in interleaved rounds, a fresh page per render; at
 * `memoryN` the same renders also give heap and DOM nodes per instance (after a full
 * collection, minus the page before the cards).
 */
export async function measureRender(
  browser: Browser,
  pageUrl: string,
  templates: Record<string, Template>,
  workloads: Workload[],
  { rounds, bigRounds, big }: Rounds,
  memoryN: number,
): Promise<RenderResults> {
  const cells = workloads.flatMap((workload) => workload.counts.map((n) => ({ workload, n })));
  const timings = cells.map(() => ({ lit: [] as Timing[], vanilla: [] as Timing[] }));
  const memories = cells.map(() => ({
    lit: [] as MemoryPerInstance[],
    vanilla: [] as MemoryPerInstance[],
  }));
  const total = Math.max(rounds, bigRounds);
  for (let r = 0; r < total; r++) {
    const started = Date.now();
    const order: Impl[] = r % 2 ? ['vanilla', 'lit'] : ['lit', 'vanilla'];
    for (const [c, { workload, n }] of cells.entries()) {
      if (r >= (n >= big ? bigRounds : rounds)) continue;
      for (const impl of order) {
        const once = await renderOnce(
          browser,
          pageUrl,
          impl,
          templates,
          specs(workload, n),
          n === memoryN,
        );
        timings[c]![impl].push(once.timing);
        if (once.memory) memories[c]![impl].push(once.memory);
      }
    }
    // A run takes minutes: say where it is.
    console.error(
      `render round ${r + 1}/${total}: ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  const render = cells.map(({ workload, n }, c): RenderRow => {
    const { lit, vanilla } = timings[c]!;
    const mid = (list: Timing[]): Timing => ({
      cpuMs: median(list.map((t) => t.cpuMs)),
      wallMs: median(list.map((t) => t.wallMs)),
    });
    const paired = (key: keyof Timing) => median(lit.map((t, i) => t[key] / vanilla[i]![key]));
    return {
      card: workload.name,
      n,
      rounds: lit.length,
      lit: mid(lit),
      vanilla: mid(vanilla),
      ratio: { cpu: paired('cpuMs'), wall: paired('wallMs') },
    };
  });
  const memory = cells.flatMap(({ workload, n }, c): MemoryResult[] => {
    const per = memories[c]!;
    if (!per.lit.length) return [];
    const pick = (impl: Impl): MemoryPerInstance => ({
      rendererBytes: median(per[impl].map((m) => m.rendererBytes)),
      heapBytes: median(per[impl].map((m) => m.heapBytes)),
      nodes: median(per[impl].map((m) => m.nodes)),
    });
    const lit = pick('lit');
    const vanilla = pick('vanilla');
    return [
      {
        card: workload.name,
        n,
        lit,
        vanilla,
        ratio: {
          rendererBytes: lit.rendererBytes / vanilla.rendererBytes,
          heapBytes: lit.heapBytes / vanilla.heapBytes,
          nodes: lit.nodes / vanilla.nodes,
        },
      },
    ];
  });
  return { render, memory };
}
