/**
 * The @lit/context key through which elements receive a dataset from a `<visit-data>`
 * provider. With no provider, elements use the bundled default.
 *
 * @module
 */
import { createContext } from '@lit/context';
import type { Visit } from './types.js';

/** What a provider hands its elements: a checked dataset, or why there is none yet. */
export type VisitState =
  | { status: 'ready'; visit: Visit }
  | { status: 'loading' }
  | { status: 'error'; code: 'empty-dataset' | 'invalid-dataset' | 'load-failed'; message: string };

/**
 * Context key for the dataset in effect. A global symbol, so two copies of the library on one
 * page still talk to each other.
 */
export const visitContext = createContext<VisitState | undefined>(
  Symbol.for('visit-cards/dataset'),
);
