/**
 * The demo server and a headless Chromium for one e2e test file: started before its tests and
 * closed after them. Read them in tests and hooks, once `before` has run.
 */
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser.js';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server.js';

/** What a test file runs against. */
export interface DemoSession {
  readonly server: DemoServer;
  readonly browser: Browser;
}

/**
 * Starts the server and the browser before the file's tests, then runs `ready` (what the file
 * prepares with them), and closes them after.
 */
export function demoSession(ready?: (session: DemoSession) => Promise<void>): DemoSession {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    // Each kept as it starts, so that `after` closes the one that started if the other failed.
    const [started, launched] = await Promise.allSettled([startDemoServer(0), launchChromium()]);
    if (started.status === 'fulfilled') server = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    for (const result of [started, launched]) if (result.status === 'rejected') throw result.reason;
    await ready?.(session);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('demoSession: read before the file’s `before` ran');
    return value;
  };
  const session: DemoSession = {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
  return session;
}
