import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { dataset } from '../src/data/index.js';
import { withFirstPeople } from './datasets.js';

/** The args the stories render: `src`; the `data` property is set by the stories that use it. */
interface VisitDataArgs {
  src: string;
}

const cards = html`<div style="display:grid;gap:16px;max-width:640px">
  <visit-card variant="compact" theme="light"></visit-card>
  <delegation-roster group-by="none" theme="light"></delegation-roster>
  <letter-quote theme="light"></letter-quote>
</div>`;

const meta: Meta<VisitDataArgs> = {
  title: 'Elements/visit-data',
  component: 'visit-data',
  // Relative to iframe.html, so it loads wherever Storybook is served, under a sub-path too.
  args: { src: 'data/visit.json' },
  // The descriptions come from custom-elements.json.
  argTypes: { src: { control: 'text' } },
  render: ({ src }) => html`<visit-data src=${src}>${cards}</visit-data>`,
};
export default meta;

type Story = StoryObj<VisitDataArgs>;

/** Loads a dataset from a URL and hands it to every card inside. */
export const FromURL: Story = { name: 'Dataset from src' };
/** A dataset set as a property: here three people instead of thirteen. */
export const FromProperty: Story = {
  name: 'Dataset as a property',
  render: () => html`<visit-data .data=${withFirstPeople(3)}>${cards}</visit-data>`,
};
/** A URL that does not load: every card inside says so. */
export const LoadFailed: Story = {
  name: 'Error: src does not load',
  tags: ['error-state', '!autodocs', 'expect-http-404'],
  args: { src: 'data/no-such-file.json' },
};
/** An invalid dataset: the cards show a notice, never the bad data. */
export const Invalid: Story = {
  name: 'Error: invalid dataset',
  tags: ['error-state', '!autodocs'],
  render: () =>
    html`<visit-data .data=${{ ...dataset, quotes: [{ id: 'q' }] }}>${cards}</visit-data>`,
};
/** An empty dataset. */
export const Empty: Story = {
  name: 'Error: empty dataset',
  tags: ['error-state', '!autodocs'],
  render: () => html`<visit-data .data=${{}}>${cards}</visit-data>`,
};
