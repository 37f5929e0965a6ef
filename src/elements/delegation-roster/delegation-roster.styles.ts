import { css } from 'lit';

/** Styles of `<delegation-roster>`; shared tokens come from `sharedStyles`. */
export const delegationRosterStyles = css`
  :host {
    --_el-accent: var(--visit-roster-accent, var(--_accent));
    --_el-bg: var(--visit-roster-background, var(--_bg));
    --_el-pad: var(--visit-roster-padding, var(--_space));
    --_roster-gap: var(--visit-roster-gap, calc(var(--_space) * 0.5));
    --_roster-member-bg: var(--visit-roster-member-background, var(--_surface));
    max-width: 900px;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
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
  }
  .groups {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .group {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.5);
  }
  .group-heading {
    margin: 0 0 0.375rem;
    color: var(--_el-accent);
    font-size: 0.875em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_roster-gap);
  }
  .member {
    display: grid;
    gap: 0.125rem 1rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .card.layout-list .member + .member {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_roster-gap);
  }
  .name {
    font-weight: 600;
  }
  .name-ru {
    color: var(--_muted);
  }
  .title {
    font-size: 0.9375em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-start: 0.125rem;
  }
  .sector,
  .status {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    /* A pill on one line, a rounded box when a long status wraps in a narrow card. */
    border-radius: 0.7em;
    font-size: 0.8125em;
    line-height: 1.6;
  }
  .status.both,
  .status.confirmed {
    border-color: var(--_el-accent);
  }
  .card.layout-grid .member {
    align-content: start;
    padding: calc(var(--_space) * 0.625);
    background: var(--_roster-member-bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .toggle {
    justify-self: start;
  }
  /* Columns follow the card's own width, not the viewport's: it may sit in a sidebar. */
  @container (min-width: 480px) {
    .card.layout-grid .list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .heading {
      font-size: 1.5em;
    }
  }
  @container (min-width: 600px) {
    .card.layout-list .member {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
    .card.layout-list .name,
    .card.layout-list .name-ru {
      grid-column: 1;
    }
    .card.layout-list .title {
      grid-column: 2;
      grid-row: 1;
    }
    .card.layout-list .meta {
      grid-column: 2;
      grid-row: 2 / span 2;
      align-self: start;
    }
  }
  @container (min-width: 720px) {
    .card.layout-grid .list {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @media (forced-colors: active) {
    .status.both,
    .status.confirmed {
      border-color: CanvasText;
    }
  }
`;
