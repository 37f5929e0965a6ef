/**
 * The snippet as the page's `<output name="snippet">`, its size, and the Copy button that puts
 * it on the clipboard and says so.
 *
 * @module
 */
import type { BuilderStrings } from './strings/index.js';

/** The gzip size of `text` in bytes, or `undefined` where the browser cannot compress. */
async function gzipSize(text: string): Promise<number | undefined> {
  if (typeof CompressionStream === 'undefined') return undefined;
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/** Writes `snippet`'s size into `size`, once it is known, unless the snippet has changed since. */
export async function showSize(
  size: HTMLElement,
  snippet: string,
  strings: BuilderStrings,
  format: (value: number) => string,
  current: () => string,
): Promise<void> {
  const bytes = new TextEncoder().encode(snippet).byteLength;
  const gzip = await gzipSize(snippet);
  if (current() !== snippet) return;
  size.textContent =
    gzip === undefined
      ? ''
      : strings.snippet.size(
          { value: bytes, text: format(bytes) },
          { value: gzip, text: format(gzip) },
        );
}

/**
 * Puts the text of `output` on the clipboard: through the Clipboard API, or, where a page may
 * not use it (an insecure origin, a refused permission), by selecting the text and copying the
 * selection. Whether it worked.
 */
export async function copyOutput(output: HTMLOutputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(output.value);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(output);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    try {
      // Deprecated, and the only way left where the Clipboard API is refused.
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
