/**
 * A fresh page whose console warnings, errors and uncaught exceptions the test reads, and what
 * it defines.
 */
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

/**
 * Set up before any script (`page.addInitScript`): records every `customElements.define`
 * call, by tag, on `window.definitions`.
 */
export function recordDefinitions(): void {
  const w = window as unknown as { definitions: string[] };
  w.definitions = [];
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (this: CustomElementRegistry, ...args) {
    w.definitions.push(args[0]);
    return define.apply(this, args);
  };
}
