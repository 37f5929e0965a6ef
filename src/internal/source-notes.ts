/**
 * Footnotes to the sources: each fact a card shows carries a marker, numbered in the order the
 * card first cites a source, that links to the source's entry in the card's sources list; the
 * list shows publisher, title and date in one style, in number order.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../data/types.js';
import type { CommonStrings } from '../locales/types.js';
import { formatDate, formatNumber } from './format.js';
import { sourceLink } from './sources.js';

/** One numbered entry of the list. */
export interface SourceEntry {
  number: number;
  source: Source;
  /** The `id` of its list item, which markers link to. */
  id: string;
}

/** Numbers the sources one render of a card cites, and renders the markers and the list. */
export class SourceNotes {
  private readonly byId: ReadonlyMap<string, Source>;
  private readonly numbered = new Map<string, SourceEntry>();

  constructor(
    sources: readonly Source[],
    /** Unique within the page: entry ids are `<prefix>-source-<n>`. */
    private readonly prefix: string,
    private readonly strings: CommonStrings,
    /** The card's `lang`, for numbers and dates. */
    private readonly lang: string,
    /** Called when the reader follows a marker, with the entry's id: open the list, focus it. */
    private readonly follow: (entryId: string) => void,
  ) {
    this.byId = new Map(sources.map((s) => [s.id, s]));
  }

  /** Numbers the sources `ids` names (those the dataset has), without a marker. */
  add(ids: readonly string[] | undefined): SourceEntry[] {
    const entries: SourceEntry[] = [];
    for (const id of ids ?? []) {
      let entry = this.numbered.get(id);
      const source = this.byId.get(id);
      if (!entry && source) {
        const number = this.numbered.size + 1;
        entry = { number, source, id: `${this.prefix}-source-${number}` };
        this.numbered.set(id, entry);
      }
      if (entry && !entries.includes(entry)) entries.push(entry);
    }
    return entries.sort((a, b) => a.number - b.number);
  }

  /**
   * The marker of a fact resting on `ids`: superscript numbers, each a link to its entry and
   * named for a screen reader by number and publisher. Nothing when none is known.
   */
  cite(ids: readonly string[] | undefined): TemplateResult | typeof nothing {
    const entries = this.add(ids);
    if (!entries.length) return nothing;
    return html`<sup part="notes" class="notes"
      >${entries.map(
        (entry, i) =>
          html`${i ? html`<span aria-hidden="true">,</span>` : nothing}<a
              part="note"
              class="note"
              href=${`#${entry.id}`}
              aria-label=${this.strings.sourceNote(
                formatNumber(entry.number, this.lang),
                entry.source.publisher,
              )}
              @click=${(event: Event) => {
                event.preventDefault();
                this.follow(entry.id);
              }}
              >${formatNumber(entry.number, this.lang)}</a
            >`,
      )}</sup
    >`;
  }

  /** The sources cited so far, in number order. */
  get entries(): SourceEntry[] {
    return [...this.numbered.values()];
  }

  /**
   * The numbered list: publisher (linked where a URL was seen), title where known, date.
   * Render it after every marker, so that it holds each source they cite.
   */
  renderList(): TemplateResult {
    return html`<ol part="sources-list" class="sources-list">
      ${this.entries.map(
        ({ source, id }) =>
          html`<li part="source" class="source" id=${id} tabindex="-1">
            ${sourceLink(source)}${
              source.title ? html`, <cite lang=${source.language}>${source.title}</cite>` : nothing
            }${
              source.date
                ? html`, <time datetime=${source.date}>${formatDate(source.date, this.lang)}</time>`
                : nothing
            }
          </li>`,
      )}
    </ol>`;
  }
}

/**
 * Opens the sources list of `root` and takes the reader to the entry `entryId`: used by an
 * element's `follow`, after it has opened its sources disclosure.
 */
export function focusEntry(root: ParentNode, entryId: string): void {
  const entry = root.querySelector<HTMLElement>(`[id="${entryId}"]`);
  const details = entry?.closest('details');
  if (details) details.open = true;
  entry?.scrollIntoView({ block: 'nearest' });
  entry?.focus();
}
