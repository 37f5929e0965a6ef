/**
 * Which quote `<letter-quote>` shows: pure selection logic, free of the DOM, so it can be
 * tested on its own. The element validates its attributes, then asks these functions.
 *
 * @module
 */
import type { Quote, QuoteTopic } from '../data/types.js';

/** How a quote is chosen among the candidates. */
export const QUOTE_PICKS = ['first', 'random', 'daily'] as const;
/** How a quote is chosen among the candidates. */
export type QuotePick = (typeof QUOTE_PICKS)[number];

/** A random number in [0, 1), like `Math.random`; injectable so tests can pin it. */
export type RandomFunction = () => number;

/** What to select. */
export interface QuoteQuery {
  /** An exact quote id; when set, it wins over `topic` and `pick`. */
  quoteId?: string | null;
  /** Narrows the candidates to quotes filed under this topic. */
  topic?: QuoteTopic | null;
  /** How to choose among the candidates; `first` when not given. */
  pick?: QuotePick | null;
  /** Source of randomness for `pick: 'random'`; `Math.random` when not given. */
  random?: RandomFunction;
  /** The moment for `pick: 'daily'`; now when not given. */
  now?: Date;
}

/** The outcome of a selection: a quote, or why there is none. */
export type QuoteSelection =
  | { ok: true; quote: Quote; candidates: readonly Quote[] }
  | { ok: false; reason: 'empty-dataset' | 'unknown-id' | 'no-match' };

/** The quotes filed under `topic`, in dataset order; all of them without a topic. */
export function candidatesFor(
  quotes: readonly Quote[],
  topic?: QuoteTopic | null,
): readonly Quote[] {
  return topic ? quotes.filter((quote) => quote.topics.includes(topic)) : quotes;
}

/** The UTC calendar date of `date` as `YYYY-MM-DD`: the same for every reader at one moment. */
export function utcDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * FNV-1a, 32 bits: a small, well-spread string hash. Consecutive dates ("2024-06-18",
 * "2024-06-19") land far apart, so the daily quote does not simply step through the list.
 * http://www.isthe.com/chongo/tech/comp/fnv/
 */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The index of the daily pick among `count` candidates: a function of the UTC date alone. */
export function dailyIndex(utcDate: string, count: number): number {
  return count > 0 ? hashString(utcDate) % count : -1;
}

/** An index in [0, count) from `random`, safe against a function that returns 1, NaN or worse. */
export function randomIndex(count: number, random: RandomFunction = Math.random): number {
  if (count <= 0) return -1;
  const r = Number(random());
  if (!Number.isFinite(r) || r <= 0) return 0;
  return Math.min(count - 1, Math.floor(r * count));
}

/** Chooses one of `candidates` as `pick` says; `undefined` when there are none. */
export function pickQuote(
  candidates: readonly Quote[],
  pick: QuotePick = 'first',
  options: { random?: RandomFunction; now?: Date } = {},
): Quote | undefined {
  if (!candidates.length) return undefined;
  const index =
    pick === 'random'
      ? randomIndex(candidates.length, options.random)
      : pick === 'daily'
        ? dailyIndex(utcDateString(options.now ?? new Date()), candidates.length)
        : 0;
  return candidates[index];
}

/**
 * Selects a quote: by exact id if one is given, else among the quotes of `topic` (or all)
 * as `pick` says. Never throws; says why when nothing can be shown.
 */
export function selectQuote(quotes: readonly Quote[], query: QuoteQuery = {}): QuoteSelection {
  if (!quotes.length) return { ok: false, reason: 'empty-dataset' };
  if (query.quoteId) {
    const quote = quotes.find((q) => q.id === query.quoteId);
    return quote ? { ok: true, quote, candidates: [quote] } : { ok: false, reason: 'unknown-id' };
  }
  const candidates = candidatesFor(quotes, query.topic);
  const quote = pickQuote(candidates, query.pick ?? 'first', query);
  return quote ? { ok: true, quote, candidates } : { ok: false, reason: 'no-match' };
}
