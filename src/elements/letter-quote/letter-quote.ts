import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QUOTE_TOPICS } from '../../data/vocabulary.js';
import type { LocalizedText, Quote, QuoteTopic, Visit } from '../../data/types.js';
import { httpUrl } from '../../data/url.js';
import { isBlank, keyword } from '../../internal/attributes.js';
import { Disclosures } from '../../internal/disclosures.js';
import type { VisitCardsErrorDetail } from '../../internal/error-event.js';
import { formatDate, formatNumber } from '../../internal/format.js';
import { localizedText } from '../../internal/localized-text.js';
import {
  candidatesFor,
  QUOTE_PICKS,
  selectQuote,
  type QuotePick,
} from '../../internal/pick-quote.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { focusEntry, SourceNotes } from '../../internal/source-notes.js';
import { sourcesStyles } from '../../internal/sources.js';
import { VisitElement } from '../../internal/visit-element.js';
import { letterQuoteStrings } from '../../locales/index.js';
import { citationText, LetterQuoteCopyEvent, writeClipboard } from './copy.js';
import { letterQuoteStyles } from './letter-quote.styles.js';
import { MidnightWake } from './midnight.js';
import { passageFor, sourcesOf } from '../../internal/passage.js';
import { LETTER_QUOTE_SECTIONS, type LetterQuoteSection } from './options.js';

export { QUOTE_PICKS, type QuotePick } from '../../internal/pick-quote.js';
export { QUOTE_TOPICS } from '../../data/vocabulary.js';
export type { QuoteTopic } from '../../data/types.js';
export { LetterQuoteCopyEvent, type LetterQuoteCopyDetail } from './copy.js';

export { LETTER_QUOTE_SECTIONS, type LetterQuoteSection };

/** What the live region says, and about which quote. */
interface CopyStatus {
  quoteId: string;
  status: 'copied' | 'refused';
}

/**
 * One passage of the article the visiting president published in Rodong Sinmun on the eve of
 * the visit, always shown as an attributed quotation, never as a statement of fact: author,
 * title, publication, date, paragraph and sources. A button copies the quote with its citation
 * and says so to screen readers.
 *
 * Which quote: `quote-id` names one exactly and wins; otherwise `topic` narrows the candidates
 * and `pick` chooses among them: the `first` in the article's order, a `random` one (drawn once
 * per selection, so re-renders keep it), or the `daily` one, the same for every reader on a
 * given UTC date. An empty `quote-id` or `topic` counts as not set.
 *
 * @tagname letter-quote
 * @summary One attributed quote from the article, with a copy button.
 *
 * @attr lang - UI language (`en`, `ru`, `ko`, `ko-KP`); inherited from the nearest ancestor.
 *   The quotation is never translated: it shows in the reader's language only where a source
 *   prints it whole in that language (the Russian original of some passages), otherwise in
 *   English (`lang="en"`) with a line that says so.
 *
 * @fires {LetterQuoteCopyEvent} letter-quote-copy - When the quote and its citation are on the
 *   clipboard; `detail` is `{quoteId, text}`.
 * @fires {VisitCardsErrorEvent} visit-cards-error - When an attribute or the dataset is bad
 *   (`invalid-attribute`, `unknown-id` for `quote-id`, `no-match` for a topic without quotes,
 *   `empty-dataset`); the card shows a notice.
 *
 * @csspart card - The box that holds the label, the figure, the sources and the copy button.
 * @csspart heading - The label above the quote ("From the article by …"), a heading at
 *   `heading-level`.
 * @csspart figure - The `figure` holding the quotation and its caption.
 * @csspart blockquote - The `blockquote`; its `cite` is the URL of a source, where known.
 * @csspart text - The quoted passage.
 * @csspart caption - The `figcaption` with the attribution.
 * @csspart attribution - The line that names author, title, publication, date and paragraph,
 *   ending with the footnote markers of its sources.
 * @csspart author - The author's name.
 * @csspart title - The article's title, a `cite` element.
 * @csspart publication - The newspaper: Rodong Sinmun.
 * @csspart date - The publication date, a `time` element.
 * @csspart paragraph - The paragraph of the article the passage is in.
 * @csspart notes - The footnote markers after the attribution, a `sup`.
 * @csspart note - One footnote marker: a link to its entry in the sources list.
 * @csspart language-note - To a reader of another language, the line saying the quotation is
 *   the article's English text (shown where no verbatim text in their language is attested).
 * @csspart actions - What follows the quotation: the language note, the sources, the copy
 *   button and the live region.
 * @csspart sources - The `details` holding the numbered sources list, closed by default.
 * @csspart sources-summary - Its `summary`: "Sources (2)".
 * @csspart sources-list - The numbered list: publisher (linked where a URL is known), title,
 *   date.
 * @csspart source - One entry of the list.
 * @csspart copy-button - The "Copy quote" button.
 * @csspart live - The polite live region that confirms (or refuses) the copy.
 * @csspart notice - The notice shown instead of the content when input is bad.
 * @csspart notice-title - The notice's first line.
 * @csspart notice-text - The notice's explanation.
 *
 * @cssprop --visit-quote-accent - Accent of this card; falls back to `--visit-color-accent`.
 * @cssprop --visit-quote-background - Background; falls back to `--visit-color-background`.
 * @cssprop --visit-quote-padding - Inner spacing; falls back to `--visit-space`.
 * @cssprop --visit-quote-font-family - Font of the quoted passage; falls back to
 *   `--visit-font-family`.
 * @cssprop --visit-quote-text-size - Size of the quoted passage; 1em, 1.125em from 420 px wide.
 */
