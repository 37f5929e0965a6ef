/**
 * The results of a run, and their stdout tables.
 */
import type { BytesResult, Sizes } from './bytes.js';
import type { LayoutShiftResult } from './layout-shift.js';
import type { MainThreadRow } from './main-thread.js';
import type { MemoryResult, RenderRow, Rounds } from './render.js';

/** The machine a run measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  browser: string;
  node: string;
}

/** Everything one run measures, as written to results.json. */
export interface Results {
  date: string;
  machine: Machine;
  rounds: Rounds;
  bytes: BytesResult;
  render: RenderRow[];
  memory: MemoryResult[];
  mainThread: { throttle: number; rows: MainThreadRow[] };
  layoutShift: LayoutShiftResult;
}

/** Left-aligned first column, right-aligned numbers, two spaces between. */
function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [head, ...rows]
    .map((row) => row.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '))
    .join('\n');
}

/** Number formats shared with the README tables. */
export const fmt = {
  kb: (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`,
  times: (ratio: number) => `${ratio.toFixed(2)}×`,
  ms: (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-'),
  // A twin's heap growth is noise around zero, a few bytes either way: shown as 0.
  heap: (bytes: number) => `${(Math.max(bytes, 0) / 1024).toFixed(1)} KB`,
};

/**
 * The longest counted task's script, style and layout, paint and other milliseconds; '-' for
 * results recorded before the split was measured.
 */
export function longestParts({ longest }: MainThreadRow): string[] {
  return [longest?.scriptMs, longest?.styleLayoutMs, longest?.paintMs, longest?.otherMs].map(
    (value) => fmt.ms(value ?? NaN),
  );
}

/** One line naming the machine and the run. */
export function machineLine({ date, machine, rounds }: Results): string {
  return `${date.slice(0, 10)}, ${machine.cpu} (${machine.cores} cores), ${machine.browser}, Node ${machine.node}; median of ${rounds.rounds} interleaved rounds (${rounds.bigRounds} at N = ${rounds.big})`;
}

/** The whole report, one table per measure. */
export function format(results: Results): string {
  const { bytes, render, memory, mainThread, layoutShift } = results;
  const sizes = (s: Sizes) => [fmt.kb(s.min), fmt.kb(s.gzip), fmt.kb(s.brotli)];
  const ratios = (s: Sizes) => [fmt.times(s.min), fmt.times(s.gzip), fmt.times(s.brotli)];
  return [
    `visit-cards bench: ${machineLine(results)}`,
    '',
    'Bytes: each CDN module against its floor (Lit + @lit/context + the data it carries)',
    table(
      ['', 'min', 'gzip', 'brotli'],
      [
        ['Lit + @lit/context alone', ...sizes(bytes.lit)],
        ['dataset alone', ...sizes(bytes.dataset)],
        ...bytes.modules.flatMap((m) => [
          [`cdn/${m.module}`, ...sizes(m.sizes)],
          [`  floor (Lit + ${m.data === 'none' ? 'no data' : m.data})`, ...sizes(m.floor)],
          ['  module / floor', ...ratios(m.ratio)],
        ]),
      ],
    ),
    '',
    'Render (append N, until all rendered, laid out and the next frame): main-thread CPU and wall',
    table(
      [
        'card',
        'N',
        'Lit CPU',
        'vanilla CPU',
        'CPU ratio',
        'Lit wall',
        'vanilla wall',
        'wall ratio',
      ],
      render.map((r) => [
        r.card,
        String(r.n),
        fmt.ms(r.lit.cpuMs),
        fmt.ms(r.vanilla.cpuMs),
        fmt.times(r.ratio.cpu),
        fmt.ms(r.lit.wallMs),
        fmt.ms(r.vanilla.wallMs),
        fmt.times(r.ratio.wall),
      ]),
    ),
    '',
    'Memory per instance (N = 1000, after GC, minus the page before): renderer = V8 + Blink heap + PartitionAlloc + malloc',
    table(
      [
        'card',
        'Lit renderer',
        'vanilla renderer',
        'ratio',
        'Lit JS heap',
        'vanilla JS heap',
        'Lit nodes',
        'vanilla nodes',
      ],
      memory.map((m) => [
        m.card,
        fmt.heap(m.lit.rendererBytes),
        fmt.heap(m.vanilla.rendererBytes),
        fmt.times(m.ratio.rendererBytes),
        fmt.heap(m.lit.heapBytes),
        fmt.heap(m.vanilla.heapBytes),
        m.lit.nodes.toFixed(1),
        m.vanilla.nodes.toFixed(1),
      ]),
    ),
    '',
    `Main thread at ${mainThread.throttle}x CPU throttle, page load, from the module's task on (ms; the longest task split into script, style+layout, paint, other)`,
    table(
      [
        'page',
        'module',
        'longest task',
        'script',
        'style+layout',
        'paint',
        'other',
        'module task',
        'of it evaluation',
        'tasks > 50 ms',
      ],
      mainThread.rows.map((r) => [
        r.name,
        r.module || '-',
        fmt.ms(r.longestTaskMs),
        ...longestParts(r),
        fmt.ms(r.moduleTaskMs),
        fmt.ms(r.evaluateMs),
        String(r.tasksOver50),
      ]),
    ),
    '',
    `Layout shift, script loaded after first paint (${layoutShift.viewport.width}×${layoutShift.viewport.height})`,
    table(
      ['', 'summed score'],
      [
        ['without reservation', layoutShift.without.toFixed(4)],
        ['with dist/cdn/visit-cards.css', layoutShift.withReservation.toFixed(4)],
      ],
    ),
  ].join('\n');
}
