/**
 * Fetches a dataset for `<visit-data src>` within limits: http(s) only, a JSON content type,
 * and a body no larger than `MAX_DATASET_BYTES`, refused by its Content-Length before a byte is
 * read and otherwise by counting the bytes as they stream in.
 *
 * @module
 */

/**
 * The largest dataset body `<visit-data src>` reads, in bytes: 2 MiB. The bundled dataset is
 * under 40 KB; a body this large is a mistake or an attack, and parsing and checking it would
 * hold up the page.
 */
export const MAX_DATASET_BYTES = 2 * 1024 * 1024;

/**
 * Fetches `src` (resolved against the page) and parses its body as JSON. Rejects with an
 * Error that says why, in words that follow "Could not load …:", when the URL is not http or
 * https, the status is not 2xx, the response has a Content-Type that is not JSON
 * (`application/json` or any `…+json`; one with none is read, as some static hosts send
 * none), the body is larger than `MAX_DATASET_BYTES`, or it is not JSON. Aborting `signal`
 * stops the request and rejects.
 */
export async function fetchDataset(src: string, signal: AbortSignal): Promise<unknown> {
  const url = new URL(src, document.baseURI);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`only http and https URLs are loaded, not ${url.protocol}`);
  }
  const response = await fetch(url, { credentials: 'same-origin', signal });
  try {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const type = mediaType(response.headers.get('content-type'));
    if (type && !isJson(type)) throw new Error(`the response is ${type}, not JSON`);
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_DATASET_BYTES) throw tooLarge(length);
  } catch (error) {
    // Nothing of the body is wanted: stop it rather than let it download.
    response.body?.cancel().catch(() => undefined);
    throw error;
  }
  return JSON.parse(await readText(response));
}

/** The body as UTF-8 text, refused once it streams past the limit. */
async function readText(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_DATASET_BYTES) {
      reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** The error for a body over the cap; `declared` is its Content-Length, if that told. */
function tooLarge(declared?: number): Error {
  const size = declared === undefined ? '' : `${declared} bytes, `;
  return new Error(
    `the response is too large: ${size}over the limit of ${MAX_DATASET_BYTES} bytes`,
  );
}

/** The media type of a Content-Type, lower case, without parameters; empty for none. */
function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

function isJson(type: string): boolean {
  return type === 'application/json' || /^[^/\s]+\/[^/\s]+\+json$/.test(type);
}
