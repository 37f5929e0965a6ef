/**
 * What a card must hear from the page around it, wired once per page for every connected
 * card: a `lang` change on any ancestor (in the document or inside another component's
 * shadow root), and a `<visit-data>` provider that appears after the card asked for one.
 *
 * Nothing here holds a card once it is disconnected: an unanswered context request is not
 * stored (as Lit's ContextRoot stores one per card), the card is asked again instead.
 *
 * @module
 */
import { visitContext } from '../data/context.js';

/** What the page watch needs of a card. */
export interface WatchedCard extends HTMLElement {
  /** Re-renders the card (its `lang` may have changed). */
  requestUpdate(): void;
  /** True once a provider answered the card's context request. */
  readonly hasProvider: boolean;
  /** Sends the card's context request again. */
  askForProvider(): void;
}

/** Cards connected now. */
const connected = new Set<WatchedCard>();
/** Shadow roots whose `lang` attributes the observer already watches. */
const watchedRoots = new WeakSet<Node>();
let langObserver: MutationObserver | undefined;
let listening = false;

const LANG_OPTIONS: MutationObserverInit = {
  attributes: true,
  attributeFilter: ['lang'],
  subtree: true,
};

/** Starts telling `card` about lang changes and late providers; call when it connects. */
export function watch(card: WatchedCard): void {
  if (typeof document === 'undefined') return;
  connected.add(card);
  listenForProviders();
  watchLang(card);
}

/** Stops; call when the card disconnects. */
export function unwatch(card: WatchedCard): void {
  connected.delete(card);
}

/** How many cards are watched now: for the memory tests. */
export const watchedCount = (): number => connected.size;

/**
 * A provider that connects after a card asked (its tag defined later, or added later) answers
 * nobody by itself: ask again for each card inside it that has no provider yet. Every copy of
 * the library on a page listens for its own cards; providers of any copy announce themselves.
 */
function listenForProviders(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('context-provider', (event) => {
    // A ContextProviderEvent (its class is not exported by @lit/context's index).
    const { context, contextTarget } = event as Event & { context?: unknown; contextTarget?: Node };
    if (context !== visitContext) return;
    const provider = contextTarget ?? event.composedPath()[0];
    for (const card of connected) {
      if (!card.hasProvider && isInside(card, provider as Node)) card.askForProvider();
    }
  });
}

/** Whether `node` is `ancestor` or inside it, across shadow roots. */
function isInside(node: Node, ancestor: Node): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
    if (at === ancestor) return true;
  }
  return false;
}

/**
 * One observer for the document and every shadow root a card sits in: a mutation observer
 * on the document does not see into shadow roots, where another component may set `lang`.
 */
function watchLang(card: WatchedCard): void {
  if (typeof MutationObserver === 'undefined') return;
  langObserver ??= new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
  observe(document.documentElement);
  for (let root = card.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    observe(root);
  }
}

function observe(target: Node): void {
  if (watchedRoots.has(target)) return;
  watchedRoots.add(target);
  langObserver!.observe(target, LANG_OPTIONS);
}
