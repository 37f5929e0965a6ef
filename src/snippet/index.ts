/**
 * `visit-cards/snippet`: the markup to paste for a card, with the fallback that readers
 * without JavaScript and crawlers see: the card's text in the reader's language, written from
 * the same data and strings the card renders, links to its sources, and its schema.org
 * JSON-LD. The card replaces it when it upgrades: it renders into a shadow root without a
 * slot, so the fallback is neither shown nor read beside it.
 *
 * @example
 * import { snippet } from 'visit-cards/snippet';
 * snippet('letter-quote', { 'quote-id': 'sanctions', lang: 'ru' });
 * // <letter-quote quote-id="sanctions" lang="ru">
 * // <h3>Из статьи, автор — Владимир Путин</h3>
 * // <figure><blockquote lang="en"><p>At the same time, …</p></blockquote>…</figure>
 * // …
 * // <script type="application/ld+json">{"@context":"https://schema.org","@type":"Quotation",…}</script>
 * // </letter-quote>
 *
 * Also a command: `npx visit-cards snippet letter-quote quote-id=sanctions lang=ru`.
 *
 * @module
 */
import { dataset as bundled } from '../data/default-dataset.js';
import type { Visit } from '../data/types.js';
import { httpUrl } from '../data/url.js';
import { formatProblem } from '../data/problem.js';
import { validateVisit } from '../data/validate.js';
import { resolveLocale } from '../locales/tags.js';
import { asSnippetError, readShared, SnippetError, written, type Written } from './attributes.js';
import { DELEGATION_ROSTER_ATTRIBUTES, delegationRosterFallback } from './delegation-roster.js';
import { jsonLdScript } from './json-ld.js';
import { LETTER_QUOTE_ATTRIBUTES, letterQuoteFallback } from './letter-quote.js';
import { attributes as attributeMarkup, element, type Markup } from './markup.js';
import type { CardFallback, View } from './view.js';
import { VISIT_CARD_ATTRIBUTES, visitCardFallback } from './visit-card.js';
import { VISIT_TIMELINE_ATTRIBUTES, visitTimelineFallback } from './visit-timeline.js';

export { SnippetError, type SnippetErrorCode } from './attributes.js';

/** How each card's fallback is written, and which attributes it reads. */
const CARDS = {
  'visit-card': { attributes: VISIT_CARD_ATTRIBUTES, write: visitCardFallback },
  'delegation-roster': {
    attributes: DELEGATION_ROSTER_ATTRIBUTES,
    write: delegationRosterFallback,
  },
  'letter-quote': { attributes: LETTER_QUOTE_ATTRIBUTES, write: letterQuoteFallback },
  'visit-timeline': { attributes: VISIT_TIMELINE_ATTRIBUTES, write: visitTimelineFallback },
} satisfies Record<
  string,
  {
    attributes: readonly string[];
    write: (view: View, attributes: Written, now: Date) => CardFallback;
  }
>;

/** The cards a snippet can be written for. */
export const SNIPPET_TAGS = Object.keys(CARDS) as SnippetTag[];
/** A card a snippet can be written for. */
export type SnippetTag = keyof typeof CARDS;

/** The attributes of a card, by name, as they would be written in HTML. */
export type SnippetAttributes = Readonly<Record<string, string | undefined>>;

/** What else goes into the snippet, and what it is written from. */
export interface SnippetOptions {
  /**
   * The dataset to write the fallback from: the bundled one when not given. It is validated
   * first. A page that shows another dataset puts the card in a `<visit-data>` holding it.
   */
  dataset?: unknown;
  /** The URL of the library's module (`visit-cards.js`): adds its `<script type="module">`. */
  scriptSrc?: string;
  /** The URL of the reservation stylesheet (`visit-cards.css`): adds its `<link>`. */
  stylesheetHref?: string;
  /** Subresource Integrity hashes (`sha384-…`, from dist/cdn/integrity.json) of those. */
  integrity?: { script?: string; stylesheet?: string };
  /** The moment whose quote `pick="daily"` shows: now when not given. */
  now?: Date;
}

/** The cards' names, for messages. */
const TAG_LIST = Object.keys(CARDS).join(', ');

/** Whether `tag` is a card a snippet can be written for. */
function isSnippetTag(tag: string): tag is SnippetTag {
  return Object.hasOwn(CARDS, tag);
}

