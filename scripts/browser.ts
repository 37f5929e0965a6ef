/**
 * Launches the system Chromium through playwright-core, for the scripted browser checks.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS, findChrome, NO_CHROME } from './find-chrome.mjs';

/** Launches headless Chromium, or exits with one line saying how to get one. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(NO_CHROME);
    process.exit(1);
  }
  return chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });
}
