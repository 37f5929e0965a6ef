/**
 * A provider that hands cards a dataset without validating it, as a bug or a second copy of
 * the library might: for testing that the cards' own guards hold when validation is bypassed.
 */
import { ContextProvider } from '@lit/context';
import { visitContext, type VisitState } from '../../../src/data/context.js';

/** `<raw-visit-provider>`: provides `state`, unchecked, to the elements inside it. */
export class RawVisitProvider extends HTMLElement {
  private readonly provider = new ContextProvider(this, { context: visitContext });

  /** What the cards inside receive, as given. */
  set state(value: VisitState) {
    this.provider.setValue(value);
  }
}

if (!customElements.get('raw-visit-provider')) {
  customElements.define('raw-visit-provider', RawVisitProvider);
}
