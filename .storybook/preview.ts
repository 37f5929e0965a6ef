/**
 * What every story and Docs page shares: the elements registered, the manifest the Docs pages
 * read their API tables from, an autodocs page per element, and the sidebar's order.
 */
import type { Preview } from '@storybook/web-components-vite';
// The framework re-exports the renderer's function; @storybook/web-components itself is not a
// dependency of this package, only of the framework.
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import { controlsOnlyForStoryArgs, publicApi } from './api-tables.js';
// Providers first, then the cards: the order the library's own entry uses.
import '../src/index.js';

setCustomElementsManifest(publicApi(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [controlsOnlyForStoryArgs],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    options: {
      // Storybook opens the first entry: the introduction.
      storySort: {
        order: [
          'Introduction',
          'Elements',
          ['visit-card', 'delegation-roster', 'letter-quote', 'visit-data'],
        ],
      },
    },
  },
};
export default preview;
