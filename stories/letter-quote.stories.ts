import { cardArgTypes, frame } from './shared.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/visit-data.js';
import '../src/define/letter-quote.js';
import { type QuotePick, type QuoteTopic } from '../src/elements/letter-quote/letter-quote.js';
import type { Theme } from '../src/internal/visit-element.js';
import { dataset } from '../src/data/index.js';
import { controlsFor } from './manifest-controls.js';

/** Every attribute of `<letter-quote>`, typed, by its name; `width` sizes the story's container. */
interface LetterQuoteArgs {
  'quote-id': string;
  topic: QuoteTopic | '';
  pick: QuotePick;
  expanded: '' | 'sources';
  theme: Theme;
  lang: string;
  'heading-level': number;
  width: number;
}

const meta: Meta<LetterQuoteArgs> = {
  title: 'Elements/letter-quote',
  component: 'letter-quote',
  args: {
    'quote-id': '',
    topic: '',
    pick: 'first',
    expanded: '',
    theme: 'light',
    lang: 'en',
    'heading-level': 3,
    width: 640,
  },
  argTypes: {
    'quote-id': {
      control: 'select',
      options: ['', ...dataset.quotes.map((q) => q.id)],
      description: 'Exact id of a quote; wins over `topic` and `pick`.',
    },
    ...controlsFor('letter-quote', ['topic', 'pick']),
    expanded: {
      control: 'select',
      options: ['', 'sources'],
      description: 'The sections shown open: `sources`.',
    },
    ...cardArgTypes,
  },
  render: ({
    'quote-id': quoteId,
    topic,
    pick,
    expanded,
    theme,
    lang,
    'heading-level': headingLevel,
    width,
  }) =>
    frame(
      { width, theme },
      html`<letter-quote
        quote-id=${ifDefined(quoteId || undefined)}
        topic=${ifDefined(topic || undefined)}
        pick=${pick}
        expanded=${ifDefined(expanded || undefined)}
        theme=${theme}
        lang=${ifDefined(lang || undefined)}
        heading-level=${headingLevel}
      ></letter-quote>`,
    ),
};
export default meta;

type Story = StoryObj<LetterQuoteArgs>;

/** The first quote of the article, with its attribution and copy button. */
export const First: Story = {};
/** One quote by its id. */
export const ByQuoteId: Story = {
  name: 'quote-id',
  args: { 'quote-id': 'visits-of-2000-and-2001' },
};
/** A random quote, drawn once: it stays through re-renders. */
export const Random: Story = { args: { pick: 'random' } };
/** The quote of the day: the same for every reader on a given UTC date. */
export const Daily: Story = { args: { pick: 'daily' } };
/** Topic: history. */
export const TopicHistory: Story = { name: 'Topic: history', args: { topic: 'history' } };
/** Topic: partnership. */
export const TopicPartnership: Story = {
  name: 'Topic: partnership',
  args: { topic: 'partnership' },
};
/** Topic: security. */
export const TopicSecurity: Story = { name: 'Topic: security', args: { topic: 'security' } };
/** Topic: economy. */
export const TopicEconomy: Story = { name: 'Topic: economy', args: { topic: 'economy' } };
/** Topic: humanitarian. */
export const TopicHumanitarian: Story = {
  name: 'Topic: humanitarian',
  args: { topic: 'humanitarian' },
};
/** Topic: international order. */
export const TopicInternationalOrder: Story = {
  name: 'Topic: international-order',
  args: { topic: 'international-order' },
};
/** A topic and a pick together: the daily quote on security. */
export const TopicDaily: Story = {
  name: 'Topic + daily',
  args: { topic: 'security', pick: 'daily' },
};
/** Light theme. */
export const Light: Story = { args: { theme: 'light' } };
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };
/** `theme="auto"` follows the reader's `prefers-color-scheme`. */
export const Auto: Story = { args: { theme: 'auto' } };
/** English UI. */
export const English: Story = { args: { lang: 'en' } };
/** Russian UI: the article's Russian title; the quote stays in English. */
export const Russian: Story = { args: { lang: 'ru' } };
/** A passage whose Russian original a Russian outlet prints whole: shown as it, citing it. */
export const RussianOriginal: Story = {
  name: 'Russian (original text)',
  args: { lang: 'ru', 'quote-id': 'support-for-the-dprk' },
};
/** Korean UI in South Korean orthography: 블라디미르 푸틴, 노동신문. */
export const Korean: Story = { args: { lang: 'ko' } };
/** Korean UI in the DPRK's orthography: 울라지미르 뿌찐, 로동신문. */
export const KoreanDPRK: Story = { name: 'Korean (ko-KP)', args: { lang: 'ko-KP' } };
/**
 * The sources open (`expanded="sources"`): publisher, title and date of each, as on every
 * card; a footnote marker after the attribution opens the list and focuses its entry.
 */
