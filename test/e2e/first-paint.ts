/** Waiting for a page's first paint, for the tests that measure what happens after it. */
import type { Page } from 'playwright-core';

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
