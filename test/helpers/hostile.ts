/**
 * Shared by the hostile-input suites (issue 7): the strings an attacker or a careless page may
 * hand the cards, a seeded random source so a fuzz run can be replayed, and a watch over the
 * page for what must never happen: an uncaught error, a rejected promise nobody handles, a
 * console error.
 *
 * @module
 */

/** Markup that runs script if it ever reaches the DOM as markup rather than as text. */
export const XSS_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
] as const;

/** Whether any payload ran: each one sets `window.__pwned`. */
export const pwned = (): boolean => '__pwned' in window;

/** Forgets an earlier `window.__pwned`, so a test sees only its own. */
export const resetPwned = (): void => {
  delete (window as { __pwned?: unknown }).__pwned;
};

/**
 * mulberry32: a small, fast PRNG with a 32-bit seed. The same seed gives the same sequence in
 * every browser, so a failing fuzz run is replayed by its seed.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a page watch saw. */
export interface PageWatch {
  /** Uncaught errors (window `error`) and unhandled rejections, as one line each. */
  readonly uncaught: string[];
  /** Everything passed to `console.error`, one line per call. */
  readonly consoleErrors: string[];
  /** Stops watching and puts `console.error` back. */
  stop(): void;
}

/**
 * Starts watching the page for uncaught errors, unhandled rejections and console errors.
 * Install it at the start of a test and `stop()` it in a `finally`.
 */
export function watchPage(): PageWatch {
  const uncaught: string[] = [];
  const consoleErrors: string[] = [];
  const onError = (event: ErrorEvent) => {
    uncaught.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as { message?: unknown } | undefined;
    uncaught.push(`unhandledrejection: ${String(reason?.message ?? reason)}`);
  };
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
    consoleError.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    uncaught,
    consoleErrors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = consoleError;
    },
  };
}

/**
 * Holds back the responses of `fetch` by `delayOf(url)` milliseconds (0: not at all), so a test
 * decides which of several loads lands last. `delayOf` is called as each request goes out, and
 * the request goes out at once; an aborted request still rejects as it would. Returns the
 * function that puts `fetch` back.
 */
export function delayFetch(delayOf: (url: string) => number): () => void {
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const ms = delayOf(input instanceof Request ? input.url : String(input));
    const response = await original.call(window, input, init);
    if (ms > 0) {
      await new Promise<void>((resolve, reject) => {
        if (init?.signal?.aborted) return reject(init.signal.reason);
        const timer = setTimeout(resolve, ms);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(init.signal!.reason);
        });
      });
    }
    return response;
  };
  return () => {
    window.fetch = original;
  };
}

/** Resolves after `frames` animation frames: long enough for a late render or event. */
export async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((done) => requestAnimationFrame(done));
}