export class LetterQuote extends VisitElement {
  static override styles = [sharedStyles, sourcesStyles, letterQuoteStyles];

  /** The id of the quote to show; wins over `topic` and `pick`. */
  @property({ attribute: 'quote-id' }) quoteId?: string;

  /**
   * Narrows the candidates to quotes on this topic: `history`, `partnership`, `security`,
   * `economy`, `humanitarian` or `international-order`.
   */
  @property() topic?: QuoteTopic;

  /**
   * How to choose among the candidates: `first` (in the article's order), `random` (once per
   * selection) or `daily` (the same for everyone on a given UTC date).
   */
  @property({ reflect: true }) pick: QuotePick = 'first';

  /**
   * The sections shown open, as a comma list: `sources` (the numbered sources list). Closed
   * by default; the attribute follows the reader opening and closing them.
   */
  @property({ reflect: true }) expanded?: string;

  /** Opens and closes the sections by `expanded`. */
  private readonly disclosures = new Disclosures<LetterQuoteSection>(this, LETTER_QUOTE_SECTIONS);

  @state() private copyStatus?: CopyStatus;

  /** The random draw of the current selection, so re-renders keep the same quote. */
  private randomDraw?: { key: string; value: number };
  private copyToken = 0;

  /** The quote this update shows, chosen in `willUpdate`. */
  private selected?: Quote;

  constructor() {
    super();
    // While `pick="daily"`, the next day's quote shows from UTC midnight.
    new MidnightWake(this, () => this.pick === 'daily' && this.isConnected);
  }

  protected override checkAttributes(): void {
    this.disclosures.check();
    keyword('topic', this.topic, QUOTE_TOPICS, undefined);
    keyword('pick', this.pick, QUOTE_PICKS, 'first');
    super.checkAttributes();
  }

  /** Chooses the quote to show, or says why there is none. */
  protected override checkVisit(visit: Visit): VisitCardsErrorDetail | undefined {
    const { quotes } = visit;
    const quoteId = isBlank(this.quoteId) ? undefined : String(this.quoteId);
    const topic = keyword('topic', this.topic, QUOTE_TOPICS, undefined);
    const pick = keyword('pick', this.pick, QUOTE_PICKS, 'first');
    if (pick !== 'random') this.randomDraw = undefined;
    const selection = selectQuote(quotes, {
      quoteId,
      topic,
      pick,
      random: () => this.drawFor(candidatesFor(quotes, topic))(),
    });
    this.selected = selection.ok ? selection.quote : undefined;
    if (selection.ok) return undefined;
    switch (selection.reason) {
      case 'empty-dataset':
        return {
          code: 'empty-dataset',
          attribute: 'dataset',
          message: 'The dataset has no quotes.',
        };
      case 'unknown-id':
        return {
          code: 'unknown-id',
          attribute: 'quote-id',
          value: quoteId,
          message: `quote-id="${quoteId}" names no quote in the dataset.`,
        };
      case 'no-match':
        return {
          code: 'no-match',
          attribute: 'topic',
          value: topic,
          message: `No quote in the dataset has the topic "${topic}".`,
        };
    }
  }

