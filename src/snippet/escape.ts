/**
 * Escaping for the markup the snippet writes: every text and attribute value goes through one
 * of these, so no string of the dataset, of an attribute or of an option can open a tag, end
 * an attribute or close the JSON-LD `script`.
 *
 * @module
 */

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE: Record<string, string> = { ...TEXT, '"': '&quot;', "'": '&#39;' };

/** `value` as text content: `&`, `<` and `>` as character references. */
export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => TEXT[c]!);
}

/** `value` inside a double-quoted attribute: also `"` and `'` as references. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ATTRIBUTE[c]!);
}

/**
 * `value` as JSON for the inside of a `<script type="application/ld+json">`. A script's text
 * ends at the first `</script` whatever the JSON says, and `<!--` changes how it is parsed
 * (https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements),
 * so every `<` is written `\u003c`; `>` and `&` likewise, and the two line separators JSON
 * allows and older JavaScript did not. The JSON parses to the same value.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
