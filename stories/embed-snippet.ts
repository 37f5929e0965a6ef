/**
 * The one-script-tag embed the introduction shows: the README's snippet, shortened to one card,
 * for the version in package.json. It lives here because MDX drops the indentation of a
 * multi-line string written inline.
 */
import pkg from '../package.json' with { type: 'json' };

/** HTML a page pastes to show the compact visit card. */
export const embedSnippet = `<script
  type="module"
  src="https://cdn.example/visit-cards@${pkg.version}/dist/cdn/visit-cards.js"
  integrity="sha384-…value from dist/cdn/integrity.json…"
  crossorigin="anonymous"
></script>

<visit-card variant="compact"></visit-card>`;
