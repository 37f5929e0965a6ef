/**
 * Takes the README's pictures of the embed builder and of what its snippet gives a reader:
 * docs/screenshots/builder.png (the builder making a `<letter-quote>` snippet), and that snippet
 * pasted into a plain page, with JavaScript off (docs/screenshots/snippet-no-javascript.png: the
 * fallback) and on (docs/screenshots/snippet-javascript.png: the card). Prints the snippet and
 * its size. Run after `npm run build`.
 */
import { mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.js';
import { serve } from './static-server.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const OPTIONS = '?card=letter-quote&quote-id=support-for-the-dprk&lang=ru&ui=en';
const shots = `${root}docs/screenshots`;

await mkdir(shots, { recursive: true });
const { server, url } = await serve(root);
const browser = await launchChromium();
try {
  const builder = await browser.newPage({ viewport: { width: 1440, height: 1500 } });
  await builder.goto(`${url}/demo/builder.html${OPTIONS}`);
  await builder.waitForFunction(() =>
    [...document.querySelectorAll('.preview .frame > *')].every((card) =>
      card.shadowRoot?.querySelector('[part~=card]'),
    ),
  );
  await builder.locator('#size').filter({ hasText: /\d/ }).waitFor();
  await builder.screenshot({ path: `${shots}/builder.png`, animations: 'disabled' });
  console.log('docs/screenshots/builder.png');
  const snippet = await builder
    .locator('output[name=snippet]')
    .evaluate((output) => (output as HTMLOutputElement).value);

  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({
      viewport: { width: 720, height: 900 },
      javaScriptEnabled,
    });
    const page = await context.newPage();
    await page.route(`${url}/__page.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Страница</title>
          <style>body { margin: 0; padding: 24px; font: 18px/1.6 Georgia, serif; max-width: 640px }</style>
          </head><body><div class="column">${snippet}</div></body></html>`,
      }),
    );
    await page.goto(`${url}/__page.html`);
    if (javaScriptEnabled) {
      await page.waitForFunction(() =>
        document.querySelector('letter-quote')?.shadowRoot?.querySelector('[part~=card]'),
      );
    }
    const name = javaScriptEnabled ? 'snippet-javascript.png' : 'snippet-no-javascript.png';
    await page.locator('.column').screenshot({ path: `${shots}/${name}`, animations: 'disabled' });
    console.log(`docs/screenshots/${name}`);
    await context.close();
  }
  const bytes = Buffer.byteLength(snippet);
  console.log(`\n${snippet}\n${bytes} bytes, ${gzipSync(snippet, { level: 9 }).length} gzip`);
} finally {
  await browser.close();
  server.close();
}
