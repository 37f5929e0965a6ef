import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { dataset, type Visit } from '../src/data/index.js';

/** Attributes and properties of `<visit-data>`. */
interface VisitDataArgs {
  src: string;
  dataset: unknown;
}

/** The bundled dataset, trimmed as another site's might be: fewer people, fewer quotes. */
function smallerDataset(): Visit {
  const visit = structuredClone(dataset);
  visit.overview.title = { en: 'The same visit, from a dataset the page supplied' };
  visit.people = visit.people.slice(0, 3);
  const kept = new Set(visit.people.map((p) => p.id));
  visit.outcomes = visit.outcomes.map((o) => ({
    ...o,
    signatories: o.signatories?.filter((id) => kept.has(id)),
  }));
  return visit;
}

const cards = html`<div style="display:grid;gap:16px;max-width:640px">
  <visit-card variant="compact" theme="light"></visit-card>
  <delegation-roster group-by="none" theme="light"></delegation-roster>
  <letter-quote theme="light"></letter-quote>
</div>`;

const meta: Meta<VisitDataArgs> = {
  title: 'Elements/visit-data',
  component: 'visit-data',
  args: { src: '/data/visit.json' },
  argTypes: {
    src: { control: 'text', description: 'URL of a dataset JSON file (http or https).' },
    dataset: {
      control: false,
      description: 'A dataset object of the same shape; set as a property.',
    },
  },
  render: ({ src }) => html`<visit-data src=${src}>${cards}</visit-data>`,
};
export default meta;

type Story = StoryObj<VisitDataArgs>;

/** Loads a dataset from a URL and hands it to every card inside. */
export const FromURL: Story = { name: 'Dataset from src' };
/** A dataset set as a property: here three people instead of thirteen. */
export const FromProperty: Story = {
  name: 'Dataset as a property',
  render: () => html`<visit-data .dataset=${smallerDataset()}>${cards}</visit-data>`,
};
/** A URL that does not load: every card inside says so. */
export const LoadFailed: Story = {
  name: 'Error: src does not load',
  args: { src: '/data/no-such-file.json' },
};
/** An invalid dataset: the cards show a notice, never the bad data. */
export const Invalid: Story = {
  name: 'Error: invalid dataset',
  render: () =>
    html`<visit-data .dataset=${{ ...dataset, quotes: [{ id: 'q' }] }}>${cards}</visit-data>`,
};
/** An empty dataset. */
export const Empty: Story = {
  name: 'Error: empty dataset',
  render: () => html`<visit-data .dataset=${{}}>${cards}</visit-data>`,
};
