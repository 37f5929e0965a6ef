import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isBlank, keyword } from '../../internal/attributes.js';
import type { VisitCardsErrorDetail } from '../../internal/error-event.js';
import { property, state } from 'lit/decorators.js';
import { QUOTE_TOPICS } from '../../data/vocabulary.js';
import type { Article, LocalizedText, Quote, QuoteTopic, Visit } from '../../data/types.js';
import { httpUrl } from '../../data/url.js';
import { formatDate, formatNumber } from '../../internal/format.js';
import { letterQuoteStrings, type LetterQuoteStrings } from '../../locales/index.js';
import { pickText } from '../../internal/locale.js';
import { localizedText } from '../../internal/localized-text.js';
import {
  candidatesFor,
  QUOTE_PICKS,
  selectQuote,
  type QuotePick,
} from '../../internal/pick-quote.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { sourceLink } from '../../internal/sources.js';
import { VisitElement } from '../../internal/visit-element.js';
import { letterQuoteStyles } from './letter-quote.styles.js';
import { passageFor, sourcesOf } from './passage.js';

export { QUOTE_PICKS, type QuotePick } from '../../internal/pick-quote.js';
export { QUOTE_TOPICS } from '../../data/vocabulary.js';
export type { QuoteTopic } from '../../data/types.js';

/** Detail of a `letter-quote-copy` event. */
export interface LetterQuoteCopyDetail {
  /** The id of the quote that was copied. */
  quoteId: string;
  /** Exactly what was put on the clipboard: the quote and its citation. */
  text: string;
}

/** Fired (bubbles, composed) when the quote and its citation are on the clipboard. */
export class LetterQuoteCopyEvent extends Event {
  /** The event's type. */
  static readonly eventName = 'letter-quote-copy';

  /** What was copied. */
  readonly detail: LetterQuoteCopyDetail;

  constructor(detail: LetterQuoteCopyDetail) {
    super(LetterQuoteCopyEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'letter-quote-copy': LetterQuoteCopyEvent;
  }
  interface DocumentEventMap {
    'letter-quote-copy': LetterQuoteCopyEvent;
  }
  interface WindowEventMap {
    'letter-quote-copy': LetterQuoteCopyEvent;
  }
}

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
 * @csspart card - The box that holds the label, the figure and the copy button.
 * @csspart heading - The label above the quote ("From the article by …"), a heading at
 *   `heading-level`.
 * @csspart figure - The `figure` holding the quotation and its caption.
 * @csspart blockquote - The `blockquote`; its `cite` is the URL of a source, where known.
 * @csspart text - The quoted passage.
 * @csspart caption - The `figcaption` with the attribution.
 * @csspart attribution - The line that names author, title, publication, date and paragraph.
 * @csspart author - The author's name.
 * @csspart title - The article's title, a `cite` element.
 * @csspart publication - The newspaper: Rodong Sinmun.
 * @csspart date - The publication date, a `time` element.
 * @csspart paragraph - The paragraph of the article the passage is in.
 * @csspart language-note - To a reader of another language, the line saying the quotation is
 *   the article's English text (shown where no verbatim text in their language is attested).
 * @csspart sources - The list of sources in the caption.
 * @csspart source-link - A link to a source.
 * @csspart actions - The row with the copy button and the live region.
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
 * @cssprop --visit-quote-text-size - Size of the quoted passage; 1.125em, 1.25em when wide.
 */
export class LetterQuote extends VisitElement {
  static override styles = [sharedStyles, letterQuoteStyles];

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

  @state() private copyStatus?: CopyStatus;

  /** The random draw of the current selection, so re-renders keep the same quote. */
  private randomDraw?: { key: string; value: number };
  private copyToken = 0;

  /** The quote this update shows, chosen in `willUpdate`. */
  private selected?: Quote;
  /** Wakes the card at the next UTC midnight while `pick="daily"`, for the next day's quote. */
  private midnightTimer?: ReturnType<typeof setTimeout>;

  protected override checkAttributes(): void {
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

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pick === 'daily' && this.isConnected) this.wakeAtMidnight();
    else this.sleep();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sleep();
  }

  /** Re-renders at the next UTC midnight, when `daily` picks another quote. */
  private wakeAtMidnight(): void {
    if (this.midnightTimer !== undefined) return;
    const now = Date.now();
    const next = new Date(now);
    next.setUTCHours(24, 0, 0, 0);
    this.midnightTimer = setTimeout(() => {
      this.midnightTimer = undefined;
      this.requestUpdate();
    }, next.getTime() - now);
  }

  private sleep(): void {
    clearTimeout(this.midnightTimer);
    this.midnightTimer = undefined;
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
    const sources = sourcesOf(passage.sources, article, visit.sources);
    const url = sources.map((s) => httpUrl(s.url)).find(Boolean);
    const [open, close] = t.titleMarks;
    const citation = this.citation(passage.text, article, date, t);
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
            <span part="paragraph" class="paragraph"
              >${t.paragraph(formatNumber(quote.paragraph, lang))}</span
            >
          </p>
          ${
            passage.language === this.locale
              ? nothing
              : html`<p part="language-note" class="language-note">${t.quotedFromEnglish}</p>`
          }
          ${
            sources.length
              ? html`<p part="sources" class="sources">
                  ${this.common.sources}:
                  ${sources.map(
                    (source, i) => html`${i ? ', ' : nothing}${sourceLink(source, 'source-link')}`,
                  )}
                </p>`
              : nothing
          }
        </figcaption>
      </figure>
      <div part="actions" class="actions">
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

  /** The quote and its citation as plain text, for the clipboard. */
  private citation(text: string, article: Article, date: string, t: LetterQuoteStrings): string {
    const [qOpen, qClose] = t.quoteMarks;
    const [tOpen, tClose] = t.titleMarks;
    const plain = (text: LocalizedText) => pickText(text, this.locale).text;
    return (
      `${qOpen}${text}${qClose} — ${plain(article.author.name)}, ` +
      `${tOpen}${plain(article.title)}${tClose}, ${plain(article.publication)}, ${date}`
    );
  }

  /** Puts `text` on the clipboard and says what happened; never throws. */
  private async copy(quoteId: string, text: string): Promise<void> {
    const token = ++this.copyToken;
    // Write first, inside the click: some browsers allow the clipboard only during the gesture.
    let write: Promise<void>;
    try {
      const clipboard = globalThis.navigator?.clipboard;
      write =
        typeof clipboard?.writeText === 'function'
          ? clipboard.writeText(text)
          : Promise.reject(new Error('no clipboard'));
    } catch (error) {
      write = Promise.reject(error);
    }
    // Empty the live region first, so the same message said twice is announced twice.
    this.copyStatus = undefined;
    let ok: boolean;
    try {
      await write;
      ok = true;
    } catch {
      ok = false;
    }
    await this.updateComplete;
    if (token !== this.copyToken) return;
    this.copyStatus = { quoteId, status: ok ? 'copied' : 'refused' };
    if (!ok) return;
    const copied = new LetterQuoteCopyEvent({ quoteId, text });
    this.dispatchEvent(copied);
  }

  /** A localized data text, marked with the language it is really in. */
  private text(value: LocalizedText): TemplateResult {
    return localizedText(value, this.locale);
  }
}
