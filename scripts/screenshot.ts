/**
 * Takes the README's pictures: the first story of each card element, rendered by headless Chromium
 * from storybook-static/ into docs/screenshots/<element>.png, and the visit card in Russian and in
 * Korean into docs/screenshots/visit-card.<lang>.png. Run after `npm run build-storybook`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.js';
import { serve } from './static-server.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = `${root}storybook-static/`;
const index = JSON.parse(await readFile(`${dir}index.json`, 'utf8')) as {
  entries: Record<string, { id: string; type: string; title: string; name: string }>;
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

/** The stories shown in another language: element, story name, and the file's language tag. */
const TRANSLATED: [tag: string, story: string, lang: string][] = [
  ['visit-card', 'Russian', 'ru'],
  ['visit-card', 'Korean', 'ko'],
];
const shots: [tag: string, id: string, file: string][] = [...firstStories].map(([tag, id]) => [
  tag,
  id,
  `${tag}.png`,
]);
for (const [tag, story, lang] of TRANSLATED) {
  const entry = Object.values(index.entries).find(
    (e) => e.type === 'story' && e.title === `Elements/${tag}` && e.name === story,
  );
  if (!entry) throw new Error(`No story "${story}" of ${tag} in storybook-static/index.json.`);
  shots.push([tag, entry.id, `${tag}.${lang}.png`]);
}

await mkdir(`${root}docs/screenshots`, { recursive: true });
const { server, url } = await serve(dir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: 720, height: 900 },
    deviceScaleFactor: 1,
  });
  for (const [tag, id, name] of shots) {
    await page.goto(`${url}/iframe.html?id=${id}&viewMode=story`);
    await page.waitForFunction(
      (t) => document.querySelector(t)?.shadowRoot?.textContent?.trim(),
      tag,
    );
    const target = page.locator('#storybook-root > *').first();
    await target.screenshot({ path: `${root}docs/screenshots/${name}`, animations: 'disabled' });
    console.log(`docs/screenshots/${name}`);
  }
} finally {
  await browser.close();
  server.close();
}
