/**
 * The documents signed during the visit, in `<visit-card>`: one line each in the summary (the
 * title and how far the document has come), and on demand what the line does not say: where
 * it was signed, its articles, what it replaces, each ratification step and who signed it.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Outcome, RatificationStep } from '../../data/types.js';
import { formatNumber } from '../../internal/format.js';
import { date, mentions, place, plain, text, type CardView } from './view.js';

/** The step a document's line shows: in force where it is, else signed. */
function status(view: CardView, o: Outcome): TemplateResult {
  const { t } = view;
  return o.inForce
    ? html`${t.inForce(o.kind)}: ${date(view, o.inForce)}`
    : html`${t.signed(o.kind)}: ${date(view, o.signed)}`;
}

/** The documents, one line each: title, then the step it has reached. */
export function renderOutcomeLines(view: CardView): TemplateResult {
  return html`<ul part="outcomes" class="outcomes">
    ${view.visit.outcomes.map(
      (o) =>
        html`<li part="outcome" class="outcome ${o.kind}">
          <span part="outcome-title" class="outcome-title">${text(view, o.title)}</span
          ><span part="outcome-status" class="outcome-status"
            >&nbsp;— ${status(view, o)}${view.notes.cite(o.sources)}</span
          >
        </li>`,
    )}
  </ul>`;
}

/** Who took a ratification step, with their country where the body does not name it. */
function body(view: CardView, step: RatificationStep): TemplateResult {
  const party = view.t.party[step.party];
  return mentions(plain(view, step.body), party)
    ? text(view, step.body)
    : html`${party}, ${text(view, step.body)}`;
}

/** What a document's line does not say, as steps; none when there is nothing more. */
function details(view: CardView, o: Outcome): TemplateResult[] {
  const { t, lang, visit } = view;
  const step = (content: unknown, part = 'step') =>
    html`<li part=${part} class=${part}>${content}</li>`;
  const steps: TemplateResult[] = [];
  // Signed in the visit's own city goes without saying.
  const at =
    o.signedAt && plain(view, o.signedAt.name) !== plain(view, visit.overview.place.name)
      ? html`, ${place(view, o.signedAt)}`
      : nothing;
  // The line shows the signing unless the document has come further.
  if (o.inForce || at !== nothing) {
    steps.push(step(html`${t.signed(o.kind)}: ${date(view, o.signed)}${at}`));
  }
  const signatories = (o.signatories ?? [])
    .map((id) => visit.people.find((p) => p.id === id))
    .filter((p) => p !== undefined);
  if (signatories.length) {
    const names = signatories.map((p, i) => html`${i ? ', ' : nothing}${text(view, p.name)}`);
    steps.push(step(html`${t.signedBy}: ${names}`));
  }
  if (o.articleCount) steps.push(step(t.articles(formatNumber(o.articleCount, lang))));
  if (o.replaces) {
    const replaced = t.replacedDocument(o.kind, date(view, o.replaces.signed));
    steps.push(step(html`${t.replaces}: ${replaced}`));
  }
  for (const s of o.ratification ?? []) {
    const what = html`${body(view, s)}: ${text(view, s.act)}`;
    steps.push(
      step(
        html`${date(view, s.date)} — ${what}${view.notes.cite(s.sources)}`,
        'step ratification-step',
      ),
    );
  }
  return steps;
}

/** Every document's details, or nothing when no document has any. */
export function renderOutcomeDetails(view: CardView): TemplateResult | typeof nothing {
  const shown = view.visit.outcomes
    .map((o) => ({ o, steps: details(view, o) }))
    .filter(({ steps }) => steps.length);
  if (!shown.length) return nothing;
  return html`<ul part="outcome-details-list" class="outcome-details-list">
    ${shown.map(
      ({ o, steps }) =>
        html`<li part="outcome-detail" class="outcome-detail">
          <p part="outcome-detail-title" class="outcome-detail-title">
            ${text(view, o.title)}${view.notes.cite(o.sources)}
          </p>
          <ul part="steps" class="steps">
            ${steps}
          </ul>
        </li>`,
    )}
  </ul>`;
}
