/**
 * The one list of the library's elements. Everything else that names them all is derived from
 * it (the size entries, the server-render, registration, Trusted Types and memory tests) or
 * checked against it by test/node/elements.test.ts (the root entry, package.json's exports,
 * the size budgets, the manifest, the API docs, the README and the stories).
 *
 * Adding an element: a folder `src/elements/<tag>/` with the class, a registering entry
 * `src/define/<tag>.ts`, a line here, and then what `npm test` names as missing.
 *
 * Not imported by the library itself, so it costs a page nothing.
 *
 * @module
 */

/** One element: its tag, the class its modules export, and whether it draws a card. */
export interface ElementEntry {
  /** The custom element name. */
  readonly tag: string;
  /** The class `visit-cards/<tag>` and `visit-cards/<tag>/class` export. */
  readonly className: string;
  /** True for a card (it renders, and shows a notice on bad input); false for a provider. */
  readonly card: boolean;
}

/** Every element, in the order the root entry defines them: the provider first. */
export const ELEMENTS = [
  { tag: 'visit-data', className: 'VisitData', card: false },
  { tag: 'visit-card', className: 'VisitCard', card: true },
  { tag: 'delegation-roster', className: 'DelegationRoster', card: true },
  { tag: 'letter-quote', className: 'LetterQuote', card: true },
  { tag: 'visit-timeline', className: 'VisitTimeline', card: true },
] as const satisfies readonly ElementEntry[];

/** Every tag. */
export const TAGS = ELEMENTS.map((element) => element.tag);

/** The tags of the cards: the elements that render. */
export const CARD_TAGS = ELEMENTS.filter((element) => element.card).map((element) => element.tag);
