import { css } from 'lit';

/** Styles of `<visit-card>`; shared tokens come from `sharedStyles`. */
export const visitCardStyles = css`
  :host {
    --_el-accent: var(--visit-card-accent, var(--_accent));
    --_el-bg: var(--visit-card-background, var(--_bg));
    --_el-pad: var(--visit-card-padding, var(--_space));
    max-width: 900px;
  }
  p,
  dd,
  li {
    text-wrap: pretty;
  }
  /* A date is one unit: "November 9, 2024" never breaks inside. */
  time {
    white-space: nowrap;
  }
  .notes {
    font-weight: 400;
  }
  .header {
    display: grid;
    gap: 0.25rem;
  }
  .eyebrow {
    margin: 0;
    color: var(--_el-accent);
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.35;
    text-wrap: balance;
  }
  .heading {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.25;
    text-wrap: balance;
  }
  .facts {
    margin: 0;
    display: grid;
    gap: 0.25rem 1.25rem;
    grid-template-columns: minmax(0, 1fr);
  }
  /* Term and value run on one line, as a fact box in print does: the summary stays short. */
  .fact > * {
    display: inline;
  }
  dt {
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    margin-inline-end: 0.375em;
  }
  dd {
    margin: 0;
  }
  /* Section headings are labels, set apart from the titles of the items under them. */
  .section-heading {
    margin: 0 0 0.25rem;
    color: var(--_el-accent);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    text-wrap: balance;
  }
  .section {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.5);
  }
  .outcomes,
  .programme-list,
  .outcome-details-list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.375rem;
  }
  .outcomes {
    font-size: 0.875em;
    line-height: 1.4;
  }
  .outcome-title,
  .outcome-detail-title {
    font-weight: 600;
  }
  .outcome-status,
  .programme-when,
  .programme-place {
    color: var(--_muted);
  }
  .programme-when {
    font-variant-numeric: tabular-nums;
    margin-inline-end: 0.25em;
  }
  .outcome-detail-title {
    margin: 0;
  }
  .steps {
    margin: 0.125rem 0 0;
    padding-inline-start: 1.25rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .itinerary {
    margin-block-start: 0.75rem;
  }
  /* The sections that open on demand: their summaries share one row while closed; one that
     opens takes the whole width. The row draws the rule above them all. */
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.5);
  }
  .more > :is(details[open], div) {
    flex-basis: 100%;
  }
  details > .summary {
    cursor: pointer;
    min-height: 1.5rem;
    color: var(--_link);
    font-size: 0.875rem;
    font-weight: 600;
  }
  details[open] > .summary {
    margin-block-end: 0.5rem;
  }
  .full .more > * + * {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.5);
  }
  /* Compact: the headline, who, where and when, one line per document. */
  .compact {
    gap: 0.5rem;
  }
  @container (min-width: 400px) {
    .heading {
      font-size: 1.25em;
    }
    .outcomes {
      font-size: 0.9375em;
    }
  }
  @container (min-width: 520px) {
    .facts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    :not(.compact) > .header > .heading {
      font-size: 1.5em;
    }
  }
  @container (min-width: 760px) {
    .facts {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
`;
