/**
 * Taking over a card that a server rendered (declarative shadow DOM) when the page has not
 * loaded Lit's hydration support, as with the CDN bundle: Lit would otherwise render after the
 * server's content and show the card twice.
 *
 * @module
 */
import type { LitElement, ReactiveController } from 'lit';

/**
 * Whether the page loaded `@lit-labs/ssr-client/lit-element-hydrate-support.js`, which then
 * reuses the server's content instead.
 */
const hydrationSupported = (): boolean => 'litElementHydrateSupport' in globalThis;

/**
 * Runs `createRoot` (the element's `super.createRenderRoot`) and, when it returns a shadow
 * root the server filled and hydration is not going to reuse, empties it just before the
 * element's first render, in the same task: that render may come some tasks later
 * (./render-slices.ts), and no frame in between may show the card empty.
 */
export function takeOverServerRender(
  element: LitElement,
  createRoot: () => HTMLElement | DocumentFragment,
): HTMLElement | DocumentFragment {
  const serverRendered = element.shadowRoot?.hasChildNodes() ?? false;
  const root = createRoot();
  if (serverRendered && !hydrationSupported()) {
    const takeOver: ReactiveController = {
      hostUpdate() {
        element.removeController(takeOver);
        element.shadowRoot!.replaceChildren();
        // LitElement aimed its first render before the server's first node, now gone.
        element.renderOptions.renderBefore = null;
      },
    };
    element.addController(takeOver);
  }
  return root;
}
