import { css } from 'lit';

/** Styles of `<visit-card>`; shared tokens come from `sharedStyles`. */
export const visitCardStyles = css`
  :host {
    --_el-accent: var(--visit-card-accent, var(--_accent));
    --_el-bg: var(--visit-card-background, var(--_bg));
    --_el-pad: var(--visit-card-padding, var(--_space));
    max-width: 900px;
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
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
    text-wrap: balance;
  }
  .badge {
    margin: 0;
    justify-self: start;
    padding: 0.125rem 0.625rem;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    border: 1px solid var(--_border);
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge-detail {
    font-weight: 400;
    color: var(--_muted);
  }
  .facts {
    margin: 0;
    display: grid;
    gap: 0.5rem 1.25rem;
    grid-template-columns: 1fr;
  }
  .fact {
    display: grid;
    gap: 0;
    align-content: start;
  }
  dt {
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .section {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.75);
  }
  .section-heading {
    margin: 0 0 0.5rem;
    font-size: 1em;
  }
  .programme,
  .outcomes {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.375rem;
  }
  .programme-item {
    display: grid;
    gap: 0 0.75rem;
  }
  .programme-when {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .programme-when:empty {
    display: none;
  }
  .programme-place {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .outcome-title {
    font-weight: 600;
  }
  .steps {
    margin: 0.125rem 0 0;
    padding-inline-start: 1.25rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .party + .party::before {
    content: ' · ';
  }
  .next-stop {
    margin: 0;
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.75);
  }
  @container (min-width: 420px) {
    .programme-item {
      grid-template-columns: 9em minmax(0, 1fr);
    }
    .programme-when:empty {
      display: block;
    }
  }
  @container (min-width: 520px) {
    .facts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .heading {
      font-size: 1.5em;
    }
  }
  @container (min-width: 760px) {
    .card.full {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      column-gap: calc(var(--_space) * 1.5);
    }
    .card.full > .header,
    .card.full > .facts,
    .card.full > .next-stop,
    .card.full > .sources {
      grid-column: 1 / -1;
    }
    .facts {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @media print {
    .sources details > ul {
      display: block;
    }
  }
`;
