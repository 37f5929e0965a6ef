/**
 * The sections of a card that open on demand: each a `<details>` (keyboard and screen-reader
 * operable as it is, and found by find-in-page), open or closed as the element's `expanded`
 * attribute lists, which follows the reader's clicks. Printing opens every one and restores
 * them after. Nothing closed is dropped from the DOM.
 *
 * @module
 */
import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { keywordList } from './attributes.js';

/** An element with an `expanded` attribute: a comma list of the sections open. */
export interface ExpandableHost extends ReactiveElement {
  expanded?: string | undefined;
}

/** One section: its name in `expanded`, its parts, its summary and its content. */
export interface Disclosure<Name extends string> {
  name: Name;
  /** The `part` of the `details`; its `summary` gets `<part>-summary`. */
  part: string;
  summary: unknown;
  content: unknown;
}

/** Opens and closes an element's sections by its `expanded` attribute. */
export class Disclosures<Name extends string> implements ReactiveController {
  private open = new Set<Name>();
  /** The `details` that printing opened, and closes again. */
  private readonly forced = new Set<HTMLDetailsElement>();
  private printing = false;
  private readonly beforePrint = () => this.openForPrint();
  private readonly afterPrint = () => this.restoreAfterPrint();

  constructor(
    private readonly host: ExpandableHost,
    /** The sections `expanded` may name. */
    readonly names: readonly Name[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('beforeprint', this.beforePrint);
    globalThis.addEventListener?.('afterprint', this.afterPrint);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('beforeprint', this.beforePrint);
    globalThis.removeEventListener?.('afterprint', this.afterPrint);
  }

  /**
   * Reads `expanded` by the attribute rule (a comma list of `names`); throws an
   * `AttributeProblem` for a name it does not know. Call it from `checkAttributes`.
   */
  check(): void {
    this.open = new Set(keywordList('expanded', this.host.expanded, this.names));
  }

  /** Whether `name` is open. */
  isOpen(name: Name): boolean {
    return this.open.has(name);
  }

  /** Opens or closes `name`, and says so in `expanded`. */
  set(name: Name, open: boolean): void {
    if (this.open.has(name) === open) return;
    if (open) this.open.add(name);
    else this.open.delete(name);
    const value = this.names.filter((n) => this.open.has(n)).join(',');
    this.host.expanded = value || undefined;
  }

  /** The section as a `details` element, open as `expanded` says. */
  render({ name, part, summary, content }: Disclosure<Name>): TemplateResult {
    return html`<details
      part=${part}
      class=${part}
      data-disclosure=${name}
      ?open=${this.isOpen(name)}
      @toggle=${(event: Event) => this.toggled(name, event.target as HTMLDetailsElement)}
    >
      <summary part=${`${part}-summary`} class="summary">${summary}</summary>
      ${content}
    </details>`;
  }

  private toggled(name: Name, details: HTMLDetailsElement): void {
    // A toggle that printing caused is not the reader's; the one that closes it again is the
    // last (the browser coalesces toggles not yet dispatched).
    if (this.forced.has(details)) {
      if (!details.open && !this.printing) this.forced.delete(details);
      return;
    }
    this.set(name, details.open);
  }

  /** The `details` of this element's sections. */
  private sections(): HTMLDetailsElement[] {
    const root = this.host.renderRoot as ParentNode | undefined;
    return [...(root?.querySelectorAll<HTMLDetailsElement>('details[data-disclosure]') ?? [])];
  }

  private openForPrint(): void {
    this.printing = true;
    // Straight on the DOM: the print is laid out before a Lit update would run.
    for (const details of this.sections()) {
      if (details.open) continue;
      this.forced.add(details);
      details.open = true;
    }
  }

  private restoreAfterPrint(): void {
    this.printing = false;
    for (const details of this.forced) details.open = false;
  }
}
