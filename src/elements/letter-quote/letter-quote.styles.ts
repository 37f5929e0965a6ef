import { css } from 'lit';

/**
 * Styles of `<letter-quote>`; shared tokens come from `sharedStyles`, the sources list's from
 * `sourcesStyles`. The card is sized to sit in an article's column: at most 360 px tall at
 * 640 px wide and 600 px at 320 px, whichever quote it shows (test/browser/letter-quote-size).
 */
export const letterQuoteStyles = css`
  :host {
    --_el-accent: var(--visit-quote-accent, var(--_accent));
    --_el-bg: var(--visit-quote-background, var(--_bg));
    --_el-pad: var(--visit-quote-padding, var(--_space));
    --_quote-font: var(--visit-quote-font-family, var(--_font));
    --_quote-size: var(--visit-quote-text-size, 1em);
    --_indent: 0;
    max-width: 900px;
  }
  /* The accent runs down the side of a quotation rather than along the top. */
  .card {
    border-block-start: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_el-accent);
    gap: calc(var(--_space) * 0.5);
  }
  .heading {
    margin: 0;
    color: var(--_el-accent);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.04em;
    line-height: 1.4;
    text-wrap: balance;
  }
  .figure {
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .blockquote {
    margin: 0;
    position: relative;
    padding-inline-start: var(--_indent);
  }
  .text {
    margin: 0;
    font-family: var(--_quote-font);
    font-size: var(--_quote-size);
    line-height: 1.5;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .caption {
    display: grid;
    gap: 0.125rem;
    padding-inline-start: var(--_indent);
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.45;
  }
  .caption p {
    margin: 0;
  }
  .attribution::before {
    content: '— ';
    content: '— ' / '';
  }
  .author {
    color: var(--_text);
    font-weight: 600;
  }
  .title,
  .publication {
    font-style: italic;
  }
  /* Hangul has no italic: browsers would slant it synthetically. */
  :host(:lang(ko)) .title,
  :host(:lang(ko)) .publication,
  .title :lang(ko),
  .publication :lang(ko) {
    font-style: normal;
  }
  /* A date, or "paragraph 3" with its footnote markers, never breaks across lines. */
  .date,
  .paragraph-wrap {
    white-space: nowrap;
  }
  /*
   * What follows the quotation: the language note on a line of its own, then the sources and
   * the copy button on one row; from 560 px the button stands beside both. An open sources
   * list takes the whole width, the button below it.
   */
  .actions {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 0 0.75rem;
    color: var(--_muted);
  }
  .language-note {
    grid-column: 1 / -1;
    margin: 0;
    font-size: 0.8125em;
    line-height: 1.45;
  }
  .sources {
    grid-column: 1;
  }
  /* The summary keeps to one line; where the row is too narrow, the button's label wraps. */
  .sources summary {
    width: fit-content;
    white-space: nowrap;
  }
  .copy-button {
    grid-column: 2;
    font-size: 0.875em;
  }
  .actions:has(details[open]) > .sources {
    grid-column: 1 / -1;
  }
  .actions:has(details[open]) .copy-button {
    grid-column: 1 / -1;
    grid-row: auto;
    justify-self: end;
    margin-block-start: 0.5rem;
  }
  /* Never display: none: a live region must stay in the accessibility tree to be heard. */
  .live {
    grid-column: 1 / -1;
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  /* The host is the container: what the queries change is set on the card inside it. */
  @container (min-width: 420px) {
    .card {
      --_quote-size: var(--visit-quote-text-size, 1.125em);
      --_indent: 1.75rem;
    }
    /* A decorative opening mark, hung in the indent; the empty alternative text keeps it out
       of the accessibility tree. */
    .blockquote::before {
      content: '\\201C';
      content: '\\201C' / '';
      position: absolute;
      inset-inline-start: 0;
      inset-block-start: -0.125em;
      font-family: Georgia, 'Times New Roman', serif;
      font-size: 2.5em;
      line-height: 1;
      color: var(--_el-accent);
    }
  }
  @container (min-width: 560px) {
    .language-note {
      grid-column: 1;
    }
    .language-note ~ .copy-button {
      grid-row: 1 / span 2;
    }
  }
  @container (min-width: 620px) {
    .card {
      --_indent: 2.25rem;
      padding: calc(var(--_el-pad) * 1.25);
    }
    .blockquote::before {
      font-size: 3em;
    }
  }
  @media print {
    .copy-button,
    .live {
      display: none;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