  protected override renderVisit(visit: Visit): TemplateResult | typeof nothing {
    return this.selected ? this.renderQuote(this.selected, visit) : nothing;
  }

  /**
   * One draw per selection: the same topic over the same candidates keeps its quote through
   * re-renders, a language change or a reconnection; a new selection draws again.
   */
  private drawFor(candidates: readonly Quote[]): () => number {
    const key = `${this.topic ?? ''}|${candidates.map((q) => q.id).join(',')}`;
    if (this.randomDraw?.key !== key) this.randomDraw = { key, value: Math.random() };
    const { value } = this.randomDraw;
    return () => value;
  }

  private renderQuote(quote: Quote, visit: Visit): TemplateResult {
    const t = letterQuoteStrings[this.locale];
    const { article } = visit;
    const lang = this.effectiveLang;
    const date = formatDate(article.date, lang);
    const passage = passageFor(quote, this.locale);
    const sources = sourcesOf(passage.sources, visit.sources);
    const url = sources.map((s) => httpUrl(s.url)).find(Boolean);
    const notes = new SourceNotes(visit.sources, 'quote', this.common, lang, (id) =>
      this.follow(id),
    );
    const [open, close] = t.titleMarks;
    const citation = citationText(passage.text, article, date, t, this.locale);
    const status = this.copyStatus?.quoteId === quote.id ? this.copyStatus.status : undefined;

    return html`<div part="card" class="card">
      ${this.heading(t.fromArticle(this.text(article.author.name)), 'heading')}
      <figure part="figure" class="figure">
        <blockquote
          part="blockquote"
          class="blockquote"
          lang=${passage.language}
          cite=${url ?? nothing}
        >
          <p part="text" class="text">${passage.text}</p>
        </blockquote>
        <figcaption part="caption" class="caption">
          <p part="attribution" class="attribution">
            <span part="author" class="author">${this.text(article.author.name)}</span>,
            <span class="title-wrap"
              >${open}<cite part="title" class="title">${this.text(article.title)}</cite
              >${close}</span
            >,
            <span part="publication" class="publication">${this.text(article.publication)}</span>,
            <time part="date" class="date" datetime=${article.date}>${date}</time>,
            <span class="paragraph-wrap"
              ><span part="paragraph" class="paragraph"
                >${t.paragraph(formatNumber(quote.paragraph, lang))}</span
              >${notes.cite(sources.map((s) => s.id))}</span
            >
          </p>
        </figcaption>
      </figure>
      <div part="actions" class="actions">
        ${
          passage.language === this.locale
            ? nothing
            : html`<p part="language-note" class="language-note">${t.quotedFromEnglish}</p>`
        }
        ${this.disclosures.render({
          name: 'sources',
          part: 'sources',
          summary: html`${this.common.sources} (${formatNumber(notes.entries.length, lang)})`,
          content: notes.renderList(),
        })}
        <button
          part="copy-button"
          class="copy-button"
          type="button"
          @click=${() => this.copy(quote.id, citation)}
        >
          ${t.copy}
        </button>
        <p part="live" class="live" role="status">
          ${status === 'copied' ? t.copied : status === 'refused' ? t.copyRefused : nothing}
        </p>
      </div>
    </div>`;
  }

  /** Takes the reader from a footnote marker to its entry: opens the list, focuses it. */
  private follow(entryId: string): void {
    this.disclosures.set('sources', true);
    void this.updateComplete.then(() => focusEntry(this.renderRoot, entryId));
  }

  /** Puts `text` on the clipboard and says what happened; never throws. */
  private async copy(quoteId: string, text: string): Promise<void> {
    const token = ++this.copyToken;
    // Write first, inside the click: some browsers allow the clipboard only during the gesture.
    const written = writeClipboard(text);
    // Empty the live region first, so the same message said twice is announced twice.
    this.copyStatus = undefined;
    const ok = await written;
    await this.updateComplete;
    if (token !== this.copyToken) return;
    this.copyStatus = { quoteId, status: ok ? 'copied' : 'refused' };
    if (!ok) return;
    // Built first: the manifest's analyzer lists an event constructed inside dispatchEvent as a
    // second, nameless one beside the documented @fires.
    const copied = new LetterQuoteCopyEvent({ quoteId, text });
    this.dispatchEvent(copied);
  }

  /** A localized data text, marked with the language it is really in. */
  private text(value: LocalizedText): TemplateResult {
    return localizedText(value, this.locale);
  }
}
