/**
 * How a card names a source: the publisher, linked only where a URL was seen, and the styles
 * of every card's sources list and footnote markers (`./source-notes.ts` renders them).
 *
 * @module
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../data/types.js';
import { httpUrl } from '../data/url.js';

/**
 * The publisher's name, marked with the source's language and linked to the source where its
 * URL is http(s). Any other URL (which validation refuses) is never put in an `href`: the name
 * shows as plain text.
 */
export function sourceLink(source: Source, part?: string): TemplateResult {
  const href = httpUrl(source.url);
  return href
    ? html`<a
        part=${part ?? nothing}
        class=${part ?? nothing}
        href=${href}
        hreflang=${source.language}
        lang=${source.language}
        rel="noopener noreferrer external"
        >${source.publisher}</a
      >`
    : html`<span lang=${source.language}>${source.publisher}</span>`;
}

/**
 * Styles of the sources section (the one element of class `sources`: the disclosure, or an open
 * section) and of the footnote markers; elements that render them include them. Where the
 * sources close the card, as a child of `.card`, a rule sets them apart; where they share a row
 * with other sections or a button, that row is set apart instead, and they draw no rule of their
 * own.
 */
export const sourcesStyles = css`
  .sources {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .card > .sources {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.5);
  }
  .sources summary {
    cursor: pointer;
    min-height: 1.5rem;
  }
  .sources ul,
  .sources ol {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  /* A date in the list is one unit. */
  .sources-list time {
    white-space: nowrap;
  }
  .sources .source:focus-visible {
    outline: 2px solid var(--_focus, currentColor);
    outline-offset: 2px;
  }
  /* Footnote markers: small, after the fact they source. Inline, not inline-block: an atomic
     inline is a break opportunity, and would let a marker wrap away from its fact. */
  .notes {
    font-size: 0.7em;
    line-height: 0;
    white-space: nowrap;
  }
  .note {
    padding-inline: 0.15em;
    color: var(--_link, inherit);
  }
`;
