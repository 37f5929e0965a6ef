/**
 * `npm run reserve`: measures, in headless Chromium, the height each card renders at from the
 * built CDN module, in its default configurations, at every column width from 320 to 900 px
 * and in each UI language, and writes src/visit-cards.css from them (see
 * scripts/reserve-css.ts for how the sheet works). The build ships it as
 * dist/cdn/visit-cards.css with its SRI hash. The npm script builds first and bundles again
 * after, so the one command leaves dist/ up to date; re-run it whenever a card's layout or
 * text changes.
 *
 * The heights hold for the fonts of the machine that measures; the cards use the system's sans
 * serif, so a reader with other fonts may see a card a line or two taller or shorter.
 */
import { access, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { dataset } from '../src/data/index.js';
import { CARD_TAGS } from '../src/elements/elements.js';
import { LOCALES } from '../src/locales/tags.js';
import { launchChromium } from './browser.js';
import { median, reserveCss, type Measured } from './reserve-css.js';
import { serve } from './static-server.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BUNDLE = 'dist/cdn/visit-cards.js';
const OUT = 'src/visit-cards.css';
/** Every column width the sheet holds for, in px: one apart, so no wrap point is missed. */
const WIDTHS = Array.from({ length: 900 - 320 + 1 }, (_, i) => 320 + i);

/** A configuration to measure: markups of one card (several: the median is reserved). */
interface Configuration extends Omit<Measured, 'heights'> {
  markups: string[];
}

/** A blank attribute counts as absent (the attribute rule): `[a]:not([a=''])` is one set. */
const set = (attribute: string) => `[${attribute}]:not([${attribute}=''])`;

/**
 * What the sheet reserves, general before specific. A roster filtered, limited or laid out
 * otherwise reserves nothing: its height depends on the page's choice.
 */
const CONFIGURATIONS: Configuration[] = [
  {
    name: 'card',
    selector: 'visit-card',
    note: '<visit-card> with no variant: the summary.',
    markups: ['<visit-card></visit-card>'],
  },
  {
    name: 'card-full',
    selector: "visit-card[variant='full']",
    note:
      '<visit-card variant="full">, to within 2 lines: taller than any screen, it hides ' +
      'the text below it either way.',
    markups: ['<visit-card variant="full"></visit-card>'],
    merge: 48,
  },
  {
    name: 'card-compact',
    selector: "visit-card[variant='compact']",
    note: '<visit-card variant="compact">.',
    markups: ['<visit-card variant="compact"></visit-card>'],
  },
  {
    name: 'roster',
    selector: `delegation-roster:not([layout='grid'], [group-by='none'], ${['sector', 'status', 'limit'].map(set).join(', ')})`,
    note: '<delegation-roster> with no filter, limit, grid or flat list.',
    markups: ['<delegation-roster></delegation-roster>'],
  },
  {
    name: 'timeline',
    selector: `visit-timeline:not(${set('period')})`,
    note: '<visit-timeline> with no period: the history folded.',
    markups: ['<visit-timeline></visit-timeline>'],
  },
  {
    name: 'quote-any',
    selector: 'letter-quote',
    note:
      '<letter-quote> whose quote the sheet cannot know (quote-id, topic, a daily or random ' +
      'pick): the median height of every quote.',
    markups: dataset.quotes.map((q) => `<letter-quote quote-id="${q.id}"></letter-quote>`),
  },
  {
    name: 'quote',
    selector: `letter-quote:not(${set('quote-id')}, ${set('topic')}, [pick='random'], [pick='daily'])`,
    note: '<letter-quote> with no quote-id, topic or pick: the first quote.',
    markups: ['<letter-quote></letter-quote>'],
  },
];

/** Heights (px) of `markup` in `lang` at every width of WIDTHS, all on the page at once. */
async function measure(page: Page, markup: string, lang: string): Promise<number[]> {
  return page.evaluate(
    async ({ widths, markup, lang }) => {
      const host = document.getElementById('columns')!;
      host.innerHTML = widths
        .map((width) => `<div lang="${lang}" style="width:${width}px">${markup}</div>`)
        .join('');
      const cards = [...host.querySelectorAll(':scope > div > *')] as (HTMLElement & {
        updateComplete: Promise<unknown>;
      })[];
      await Promise.all(cards.map((card) => card.updateComplete));
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const notices = cards.filter((card) => card.shadowRoot?.querySelector('[part~=notice]'));
      if (notices.length) throw new Error(`${markup} shows a notice instead of the card`);
      return cards.map((card) => card.getBoundingClientRect().height);
    },
    { widths: WIDTHS, markup, lang },
  );
}

/** The `max-width` of each card tag once upgraded. */
async function maxWidths(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (tags) => {
    const host = document.getElementById('columns')!;
    host.innerHTML = tags.map((tag) => `<${tag}></${tag}>`).join('');
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    return Object.fromEntries(
      tags.map((tag) => [tag, getComputedStyle(host.querySelector(tag)!).maxWidth]),
    );
  }, CARD_TAGS);
}

await access(`${ROOT}${BUNDLE}`).catch(() => {
  console.error(`No ${BUNDLE}: run npm run build first (npm run reserve does).`);
  process.exit(1);
});
const { server, url } = await serve(ROOT);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  // The page exists only for this run: served from memory, beside the bundle's origin.
  await page.route(`${url}/__reserve.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><body style="margin:0"><div id="columns"></div>
        <script type="module" src="/${BUNDLE}"></script></body></html>`,
    }),
  );
  await page.goto(`${url}/__reserve.html`);
  const reservations: Measured[] = [];
  for (const { markups, ...configuration } of CONFIGURATIONS) {
    const heights: Record<string, number[]> = {};
    for (const lang of LOCALES) {
      const each: number[][] = [];
      for (const markup of markups) each.push(await measure(page, markup, lang));
      heights[lang] = WIDTHS.map((_, i) => median(each.map((series) => series[i]!)));
      const at = (width: number) => Math.round(heights[lang]![WIDTHS.indexOf(width)]!);
      console.log(
        `${configuration.name.padEnd(13)} ${lang.padEnd(6)} ${[320, 640, 900].map((w) => `${at(w)} px at ${w}`).join(', ')}`,
      );
    }
    reservations.push({ ...configuration, heights });
  }
  const css = reserveCss({
    widths: WIDTHS,
    langs: LOCALES,
    maxWidths: await maxWidths(page),
    reservations,
  });
  const header = `/*
 * visit-cards: the space each card takes, held until the script has upgraded it, so that the
 * page does not move when the script arrives. Link it before the script:
 * <link rel="stylesheet" href=".../dist/cdn/visit-cards.css" integrity="sha384-…">
 *
 * Generated by \`npm run reserve\` (scripts/reserve-heights.ts) from the heights measured in
 * Chromium at every column width from ${WIDTHS[0]} to ${WIDTHS.at(-1)} px, in ${LOCALES.join(', ')}: do not edit.
 */\n`;
  const options = await resolveConfig(`${ROOT}${OUT}`);
  const formatted = await format(header + css, { ...options, parser: 'css' });
  await writeFile(`${ROOT}${OUT}`, formatted);
  console.log(`wrote ${OUT}: ${formatted.length} bytes`);
} finally {
  await browser.close();
  server.close();
}
