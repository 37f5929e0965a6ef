/**
 * The card's options as form controls: written into the page from the control list, and read
 * back as the attributes of the card. Plain DOM, so the builder adds no second copy of Lit to
 * the page its previews load the library into.
 *
 * @module
 */
import type { Choice, Control } from './controls.js';

/** An element with `attributes` and `children`; a string child is text. */
export function h(
  tag: string,
  attributes: Record<string, string | undefined> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

/** An `<option>`, marked with its label's language. */
function option(choice: Choice, selected: boolean): HTMLOptionElement {
  const element = h('option', { value: choice.value, lang: choice.lang }, choice.label);
  (element as HTMLOptionElement).selected = selected;
  return element as HTMLOptionElement;
}

/** The hint under a control, and the id its control is described by. */
function hintOf(control: Control, id: string): { hint?: HTMLElement; describedBy?: string } {
  if (!control.hint) return {};
  return {
    hint: h('p', { class: 'hint', id: `${id}-hint` }, control.hint),
    describedBy: `${id}-hint`,
  };
}

/** One control, holding `value` (an attribute's value, `''` for left out). */
function renderControl(control: Control, value: string): HTMLElement {
  const id = `option-${control.name}`;
  const { hint, describedBy } = hintOf(control, id);
  if (control.kind === 'checkboxes') {
    const ticked = new Set(value.split(',').filter(Boolean));
    return h(
      'fieldset',
      { class: 'control', 'data-attribute': control.name, 'aria-describedby': describedBy },
      h('legend', {}, control.label),
      ...(hint ? [hint] : []),
      h(
        'div',
        { class: 'checkboxes' },
        ...control.choices.map((choice) => {
          const box = h('input', { type: 'checkbox', name: control.name, value: choice.value });
          (box as HTMLInputElement).checked = ticked.has(choice.value);
          return h('label', { lang: choice.lang }, box, choice.label);
        }),
      ),
    );
  }
  const field =
    control.kind === 'select'
      ? h(
          'select',
          { id, name: control.name, 'aria-describedby': describedBy },
          ...control.choices.map((choice) => option(choice, choice.value === value)),
        )
      : h('input', {
          id,
          name: control.name,
          type: 'number',
          min: String(control.min),
          step: '1',
          inputmode: 'numeric',
          value,
          'aria-describedby': describedBy,
        });
  return h(
    'div',
    { class: 'control', 'data-attribute': control.name },
    h('label', { for: id }, control.label),
    field,
    ...(hint ? [hint] : []),
  );
}

/** Writes `controls` into `container`, holding `values`, in place of what it held. */
export function renderControls(
  container: HTMLElement,
  controls: readonly Control[],
  values: ReadonlyMap<string, string>,
): void {
  container.replaceChildren(
    ...controls.map((control) => renderControl(control, values.get(control.name) ?? '')),
  );
  applyConditions(container, controls, values);
}

/** The value of each control in `container`, by attribute name; `''` for left out. */
export function readControls(
  container: HTMLElement,
  controls: readonly Control[],
): Map<string, string> {
  const values = new Map<string, string>();
  for (const control of controls) {
    if (control.kind === 'checkboxes') {
      const ticked = container.querySelectorAll<HTMLInputElement>(
        `input[type=checkbox][name="${control.name}"]:checked`,
      );
      values.set(control.name, [...ticked].map((box) => box.value).join(','));
    } else {
      const field = container.querySelector<HTMLInputElement | HTMLSelectElement>(
        `[name="${control.name}"]`,
      );
      values.set(control.name, field?.value.trim() ?? '');
    }
  }
  applyConditions(container, controls, values);
  for (const control of controls) {
    if (control.applies && !control.applies(values)) values.set(control.name, '');
  }
  return values;
}

/** Disables each control that does not apply to `values`, and enables the others. */
function applyConditions(
  container: HTMLElement,
  controls: readonly Control[],
  values: ReadonlyMap<string, string>,
): void {
  for (const control of controls) {
    const wrapper = container.querySelector(`[data-attribute="${control.name}"]`);
    const off = control.applies ? !control.applies(values) : false;
    wrapper?.toggleAttribute('data-disabled', off);
    for (const field of wrapper?.querySelectorAll('input, select') ?? []) {
      (field as HTMLInputElement).disabled = off;
    }
  }
}
