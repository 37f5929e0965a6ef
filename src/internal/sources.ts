/**
 * The sources footer every card ends with: publisher, headline where known, date, and a link
 * only where a URL was seen.
 *
 * @module
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../data/types.js';
import { httpUrl } from '../data/url.js';
import { formatDate } from './format.js';
import type { CommonStrings } from '../locales/types.js';

/** Renders `sources` as a footer list, or nothing when there are none. */
export function renderSources(
  sources: readonly Source[],
  strings: CommonStrings,
  lang: string,
): TemplateResult | typeof nothing {
  if (!sources.length) return nothing;
  return html`<footer part="sources" class="sources">
    <details>
      <summary part="sources-summary">${strings.sources} (${sources.length})</summary>
      <ul part="sources-list">
        ${sources.map(
          (source) =>
            html`<li part="source" class="source">
              ${sourceLink(source)}${
                source.title
                  ? html`, <cite lang=${source.language}>${source.title}</cite>`
                  : nothing
              }${
                source.date
                  ? html`, <time datetime=${source.date}>${formatDate(source.date, lang)}</time>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
    </details>
  </footer>`;
}

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

/** Styles of the sources footer; elements that render it include them. */
export const sourcesStyles = css`
  .sources {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.5);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .sources summary {
    cursor: pointer;
    min-height: 1.5rem;
  }
  .sources ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
`;
