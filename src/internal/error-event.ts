/**
 * The event every element fires when its input is bad: an unknown id, a bad enum value, an
 * empty or invalid dataset. It bubbles out of shadow roots so one listener on the page hears
 * every card.
 *
 * @module
 */

/** What went wrong, as a stable code a page can switch on. */
export type VisitCardsErrorCode =
  | 'invalid-attribute'
  | 'unknown-id'
  | 'no-match'
  | 'empty-dataset'
  | 'invalid-dataset'
  | 'load-failed'
  | 'render-failed';

/** Detail of a `visit-cards-error` event. */
export interface VisitCardsErrorDetail {
  /** What went wrong. */
  code: VisitCardsErrorCode;
  /** The attribute (or property, for `dataset`) that holds the bad input, if any. */
  attribute?: string;
  /** The bad value, as given. */
  value?: string;
  /** A sentence in English for developers; the card shows a localized notice. */
  message: string;
}

/** Fired (bubbles, composed) when an element's input is bad; the element shows a notice. */
export class VisitCardsErrorEvent extends Event {
  /** The event's type. */
  static readonly eventName = 'visit-cards-error';

  /** What went wrong and where. */
  readonly detail: VisitCardsErrorDetail;

  constructor(detail: VisitCardsErrorDetail) {
    super(VisitCardsErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

// On the document and the window too: the event bubbles out of every card, so one listener
// on the page hears them all.
declare global {
  interface HTMLElementEventMap {
    'visit-cards-error': VisitCardsErrorEvent;
  }
  interface DocumentEventMap {
    'visit-cards-error': VisitCardsErrorEvent;
  }
  interface WindowEventMap {
    'visit-cards-error': VisitCardsErrorEvent;
  }
}

/**
 * Fires a `visit-cards-error` from `target`. A function rather than an inline `dispatchEvent`
 * so the manifest analyzer documents the event once, from each element's `@fires`.
 */
export function dispatchError(target: EventTarget, detail: VisitCardsErrorDetail): void {
  target.dispatchEvent(new VisitCardsErrorEvent(detail));
}
