/**
 * The base every element shares: it receives the dataset from context (or uses the bundled
 * one), resolves `lang`, checks the shared attributes, and reports bad input as a notice in the
 * card, a `visit-cards-error` event and one console warning. Each element then holds only its
 * own rendering.
 *
 * @module
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { ContextConsumer } from '@lit/context';
import { visitContext, type VisitState } from '../data/context.js';
import { dataset as defaultDataset } from '../data/default-dataset.js';
import type { Visit } from '../data/types.js';
import { AttributeProblem, integer, keyword, numberAttribute } from './attributes.js';
import {
  dispatchError,
  type VisitCardsErrorCode,
  type VisitCardsErrorDetail,
} from './error-event.js';
import { commonStrings, resolveLocale, type CommonStrings, type Locale } from '../locales/index.js';
import { inheritedLang } from './locale.js';
import { unwatch, watch, type WatchedCard } from './page-watch.js';
import { rendered, renderTurn } from './render-slices.js';
import { takeOverServerRender } from './server-render.js';

import { THEMES, type Theme } from './themes.js';

export { THEMES, type Theme };

const HEADINGS: Record<number, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** What a render found wrong, to be reported once it has rendered. */
type Problem = VisitCardsErrorDetail;

/**
 * Base class of the visit-cards elements. Not registered itself. The shared design tokens
 * below are inherited by every element's documentation.
 *
 * @cssprop --visit-color-text - Text colour.
 * @cssprop --visit-color-muted - Secondary text colour.
 * @cssprop --visit-color-background - Background of every card.
 * @cssprop --visit-color-surface - Background of insets and buttons.
 * @cssprop --visit-color-border - Borders and rules.
 * @cssprop --visit-color-accent - Shared accent colour.
 * @cssprop --visit-color-link - Link colour.
 * @cssprop --visit-color-focus - Focus ring colour.
 * @cssprop --visit-font-family - Font stack.
 * @cssprop --visit-font-size - Base font size.
 * @cssprop --visit-radius - Corner radius.
 * @cssprop --visit-space - Spacing unit.
 */
export abstract class VisitElement extends LitElement {
  /** Colour scheme: `auto` (follows the reader's setting), `light` or `dark`. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Level (1-6) of the card's heading, to fit the page's outline. */
  @property({ attribute: 'heading-level', converter: numberAttribute(3) }) headingLevel = 3;

  /** What a `<visit-data>` provider above this element supplies; `undefined` with none. */
  @state()
  protected provided?: VisitState;

  /**
   * Asks the nearest `<visit-data>` for its dataset when the element connects, and hears every
   * change to it; the page watch asks again for a provider that arrives later.
   */
  private readonly consumer = new ContextConsumer(this, {
    context: visitContext,
    subscribe: true,
    callback: (value) => {
      this.hasProvider = true;
      this.provided = value;
    },
  });

  /** What this update shows instead of the content, found in `willUpdate`; reported in `updated()`. */
  private problem?: Problem;
  /** The heading level in effect, checked in `willUpdate`. */
  private level = 3;
  private reported?: string;
  private readonly warned = new Set<string>();

  /**
   * Says, as the custom state `pending`, that the card waits for its first render: the
   * reservation stylesheet (visit-cards.css) holds its place meanwhile, as it does before the
   * card is defined. Not for a card the server rendered, which shows its content already.
   */
  private readonly internals = this.attachInternals();

  constructor() {
    super();
    if (!this.shadowRoot) setState(this.internals, 'pending', true);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    setState(this.internals, 'pending', false);
  }

  /**
   * Renders now, or in a later task once this task has spent its slice on cards (see
   * ./render-slices.ts): a page of many cards stays responsive while they render.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const turn = renderTurn();
    if (turn) return turn.then(() => this.scheduleUpdate());
    const started = performance.now();
    try {
      return super.scheduleUpdate();
    } finally {
      rendered(performance.now() - started);
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return takeOverServerRender(this, () => super.createRenderRoot());
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watch(this as WatchedCard);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatch(this as WatchedCard);
    this.hasProvider = false;
  }

  /** @internal Whether a `<visit-data>` answered this element's request for a dataset. */
  hasProvider = false;

  /** @internal Asks the nearest `<visit-data>` for its dataset (and to hear its changes). */
  askForProvider(): void {
    // The consumer's request, sent again: it keeps its one callback, which providers dedupe by.
    this.consumer.hostConnected();
  }

  /** The `lang` in effect: this element's, the nearest ancestor's, the document's, or `en`. */
  protected get effectiveLang(): string {
    return inheritedLang(this);
  }

  /** The UI language in effect. */
  protected get locale(): Locale {
    return resolveLocale(this.effectiveLang);
  }

