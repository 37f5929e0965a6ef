// @ts-check
/**
 * A rollup plugin for the CDN builds: the styles in the library's Lit `css` templates without
 * their comments and indentation, which terser leaves in template literals as they are. Strings
 * are kept as written; every line stays on its line, so the source maps still hold.
 *
 * @module
 */
import { resolve, sep } from 'node:path';

const DIST = `${resolve('dist')}${sep}`;

// A comment, a string, a run of whitespace, or anything else up to the next of those.
const TOKEN = /\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\[\s\S])*'|"(?:[^"\\]|\\[\s\S])*"|\s+|[^'"/\s]+|\//g;

/** The newlines of `text`, to keep its lines. */
const lines = (/** @type {string} */ text) => '\n'.repeat(text.split('\n').length - 1);

/**
 * One chunk of a `css` template (the raw text between its interpolations), minified: comments
 * dropped, whitespace cut to a space or the newlines it held, and no space next to a brace, a
 * semicolon or a comma, or after a colon. A space before a colon stays: `a :hover` is not
 * `a:hover`.
 *
 * @param {string} raw
 * @returns {string}
 */
export function minifyCssChunk(raw) {
  let out = '';
  for (const [token] of raw.matchAll(TOKEN)) {
    // A comment separates what is on either side of it, as whitespace does.
    if (token.startsWith('/*') || /^\s/.test(token)) {
      const breaks = lines(token);
      if (breaks) out += breaks;
      else if (!/[{};:,\n ]$/.test(out)) out += ' ';
    } else {
      // A space just written before a brace, a semicolon or a comma is not needed either.
      if (/^[{};,]/.test(token) && out.endsWith(' ')) out = out.slice(0, -1);
      out += token;
    }
  }
  return out;
}

/**
 * Walks an ESTree node, calling `visit` on every node.
 *
 * @param {any} node
 * @param {(node: any) => void} visit
 */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) walk(item, visit);
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

/**
 * Minifies the `css` tagged templates of the library's own modules (those under dist/).
 *
 * @returns {import('rollup').Plugin}
 */
export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!id.startsWith(DIST) || !/\bcss\s*`/.test(code)) return null;
      /** @type {{ start: number, end: number }[]} */
      const chunks = [];
      walk(this.parse(code), (node) => {
        if (
          node.type === 'TaggedTemplateExpression' &&
          node.tag.type === 'Identifier' &&
          node.tag.name === 'css'
        ) {
          chunks.push(...node.quasi.quasis);
        }
      });
      if (!chunks.length) return null;
      let out = '';
      let at = 0;
      for (const { start, end } of chunks.sort((a, b) => a.start - b.start)) {
        out += code.slice(at, start) + minifyCssChunk(code.slice(start, end));
        at = end;
      }
      // Lines are where they were: the source map of the module before still holds.
      return { code: out + code.slice(at), map: null };
    },
  };
}
