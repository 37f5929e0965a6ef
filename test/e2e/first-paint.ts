/** What the end-to-end tests that measure a page after its first paint share: the browser, the server, the wait. */
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser.js';
import { serve } from '../../scripts/static-server.js';

/** Resolves once `page` has painted content, or after 10 s (the test then says what it saw). */
export async function firstPaint(page: Page): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const painted = await page
      .evaluate(() => performance.getEntriesByName('first-contentful-paint').length > 0)
      .catch(() => false);
    if (painted) return;
    await new Promise((done) => setTimeout(done, 25));
  }
}

/**
 * Serves `root` and launches Chromium before the file's tests, closing both after them; the
 * returned object holds the browser and the server's URL once they have started.
 */
export function servedChromium(root: string): { browser: Browser; url: string } {
  const served = {} as { browser: Browser; url: string };
  let close: (() => void) | undefined;
  before(async () => {
    const started = await serve(root);
    served.url = started.url;
    close = () => started.server.close();
    served.browser = await launchChromium();
  });
  after(async () => {
    await served.browser?.close();
    close?.();
  });
  return served;
}
