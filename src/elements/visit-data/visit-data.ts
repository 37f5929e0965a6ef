import { provide } from '@lit/context';
import { LitElement, css, html, isServer, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { visitContext, type VisitState } from '../../data/context.js';
import { formatProblem } from '../../data/problem.js';
import { validateVisit } from '../../data/validate.js';
import { dispatchError } from '../../internal/error-event.js';
import { takeOverServerRender } from '../../internal/server-render.js';

/**
 * Hands a dataset to every visit-cards element inside it. Without a provider the elements use
 * the bundled dataset; with one, they show the dataset it holds: set through the `dataset`
 * property or loaded as JSON from `src`. Either is validated first: a bad dataset puts every
 * element inside into a clear error state, and is never shown.
 *
 * @tagname visit-data
 * @summary Supplies a dataset of the same shape as the bundled one to the cards inside it.
 *
 * @slot - The cards that should show this dataset.
 *
 * @fires visit-cards-error - When the dataset is empty, invalid or cannot be loaded.
 *   `detail.code` is `empty-dataset`, `invalid-dataset` or `load-failed`.
 * @fires visit-data-change - When a new dataset is in effect (after validation).
 */
export class VisitData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * URL of a dataset JSON file to load. Relative URLs resolve against the page. Ignored
   * while `dataset` is set.
   */
  @property() src?: string;

  /**
   * A dataset object of the same shape as `visit-cards/data`'s `dataset`; validated when set.
   * On this element it replaces HTMLElement's map of `data-*` attributes (read those with
   * `getAttribute`). Typed loosely because a page may hand in anything: it is checked at run
   * time.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- must stay assignable to HTMLElement.dataset
  @property({ attribute: false }) override dataset: any = undefined;

  /** The state handed to the cards: loading, a checked dataset, or an error. */
  @provide({ context: visitContext })
  @state()
  protected provided?: VisitState;

  private loadToken = 0;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return takeOverServerRender(this, () => super.createRenderRoot());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server render neither fetches nor reports: the browser does both once it upgrades.
    if (isServer || (!changed.has('dataset') && !changed.has('src'))) return;
    if (this.dataset !== undefined) {
      this.loadToken++;
      this.accept(this.dataset);
    } else if (this.src) {
      void this.load(this.src);
    } else {
      this.loadToken++;
      this.provided = undefined;
    }
  }

  /** Validates `input` and hands it on, or hands on the error. */
  private accept(input: unknown): void {
    if (
      input === null ||
      typeof input !== 'object' ||
      Object.keys(input).filter((key) => key !== '$schema').length === 0
    ) {
      this.reject('empty-dataset', 'The dataset is empty.');
      return;
    }
    const result = validateVisit(input);
    if (!result.ok) {
      const lines = result.problems.slice(0, 5).map(formatProblem);
      const more = result.problems.length > 5 ? ` (and ${result.problems.length - 5} more)` : '';
      this.reject('invalid-dataset', `The dataset is not valid: ${lines.join('; ')}${more}.`);
      return;
    }
    this.provided = { status: 'ready', visit: result.visit };
    this.dispatchEvent(new Event('visit-data-change', { bubbles: true, composed: true }));
  }

  private async load(src: string): Promise<void> {
    const token = ++this.loadToken;
    this.provided = { status: 'loading' };
    let input: unknown;
    try {
      const url = new URL(src, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new Error(`only http and https URLs are loaded, not ${url.protocol}`);
      }
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      input = await response.json();
    } catch (error) {
      if (token !== this.loadToken) return;
      this.reject('load-failed', `Could not load ${src}: ${(error as Error).message}.`);
      return;
    }
    if (token === this.loadToken) this.accept(input);
  }

  private reject(code: 'empty-dataset' | 'invalid-dataset' | 'load-failed', message: string): void {
    this.provided = { status: 'error', code, message };
    dispatchError(this, { code, attribute: code === 'load-failed' ? 'src' : 'dataset', message });
    console.warn(`<visit-data>: ${message}`);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
