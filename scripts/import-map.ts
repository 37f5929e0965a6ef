/**
 * An import map that lets a test page load the npm build (dist/) unbundled: its bare imports,
 * and those of Lit's own modules, pointed at the repository's node_modules as the test servers
 * serve it.
 */
export const NODE_MODULES_IMPORT_MAP = {
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit/context': '/node_modules/@lit/context/index.js',
    '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
    valibot: '/node_modules/valibot/dist/index.mjs',
  },
};
