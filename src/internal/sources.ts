/**
 * The sources footer every card ends with: publisher, headline where known, date, and a link
 * only where a URL was seen.
 *
 * @module
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../data/types.js';
import { formatDate } from './format.js';
import type { CommonStrings } from './i18n/common.js';

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
              ${
                source.url
                  ? html`<a href=${source.url} rel="noopener noreferrer external"
                      >${source.publisher}</a
                    >`
                  : source.publisher
              }${
                source.title
                  ? html`, <cite lang=${source.language}>${source.title}</cite>`
                  : nothing
              }${
                source.date
                  ? html`,
                      <time datetime=${source.date}
                        >${formatDate(source.date, lang, 'short')}</time
                      >`
                  : nothing
              }
            </li>`,
        )}
      </ul>
    </details>
  </footer>`;
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
