// @ts-check
/**
 * The browser side of the benchmark, loaded by blank.html. Node drives it through
 * `window.bench`: load the Lit cards or define the vanilla ones, then render N cards and time it.
 * Plain JavaScript rather than TypeScript: the server sends files as they are, and functions
 * passed to `page.evaluate` from tsx-compiled code can pick up helpers the page does not have.
 */

/**
 * What one rendered card looks like, to rebuild it without Lit.
 * @typedef {{ html: string, css: string[], host: Record<string, string> }} Template
 * @typedef {{ tag: string, attrs: Record<string, string> }} CardSpec
 */

const CDN = '/dist/cdn/visit-cards.js';
const CARDS = ['visit-card', 'delegation-roster', 'letter-quote', 'visit-timeline'];

/**
 * The key a card's template is filed under: its tag and the attributes that choose what it
 * shows, read before the card renders (a card may reflect more onto its host, such as
 * `variant="full"`, which the vanilla twin only sets after looking its template up).
 */
function keyOf(/** @type {Element} */ el) {
  return `${el.localName}:${el.getAttribute('quote-id') ?? el.getAttribute('variant') ?? ''}`;
}

/** Creates the cards of `specs`, unattached. */
function create(/** @type {CardSpec[]} */ specs) {
  return specs.map(({ tag, attrs }) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    return el;
  });
}

/** Imports the CDN module, which defines every element, and waits for the cards. */
async function loadLit() {
  await import(CDN);
  await Promise.all(CARDS.map((tag) => customElements.whenDefined(tag)));
}

/**
 * Renders one Lit card per spec and returns, per key, its shadow DOM HTML, the text of its
 * adopted style sheets and the attributes it reflected onto its host (`theme`, `pick`,
 * `variant`): the vanilla elements reuse them, so both produce the same markup.
 * @param {CardSpec[]} specs
 * @returns {Promise<Record<string, Template>>}
 */
async function capture(specs) {
  await loadLit();
  const els = create(specs);
  const keys = els.map(keyOf);
  document.body.append(...els);
  await Promise.all(els.map((el) => /** @type {any} */ (el).updateComplete));
  /** @type {Record<string, Template>} */
  const templates = {};
  els.forEach((el, i) => {
    const root = /** @type {ShadowRoot} */ (el.shadowRoot);
    const css = root.adoptedStyleSheets.map((sheet) =>
      Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'),
    );
    /** @type {Record<string, string>} */
    const host = {};
    for (const name of el.getAttributeNames()) host[name] = el.getAttribute(name) ?? '';
    templates[/** @type {string} */ (keys[i])] = { html: root.innerHTML, css, host };
  });
  for (const el of els) el.remove();
  return templates;
}

/**
 * Defines hand-written custom elements under the same tags: no Lit, the captured HTML set as
 * innerHTML of an open shadow root in connectedCallback. Like Lit, the style sheets are built on
 * the first connect and shared by every instance of a tag, and the reflected attributes are set
 * on the host.
 * @param {Record<string, Template>} templates
 */
function defineVanilla(templates) {
  const tags = new Set(Object.keys(templates).map((id) => id.slice(0, id.indexOf(':'))));
  for (const tag of tags) {
    /** @type {CSSStyleSheet[] | undefined} */
    let sheets;
    customElements.define(
      tag,
      class extends HTMLElement {
        connectedCallback() {
          if (this.shadowRoot) return;
          const template = templates[keyOf(this)];
          if (!template) throw new Error(`bench: no template captured for ${keyOf(this)}`);
          sheets ??= template.css.map((text) => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(text);
            return sheet;
          });
          for (const [name, value] of Object.entries(template.host)) {
            if (!this.hasAttribute(name)) this.setAttribute(name, value);
          }
          const root = this.attachShadow({ mode: 'open' });
          root.adoptedStyleSheets = sheets;
          root.innerHTML = template.html;
        }
      },
    );
  }
}

/** Resolves after the next frame has been produced: a task queued from requestAnimationFrame. */
function nextFrame() {
  return new Promise((done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(undefined);
    }),
  );
}

/**
 * Appends one card per spec and returns the milliseconds until all have rendered and been laid
 * out (`laidOut`) and until the next frame (`frame`). Lit renders in a microtask after
 * connecting, hence the wait on updateComplete; the vanilla elements render synchronously.
 * @param {CardSpec[]} specs
 */
async function render(specs) {
  const start = performance.now();
  const els = create(specs);
  const fragment = document.createDocumentFragment();
  fragment.append(...els);
  document.body.append(fragment);
  await Promise.all(els.map((el) => /** @type {any} */ (el).updateComplete));
  // Reading a layout property forces style and layout now, inside the timed span.
  void document.body.offsetHeight;
  const laidOut = performance.now() - start;
  await nextFrame();
  return { laidOut, frame: performance.now() - start };
}

/** @type {any} */ (window).bench = { loadLit, capture, defineVanilla, render };
