/**
 * Takes every card as a reader meets it, to look at before shipping: each card element in its
 * default state (and the visit card compact), in English, Russian and Korean (ko-KP), at 640
 * and 320 px, light and dark, rendered by headless Chromium from the built CDN module into
 * `.screenshots/<card>-<lang>-<width>-<theme>.png`, with each card's height printed. Run
 * after `npm run build`.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.js';
import { serve } from './static-server.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}.screenshots/`;
/** The page, in dist/ (git-ignored): it sets lang, theme and the card from its query. */
const pagePath = 'dist/screenshot-matrix.html';

const CARDS: Record<string, string> = {
  'visit-card': '<visit-card theme="THEME"></visit-card>',
  'visit-card-compact': '<visit-card theme="THEME" variant="compact"></visit-card>',
  'delegation-roster': '<delegation-roster theme="THEME"></delegation-roster>',
  'letter-quote': '<letter-quote theme="THEME"></letter-quote>',
  'visit-timeline': '<visit-timeline theme="THEME"></visit-timeline>',
};
const LANGS = ['en', 'ru', 'ko-KP'];
const WIDTHS = [640, 320];
const THEMES = ['light', 'dark'] as const;

await writeFile(
  `${root}${pagePath}`,
  `<!doctype html><html><head><meta charset="utf-8">
<script type="module" src="/dist/cdn/visit-cards.js"></script></head>
<body style="margin:0;padding:8px"><script>
const query = new URLSearchParams(location.search);
document.documentElement.lang = query.get('lang');
document.body.style.background = query.get('theme') === 'dark' ? '#111' : '#fff';
document.body.innerHTML = query.get('markup').replaceAll('THEME', query.get('theme'));
</script></body></html>`,
);
await mkdir(out, { recursive: true });
const { server, url } = await serve(root);
const browser = await launchChromium();
try {
  for (const [name, markup] of Object.entries(CARDS)) {
    for (const lang of LANGS) {
      for (const width of WIDTHS) {
        for (const theme of THEMES) {
          const page = await browser.newPage({
            viewport: { width: width + 16, height: 800 },
            colorScheme: theme,
          });
          const query = new URLSearchParams({ lang, theme, markup });
          await page.goto(`${url}/${pagePath}?${query}`);
          await page.waitForFunction(() =>
            document.body.firstElementChild?.shadowRoot?.textContent?.trim(),
          );
          const card = page.locator('body > *').first();
          const height = Math.round((await card.boundingBox())!.height);
          const file = `${name}-${lang}-${width}-${theme}.png`;
          await card.screenshot({ path: `${out}${file}`, animations: 'disabled' });
          console.log(`.screenshots/${file}\t${height} px`);
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
  await rm(`${root}${pagePath}`, { force: true });
}
