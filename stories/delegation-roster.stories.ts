import { cardArgTypes, frame } from './shared.js';
import { withFirstPeople } from './datasets.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DELEGATION_ROSTER_SECTORS,
  type DelegationRosterGrouping,
  type DelegationRosterLayout,
  type DelegationRosterStatus,
} from '../src/elements/delegation-roster/delegation-roster.js';
import type { Theme } from '../src/internal/visit-element.js';
// The preview registers everything through src/index.ts; these make the file stand alone too,
// and registering twice is a no-op.
import '../src/define/visit-data.js';
import '../src/define/delegation-roster.js';
import { controlsFor } from './manifest-controls.js';

/**
 * Every attribute of `<delegation-roster>`, typed, by its name; `width` sizes the story's
 * container.
 */
interface DelegationRosterArgs {
  layout: DelegationRosterLayout;
  'group-by': DelegationRosterGrouping;
  /** Comma-separated sectors; empty: all. */
  sector: string;
  /** Empty: all. */
  status: DelegationRosterStatus | '';
  /** 0: the default limit (the attribute is left out). */
  limit: number;
  /** Sections open: a comma-separated list of `members`, `sources`; empty: all closed. */
  expanded: string;
  theme: Theme;
  lang: string;
  'heading-level': number;
  width: number;
}

const meta: Meta<DelegationRosterArgs> = {
  title: 'Elements/delegation-roster',
  component: 'delegation-roster',
  args: {
    layout: 'list',
    'group-by': 'sector',
    sector: '',
    status: '',
    limit: 0,
    expanded: '',
    theme: 'light',
    lang: 'en',
    'heading-level': 3,
    width: 640,
  },
  argTypes: {
    ...controlsFor('delegation-roster', ['layout', 'group-by', 'status']),
    sector: {
      control: 'text',
      description: `Comma-separated list of: ${DELEGATION_ROSTER_SECTORS.join(', ')}. Empty: all.`,
    },
    limit: {
      control: { type: 'number', min: 0, max: 20 },
      description:
        'Show whole sectors up to N members and fold the rest; 0 leaves the attribute out (7).',
    },
    expanded: {
      control: 'text',
      description: 'Sections open: a comma-separated list of members, sources. Empty: all closed.',
    },
    ...cardArgTypes,
  },
  render: ({
    layout,
    'group-by': groupBy,
    sector,
    status,
    limit,
    expanded,
    theme,
    lang,
    'heading-level': headingLevel,
    width,
  }) =>
    frame(
      { width, theme },
      html`<delegation-roster
        layout=${layout}
        group-by=${groupBy}
        sector=${ifDefined(sector || undefined)}
        status=${ifDefined(status || undefined)}
        limit=${ifDefined(limit || undefined)}
        expanded=${ifDefined(expanded || undefined)}
        theme=${theme}
        lang=${ifDefined(lang || undefined)}
        heading-level=${headingLevel}
      ></delegation-roster>`,
    ),
};
export default meta;

type Story = StoryObj<DelegationRosterArgs>;

/**
 * The embed: the first sectors, up to 7 members, each with a status mark explained by the key
 * and footnotes to the sources; the other sectors and the sources are one click away.
 */
