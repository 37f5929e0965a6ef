/**
 * `visit-cards/react`: JSX types for React 19, which renders custom elements natively. Import
 * it once for its types (`import type {} from 'visit-cards/react';`) and the tags, their
 * attributes and their events type-check in TSX.
 *
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DelegationRoster } from './elements/delegation-roster/delegation-roster.js';
import type { LetterQuote, LetterQuoteCopyEvent } from './elements/letter-quote/letter-quote.js';
import type { VisitCard } from './elements/visit-card/visit-card.js';
import type { VisitData } from './elements/visit-data/visit-data.js';
import type { VisitCardsErrorEvent } from './internal/error-event.js';

/** Attributes every card takes, and its error event (React 19 binds `on` + the event name). */
interface CardProps {
  theme?: 'auto' | 'light' | 'dark';
  'heading-level'?: number | `${number}`;
  'onvisit-cards-error'?: (event: VisitCardsErrorEvent) => void;
}

/** React's props of a custom element `E` with its own attributes `A`. */
type ElementProps<E extends HTMLElement, A> = DetailedHTMLProps<HTMLAttributes<E>, E> & A;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace
  namespace JSX {
    interface IntrinsicElements {
      'visit-card': ElementProps<VisitCard, CardProps & { variant?: VisitCard['variant'] }>;
      'delegation-roster': ElementProps<
        DelegationRoster,
        CardProps & {
          layout?: DelegationRoster['layout'];
          'group-by'?: DelegationRoster['groupBy'];
          sector?: string;
          status?: DelegationRoster['status'];
          limit?: number | `${number}`;
        }
      >;
      'letter-quote': ElementProps<
        LetterQuote,
        CardProps & {
          'quote-id'?: string;
          topic?: LetterQuote['topic'];
          pick?: LetterQuote['pick'];
          'onletter-quote-copy'?: (event: LetterQuoteCopyEvent) => void;
        }
      >;
      'visit-data': ElementProps<
        VisitData,
        {
          src?: string;
          /** A dataset object; React 19 sets it as the property. */
          data?: unknown;
          'onvisit-cards-error'?: (event: VisitCardsErrorEvent) => void;
        }
      >;
    }
  }
}