  /** Shared strings in the UI language. */
  protected get common(): CommonStrings {
    return commonStrings[this.locale];
  }

  /** The dataset state in effect: the provider's, or the bundled dataset without one. */
  private get visitState(): VisitState {
    return this.provided ?? { status: 'ready', visit: defaultDataset };
  }

  /**
   * Reads and checks this element's attributes by the one rule of `attributes.ts`, keeping
   * the values in effect for render; throws an `AttributeProblem` for a bad one. Subclasses
   * extend it and call `super`.
   */
  protected checkAttributes(): void {
    keyword('theme', this.theme, THEMES, 'auto');
    this.level = integer(
      'heading-level',
      this.headingLevel,
      { min: 1, max: 6 },
      3,
      this.getAttribute('heading-level'),
    );
  }

  /**
   * Checks what this element would show of `visit`, keeping what render needs; returns the
   * problem that stops it (no quotes, an unknown id...), or nothing. Runs after the attributes
   * passed.
   */
  protected checkVisit(_visit: Visit): Problem | undefined {
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.problem = this.findProblem();
  }

  /** Why this update cannot show the content, if it cannot. Never throws. */
  private findProblem(): Problem | undefined {
    const state = this.visitState;
    if (state.status === 'loading') return undefined;
    if (state.status === 'error') {
      return { code: state.code, attribute: 'dataset', message: state.message };
    }
    try {
      this.checkAttributes();
      return this.checkVisit(state.visit);
    } catch (error) {
      if (error instanceof AttributeProblem) return error.detail;
      return renderFailed(error);
    }
  }

  /** Renders the element's content from a checked dataset, once every check has passed. */
  protected abstract renderVisit(visit: Visit): TemplateResult | typeof nothing;

  protected override render(): TemplateResult | typeof nothing {
    const state = this.visitState;
    if (state.status === 'loading') {
      return html`<p part="notice" class="notice" role="status">${this.common.loading}</p>`;
    }
    if (this.problem || state.status !== 'ready') return this.renderNotice(this.problem);
    return this.renderVisit(state.visit);
  }

  /**
   * Rendering is total: whatever a render throws (data a check did not foresee, an `Intl`
   * that refuses a value) becomes the `render-failed` notice and event, never an uncaught
   * error or a card stuck on "Loading…".
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      this.problem = renderFailed(error);
      super.update(changed);
    }
  }

  /** The localized notice shown in place of the content. */
  private renderNotice(problem: Problem | undefined): TemplateResult {
    const c = this.common;
    const attribute = problem?.attribute ?? '';
    const value = problem?.value ?? '';
    const text: Record<VisitCardsErrorCode, string> = {
      'invalid-attribute': c.invalidAttribute(attribute, value),
      'unknown-id': c.unknownId(attribute, value),
      'no-match': c.noMatch(attribute, value),
      'empty-dataset': c.emptyDataset,
      'invalid-dataset': c.invalidDataset,
      'load-failed': c.loadFailed,
      'render-failed': c.renderFailed,
    };
    return html`<div part="notice" class="notice" role="note" aria-label=${c.noticeTitle}>
      <p part="notice-title" class="notice-title">${c.noticeTitle}</p>
      <p part="notice-text">${text[problem?.code ?? 'render-failed']}</p>
    </div>`;
  }

  /** A heading at the level the page asked for, or `depth` levels below it (at most h6). */
  protected heading(content: unknown, part = 'heading', id?: string, depth = 0): TemplateResult {
    const tag = HEADINGS[Math.min(this.level + depth, 6)] ?? HEADINGS[3]!;
    return staticHtml`<${tag} part=${part} class=${part} id=${id ?? nothing}>${content}</${tag}>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const problem = this.problem;
    const key = problem ? JSON.stringify(problem) : undefined;
    if (key === this.reported) return;
    this.reported = key;
    if (!problem) return;
    dispatchError(this, problem);
    if (!this.warned.has(key!)) {
      this.warned.add(key!);
      console.warn(`<${this.localName}>: ${problem.message}`);
    }
  }
}

/**
 * Sets or clears a custom state. Where `CustomStateSet` is missing (a server's DOM shim) there
 * is nothing to set; where it wants the older `--name` form (Chromium before 125) it throws,
 * and the stylesheet then holds a card only until it is defined.
 */
function setState(internals: ElementInternals, state: string, on: boolean): void {
  try {
    if (on) internals.states?.add(state);
    else internals.states?.delete(state);
  } catch {
    // As above: no state, the card shows as soon as it renders.
  }
}

/** The problem of a render that threw. */
function renderFailed(error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'render-failed', message: `Could not render the card: ${reason}` };
}
