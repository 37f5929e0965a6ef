/**
 * Render time and memory of the Lit cards against hand-written vanilla custom elements that
 * produce the same shadow DOM, each measured in a fresh page of the same headless Chromium.
 */
import type { Browser, Page } from 'playwright-core';

/** One card to create: its tag, the key of its template, its attributes. */
export interface CardSpec {
  tag: string;
  key: string;
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

/** What is benchmarked: a tag, and how to make its i-th instance. */
export interface Workload {
  name: string;
  counts: number[];
  spec: (i: number) => CardSpec;
}

/** Median render time of one workload at one N. */
export interface RenderRow {
  card: string;
  n: number;
  litMs: number;
  vanillaMs: number;
  ratio: number;
}

/** Per-instance memory of one implementation. */
export interface MemoryPerInstance {
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

/** Opens blank.html in a fresh context with one implementation defined and nothing rendered. */
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

/**
 * Times every workload at every N, `repeats` times each, in a fresh page per measurement; Lit
 * and vanilla take turns going first so that drift on the machine hits both alike.
 */
export async function measureRender(
  browser: Browser,
  pageUrl: string,
  templates: Record<string, Template>,
  workloads: Workload[],
  repeats: number,
): Promise<RenderRow[]> {
  const rows: RenderRow[] = [];
  for (const workload of workloads) {
    for (const n of workload.counts) {
      const times: Record<Impl, number[]> = { lit: [], vanilla: [] };
      for (let r = 0; r < repeats; r++) {
        const order: Impl[] = r % 2 ? ['vanilla', 'lit'] : ['lit', 'vanilla'];
        for (const impl of order) {
          const page = await openPage(browser, pageUrl, impl, templates);
          times[impl].push(await page.evaluate((s) => window.bench.render(s), specs(workload, n)));
          await page.close();
        }
      }
      const litMs = median(times.lit);
      const vanillaMs = median(times.vanilla);
      rows.push({ card: workload.name, n, litMs, vanillaMs, ratio: litMs / vanillaMs });
    }
  }
  return rows;
}

/** JS heap used and DOM nodes of the page, after a full garbage collection. */
async function heapAndNodes(page: Page): Promise<MemoryPerInstance> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heapBytes: metric('JSHeapUsedSize'), nodes: metric('Nodes') };
}

/**
 * Heap and DOM nodes per instance at `n` cards of a workload: measured after rendering, minus
 * the same page before rendering (elements defined, no card), over n; median of `repeats`.
 */
export async function measureMemory(
  browser: Browser,
  pageUrl: string,
  templates: Record<string, Template>,
  workload: Workload,
  n: number,
  repeats: number,
): Promise<MemoryResult> {
  const per: Record<Impl, MemoryPerInstance[]> = { lit: [], vanilla: [] };
  for (let r = 0; r < repeats; r++) {
    for (const impl of ['lit', 'vanilla'] as const) {
      const page = await openPage(browser, pageUrl, impl, templates);
      const before = await heapAndNodes(page);
      await page.evaluate((s) => window.bench.render(s), specs(workload, n));
      const after = await heapAndNodes(page);
      per[impl].push({
        heapBytes: (after.heapBytes - before.heapBytes) / n,
        nodes: (after.nodes - before.nodes) / n,
      });
      await page.close();
    }
  }
  const pick = (impl: Impl): MemoryPerInstance => ({
    heapBytes: median(per[impl].map((m) => m.heapBytes)),
    nodes: median(per[impl].map((m) => m.nodes)),
  });
  const lit = pick('lit');
  const vanilla = pick('vanilla');
  return {
    card: workload.name,
    n,
    lit,
    vanilla,
    ratio: { heapBytes: lit.heapBytes / vanilla.heapBytes, nodes: lit.nodes / vanilla.nodes },
  };
}
