import { css } from 'lit';

/** Styles of `<delegation-roster>`; shared tokens come from `sharedStyles`. */
export const delegationRosterStyles = css`
  :host {
    --_el-accent: var(--visit-roster-accent, var(--_accent));
    --_el-bg: var(--visit-roster-background, var(--_bg));
    --_el-pad: var(--visit-roster-padding, var(--_space));
    --_roster-gap: var(--visit-roster-gap, calc(var(--_space) * 0.5));
    --_roster-member-bg: var(--visit-roster-member-background, var(--_surface));
    --_roster-column-min: var(--visit-roster-column-min, 13rem);
    max-width: 900px;
  }
  .header {
    display: grid;
    gap: 0.25rem;
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
    text-wrap: balance;
  }
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    text-wrap: balance;
  }
  /* The key: one line where it fits, each shape beside its words. */
  .legend {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.4;
  }
  .legend-item {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.375em;
  }
  .legend-item > .mark {
    margin-block-start: calc((1.4em - 0.75em) / 2);
  }
  .mark {
    flex: none;
    width: 0.75em;
    height: 0.75em;
    color: var(--_el-accent);
    vertical-align: -0.05em;
  }
  .groups {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .group {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.25rem;
    break-inside: avoid;
  }
  /* A sector's heading: a small label, unlike a member's name or the card's heading. */
  .group-heading {
    margin: 0 0 0.25rem;
    color: var(--_el-accent);
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.5;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    text-wrap: balance;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_roster-gap);
  }
  /* The status mark hangs before the name like a bullet; it follows the name in the DOM, so a
     screen reader hears the name first. */
  .member {
    display: grid;
    grid-template-columns: 0.75em minmax(0, 1fr);
    column-gap: 0.5em;
    min-width: 0;
    line-height: 1.35;
    break-inside: avoid;
  }
  .member > * {
    grid-column: 2;
  }
  .member > .status {
    grid-column: 1;
    grid-row: 1;
    display: flex;
    margin-block-start: calc((1.35em - 0.75em) / 2);
  }
  .name {
    font-weight: 600;
  }
  /* The Russian name moves to the next line whole rather than split, where it can. */
  .name-ru {
    display: inline-block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .title {
    font-size: 0.875em;
    text-wrap: pretty;
  }
  .sector {
    justify-self: start;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .card.layout-grid .member {
    align-content: start;
    padding: calc(var(--_space) * 0.625);
    background: var(--_roster-member-bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  /* The fold: a plain line that says what it holds, large enough to tap. */
  .folded > .summary {
    display: list-item;
    padding-block: 0.5rem;
    color: var(--_link);
    font-size: 0.875em;
    cursor: pointer;
    text-wrap: pretty;
  }
  .folded[open] > .summary {
    margin-block-end: 0.5rem;
  }
  /* Columns follow the card's own width, not the viewport's: it may sit in a sidebar. */
  @container (min-width: 480px) {
    .card.layout-grid .list {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_roster-column-min)), 1fr));
    }
    .heading {
      font-size: 1.375em;
    }
  }
  /* Wide enough for two columns of names: sectors (or members) side by side, read down. */
  @container (min-width: 520px) {
    .card.grouped.layout-list .groups {
      display: block;
      columns: 2;
      column-gap: calc(var(--_space) * 1.5);
    }
    .card.grouped.layout-list .group {
      margin-block-end: calc(var(--_space) * 0.5);
    }
    .card.flat.layout-list .list {
      display: block;
      columns: 2;
      column-gap: calc(var(--_space) * 1.5);
    }
    .card.flat.layout-list .member {
      margin-block-end: var(--_roster-gap);
    }
  }
  .print-only {
    display: none;
  }
  @media print {
    .screen-only {
      display: none;
    }
    .print-only {
      display: inline;
    }
    .mark {
      color: #000;
    }
  }
  @media (forced-colors: active) {
    .mark {
      color: CanvasText;
    }
  }
`;
