/**
 * Registration that never throws. Two copies of the library on one page (two CDN URLs, or
 * the CDN bundle next to the npm build) both try to define the same tags: the first wins,
 * the same version again is a no-op, and a different version warns once.
 *
 * @module
 */

/** The library's version, stamped on every class it defines. */
export const VERSION = '0.1.0';

const VERSION_KEY = Symbol.for('visit-cards.version');
// On the page, not in this module: every copy of the library must see the same record.
const WARNED_KEY = Symbol.for('visit-cards.warned');
const page = globalThis as typeof globalThis & { [WARNED_KEY]?: Set<string> };
const warned = (page[WARNED_KEY] ??= new Set<string>());

/** Defines `tag` as `ctor` unless the tag is already taken; never throws. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as
    (CustomElementConstructor & { [VERSION_KEY]?: string }) | undefined;
  if (!existing) {
    Object.defineProperty(ctor, VERSION_KEY, { value: VERSION });
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || existing[VERSION_KEY] === VERSION) return;
  if (!warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `visit-cards: <${tag}> is already defined by ${existing[VERSION_KEY] ? `version ${existing[VERSION_KEY]}` : 'another script'}; ` +
        `keeping it and ignoring version ${VERSION}.`,
    );
  }
}
