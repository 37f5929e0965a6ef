/**
 * The README's bench tables, written from a run's results (bench/results.json) so that they say
 * what was measured: the per-module bytes against their floors, between `<!-- bench-bytes -->`
 * and `<!-- /bench-bytes -->`, and the speed tables between `<!-- bench-speed -->` and
 * `<!-- /bench-speed -->`. The size table above them belongs to `npm run size -- --readme`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fmt, longestParts, machineLine, type Results } from './report.js';

/** A Markdown table that Prettier leaves as it is: numbers right-aligned. */
function markdownTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = widths.map((w, i) => (i ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)));
  return [line(head), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The bytes block: each CDN module, its floor and the ratio, gzip and brotli. */
function bytesBlock(results: Results): string {
  const { modules } = results.bytes;
  return [
    `Against their floors (Lit and @lit/context bundled alone, plus the data the module carries), measured by \`npm run bench\` on ${results.date.slice(0, 10)}:`,
    '',
    markdownTable(
      ['CDN module', 'gzip', 'floor gzip', 'gzip / floor', 'brotli', 'brotli / floor'],
      modules.map((m) => [
        `\`${m.module}\``,
        fmt.kb(m.sizes.gzip),
        fmt.kb(m.floor.gzip),
        fmt.times(m.ratio.gzip),
        fmt.kb(m.sizes.brotli),
        fmt.times(m.ratio.brotli),
      ]),
    ),
  ].join('\n');
}

/** The speed block: render time and memory against the vanilla twins, and the main thread. */
function speedBlock(results: Results): string {
  const { render, memory, mainThread } = results;
  return [
    `Measured by \`npm run bench\`: ${machineLine(results)}.`,
    '',
    markdownTable(
      ['card', 'N', 'Lit CPU ms', 'CPU Lit / vanilla', 'Lit wall ms', 'wall Lit / vanilla'],
      render.map((r) => [
        r.card,
        String(r.n),
        fmt.ms(r.lit.cpuMs),
        fmt.times(r.ratio.cpu),
        fmt.ms(r.lit.wallMs),
        fmt.times(r.ratio.wall),
      ]),
    ),
    '',
    "Memory per instance at N = 1000, after a full collection: the renderer's (V8, Blink's heap with the DOM, layout and styles, PartitionAlloc, malloc), and of it the JavaScript heap, where the twin keeps next to nothing:",
    '',
    markdownTable(
      ['card', 'Lit', 'vanilla', 'Lit / vanilla', 'Lit JS heap', 'vanilla JS heap'],
      memory.map((m) => [
        m.card,
        fmt.heap(m.lit.rendererBytes),
        fmt.heap(m.vanilla.rendererBytes),
        fmt.times(m.ratio.rendererBytes),
        fmt.heap(m.lit.heapBytes),
        fmt.heap(m.vanilla.heapBytes),
      ]),
    ),
    '',
    `Loading a page whose cards are in its markup, at a ${mainThread.throttle}x CPU throttle. Only the tasks the library causes count: from the task that runs the module (on the control page, from the end of its parse) to the end, not the navigation's and the page's own before it. The module task defines the elements and upgrades the cards, which render from the next task on; the longest task's milliseconds are split into script, style and layout, paint and the rest:`,
    '',
    markdownTable(
      [
        'page',
        'longest task ms',
        'script',
        'style + layout',
        'paint',
        'other',
        'module task ms',
        'tasks over 50 ms',
      ],
      mainThread.rows.map((r) => [
        r.module ? `${r.name} (\`${r.module.split('/').pop()!}\`)` : r.name,
        fmt.ms(r.longestTaskMs),
        ...longestParts(r),
        fmt.ms(r.moduleTaskMs),
        String(r.tasksOver50),
      ]),
    ),
  ].join('\n');
}

/** `text` with the block `name` replaced by `body`; throws if the README has no such block. */
function replaceBlock(text: string, name: string, body: string): string {
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
  return `${text.slice(0, from + start.length)}\n\n${body}\n\n${text.slice(to)}`;
}

/** Writes the bench blocks of README.md from `results`; returns whether anything changed. */
export async function writeReadme(path: string, results: Results): Promise<boolean> {
  const text = await readFile(path, 'utf8');
  const next = replaceBlock(
    replaceBlock(text, 'bench-bytes', bytesBlock(results)),
    'bench-speed',
    speedBlock(results),
  );
  if (next !== text) await writeFile(path, next);
  return next !== text;
}
