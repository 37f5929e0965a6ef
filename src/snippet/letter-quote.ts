/**
 * The fallback and JSON-LD of `<letter-quote>`: the quote the card will show, in the text the
 * card shows (never a translation: `passageFor`), attributed as the card attributes it, with
 * its sources; and a schema.org `Quotation` that is part of the article.
 *
 * @module
 */
import type { Quote, Visit } from '../data/types.js';
import { httpUrl } from '../data/url.js';
import { QUOTE_TOPICS } from '../data/vocabulary.js';
import { isBlank, keyword, keywordList } from '../internal/attributes.js';
import { formatDate, formatNumber } from '../internal/format.js';
import { LETTER_QUOTE_SECTIONS } from '../elements/letter-quote/options.js';
import { QUOTE_PICKS, selectQuote } from '../internal/pick-quote.js';
import { passageFor, sourcesOf as passageSources } from '../internal/passage.js';
import { letterQuoteStrings } from '../locales/index.js';
import { problemError, type Written } from './attributes.js';
import { person, sourceWork } from './json-ld.js';
import { element } from './markup.js';
import {
  heading,
  localized,
  phrase,
  plain,
  sourcesList,
  type CardFallback,
  type View,
} from './view.js';

/** The attributes of `<letter-quote>` besides the shared ones. */
export const LETTER_QUOTE_ATTRIBUTES = ['quote-id', 'topic', 'pick', 'expanded'] as const;

/**
 * The quote the card will show. `pick="daily"` gives the quote of `now`'s UTC date (the
 * snippet's, which the card moves on from at midnight); `pick="random"` gives the first
 * candidate, since the card's draw cannot be known.
 */
function chosen(visit: Visit, attributes: Written, now: Date): { quote: Quote; expanded: boolean } {
  const quoteId = attributes.get('quote-id');
  const topic = keyword('topic', attributes.get('topic'), QUOTE_TOPICS, undefined);
  const pick = keyword('pick', attributes.get('pick'), QUOTE_PICKS, 'first');
  const expanded = keywordList('expanded', attributes.get('expanded'), LETTER_QUOTE_SECTIONS);
  const selection = selectQuote(visit.quotes, {
    quoteId: isBlank(quoteId) ? undefined : quoteId,
    topic,
    pick,
    random: () => 0,
    now,
  });
  if (selection.ok) return { quote: selection.quote, expanded: expanded.includes('sources') };
  const detail = {
    'empty-dataset': { attribute: 'dataset', message: 'The dataset has no quotes.' },
    'unknown-id': {
      attribute: 'quote-id',
      message: `quote-id="${quoteId}" names no quote in the dataset.`,
    },
    'no-match': {
      attribute: 'topic',
      message: `No quote in the dataset has the topic "${topic}".`,
    },
  }[selection.reason];
  throw problemError('letter-quote', { code: selection.reason, ...detail });
}

/** `<letter-quote>`'s fallback and JSON-LD, for its attributes. */
export function letterQuoteFallback(view: View, attributes: Written, now: Date): CardFallback {
  const { visit, locale, lang, blockLang } = view;
  const t = letterQuoteStrings[locale];
  const { article } = visit;
  const { quote, expanded } = chosen(visit, attributes, now);
  const passage = passageFor(quote, locale);
  const sources = passageSources(passage.sources, visit.sources);
  const url = sources.map((s) => httpUrl(s.url)).find(Boolean);
  const [open, close] = t.titleMarks;
  const author = localized(view, article.author.name);

  const blocks = [
    heading(view, 0, phrase(t.fromArticle(author))),
    element(
      'figure',
      { lang: blockLang },
      element('blockquote', { cite: url, lang: passage.language }, element('p', {}, passage.text)),
      element(
        'figcaption',
        {},
        author,
        ', ',
        open,
        element('cite', {}, localized(view, article.title)),
        close,
        ', ',
        localized(view, article.publication),
        ', ',
        element('time', { datetime: article.date }, formatDate(article.date, lang)),
        ', ',
        t.paragraph(formatNumber(quote.paragraph, lang)),
      ),
    ),
    passage.language === locale
      ? undefined
      : element('p', { lang: blockLang }, t.quotedFromEnglish),
    sourcesList(view, sources, expanded),
  ];

  const creator = person(view, article.author.name, article.author.role);
  const jsonLd = {
    '@type': 'Quotation',
    text: passage.text,
    inLanguage: passage.language,
    creator,
    isPartOf: {
      '@type': 'Article',
      headline: plain(view, article.title),
      author: creator,
      datePublished: article.date,
      publisher: { '@type': 'Organization', name: plain(view, article.publication) },
    },
    citation: sources.map(sourceWork),
  };
  return { blocks, jsonLd };
}