export const ListBySector: Story = { name: 'List, by sector (default)' };
/** Every section open, as `expanded="members,sources"` says, or as a reader leaves it. */
export const Expanded: Story = {
  name: 'Expanded: members and sources',
  args: { expanded: 'members,sources' },
};
/** One flat list in the dataset's order, each member with their sector. */
export const ListFlat: Story = { name: 'List, flat', args: { 'group-by': 'none' } };
/** A grid of cards, one section per sector; columns follow the card's width. */
export const GridBySector: Story = {
  name: 'Grid, by sector',
  args: { layout: 'grid', width: 900 },
};
/** A flat grid. */
export const GridFlat: Story = {
  name: 'Grid, flat',
  args: { layout: 'grid', 'group-by': 'none', width: 900 },
};
/** One sector. */
export const OneSector: Story = { name: 'Filter: sector="defence"', args: { sector: 'defence' } };
/** Several sectors; whitespace around the commas is fine. */
export const SeveralSectors: Story = {
  name: 'Filter: sector="diplomacy, transport"',
  args: { sector: 'diplomacy, transport' },
};
/** Announced before the visit (including those also confirmed attending). */
export const Announced: Story = {
  name: 'Filter: status="announced"',
  args: { status: 'announced' },
};
/** Confirmed attending (including those also announced). */
export const Confirmed: Story = {
  name: 'Filter: status="confirmed"',
  args: { status: 'confirmed' },
};
/** Only those both announced and confirmed attending. */
export const Both: Story = { name: 'Filter: status="both"', args: { status: 'both' } };
/** Sector and status together. */
export const SectorAndStatus: Story = {
  name: 'Filter: sector and status',
  args: { sector: 'presidential-office, defence', status: 'confirmed', 'group-by': 'none' },
};
/** A limit of 3 rounds down to whole sectors: the first sector alone, the rest folded. */
export const Limit: Story = { name: 'Limit: 3', args: { limit: 3 } };
/** A limit no lower than the delegation folds nothing. */
export const NoFold: Story = { name: 'Limit: 20 (nothing folded)', args: { limit: 20 } };
/** A limit on a flat grid folds after the fourth member. */
export const LimitGrid: Story = {
  name: 'Limit: 4, flat grid',
  args: { limit: 4, layout: 'grid', 'group-by': 'none', width: 900 },
};
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };
/** Dark theme, grid. */
export const DarkGrid: Story = { name: 'Dark, grid', args: { theme: 'dark', layout: 'grid' } };
/** `theme="auto"` follows the reader's `prefers-color-scheme`. */
export const Auto: Story = { args: { theme: 'auto' } };
/** Russian UI. */
export const Russian: Story = { args: { lang: 'ru' } };
/** Korean UI in South Korean orthography. */
export const Korean: Story = { args: { lang: 'ko' } };
/** Korean UI in the DPRK's orthography. */
export const KoreanDPRK: Story = { name: 'Korean (ko-KP)', args: { lang: 'ko-KP' } };
/** `lang` inherited from an ancestor. */
export const InheritedLang: Story = {
  name: 'lang from an ancestor',
  render: () => html`<div lang="ru"><delegation-roster></delegation-roster></div>`,
};
/** In a 320 px column: one column of sectors. */
export const Column320: Story = { name: '320 px column', args: { width: 320 } };
/** At the narrowest supported width, 280 px. */
export const Narrow: Story = { args: { width: 280 } };
/** A grid at 280 px falls back to one column. */
export const NarrowGrid: Story = { name: 'Narrow, grid', args: { width: 280, layout: 'grid' } };
/** At the widest layout, 900 px. */
export const Wide: Story = { args: { width: 900 } };
/** A heading level to fit the page's outline; sector headings sit one level below. */
export const HeadingLevel: Story = { name: 'heading-level 2', args: { 'heading-level': 2 } };
/** A bad layout: the card says so and fires `visit-cards-error`. */
export const BadLayout: Story = {
  name: 'Error: bad layout',
  tags: ['error-state', '!autodocs'],
  render: () => html`<delegation-roster layout="table"></delegation-roster>`,
};
/** A bad grouping. */
export const BadGroupBy: Story = {
  name: 'Error: bad group-by',
  tags: ['error-state', '!autodocs'],
  render: () => html`<delegation-roster group-by="status"></delegation-roster>`,
};
/** An unknown sector in the list. */
export const BadSector: Story = {
  name: 'Error: unknown sector',
  tags: ['error-state', '!autodocs'],
  render: () => html`<delegation-roster sector="defence, culture"></delegation-roster>`,
};
/** An unknown status. */
export const BadStatus: Story = {
  name: 'Error: unknown status',
  tags: ['error-state', '!autodocs'],
  render: () => html`<delegation-roster status="rumoured"></delegation-roster>`,
};
/** A section `expanded` does not know. */
export const BadExpanded: Story = {
  name: 'Error: unknown section in expanded',
  tags: ['error-state', '!autodocs'],
  render: () => html`<delegation-roster expanded="everything"></delegation-roster>`,
};
/** A limit that is not a positive integer. */
export const BadLimit: Story = {
  name: 'Error: limit 0',
  tags: ['error-state', '!autodocs'],
  render: () => html`<delegation-roster limit="0"></delegation-roster>`,
};
/** A heading level out of range. */
export const BadHeadingLevel: Story = {
  name: 'Error: heading-level 9',
  tags: ['error-state', '!autodocs'],
  render: () => html`<delegation-roster heading-level="9"></delegation-roster>`,
};
/** Valid filters that together match no one. */
export const NoMatch: Story = {
  name: 'Error: no match',
  tags: ['error-state', '!autodocs'],
  render: () =>
    html`<delegation-roster sector="presidential-office" status="announced"></delegation-roster>`,
};
/** A dataset whose delegation is empty. */
export const EmptyDelegation: Story = {
  name: 'Error: empty delegation',
  tags: ['error-state', '!autodocs'],
  // Otherwise valid: no signatories left dangling, no sources left uncited.
  render: () =>
    html`<visit-data .data=${withFirstPeople(0)}
      ><delegation-roster></delegation-roster
    ></visit-data>`,
};
/** An empty dataset handed in through `<visit-data>`. */
export const EmptyDataset: Story = {
  name: 'Error: empty dataset',
  tags: ['error-state', '!autodocs'],
  render: () => html`<visit-data .data=${{}}><delegation-roster></delegation-roster></visit-data>`,
};
/** Another dataset of the same shape, through `<visit-data>`: two members of the delegation. */
export const ProvidedDataset: Story = {
  name: 'Provider: another dataset',
  render: () =>
    html`<visit-data .data=${withFirstPeople(2)}
      ><delegation-roster></delegation-roster
    ></visit-data>`,
};
/** Tokens and parts overridden from the page. */
export const Theming: Story = {
  render: () => html`
    <style>
      .themed delegation-roster {
        --visit-roster-accent: #2f5d50;
        --visit-roster-member-background: #f3efe4;
        --visit-roster-gap: 0.75rem;
        --visit-color-background: #fbf8f1;
        --visit-font-family: Georgia, serif;
        --visit-radius: 2px;
      }
      .themed delegation-roster::part(group-heading) {
        letter-spacing: 0.2em;
      }
      .themed delegation-roster::part(name-ru) {
        font-style: italic;
      }
      .themed delegation-roster::part(mark) {
        color: #2f5d50;
      }
      .themed delegation-roster::part(folded-summary) {
        font-style: italic;
      }
    </style>
    <div class="themed">
      ${nothing}<delegation-roster theme="light" layout="grid"></delegation-roster>
    </div>
  `,
};
