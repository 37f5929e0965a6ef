/** axe-core in a Playwright page, for the end-to-end tests that check a whole page. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'node_modules/axe-core/axe.min.js',
);

/** What the tests report of an axe violation. */
export interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core on the whole page, shadow roots included. */
export async function runAxe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(c: Document): Promise<AxeResults> } };
    const results = await axe.run(document);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((node) => node.target.join(' ')),
    }));
  });
}
