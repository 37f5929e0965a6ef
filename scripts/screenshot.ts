/**
 * Takes the README's pictures: the first story of each card element, rendered by headless Chromium
 * from storybook-static/ into docs/screenshots/<element>.png. Run after `npm run build-storybook`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.js';
import { serve } from './static-server.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = `${root}storybook-static/`;
const index = JSON.parse(await readFile(`${dir}index.json`, 'utf8')) as {
  entries: Record<string, { id: string; type: string; title: string }>;
};
const firstStories = new Map<string, string>();
for (const entry of Object.values(index.entries)) {
  const match = /^Elements\/(.+)$/.exec(entry.title);
  // <visit-data> draws nothing of its own: its stories are pictures of the cards inside it.
  if (
    entry.type === 'story' &&
    match &&
    match[1] !== 'visit-data' &&
    !firstStories.has(match[1]!)
  ) {
    firstStories.set(match[1]!, entry.id);
  }
}

await mkdir(`${root}docs/screenshots`, { recursive: true });
const { server, url } = await serve(dir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: 720, height: 900 },
    deviceScaleFactor: 1,
  });
  for (const [tag, id] of firstStories) {
    await page.goto(`${url}/iframe.html?id=${id}&viewMode=story`);
    await page.waitForFunction(
      (t) => document.querySelector(t)?.shadowRoot?.textContent?.trim(),
      tag,
    );
    const target = page.locator('#storybook-root > *').first();
    const file = `${root}docs/screenshots/${tag}.png`;
    await target.screenshot({ path: file, animations: 'disabled' });
    console.log(`docs/screenshots/${tag}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
