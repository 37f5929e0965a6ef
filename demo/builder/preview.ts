/**
 * The live previews: the card as the snippet will make it, side by side at the widths an
 * embed meets (a phone, an article column, a sidebar), each on the background of the theme
 * it is shown in.
 *
 * @module
 */
import type { Card } from './controls.js';
import { h } from './form.js';
import type { BuilderStrings } from './strings/index.js';

/** The widths of the previews, in CSS pixels of the card's column. */
const PREVIEW_WIDTHS = { phone: 360, column: 640, sidebar: 300 } as const;
/** A preview's width. */
type PreviewWidth = keyof typeof PREVIEW_WIDTHS;

/** Writes one figure per width into `container`, each with its caption, and nothing in it yet. */
export function renderPreviews(
  container: HTMLElement,
  strings: BuilderStrings,
  format: (value: number) => string,
): void {
  container.replaceChildren(
    ...Object.entries(PREVIEW_WIDTHS).map(([name, width]) =>
      h(
        'figure',
        { class: 'preview', 'data-width': name, style: `--preview-width: ${width}px` },
        h(
          'figcaption',
          {},
          `${strings.preview.widths[name as PreviewWidth]} · `,
          strings.preview.pixels({ value: width, text: format(width) }),
        ),
        h('div', { class: 'frame' }),
      ),
    ),
  );
}

/**
 * Puts a new `<card>` with `attributes` in each preview, in place of the one it held: a fresh
 * card each time, as a reader's page makes it, whose notice shows what a bad value does.
 */
export function showCard(
  container: HTMLElement,
  card: Card,
  attributes: ReadonlyMap<string, string>,
): void {
  const theme = attributes.get('theme') || 'auto';
  for (const frame of container.querySelectorAll<HTMLElement>('.frame')) {
    const element = document.createElement(card);
    for (const [name, value] of attributes) {
      if (value !== '') element.setAttribute(name, value);
    }
    frame.dataset.theme = theme;
    frame.replaceChildren(element);
  }
}
