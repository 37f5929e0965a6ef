import { cardArgTypes, frame } from './shared.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dataset, type Visit } from '../src/data/index.js';
import type { VisitTimelinePeriod } from '../src/elements/visit-timeline/visit-timeline.js';
import type { Theme } from '../src/internal/visit-element.js';
// The preview registers everything through src/index.ts; these make the file stand alone too,
// and registering twice is a no-op.
import '../src/define/visit-data.js';
import '../src/define/visit-timeline.js';
import { controlsFor } from './manifest-controls.js';

/**
 * Every attribute of `<visit-timeline>`, typed, by its name; `width` sizes the story's
 * container.
 */
interface VisitTimelineArgs {
  /** Empty: all. */
  period: VisitTimelinePeriod | '';
  /** Sections open: a comma-separated list of `history`, `sources`; empty: all closed. */
  expanded: string;
  theme: Theme;
  lang: string;
  'heading-level': number;
  width: number;
}

/**
 * The bundled dataset with its milestones and documents cut as `change` says, still valid: a
 * source no record cites any more is dropped with them.
 */
function trimmed(change: (visit: Visit) => void): Visit {
  const visit = structuredClone(dataset);
  change(visit);
  const cited = new Set<string>();
  const walk = (value: unknown, key?: string): void => {
    if (Array.isArray(value)) {
      if (key === 'sources') value.forEach((id) => cited.add(String(id)));
      else value.forEach((item) => walk(item));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk({ ...visit, sources: [] });
  visit.sources = visit.sources.filter((source) => cited.has(source.id));
  return visit;
}

const meta: Meta<VisitTimelineArgs> = {
  title: 'Elements/visit-timeline',
  component: 'visit-timeline',
  args: {
    period: '',
    expanded: '',
    theme: 'light',
    lang: 'en',
    'heading-level': 3,
    width: 640,
  },
  argTypes: {
    ...controlsFor('visit-timeline', ['period']),
    expanded: {
      control: 'text',
      description: 'Sections open: a comma-separated list of history, sources. Empty: all closed.',
    },
    ...cardArgTypes,
  },
  render: ({ period, expanded, theme, lang, 'heading-level': headingLevel, width }) =>
    frame(
      { width, theme },
      html`<visit-timeline
        period=${ifDefined(period || undefined)}
        expanded=${ifDefined(expanded || undefined)}
        theme=${theme}
        lang=${ifDefined(lang || undefined)}
        heading-level=${headingLevel}
      ></visit-timeline>`,
    ),
};
export default meta;

type Story = StoryObj<VisitTimelineArgs>;

/**
 * The embed: the visit and the treaty's path, each event dated and footnoted, with the history
 * the article tells folded into the first entry and the sources one click away.
 */
export const Default: Story = { name: 'Default: the history folded' };
/**
 * The history open, as `expanded="history"` says or a reader leaves it: each milestone with
 * what the article says of it, labelled as the article's claim over the verbatim quotation.
 */
export const HistoryOpen: Story = {
  name: 'Expanded: the history',
  args: { expanded: 'history' },
};
/** Every section open. */
export const Expanded: Story = {
  name: 'Expanded: history and sources',
  args: { expanded: 'history,sources' },
};
/** Only the history: the milestones before the visit, unfolded, the article named above. */
export const History: Story = { name: 'Period: history', args: { period: 'history' } };
/** Only the visit's days: the visit and the documents signed then. */
export const VisitDays: Story = { name: 'Period: visit', args: { period: 'visit' } };
/** Only the treaty: its signing, each step of its ratification, its entry into force. */
export const Treaty: Story = { name: 'Period: treaty', args: { period: 'treaty' } };
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };
/** Dark theme, the history open. */
export const DarkOpen: Story = {
  name: 'Dark, history open',
  args: { theme: 'dark', expanded: 'history' },
};
/** `theme="auto"` follows the reader's `prefers-color-scheme`. */
export const Auto: Story = { args: { theme: 'auto' } };
/** Russian UI: a quotation a Russian outlet prints whole shows in the original. */
export const Russian: Story = { args: { lang: 'ru', expanded: 'history' } };
/** Korean UI in South Korean orthography. */
export const Korean: Story = { args: { lang: 'ko' } };
/** Korean UI in the DPRK's orthography. */
export const KoreanDPRK: Story = { name: 'Korean (ko-KP)', args: { lang: 'ko-KP' } };
/** `lang` inherited from an ancestor. */
export const InheritedLang: Story = {
  name: 'lang from an ancestor',
  render: () => html`<div lang="ru"><visit-timeline></visit-timeline></div>`,
};
/** In a 320 px column: each date above its event. */
export const Column320: Story = { name: '320 px column', args: { width: 320 } };
/** At the narrowest supported width, 280 px. */
export const Narrow: Story = { args: { width: 280, expanded: 'history' } };
/** At the widest layout, 900 px. */
export const Wide: Story = { args: { width: 900 } };
/** A heading level to fit the page's outline. */
export const HeadingLevel: Story = { name: 'heading-level 2', args: { 'heading-level': 2 } };
/** A bad period: the card says so and fires `visit-cards-error`. */
export const BadPeriod: Story = {
  name: 'Error: bad period',
  tags: ['error-state', '!autodocs'],
  render: () => html`<visit-timeline period="future"></visit-timeline>`,
};
/** A section `expanded` does not know. */
export const BadExpanded: Story = {
  name: 'Error: unknown section in expanded',
  tags: ['error-state', '!autodocs'],
  render: () => html`<visit-timeline expanded="everything"></visit-timeline>`,
};
/** A heading level out of range. */
export const BadHeadingLevel: Story = {
  name: 'Error: heading-level 9',
  tags: ['error-state', '!autodocs'],
  render: () => html`<visit-timeline heading-level="9"></visit-timeline>`,
};
/** A period with nothing in it: a dataset with no treaty, filtered to the treaty. */
export const NoMatch: Story = {
  name: 'Error: no match',
  tags: ['error-state', '!autodocs'],
  render: () =>
    html`<visit-data
      .data=${trimmed((v) => (v.outcomes = v.outcomes.filter((o) => o.kind !== 'treaty')))}
      ><visit-timeline period="treaty"></visit-timeline
    ></visit-data>`,
};
/** A dataset with no milestones and no documents. */
export const NothingToShow: Story = {
  name: 'Error: no milestones and no outcomes',
  tags: ['error-state', '!autodocs'],
  render: () =>
    html`<visit-data
      .data=${trimmed((v) => {
        v.milestones = [];
        v.outcomes = [];
      })}
      ><visit-timeline></visit-timeline
    ></visit-data>`,
};
/** An empty dataset handed in through `<visit-data>`. */
export const EmptyDataset: Story = {
  name: 'Error: empty dataset',
  tags: ['error-state', '!autodocs'],
  render: () => html`<visit-data .data=${{}}><visit-timeline></visit-timeline></visit-data>`,
};
/** Another dataset of the same shape, through `<visit-data>`: two milestones, one document. */
export const ProvidedDataset: Story = {
  name: 'Provider: another dataset',
  render: () =>
    html`<visit-data
      .data=${trimmed((v) => {
        v.milestones = v.milestones.slice(-2);
        v.outcomes = v.outcomes.slice(0, 1);
      })}
      ><visit-timeline expanded="history"></visit-timeline
    ></visit-data>`,
};
/** Tokens and parts overridden from the page. */
export const Theming: Story = {
  render: () => html`
    <style>
      .themed visit-timeline {
        --visit-timeline-accent: #2f5d50;
        --visit-timeline-background: #fbf8f1;
        --visit-timeline-padding: 1.25rem;
        --visit-font-family: Georgia, serif;
        --visit-radius: 2px;
      }
      .themed visit-timeline::part(date) {
        font-style: italic;
      }
      .themed visit-timeline::part(claim-label) {
        letter-spacing: 0.12em;
      }
    </style>
    <div class="themed">
      ${nothing}<visit-timeline theme="light" expanded="history"></visit-timeline>
    </div>
  `,
};
