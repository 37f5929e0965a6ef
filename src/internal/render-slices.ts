/**
 * Shares the main thread between cards. A page's cards upgrade together when the library's
 * module defines them, and Lit renders each in a microtask of that one task: 100 cards made a
 * task of several hundred milliseconds on a throttled phone, during which the page could not
 * answer a tap or scroll. Here a card renders at once while the current task has spent less
 * than `SLICE_MS` rendering cards; past that it waits for a later task, so the browser can paint,
 * scroll and handle input between slices. A card that updates on its own (a reader opening a
 * section) starts a fresh slice and renders at once.
 *
 * @module
 */

/**
 * How long one task may spend rendering cards, in milliseconds of wall time: under the Long
 * Tasks API's 50 ms with room for the card that finishes past it, even on a CPU four times
 * slower. Shorter slices cost throughput: the browser renders a frame between slices, and a
 * frame's style and layout grow with the page (1,000 visit-cards took 1.8 times as long as
 * unsliced at 30 ms, and 3.4 times at 10 ms, in `npm run bench`).
 */
const SLICE_MS = 30;

/**
 * How long cards have rendered in the current slice; `undefined` until a card renders in the
 * current task. Only rendering counts, not the time between tasks: a task that comes before the
 * slice's end-of-task message (a timer, an event) finds the slice as the cards left it.
 */
let spent: number | undefined;
/** Whether no card has asked to render yet. */
let first = true;
/** Cards waiting for a later slice, in the order they asked. */
let waiting: (() => void)[] = [];
/** The port that posts "a new task has begun" to `newSlice`. */
let port: MessagePort | undefined;

/** Starts a slice: the cards that waited render in it, up to its budget; the rest wait again. */
function newSlice(): void {
  spent = undefined;
  const ready = waiting;
  waiting = [];
  for (const resume of ready) resume();
}

/**
 * Marks the end of the current task: a message is handled in a task of its own, after the
 * browser has had the chance to render, unlike a microtask; and unlike `setTimeout` it is not
 * clamped to 4 ms when nested.
 */
function endOfTask(): void {
  if (!port) {
    const channel = new MessageChannel();
    channel.port1.onmessage = newSlice;
    port = channel.port2;
  }
  port.postMessage(undefined);
}

/**
 * When a card may render: `undefined` for now, or a promise that resolves in a later task,
 * when the card should ask again.
 */
export function renderTurn(): Promise<void> | undefined {
  if (spent === undefined) {
    // The first card to render waits for a task of its own: the one it asked in has already
    // parsed and run the library's module and upgraded the page's cards (for one card of each
    // kind, a task of 75 ms at a 4x throttle before any rendered).
    spent = first ? SLICE_MS : 0;
    first = false;
    endOfTask();
  }
  if (spent < SLICE_MS) return undefined;
  return new Promise((resolve) => waiting.push(resolve));
}

/** Counts `ms` of rendering against the current slice. */
export function rendered(ms: number): void {
  spent = (spent ?? 0) + ms;
}
