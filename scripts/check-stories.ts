/**
 * Proof that the stories work in a real browser, not just that Storybook built: loads every
 * story of storybook-static/ in headless Chromium and checks that its element rendered
 * content into its shadow root and that the page logged no error.
 * Run after `npm run build-storybook`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.js';
import { serve } from './static-server.js';

const dir = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const index = JSON.parse(await readFile(`${dir}index.json`, 'utf8')) as {
  entries: Record<string, { id: string; type: string; title: string; name: string }>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const TAGS = ['visit-card', 'delegation-roster', 'letter-quote', 'visit-timeline'];

const { server, url } = await serve(dir);
const browser = await launchChromium();
let passed = 0;
let failed = 0;
try {
  const page = await browser.newPage();
  for (const story of stories) {
    const errors: string[] = [];
    // A missing favicon is the server's business, not the story's; an error story may fail a
    // load on purpose. Exceptions are never expected.
    const expectsFailedLoad = story.name.startsWith('Error:');
    const onConsole = (msg: { type(): string; text(): string; location(): { url: string } }) => {
      const failedLoad = msg.text().startsWith('Failed to load resource');
      if (
        msg.type() === 'error' &&
        !msg.location().url.endsWith('/favicon.ico') &&
        !(failedLoad && expectsFailedLoad)
      ) {
        errors.push(`${msg.text()} ${msg.location().url}`);
      }
    };
    const onError = (error: Error) => errors.push(error.message);
    page.on('console', onConsole);
    page.on('pageerror', onError);
    await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story`);
    const rendered = await page
      .waitForFunction(
        (tags) => {
          const root = document.querySelector('#storybook-root');
          const els = tags.flatMap((tag) => [...(root?.querySelectorAll(tag) ?? [])]);
          return (
            els.length > 0 &&
            els.every((el) => (el.shadowRoot?.textContent ?? '').trim().length > 0)
          );
        },
        TAGS,
        { timeout: 10000 },
      )
      .then(() => true)
      .catch(() => false);
    page.off('console', onConsole);
    page.off('pageerror', onError);
    if (rendered && errors.length === 0) {
      passed++;
    } else {
      failed++;
      console.error(
        `✗ ${story.title} › ${story.name}: ${rendered ? errors.join('; ') : 'no element rendered'}`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`stories: ${stories.length} loaded in Chromium`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
