/**
 * The base every element shares: it receives the dataset from context (or uses the bundled
 * one), resolves `lang`, checks the shared attributes, and reports bad input as a notice in the
 * card, a `visit-cards-error` event and one console warning. Each element then holds only its
 * own rendering.
 *
 * @module
 */
import { consume, ContextRoot } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { visitContext, type VisitState } from '../data/context.js';
import { dataset as defaultDataset } from '../data/default-dataset.js';
import type { Visit } from '../data/types.js';
import { dispatchError, type VisitCardsErrorDetail } from './error-event.js';
import { commonStrings, type CommonStrings } from './i18n/common.js';
import { inheritedLang, resolveLocale, type Locale } from './locale.js';
import { takeOverServerRender } from './server-render.js';

/** Colour schemes: `auto` follows the reader's `prefers-color-scheme`. */
export const THEMES = ['auto', 'light', 'dark'] as const;
/** A colour scheme. */
export type Theme = (typeof THEMES)[number];

const HEADINGS: Record<number, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** Elements connected now, so one observer can tell them when an ancestor's `lang` changes. */
const connected = new Set<VisitElement>();
let langObserver: MutationObserver | undefined;

const CONTEXT_ROOT_KEY = Symbol.for('visit-cards.context-root');

/**
 * Lets a card find its `<visit-data>` whichever tag was defined first: without a ContextRoot,
 * a card that upgrades before its provider asks once, goes unanswered and keeps the default.
 * One per page, even with two copies of the library.
 */
function attachContextRoot(): void {
  const doc = document as Document & { [CONTEXT_ROOT_KEY]?: true };
  if (doc[CONTEXT_ROOT_KEY]) return;
  doc[CONTEXT_ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}

function watchLang(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

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
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** What a `<visit-data>` provider above this element supplies; `undefined` with none. */
  @consume({ context: visitContext, subscribe: true })
  @state()
  protected provided?: VisitState;

  /** The problem the last render showed, reported in `updated()`. */
  private problem?: Problem;
  private reported?: string;
  private readonly warned = new Set<string>();

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
    // Before super: the context request goes out from super.connectedCallback().
    attachContextRoot();
    super.connectedCallback();
    connected.add(this);
    watchLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** The heading level in effect: a removed `heading-level` means the default, 3. */
  private get level(): number {
    return this.headingLevel ?? 3;
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

  /**
   * Checks this element's own attributes; returns the first problem, or nothing. Subclasses
   * extend it and call `super`.
   */
  protected checkAttributes(): Problem | undefined {
    // A removed attribute reads as null: that means the default, not a bad value.
    if (this.theme != null && !(THEMES as readonly string[]).includes(this.theme)) {
      return invalid('theme', this.theme, THEMES);
    }
    const level = this.level;
    if (!Number.isInteger(level) || level < 1 || level > 6) {
      return {
        code: 'invalid-attribute',
        attribute: 'heading-level',
        value: String(this.getAttribute('heading-level') ?? this.headingLevel),
        message: 'heading-level must be an integer from 1 to 6.',
      };
    }
    return undefined;
  }

  /** Renders the element's content from a checked dataset. */
  protected abstract renderVisit(visit: Visit): TemplateResult | typeof nothing;

  protected override render(): TemplateResult | typeof nothing {
    this.problem = undefined;
    const state = this.provided ?? { status: 'ready', visit: defaultDataset };
    if (state.status === 'loading') {
      return html`<p part="notice" class="notice" role="status">${this.common.loading}</p>`;
    }
    if (state.status === 'error') {
      return this.fail({ code: state.code, attribute: 'dataset', message: state.message });
    }
    const problem = this.checkAttributes();
    return problem ? this.fail(problem) : this.renderVisit(state.visit);
  }

  /** Shows a localized notice in place of the content, and reports `problem` after render. */
  protected fail(problem: Problem): TemplateResult {
    this.problem = problem;
    const c = this.common;
    const attribute = problem.attribute ?? '';
    const value = problem.value ?? '';
    const text =
      problem.code === 'invalid-attribute'
        ? c.invalidAttribute(attribute, value)
        : problem.code === 'unknown-id'
          ? c.unknownId(attribute, value)
          : problem.code === 'no-match'
            ? c.noMatch(attribute, value)
            : problem.code === 'empty-dataset'
              ? c.emptyDataset
              : problem.code === 'load-failed'
                ? c.loadFailed
                : c.invalidDataset;
    return html`<div part="notice" class="notice" role="note" aria-label=${c.noticeTitle}>
      <p part="notice-title" class="notice-title">${c.noticeTitle}</p>
      <p part="notice-text">${text}</p>
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

/** The problem of an attribute whose value is not one of `allowed`. */
export function invalid(attribute: string, value: unknown, allowed: readonly string[]): Problem {
  return {
    code: 'invalid-attribute',
    attribute,
    value: String(value),
    message: `${attribute}="${String(value)}" is not one of: ${allowed.join(', ')}.`,
  };
}
