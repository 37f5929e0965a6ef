import { provide } from '@lit/context';
import { LitElement, css, html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { visitContext, type VisitState } from '../../data/context.js';
import { formatProblem } from '../../data/problem.js';
import { validateVisit } from '../../data/validate.js';
import { dispatchError } from '../../internal/error-event.js';
import { takeOverServerRender } from '../../internal/server-render.js';
import { fetchDataset } from './fetch-dataset.js';

export { MAX_DATASET_BYTES } from './fetch-dataset.js';

/** How long `<visit-data>` waits for `src` by default, in milliseconds: 10 seconds. */
export const DEFAULT_LOAD_TIMEOUT = 10000;

/** The longest timeout `setTimeout` keeps: beyond it, a timer fires at once. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/** How many problems of an invalid dataset the event's message names. */
const SHOWN_PROBLEMS = 5;

/**
 * Hands a dataset to every visit-cards element inside it. Without a provider the elements use
 * the bundled dataset; with one, they show the dataset it holds: set through the `data`
 * property or loaded as JSON from `src`. Either is validated first: a bad dataset puts every
 * element inside into a clear error state, and is never shown.
 *
 * A load from `src` has limits: it fails after `timeout` milliseconds, on a response whose
 * Content-Type is not JSON, and on a body over `MAX_DATASET_BYTES` (2 MiB). It is cancelled
 * when `src` changes, when `data` is set and when the element leaves the document; a
 * cancelled load reports nothing, and one cancelled by removal starts again when the element
 * is put back.
 *
 * @tagname visit-data
 * @summary Supplies a dataset of the same shape as the bundled one to the cards inside it.
 *
 * @slot - The cards that should show this dataset.
 *
 * @fires {VisitCardsErrorEvent} visit-cards-error - When the dataset is empty, invalid or cannot
 *   be loaded. `detail.code` is `empty-dataset`, `invalid-dataset` or `load-failed`.
 * @fires {Event} visit-data-change - When a new dataset is in effect (after validation). A plain
 *   `Event` (bubbles, composed) with no detail: the cards inside already show the new dataset.
 */
export class VisitData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * URL of a dataset JSON file to load, over http or https. Relative URLs resolve against the
   * page. Ignored while `data` is set. Setting the URL in effect again loads it again only
   * if its last load failed: that is how a page retries.
   */
  // Every assignment is looked at, even of the same URL: willUpdate decides whether to load.
  @property({ hasChanged: () => true }) src?: string;

  /**
   * How long a load from `src` may take, in milliseconds, before it fails with `load-failed`.
   * Anything but a positive number up to 2147483647 means the default, 10000. Read when a
   * load starts.
   */
  @property({ type: Number }) timeout = DEFAULT_LOAD_TIMEOUT;

  /**
   * A dataset object of the same shape as `visit-cards/data`'s `dataset`; validated when set,
   * and in effect instead of `src`. May be set before the element is defined: the value is
   * taken when it upgrades. Typed `unknown` because a page may hand in anything: it is checked
   * at run time.
   */
  @property({ attribute: false }) data: unknown = undefined;

  /** The state handed to the cards: loading, a checked dataset, or an error. */
  @provide({ context: visitContext })
  @state()
  protected provided?: VisitState;

  /** The load in flight: aborting it cancels it. */
  private controller?: AbortController;
  /** The `src` loading now or in effect; unset when its load failed or was cancelled. */
  private currentSrc?: string;
  /** A load was cancelled by removal, or never started while detached: load on connect. */
  private resume = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return takeOverServerRender(this, () => super.createRenderRoot());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.resume) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.controller) {
      this.cancelLoad();
      this.resume = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server render neither fetches nor reports: the browser does both once it upgrades.
    if (isServer) return;
    const resume = this.resume;
    this.resume = false;
    if (!resume && !changed.has('data') && !changed.has('src')) return;
    if (this.data !== undefined) {
      if (!changed.has('data')) return;
      this.cancelLoad();
      this.accept(this.data);
    } else if (!this.src) {
      this.cancelLoad();
      this.provided = undefined;
    } else if (this.src !== this.currentSrc) {
      // Lit updates a detached element too; a load it started could never be cancelled.
      if (this.isConnected) void this.load(this.src);
      else this.resume = true;
    }
  }

  /** The `timeout` in effect: the default for anything setTimeout cannot keep. */
  private get timeoutMs(): number {
    const ms = this.timeout;
    return typeof ms === 'number' && ms > 0 && ms <= MAX_TIMEOUT ? ms : DEFAULT_LOAD_TIMEOUT;
  }

  /** Validates `input` and hands it on, or hands on the error; returns whether it took it. */
  private accept(input: unknown): boolean {
    if (isEmpty(input)) {
      this.reject('empty-dataset', 'The dataset is empty.');
      return false;
    }
    // One more than shown, to know whether there are more.
    const result = validateVisit(input, { maxProblems: SHOWN_PROBLEMS + 1 });
    if (!result.ok) {
      const lines = result.problems.slice(0, SHOWN_PROBLEMS).map(formatProblem);
      const more = result.problems.length > SHOWN_PROBLEMS ? ' (and more)' : '';
      this.reject('invalid-dataset', `The dataset is not valid: ${lines.join('; ')}${more}.`);
      return false;
    }
    this.provided = { status: 'ready', visit: result.visit };
    this.dispatchEvent(new Event('visit-data-change', { bubbles: true, composed: true }));
    return true;
  }

  private async load(src: string): Promise<void> {
    this.cancelLoad();
    const controller = new AbortController();
    this.controller = controller;
    this.currentSrc = src;
    this.provided = { status: 'loading' };
    const ms = this.timeoutMs;
    const timer = setTimeout(() => controller.abort(new Error(`timed out after ${ms} ms`)), ms);
    let input: unknown;
    try {
      input = await fetchDataset(src, controller.signal);
    } catch (error) {
      // Cancelled (a new src, data, removal): whoever cancelled it decides what shows.
      if (this.controller !== controller) return;
      this.controller = undefined;
      this.currentSrc = undefined;
      const reason: unknown = controller.signal.aborted ? controller.signal.reason : error;
      this.reject('load-failed', `Could not load ${src}: ${(reason as Error).message}.`);
      return;
    } finally {
      clearTimeout(timer);
      // Cancelling an unread body does not hang up in Firefox or WebKit; aborting does.
      controller.abort();
    }
    if (this.controller !== controller) return;
    this.controller = undefined;
    if (!this.accept(input)) this.currentSrc = undefined;
  }

  /** Cancels the load in flight, if any: it will report nothing. */
  private cancelLoad(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.currentSrc = undefined;
  }

  private reject(code: 'empty-dataset' | 'invalid-dataset' | 'load-failed', message: string): void {
    this.provided = { status: 'error', code, message };
    dispatchError(this, { code, attribute: code === 'load-failed' ? 'src' : 'dataset', message });
    console.warn(`<visit-data>: ${message}`);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

/** Whether `input` holds nothing to show. One that throws when read is not empty: it is invalid. */
function isEmpty(input: unknown): boolean {
  if (input === null || typeof input !== 'object') return true;
  try {
    return Object.keys(input).every((key) => key === '$schema');
  } catch {
    return false;
  }
}
