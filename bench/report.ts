/**
 * The stdout tables of a run.
 */
import type { BytesResult, Sizes } from './bytes.js';
import type { LayoutShiftResult } from './layout-shift.js';
import type { MemoryResult, RenderRow } from './render.js';

/** Everything one run measures, as written to results.json. */
export interface Results {
  date: string;
  browser: string;
  node: string;
  cpus: number;
  repeats: number;
  bytes: BytesResult;
  render: RenderRow[];
  memory: MemoryResult;
  layoutShift: LayoutShiftResult;
}

/** Left-aligned first column, right-aligned numbers, two spaces between. */
function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [head, ...rows]
    .map((row) => row.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '))
    .join('\n');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const ms = (value: number) => value.toFixed(2);

/** The whole report, one table per measure. */
export function format(results: Results): string {
  const { bytes, render, memory, layoutShift } = results;
  const sizeRow = (name: string, s: Sizes) => [name, kb(s.min), kb(s.gzip), kb(s.brotli)];
  const memoryRow = (name: string, m: { heapBytes: number; nodes: number }) => [
    name,
    `${(m.heapBytes / 1024).toFixed(2)} KB`,
    m.nodes.toFixed(1),
  ];
  return [
    `visit-cards bench: ${results.browser}, Node ${results.node}, ${results.cpus} CPUs, median of ${results.repeats}`,
    '',
    'Bytes',
    table(
      ['', 'min', 'gzip', 'brotli'],
      [
        sizeRow('CDN module (dist/cdn/visit-cards.js)', bytes.cdn),
        sizeRow('Lit + @lit/context alone', bytes.lit),
        sizeRow('dataset alone', bytes.dataset),
        sizeRow('floor (Lit + dataset)', bytes.floor),
        ['CDN / floor', times(bytes.ratio.min), times(bytes.ratio.gzip), times(bytes.ratio.brotli)],
      ],
    ),
    '',
    'Render time (append N, until all rendered and laid out)',
    table(
      ['card', 'N', 'Lit ms', 'vanilla ms', 'Lit / vanilla'],
      render.map((r) => [r.card, String(r.n), ms(r.litMs), ms(r.vanillaMs), times(r.ratio)]),
    ),
    '',
    `Memory per instance (${memory.card}, N = ${memory.n}, after GC, minus the page before)`,
    table(
      ['', 'JS heap', 'DOM nodes'],
      [
        memoryRow('Lit', memory.lit),
        memoryRow('vanilla', memory.vanilla),
        ['Lit / vanilla', times(memory.ratio.heapBytes), times(memory.ratio.nodes)],
      ],
    ),
    '',
    `Layout shift, script loaded after first paint (${layoutShift.viewport.width}×${layoutShift.viewport.height})`,
    table(
      ['', 'summed score'],
      [
        ['without reservation', layoutShift.without.toFixed(4)],
        ['with :not(:defined) min-height', layoutShift.withReservation.toFixed(4)],
      ],
    ),
  ].join('\n');
}
