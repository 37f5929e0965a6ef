/**
 * Turns the card heights `npm run reserve` measured into the reservation stylesheet
 * (src/visit-cards.css). Pure, so that test/node/reserve-css.test.ts checks it on its own;
 * scripts/reserve-heights.ts measures and writes.
 *
 * How the sheet holds a card's place before its script runs, whatever the column:
 * - each card still undefined is a block and an inline-size container, as the card itself is
 *   once upgraded (its `:host` is one), so it is exactly as wide as the card will be;
 * - its `::before` is a zero-width float as tall as the card will be: a float may query its
 *   originating element as a container, and the element (a formatting context, which
 *   containment makes it) grows to hold it, as with `min-height`, without pushing any
 *   fallback content inside it aside;
 * - the height comes from width bands: `@container (min-width: …)` rules, one at each width
 *   where a measured height changes, each setting only the custom properties that change
 *   there, so that the last band that matches holds every value in effect;
 * - `:lang()` picks the language's series, as the card picks its UI language;
 * - the fallback inside the card (src/snippet/) is set compactly, to fit within that height.
 *
 * Widths and heights are in rem: the cards' text follows the root font size, so a reader's
 * larger default font scales the reservation with the card.
 *
 * @module
 */

/** A card configuration whose height the sheet reserves, as measured. */
export interface Measured {
  /** Names its custom properties: `--vr-<name>-<lang>`. */
  name: string;
  /** The elements it holds for, a selector without the state that says a card is waiting. */
  selector: string;
  /** One line for the sheet's comments: what was measured. */
  note: string;
  /**
   * Heights within this many px are one band, at the tallest (default `MERGE_PX`). A card
   * taller than any screen may take a coarser reservation: the text below it is out of view
   * before and after, so a few px of difference cannot be seen, and fewer bands keep the sheet
   * small.
   */
  merge?: number;
  /** Its height in px at each width of `Sheet.widths`, by language. */
  heights: Record<string, readonly number[]>;
}

/** Everything the sheet is made from. */
export interface Sheet {
  /** The widths measured, in px, ascending and one apart. */
  widths: readonly number[];
  /** The languages measured; the first is the one for any other language. */
  langs: readonly string[];
  /** The card tags, and the `max-width` each has once upgraded. */
  maxWidths: Record<string, string>;
  /** The configurations, general before specific: a later one overrides on the same card. */
  reservations: readonly Measured[];
}

/** One band: from this width (px) up, this height (px). */
export interface Band {
  from: number;
  height: number;
}

/**
 * Heights closer than this (px) are one band, at the taller. Chromium counts a move of less
 * than 3 px as no layout shift at all; this keeps sub-pixel rounding from making bands.
 */
export const MERGE_PX = 1;

/** The bands of one series: a new band wherever the height changes by `merge` px or more. */
export function bands(
  widths: readonly number[],
  heights: readonly number[],
  merge = MERGE_PX,
): Band[] {
  const out: Band[] = [];
  let low = Infinity;
  heights.forEach((height, i) => {
    const last = out.at(-1);
    if (last && Math.abs(height - low) < merge && Math.abs(height - last.height) < merge) {
      last.height = Math.max(last.height, height);
      low = Math.min(low, height);
    } else {
      out.push({ from: widths[i]!, height });
      low = height;
    }
  });
  return out;
}

/** A length in px as rem, rounded up to 1/10000 rem (0.0016 px) and without trailing zeros. */
export function rem(px: number): string {
  return `${Math.ceil((px / 16) * 1e4) / 1e4}rem`;
}

/** The median of `values`; the upper one of an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const varName = (name: string, lang: string) => `--vr-${name}-${lang}`;

/**
 * The fallback a card holds until it upgrades (what `visit-cards/snippet` writes: a heading,
 * a few lines, disclosures, JSON-LD), set compactly so that it fits within the height reserved
 * for the card: a card that grew to hold it would shrink when it upgrades, and the page would
 * move. No `clear`, which would put it below the float that reserves the height. Once the card
 * upgrades its shadow root, which has no slot, hides the fallback, so these style only what
 * readers see before the script runs, or without it.
 */
