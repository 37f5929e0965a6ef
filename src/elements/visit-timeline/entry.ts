/**
 * One entry of `<visit-timeline>`: its date, what happened with the marker of its sources, and
 * for a milestone the dataset's description and what the article says of it, shown as the
 * article's claim: a visible label and the verbatim quotation, never as fact.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText, Milestone, Quote, Visit } from '../../data/types.js';
import { httpUrl } from '../../data/url.js';
import { formatDate } from '../../internal/format.js';
import { localizedText } from '../../internal/localized-text.js';
import { passageFor } from '../../internal/passage.js';
import type { SourceNotes } from '../../internal/source-notes.js';
import type { Locale, VisitTimelineStrings } from '../../locales/index.js';
import { renderSpan } from './dates.js';
import { isClaim, type Entry } from './entries.js';

/** One render of a timeline: what its entries read. */
export interface TimelineView {
  visit: Visit;
  t: VisitTimelineStrings;
  locale: Locale;
  /** The card's `lang`, for Intl. */
  lang: string;
  notes: SourceNotes;
  /** The passages quoted so far in this list, by quote id, with the entry that quotes them. */
  quoted: Map<string, Entry>;
}

/** A localized data text, marked with the language it is really in. */
const text = (view: TimelineView, value: LocalizedText) => localizedText(value, view.locale);

/** The quotes a milestone names that the dataset holds, in its order. */
function quotesOf(milestone: Milestone, visit: Visit): Quote[] {
  return (milestone.quotes ?? [])
    .map((id) => visit.quotes.find((q) => q.id === id))
    .filter((q) => q !== undefined);
}

/** What happened, in words: the entry's title. */
function title(view: TimelineView, entry: Entry): TemplateResult {
  const { t } = view;
  switch (entry.kind) {
    case 'milestone':
      return text(view, entry.milestone.title);
    case 'visit':
      return text(view, view.visit.overview.title);
    case 'signed':
      return html`${t.signed(entry.outcome.kind, text(view, entry.outcome.title))}`;
    case 'ratification':
      return html`${text(view, entry.step.body)}: ${text(view, entry.step.act)}`;
    case 'in-force':
      return html`${t.inForce(entry.outcome.kind)}`;
  }
}

/**
 * The article's claim about a milestone: the label, with the markers of the texts quoted, and
 * each quotation in its own language, in a `blockquote` that cites where it was read. A
 * passage quoted already for an earlier milestone (one passage may speak of two) is pointed
 * to, not repeated.
 */
function claim(view: TimelineView, entry: Entry, milestone: Milestone): TemplateResult {
  const quotes = quotesOf(milestone, view.visit);
  const passages = quotes.map((quote) => passageFor(quote, view.locale));
  const sources = passages.flatMap((p) => p.sources);
  const byId = new Map(view.visit.sources.map((s) => [s.id, s]));
  return html`<figure part="claim" class="claim">
    <figcaption part="claim-label" class="claim-label">
      ${view.t.accordingToArticle}${view.notes.cite(sources)}
    </figcaption>
    ${passages.map((passage, i) => {
      const earlier = view.quoted.get(quotes[i]!.id);
      if (earlier) {
        return html`<p part="quoted-above" class="quoted-above">
          ${view.t.quotedAbove(renderSpan(earlier.start, earlier.end, view.lang))}
        </p>`;
      }
      view.quoted.set(quotes[i]!.id, entry);
      const url = passage.sources.map((id) => httpUrl(byId.get(id)?.url)).find(Boolean);
      return html`<blockquote
        part="quote"
        class="quote"
        lang=${passage.language}
        cite=${url ?? nothing}
      >
        <p>${passage.text}</p>
      </blockquote>`;
    })}
  </figure>`;
}

/**
 * One entry as a list item: the date, then what happened, its sources and, for a milestone,
 * more. A date the entry before it showed already is there for a screen reader, not shown
 * again.
 */
export function renderEntry(view: TimelineView, entry: Entry, previous?: Entry): TemplateResult {
  const milestone = entry.kind === 'milestone' ? entry.milestone : undefined;
  const isClaimed = milestone !== undefined && isClaim(milestone);
  const sameDate = previous?.start === entry.start && previous.end === entry.end;
  return html`<li
    part="entry"
    class="entry ${entry.kind}${isClaimed ? ' claimed' : ''}${sameDate ? ' same-date' : ''}"
    data-entry=${entry.id}
  >
    <p part="date" class="date">${renderSpan(entry.start, entry.end, view.lang)}</p>
    <div part="body" class="body">
      <p part="title" class="title">${title(view, entry)}${view.notes.cite(entry.sources)}</p>
      ${
        milestone?.description
          ? html`<p part="description" class="description">${text(view, milestone.description)}</p>`
          : nothing
      }
      ${isClaimed ? claim(view, entry, milestone) : nothing}
    </div>
  </li>`;
}

/**
 * The article the quotations come from, named once: author, title, newspaper and date, with a
 * line saying that a quotation in English is not translated, where one is.
 */
export function renderArticle(
  view: TimelineView,
  milestones: readonly Milestone[],
): TemplateResult {
  const { t, visit, locale, lang } = view;
  const { article } = visit;
  const [open, close] = t.titleMarks;
  const english =
    locale !== 'en' &&
    milestones.some((m) => quotesOf(m, visit).some((q) => passageFor(q, locale).language === 'en'));
  return html`<div part="article" class="article">
    <p part="article-citation" class="article-citation">
      ${t.article(
        html`<span part="author">${text(view, article.author.name)}</span>`,
        html`${open}<cite part="article-title">${text(view, article.title)}</cite>${close}`,
        text(view, article.publication),
        html`<time datetime=${article.date}>${formatDate(article.date, lang)}</time>`,
      )}
    </p>
    ${
      english
        ? html`<p part="language-note" class="language-note">${t.quotedFromEnglish}</p>`
        : nothing
    }
  </div>`;
}
