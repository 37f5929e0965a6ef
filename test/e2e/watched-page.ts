/** A fresh page whose console warnings, errors and uncaught exceptions the test reads. */
import type { Browser, Page } from 'playwright-core';

/** A page, and what it has logged so far. */
export interface WatchedPage {
  page: Page;
  warnings: string[];
  errors: string[];
}

/** Opens a page in `browser` that collects its warnings and errors (uncaught ones included). */
export async function watchedPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.newPage();
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, warnings, errors };
}
