/**
 * A renderer's memory as Chromium's own accounting (memory-infra) reports it: the V8 heap plus
 * Blink's garbage-collected heap (DOM nodes, layout objects, computed styles), PartitionAlloc
 * and malloc. `JSHeapUsedSize` alone misses everything the DOM costs, so it cannot compare a
 * Lit card with a twin that keeps no JavaScript state; this can.
 */
import type { CDPSession } from 'playwright-core';

/** The allocators summed: what a page's content can grow. */
const ALLOCATORS = ['v8', 'blink_gc', 'partition_alloc', 'malloc'];

interface DumpEvent {
  ph: string;
  pid: number;
  id: string;
  args?: { dumps?: { allocators?: Record<string, { attrs?: { size?: { value: string } } }> } };
}

/** A memory trace on a page's session: take dumps, then read what each process held. */
export interface MemoryTrace {
  /** Takes a dump after a full garbage collection (a deterministic dump collects first). */
  dump(): Promise<void>;
  /** Ends the trace; per dump, in order, the summed allocators' bytes of each process. */
  end(): Promise<Map<number, number>[]>;
}

/** Starts a memory-infra trace with no periodic dumps. */
export async function traceMemory(cdp: CDPSession): Promise<MemoryTrace> {
  const events: DumpEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as DumpEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['disabled-by-default-memory-infra'],
      // No periodic dumps: only the two this trace asks for. (The protocol's typings call the
      // config a string map, but Chromium reads it as the trace config's JSON.)
      memoryDumpConfig: { triggers: [] } as unknown as Record<string, string>,
    },
    transferMode: 'ReportEvents',
  });
  return {
    async dump() {
      // Chromium refuses a dump now and then (one still being taken): try again shortly.
      for (let attempt = 0; attempt < 5; attempt++) {
        const { success } = await cdp.send('Tracing.requestMemoryDump', {
          deterministic: true,
          levelOfDetail: 'light',
        });
        if (success) return;
        await new Promise((done) => setTimeout(done, 200));
      }
      throw new Error('bench: Chromium refused a memory dump five times');
    },
    async end() {
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.end');
      await complete;
      const byDump = new Map<string, Map<number, number>>();
      for (const event of events) {
        const allocators = event.ph === 'v' ? event.args?.dumps?.allocators : undefined;
        if (!allocators) continue;
        const total = ALLOCATORS.reduce(
          (sum, name) => sum + parseInt(allocators[name]?.attrs?.size?.value ?? '0', 16),
          0,
        );
        if (!byDump.has(event.id)) byDump.set(event.id, new Map());
        byDump.get(event.id)!.set(event.pid, total);
      }
      return [...byDump.values()];
    },
  };
}

/**
 * What the page's renderer grew by between two dumps: the process that grew most, as the
 * page's is the only one doing anything between them.
 */
export function growth(before: Map<number, number>, after: Map<number, number>): number {
  return Math.max(...[...after].map(([pid, bytes]) => bytes - (before.get(pid) ?? bytes)));
}
