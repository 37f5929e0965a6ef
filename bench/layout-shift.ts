/**
 * Layout shift when the cards' script loads after the page has painted (page/shift.html): the
 * cards are in the markup from the start and grow when the script upgrades them.
 */
import type { Browser } from 'playwright-core';
import { median } from './render.js';

/** The summed layout shift score, without and with the library's dist/cdn/visit-cards.css. */
export interface LayoutShiftResult {
  viewport: { width: number; height: number };
  without: number;
  withReservation: number;
}

const VIEWPORT = { width: 1280, height: 800 };

/** Loads shift.html (`?reserve` links the stylesheet) and returns the shift once all rendered. */
async function shiftOnce(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(url);
  await page.evaluate(async () => {
    const tags = ['visit-card', 'letter-quote', 'delegation-roster'];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const cards = [...document.querySelectorAll(tags.join(','))] as unknown as {
      updateComplete: Promise<unknown>;
    }[];
    await Promise.all(cards.map((card) => card.updateComplete));
    // Shift entries arrive with the frame that paints the change, and a little after it.
    for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    await new Promise((done) => setTimeout(done, 100));
  });
  const shift = await page.evaluate(() => window.layoutShift);
  await page.close();
  return shift;
}

/** Median summed shift of `repeats` loads, without then with the reservation. */
export async function measureLayoutShift(
  browser: Browser,
  pageUrl: string,
  repeats: number,
): Promise<LayoutShiftResult> {
  const without: number[] = [];
  const reserved: number[] = [];
  for (let r = 0; r < repeats; r++) {
    without.push(await shiftOnce(browser, pageUrl));
    reserved.push(await shiftOnce(browser, `${pageUrl}?reserve`));
  }
  return { viewport: VIEWPORT, without: median(without), withReservation: median(reserved) };
}
