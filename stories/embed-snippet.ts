/**
 * The one-script-tag embed the introduction shows: the README's snippet, shortened to one card,
 * for the version in package.json. It lives here because MDX drops the indentation of a
 * multi-line string written inline.
 */
import pkg from '../package.json' with { type: 'json' };

const cdn = `https://cdn.example/visit-cards@${pkg.version}/dist/cdn`;

/**
 * HTML a page pastes to show the visit card: the stylesheet that holds the card's place until
 * the script has run, the script, and the card.
 */
export const embedSnippet = `<link
  rel="stylesheet"
  href="${cdn}/visit-cards.css"
  integrity="sha384-…value from dist/cdn/integrity.json…"
  crossorigin="anonymous"
/>
<script
  type="module"
  src="${cdn}/visit-cards.js"
  integrity="sha384-…value from dist/cdn/integrity.json…"
  crossorigin="anonymous"
></script>

<visit-card></visit-card>`;
