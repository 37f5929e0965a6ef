/**
 * A small builder for the snippet's markup: a string of the dataset becomes text only through
 * `escapeText`, an attribute value only through `escapeAttribute`, and built markup is a
 * `Markup`, the one kind inserted as it is. A fallback cannot inject a tag by construction.
 *
 * @module
 */
import { escapeAttribute, escapeText } from './escape.js';

/** Markup the builder made: escaped already, inserted as is. */
export class Markup {
  constructor(readonly html: string) {}

  toString(): string {
    return this.html;
  }
}

/** What an element may hold: markup, text (escaped), nothing, or a list of these. */
export type Child = Markup | string | number | undefined | null | false | readonly Child[];

/** Attributes: a value of `undefined`, `null` or `false` leaves the attribute out. */
export type Attributes = Readonly<Record<string, string | number | undefined | null | false>>;

/** Elements that have no end tag. */
const VOID = new Set(['link', 'meta', 'br']);

/** `children` as markup: text escaped, markup as is, nothing for nothing. */
export function fragment(...children: readonly Child[]): Markup {
  let out = '';
  for (const child of children) {
    if (child == null || child === false) continue;
    if (child instanceof Markup) out += child.html;
    else if (Array.isArray(child)) out += fragment(...(child as readonly Child[])).html;
    else out += escapeText(String(child));
  }
  return new Markup(out);
}

/** The attributes as ` name="value"`, each value escaped, in the order given. */
export function attributes(values: Attributes): string {
  return Object.entries(values)
    .filter(([, value]) => value != null && value !== false)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

/** `<tag …>children</tag>`. `tag` and the attribute names are the snippet's own, never data. */
export function element(tag: string, values: Attributes, ...children: readonly Child[]): Markup {
  const open = `<${tag}${attributes(values)}>`;
  return new Markup(VOID.has(tag) ? open : `${open}${fragment(...children).html}</${tag}>`);
}
