import { css } from 'lit';

/** Styles of `<letter-quote>`; shared tokens come from `sharedStyles`. */
export const letterQuoteStyles = css`
  :host {
    --_el-accent: var(--visit-quote-accent, var(--_accent));
    --_el-bg: var(--visit-quote-background, var(--_bg));
    --_el-pad: var(--visit-quote-padding, var(--_space));
    --_quote-font: var(--visit-quote-font-family, var(--_font));
    --_quote-size: var(--visit-quote-text-size, 1.125em);
    max-width: 900px;
  }
  /* The accent runs down the side of a quotation rather than along the top. */
  .card {
    border-block-start: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_el-accent);
  }
  .heading {
    margin: 0;
    color: var(--_el-accent);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.04em;
    line-height: 1.4;
  }
  .figure {
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 0.625);
  }
  .blockquote {
    margin: 0;
    position: relative;
    padding-inline-start: 1.75rem;
  }
  /* A decorative opening mark; the empty alternative text keeps it out of the accessibility tree. */
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
  .text {
    margin: 0;
    font-family: var(--_quote-font);
    font-size: var(--_quote-size);
    line-height: 1.55;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .caption {
    display: grid;
    gap: 0.25rem;
    padding-inline-start: 1.75rem;
    color: var(--_muted);
    font-size: 0.875em;
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
  .date,
  .paragraph {
    white-space: nowrap;
  }
  .source-link {
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.5rem;
  }
  /* Never display: none: a live region must stay in the accessibility tree to be heard. */
  .live {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  @container (min-width: 420px) {
    .actions {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
  }
  @container (min-width: 620px) {
    .card {
      padding: calc(var(--_el-pad) * 1.5);
    }
    .text {
      font-size: var(--visit-quote-text-size, 1.25em);
    }
    .blockquote,
    .caption {
      padding-inline-start: 2.5rem;
    }
    .blockquote::before {
      font-size: 3.5em;
    }
  }
  @media print {
    .actions {
      display: none;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