/** `url`, if it is http(s) or relative; a `javascript:`, `data:` or other scheme is refused. */
function checkedUrl(url: string | undefined, option: string): string | undefined {
  if (url === undefined) return undefined;
  const relative =
    typeof url === 'string' && url.trim() === url && url !== '' && !/^[a-z][a-z\d+.-]*:/i.test(url);
  if (relative || httpUrl(url)) return url;
  throw new SnippetError(
    'invalid-option',
    `${option} must be an http(s) or relative URL, not "${String(url)}".`,
    option,
  );
}

/** `hash`, if it is an SRI value (`sha384-…`, space-separated for more than one). */
function checkedIntegrity(hash: string | undefined, option: string): string | undefined {
  if (hash === undefined) return undefined;
  if (
    typeof hash === 'string' &&
    /^sha(256|384|512)-[A-Za-z\d+/]+={0,2}( sha(256|384|512)-[A-Za-z\d+/]+={0,2})*$/.test(hash)
  ) {
    return hash;
  }
  throw new SnippetError('invalid-option', `${option} is not an SRI hash ("sha384-…").`, option);
}

/** The dataset to write from: the bundled one, or `input` once it has passed validation. */
function datasetOf(input: unknown): Visit {
  if (input === undefined) return bundled;
  const result = validateVisit(input, { maxProblems: 3 });
  if (result.ok) return result.visit;
  throw new SnippetError(
    'invalid-dataset',
    `The dataset is not valid: ${result.problems.map(formatProblem).join('; ')}.`,
    'dataset',
  );
}

/**
 * The markup of `<tag>` with `attributes`, holding its fallback and JSON-LD, and, as
 * `options` ask, the stylesheet and script before it. Throws a `SnippetError` (never anything
 * else) when the element is not a card, an attribute is one the element does not take or has a
 * value it would refuse, the attributes select nothing (an unknown `quote-id`, a filter that
 * matches no one), or an option or the dataset is bad.
 */
export function snippet(
  tag: string,
  attributes: SnippetAttributes = {},
  options: SnippetOptions = {},
): string {
  if (!isSnippetTag(tag)) {
    throw new SnippetError(
      'unknown-element',
      tag === 'visit-data'
        ? '<visit-data> is a provider, not a card: it shows nothing of its own, so it has no fallback. Write the snippet of each card in it.'
        : `"${String(tag)}" is not a card; the cards are: ${TAG_LIST}.`,
    );
  }
  const card = CARDS[tag];
  const given = written(tag, attributes, card.attributes);
  if (typeof options !== 'object' || options === null) {
    throw new SnippetError('invalid-option', 'The options must be an object.');
  }
  const script = checkedUrl(options.scriptSrc, 'scriptSrc');
  const stylesheet = checkedUrl(options.stylesheetHref, 'stylesheetHref');
  const scriptIntegrity = checkedIntegrity(options.integrity?.script, 'integrity.script');
  const sheetIntegrity = checkedIntegrity(options.integrity?.stylesheet, 'integrity.stylesheet');
  const visit = datasetOf(options.dataset);
  const now = options.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new SnippetError('invalid-option', 'now must be a valid Date.', 'now');
  }

  const { blocks, jsonLd } = asSnippetError(tag, () => {
    const { lang, level } = readShared(given);
    const locale = resolveLocale(lang);
    const view: View = {
      visit,
      locale,
      lang: lang ?? 'en',
      level,
      blockLang: lang ? undefined : locale,
    };
    return card.write(view, given, now);
  });

  const crossorigin = 'anonymous';
  const head: Markup[] = [];
  if (stylesheet) {
    head.push(
      element('link', {
        rel: 'stylesheet',
        href: stylesheet,
        integrity: sheetIntegrity,
        crossorigin: sheetIntegrity && crossorigin,
      }),
    );
  }
  if (script) {
    head.push(
      element('script', {
        type: 'module',
        src: script,
        integrity: scriptIntegrity,
        crossorigin: scriptIntegrity && crossorigin,
      }),
    );
  }
  // One block a line, for the person who pastes it; the whitespace between blocks shows nothing.
  const body = [...blocks.filter((b) => b !== undefined), jsonLdScript(jsonLd)];
  const open = `<${tag}${attributeMarkup(Object.fromEntries(given))}>`;
  return [...head.map(String), open, ...body.map(String), `</${tag}>`].join('\n') + '\n';
}
