/**
 * What every element's stories share: the controls of the attributes every card takes, and
 * the frame that gives a story its width and, in the dark theme, a dark page behind it.
 *
 * Tags a story may carry (literal arrays: Storybook reads them without running the file), read
 * by `npm run test:stories`:
 * - `error-state`: the story shows an error state on purpose; its name starts with "Error:".
 *   The checker then expects an error notice and allows the cards' console warnings. Such a
 *   story also takes `!autodocs`, which keeps it off the Docs page, where only working
 *   examples go.
 * - `expect-http-404` (any status): the story provokes that HTTP error response on purpose;
 *   the checker fails on any other.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { LOCALES } from '../src/locales/tags.js';
import { type Theme } from '../src/internal/visit-element.js';
import { controlsFor } from './manifest-controls.js';

/** Args every card's story has; an attribute's arg has the attribute's name. */
interface CardArgs {
  theme: Theme;
  lang: string;
  'heading-level': number;
  width: number;
}

/** Controls of the shared args. */
export const cardArgTypes: Partial<ArgTypes<CardArgs>> = {
  ...controlsFor('visit-card', ['theme']),
  lang: { control: 'select', options: [...LOCALES, 'en-US', 'ru-RU', 'ko-KR'] },
  'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  width: {
    control: { type: 'range', min: 280, max: 900, step: 10 },
    description: 'Width of the container (story only).',
  },
};

/** Puts a card in a container `width` px wide, on a dark page when the theme is dark. */
export function frame({ width, theme }: Pick<CardArgs, 'width' | 'theme'>, card: TemplateResult) {
  return html`<div
    style="max-width:${width}px; ${theme === 'dark' ? 'background:#0d0f12;padding:12px' : ''}"
  >
    ${card}
  </div>`;
}