function fallbackRules(all: string): string[] {
  return [
    `/* The fallback inside a card not yet upgraded: compact, within the card's height. */`,
    `${all} > * { clear: none; margin: 0 0 0.5rem; font-size: 0.875rem; line-height: 1.4; }`,
    `${all} > :is(h1, h2, h3, h4, h5, h6) { font-size: 1rem; line-height: 1.3; }`,
    `${all} :is(p, ul, ol, figure, blockquote, figcaption) { margin: 0 0 0.25rem; }`,
    `${all} li { margin: 0; }`,
    `${all} :is(ul, ol) { padding-inline-start: 1.25rem; }`,
    `${all} blockquote { padding-inline-start: 0.75em; border-inline-start: 0.2em solid; }`,
  ];
}

/**
 * A card waiting: not upgraded yet, or upgraded and waiting for its first render, which a page
 * of many cards spreads over several tasks (src/internal/render-slices.ts); the card says so by
 * its custom state `pending`. `:is()` forgives a browser that does not know `:state()`: there
 * the sheet holds a card until it upgrades.
 */
const WAITING = ':is(:not(:defined), :state(pending))';

/** The stylesheet: formatted loosely (the caller formats it), comments included. */
export function reserveCss(sheet: Sheet): string {
  const tags = Object.keys(sheet.maxWidths);
  const all = `:is(${tags.join(', ')})${WAITING}`;
  const [fallback, ...others] = sheet.langs;

  // One custom property per distinct series: a language that measures like another shares it.
  const series: { variable: string; bands: Band[] }[] = [];
  const alias = new Map<string, string>();
  for (const r of sheet.reservations) {
    for (const lang of sheet.langs) {
      const mine = bands(sheet.widths, r.heights[lang] ?? [], r.merge);
      const key = JSON.stringify(mine);
      const same = series.find((s) => JSON.stringify(s.bands) === key);
      if (same) alias.set(varName(r.name, lang), same.variable);
      else series.push({ variable: varName(r.name, lang), bands: mine });
    }
  }
  const source = (name: string, lang: string) =>
    alias.get(varName(name, lang)) ?? varName(name, lang);
  const mapping = (lang: string) =>
    sheet.reservations.map((r) => `--vr-${r.name}: var(${source(r.name, lang)});`).join('\n');

  // Every width where some series changes, and what changes there.
  const changes = new Map<number, string[]>();
  for (const { variable, bands: list } of series) {
    for (const band of list) {
      const at = changes.get(band.from) ?? [];
      at.push(`${variable}: ${rem(band.height)};`);
      changes.set(band.from, at);
    }
  }
  const [first, ...rest] = [...changes.keys()].sort((a, b) => a - b);

  const byWidth = new Map<string, string[]>();
  for (const [tag, width] of Object.entries(sheet.maxWidths)) {
    byWidth.set(width, [...(byWidth.get(width) ?? []), tag]);
  }

  return [
    `/* Blocks and containers, as the upgraded cards are, and no wider than they will be. */`,
    `${all}:not([hidden]) { display: block; container-type: inline-size; }`,
    ...[...byWidth].map(
      ([width, list]) => `${list.map((t) => `${t}${WAITING}`).join(', ')} { max-width: ${width}; }`,
    ),
    ...fallbackRules(all),
    `/* The card's height, by language (${fallback} for any other). */`,
    `${all}::before { content: ''; float: left; width: 0; ${mapping(fallback!)} }`,
    ...others.map((lang) => `${all}:lang(${lang})::before { ${mapping(lang)} }`),
    `/* Every height from ${sheet.widths[0]} px wide, then each change, by width. */`,
    `${all}::before { ${changes.get(first!)!.join(' ')} }`,
    ...rest.map(
      (width) =>
        `@container (min-width: ${rem(width)}) { ${all}::before { ${changes.get(width)!.join(' ')} } }`,
    ),
    `/* Which height each card takes. */`,
    ...sheet.reservations.map(
      (r) => `/* ${r.note} */\n${r.selector}${WAITING}::before { height: var(--vr-${r.name}); }`,
    ),
  ].join('\n');
}