export const SourcesOpen: Story = { name: 'Sources open', args: { expanded: 'sources' } };
/** The longest passage, at a phone's width: the card still fits in 600 px. */
export const LongestNarrow: Story = {
  name: 'Longest quote, 320 px',
  args: {
    'quote-id': dataset.quotes.reduce((a, b) => (b.text.length > a.text.length ? b : a)).id,
    lang: 'ru',
    width: 320,
  },
};
/** At the narrowest supported width, 280 px. */
export const Narrow: Story = { args: { width: 280 } };
/** At the widest layout, 900 px. */
export const Wide: Story = { args: { width: 900 } };
/** An id that names no quote. */
export const UnknownId: Story = {
  name: 'Error: unknown quote-id',
  tags: ['error-state', '!autodocs'],
  render: () => html`<letter-quote quote-id="no-such-quote"></letter-quote>`,
};
/** A topic that is not one of the six. */
export const BadTopic: Story = {
  name: 'Error: bad topic',
  tags: ['error-state', '!autodocs'],
  render: () => html`<letter-quote topic="sport"></letter-quote>`,
};
/** A valid topic that no quote in the dataset has. */
export const NoMatch: Story = {
  name: 'Error: topic without quotes',
  tags: ['error-state', '!autodocs'],
  render: () => {
    const other = structuredClone(dataset);
    other.quotes = other.quotes.filter((q) => !q.topics.includes('humanitarian'));
    const kept = new Set(other.quotes.map((q) => q.id));
    other.milestones.forEach((m) => {
      if (m.quotes) m.quotes = m.quotes.filter((id) => kept.has(id));
    });
    return html`<visit-data .data=${other}
      ><letter-quote topic="humanitarian"></letter-quote
    ></visit-data>`;
  },
};
/** A pick that is not first, random or daily. */
export const BadPick: Story = {
  name: 'Error: bad pick',
  tags: ['error-state', '!autodocs'],
  render: () => html`<letter-quote pick="weekly"></letter-quote>`,
};
/** A heading level out of range. */
export const BadHeadingLevel: Story = {
  name: 'Error: heading-level 9',
  tags: ['error-state', '!autodocs'],
  render: () => html`<letter-quote heading-level="9"></letter-quote>`,
};
/** A bad theme. */
export const BadTheme: Story = {
  name: 'Error: bad theme',
  tags: ['error-state', '!autodocs'],
  render: () => html`<letter-quote theme="sepia"></letter-quote>`,
};
/** A dataset whose quotes array is empty. */
export const EmptyQuotes: Story = {
  name: 'Error: no quotes in the dataset',
  tags: ['error-state', '!autodocs'],
  render: () => {
    const other = structuredClone(dataset);
    other.quotes = [];
    other.milestones.forEach((m) => delete m.quotes);
    return html`<visit-data .data=${other}><letter-quote></letter-quote></visit-data>`;
  },
};
/** An empty dataset handed in through `<visit-data>`. */
export const EmptyDataset: Story = {
  name: 'Error: empty dataset',
  tags: ['error-state', '!autodocs'],
  render: () => html`<visit-data .data=${{}}><letter-quote></letter-quote></visit-data>`,
};
/** An invalid dataset handed in through `<visit-data>`. */
export const InvalidDataset: Story = {
  name: 'Error: invalid dataset',
  tags: ['error-state', '!autodocs'],
  render: () =>
    html`<visit-data .data=${{ schemaVersion: 2 }}><letter-quote></letter-quote></visit-data>`,
};
/** Tokens and parts overridden from the page. */
export const Theming: Story = {
  render: () => html`
    <style>
      .themed letter-quote {
        --visit-quote-accent: #2f5d50;
        --visit-quote-background: #fbf8f1;
        --visit-quote-font-family: Georgia, 'Times New Roman', serif;
        --visit-quote-text-size: 1.375em;
        --visit-radius: 2px;
      }
      .themed letter-quote::part(heading) {
        text-transform: uppercase;
        letter-spacing: 0.12em;
      }
      .themed letter-quote::part(text) {
        font-style: italic;
      }
      .themed letter-quote::part(copy-button) {
        background: #2f5d50;
        border-color: #2f5d50;
        color: #fff;
      }
      .themed letter-quote::part(note) {
        color: #1f4a3f;
      }
    </style>
    <div class="themed" style="max-width:640px">
      <letter-quote theme="light" quote-id="humanitarian-cooperation"></letter-quote>
    </div>
  `,
};
