/**
 * Which URLs a dataset may carry and a card may link to: only `https:` and `http:`. A
 * `javascript:` or `data:` URL in a link runs script in the host page when clicked, so it is
 * refused by the schema and, should one reach a card anyway, rendered as text.
 *
 * @module
 */

/** What the schema asks of a URL: absolute, `http://` or `https://`, nothing around it. */
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s/?#]+[^\s]*$/;

/**
 * `value` if it is an absolute http(s) URL as the schema allows it, otherwise `undefined`.
 * Parsed the way the browser will parse an `href`, so case tricks (`JaVaScRiPt:`), leading
 * spaces and control characters cannot hide another scheme.
 */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !HTTP_URL_PATTERN.test(value)) return undefined;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:' ? value : undefined;
  } catch {
    return undefined;
  }
}
