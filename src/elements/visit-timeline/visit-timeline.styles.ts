import { css } from 'lit';

/** Styles of `<visit-timeline>`; shared tokens come from `sharedStyles`. */
export const visitTimelineStyles = css`
  :host {
    --_el-accent: var(--visit-timeline-accent, var(--_accent));
    --_el-bg: var(--visit-timeline-background, var(--_bg));
    --_el-pad: var(--visit-timeline-padding, var(--_space));
    /* The date column, wide enough for "18 November 2024" or a span of two days. */
    --_date-width: 9.5rem;
    --_rail: 2px;
    --_dot: 0.5rem;
    --_rail-gap: 0.875rem;
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
  }
  .count time,
  .date time {
    white-space: nowrap;
  }
  /* The list: a rail down the side, a dot at each event. */
  .entries {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375em;
  }
  .entries .entries {
    font-size: 1em;
  }
  .entry {
    position: relative;
    padding-block-end: 0.375rem;
    padding-inline-start: var(--_rail-gap);
    border-inline-start: var(--_rail) solid var(--_border);
    line-height: 1.35;
    break-inside: avoid;
  }
  .entry:last-child {
    padding-block-end: 0;
  }
  .entry::before {
    content: '';
    position: absolute;
    /* Beside the first line: the date where it is shown above the title. */
    inset-block-start: calc(0.55em - var(--_dot) / 2);
    inset-inline-start: calc((var(--_dot) + var(--_rail)) / -2);
    width: var(--_dot);
    height: var(--_dot);
    border-radius: 50%;
    background: var(--_el-bg);
    border: 2px solid var(--_el-accent);
    box-sizing: border-box;
  }
  .entry.visit::before,
  .entry.in-force::before {
    background: var(--_el-accent);
  }
  .date {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  /* Said again for a screen reader, which hears each entry on its own; not shown again. */
  .same-date > .date {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .same-date::before {
    inset-block-start: calc(0.675em - var(--_dot) / 2);
  }
  .body > * {
    margin: 0;
  }
  .title {
    text-wrap: pretty;
  }
  .entry.visit .title,
  .entry.in-force .title {
    font-weight: 600;
  }
  .description {
    color: var(--_muted);
    font-size: 0.875em;
    text-wrap: pretty;
  }
  /* The article's claim: a label that says whose words follow, and the words, set apart. */
  .claim {
    margin: 0.25rem 0 0;
  }
  .claim-label {
    color: var(--_el-accent);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .quote {
    margin: 0.125rem 0 0;
    padding-inline-start: 0.625rem;
    border-inline-start: 3px solid var(--_el-accent);
    font-size: 0.875em;
    text-wrap: pretty;
  }
  .quote p {
    margin: 0;
  }
  .quoted-above {
    margin: 0.125rem 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  /* The marks around the title say what it is; Korean has no italic. */
  cite {
    font-style: normal;
  }
  .article {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .article p {
    margin: 0;
  }
  .fold .article {
    margin-block: 0.375rem 0.5rem;
  }
  /* The fold reads as an entry: the years, then what it holds, as a link-coloured line. */
  .history > .summary {
    display: block;
    cursor: pointer;
    list-style: none;
  }
  .history > .summary::-webkit-details-marker {
    display: none;
  }
  .history > .summary .what {
    display: block;
    color: var(--_link);
    font-weight: 600;
  }
  /* The disclosure's triangle, as the other sections have it; not read out. */
  .history > .summary .what::before {
    content: '▸';
    content: '▸' / '';
    margin-inline-end: 0.375em;
  }
  .history[open] > .summary .what::before {
    content: '▾';
    content: '▾' / '';
  }
  .history[open] > .summary {
    margin-block-end: 0.25rem;
  }
  /* The history's own list sits inside the fold's entry: its rail is the outer one. */
  .fold .entries .entry {
    border-inline-start: 0;
    padding-inline-start: 0;
  }
  .fold .entries .entry::before {
    inset-inline-start: calc(var(--_rail-gap) * -1 - (var(--_dot) + var(--_rail)) / 2);
  }
  .fold .entries .entry:last-child {
    padding-block-end: 0;
  }
  /* Wide enough: dates in a column of their own, the rail between them and the events. */
  @container (min-width: 480px) {
    .heading {
      font-size: 1.375em;
    }
    .entries {
      font-size: 1em;
    }
    .entry {
      display: grid;
      grid-template-columns: var(--_date-width) minmax(0, 1fr);
      column-gap: var(--_rail-gap);
      border-inline-start: 0;
      padding-inline-start: 0;
    }
    .entry::before {
      inset-block-start: calc(0.675em - var(--_dot) / 2);
      inset-inline-start: calc(
        var(--_date-width) + var(--_rail-gap) - (var(--_dot) - var(--_rail)) / 2
      );
    }
    .entry > .date,
    .history > .summary .date {
      text-align: end;
      padding-block-start: 0.1em;
    }
    .entry > .body,
    .history > .summary .what,
    .fold .article {
      padding-inline-start: var(--_rail-gap);
      border-inline-start: var(--_rail) solid var(--_border);
    }
    .entry > .body {
      grid-column: 2;
      padding-block-end: 0.375rem;
      margin-block-end: -0.375rem;
    }
    .entry:last-child > .body {
      padding-block-end: 0;
      margin-block-end: 0;
    }
    /* The fold spans both columns; its summary and its list keep them. */
    .entry.fold {
      display: block;
    }
    .history > .summary {
      display: grid;
      grid-template-columns: var(--_date-width) minmax(0, 1fr);
      column-gap: var(--_rail-gap);
    }
    .fold .article {
      margin-block: 0;
      padding-block: 0.25rem 0.5rem;
      margin-inline-start: calc(var(--_date-width) + var(--_rail-gap));
    }
    .fold .entries .entry::before {
      inset-inline-start: calc(
        var(--_date-width) + var(--_rail-gap) - (var(--_dot) - var(--_rail)) / 2
      );
    }
    .fold .entries .entry:last-child > .body {
      padding-block-end: 0.375rem;
      margin-block-end: -0.375rem;
    }
  }
  @media print {
    .entry::before {
      border-color: #000;
    }
    .history > .summary .what::before {
      content: none;
    }
  }
  @media (forced-colors: active) {
    .entry::before {
      border-color: CanvasText;
      background: Canvas;
    }
    .entry.visit::before,
    .entry.in-force::before {
      background: CanvasText;
    }
  }
`;
