/**
 * Styles every element shares: the design tokens, the colour schemes, the notice, and the
 * forced-colors, reduced-motion and print adaptations.
 *
 * @module
 */
import { css } from 'lit';

/**
 * Shared design tokens. Each reads a public `--visit-*` custom property and falls back to a
 * default that passes WCAG 2.2 AA in both schemes; `light-dark()` picks the scheme's colour,
 * so `theme` only has to set `color-scheme`.
 */
export const sharedStyles = css`
  :host {
    color-scheme: light dark;
    --_text: var(--visit-color-text, light-dark(#1d2127, #e8eaee));
    --_muted: var(--visit-color-muted, light-dark(#4f5866, #aeb6c2));
    --_bg: var(--visit-color-background, light-dark(#ffffff, #16191e));
    --_surface: var(--visit-color-surface, light-dark(#f4f5f7, #20242b));
    --_border: var(--visit-color-border, light-dark(#cfd4db, #3b424d));
    --_accent: var(--visit-color-accent, light-dark(#a3262e, #ff8a8f));
    --_link: var(--visit-color-link, light-dark(#0a58b8, #8cc2ff));
    --_focus: var(--visit-color-focus, light-dark(#0a58b8, #8cc2ff));
    --_font: var(
      --visit-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans CJK KR',
      sans-serif
    );
    --_font-size: var(--visit-font-size, 1rem);
    --_radius: var(--visit-radius, 0.75rem);
    --_space: var(--visit-space, 1rem);
    display: block;
    container-type: inline-size;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    /* Data and notices may hold a long unbroken word or URL: break it rather than overflow.
       \`anywhere\` (not \`break-word\`) also lowers min-content, so grid and flex items shrink. */
    overflow-wrap: anywhere;
  }
  /* Korean breaks between words, at spaces, not inside one; a word too long for the line
     still breaks, by the overflow-wrap above. */
  :host(:lang(ko)) {
    word-break: keep-all;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  /* Not the UA's \`counter-increment: list-item 0\`: naming the list-item counter puts every
     summary of the page in one chain of counters, which Chromium walks again each time a card
     is added (adding 5 visit-cards to a page of 1,000 took 99 ms, 10 ms without). The
     disclosure triangle is a list style, not a counter, and is unchanged. */
  summary {
    counter-increment: none;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.375em 0.875em;
    min-height: 2.75rem;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  /* The frame of every card; each element sets --_el-* from its own tokens. */
  .card {
    background: var(--_el-bg, var(--_bg));
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_el-accent, var(--_accent));
    border-radius: var(--_radius);
    padding: var(--_el-pad, var(--_space));
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .notice {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .notice p {
    margin: 0;
  }
  .notice-title {
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: Highlight;
      --_link: LinkText;
      --_focus: Highlight;
    }
    button {
      border-color: ButtonText;
    }
  }
  @media print {
    :host {
      --_text: #000;
      --_muted: #333;
      --_bg: #fff;
      --_surface: #fff;
      --_border: #888;
      --_accent: #000;
      --_link: #000;
      color-scheme: light;
    }
    button {
      display: none;
    }
    /* A footnote's number points to the printed list already: its in-page href is noise. */
    a[href^='#']::after {
      content: none;
    }
    a[href]:not([href^='#'])::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
