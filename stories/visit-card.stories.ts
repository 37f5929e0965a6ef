import { cardArgTypes, frame } from './shared.js';
import { withFirstProgrammeItems } from './datasets.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  VISIT_CARD_SECTIONS,
  type VisitCardSection,
  type VisitCardVariant,
} from '../src/elements/visit-card/visit-card.js';
import type { Theme } from '../src/internal/visit-element.js';
import { controlsFor } from './manifest-controls.js';

/** Every attribute of `<visit-card>`, typed, by its name; `width` sizes the story's container. */
interface VisitCardArgs {
  /** "" for the default: the summary. */
  variant: VisitCardVariant | '';
  /** The sections open; the story joins them into the comma list `expanded` takes. */
  expanded: VisitCardSection[];
  theme: Theme;
  lang: string;
  'heading-level': number;
  width: number;
}

const meta: Meta<VisitCardArgs> = {
  title: 'Elements/visit-card',
  component: 'visit-card',
  args: {
    variant: '',
    expanded: [],
    theme: 'light',
    lang: 'en',
    'heading-level': 3,
    width: 640,
  },
  argTypes: {
    ...controlsFor('visit-card', ['variant']),
    expanded: {
      control: 'check',
      options: [...VISIT_CARD_SECTIONS],
      description: 'The sections open (`expanded`, a comma list of the boxes ticked).',
    },
    ...cardArgTypes,
  },
  render: ({ variant, expanded, theme, lang, 'heading-level': headingLevel, width }) =>
    frame(
      { width, theme },
      html`<visit-card
        variant=${ifDefined(variant || undefined)}
        expanded=${ifDefined(expanded.join(',') || undefined)}
        theme=${theme}
        lang=${ifDefined(lang || undefined)}
        heading-level=${headingLevel}
      ></visit-card>`,
    ),
};
export default meta;

type Story = StoryObj<VisitCardArgs>;

/**
 * The default: an embed. The headline, who, where and when, one line per document; the
 * programme, the ratification and the sources open in the card.
 */
export const Default: Story = {};
/** Compact: the headline, who and when, one line per document, and the sources. */
export const Compact: Story = { args: { variant: 'compact' } };
/** `variant="full"`: every section open, under its heading. */
export const Full: Story = { args: { variant: 'full' } };
/** `expanded="programme"`: the summary with the programme open. */
export const ExpandedProgramme: Story = {
  name: 'Expanded: programme',
  args: { expanded: ['programme'] },
};
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };
/** `theme="auto"` follows the reader's `prefers-color-scheme`. */
export const Auto: Story = { args: { theme: 'auto' } };
/** Russian UI. */
export const Russian: Story = { args: { lang: 'ru' } };
/** Korean UI in South Korean orthography. */
export const Korean: Story = { args: { lang: 'ko' } };
/** Korean UI in the DPRK's orthography. */
export const KoreanDPRK: Story = { name: 'Korean (ko-KP)', args: { lang: 'ko-KP' } };
/** At the narrowest supported width, 280 px. */
export const Narrow: Story = { args: { width: 280 } };
/** At the widest layout, 900 px. */
export const Wide: Story = { args: { width: 900 } };
/** A bad attribute: the card says so and fires `visit-cards-error`. */
export const BadVariant: Story = {
  name: 'Error: bad variant',
  tags: ['error-state', '!autodocs'],
  render: () => html`<visit-card variant="huge"></visit-card>`,
};
/** A section `expanded` does not know. */
export const BadExpanded: Story = {
  name: 'Error: expanded="maps"',
  tags: ['error-state', '!autodocs'],
  render: () => html`<visit-card expanded="maps"></visit-card>`,
};
/** A heading level out of range. */
export const BadHeadingLevel: Story = {
  name: 'Error: heading-level 9',
  tags: ['error-state', '!autodocs'],
  render: () => html`<visit-card heading-level="9"></visit-card>`,
};
/** An empty dataset handed in through `<visit-data>`. */
export const EmptyDataset: Story = {
  name: 'Error: empty dataset',
  tags: ['error-state', '!autodocs'],
  render: () => html`<visit-data .data=${{}}><visit-card></visit-card></visit-data>`,
};
/**
 * Another dataset of the same shape, through `<visit-data>`: retitled, without a headline (the
 * card heads itself with the title), three programme items.
 */
export const ProvidedDataset: Story = {
  name: 'Provider: another dataset',
  render: () => {
    const data = withFirstProgrammeItems(3);
    delete data.overview.headline;
    return html`<visit-data .data=${data}
      ><visit-card expanded="programme"></visit-card
    ></visit-data>`;
  },
};
/** Tokens and parts overridden from the page. */
export const Theming: Story = {
  render: () => html`
    <style>
      .themed visit-card {
        --visit-card-accent: #2f5d50;
        --visit-color-background: #fbf8f1;
        --visit-font-family: Georgia, serif;
        --visit-radius: 2px;
      }
      .themed visit-card::part(eyebrow) {
        letter-spacing: 0.2em;
      }
      .themed visit-card::part(section-heading) {
        color: #2f5d50;
      }
    </style>
    <div class="themed">${nothing}<visit-card theme="light"></visit-card></div>
  `,
};
