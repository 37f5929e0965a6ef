/**
 * One rule for every attribute the elements take, so no two read a value differently:
 *
 * - Absent, empty or only whitespace means the default, as if the attribute were not there.
 * - Keywords match exactly, in the lower case the docs give them; anything else, a keyword with
 *   spaces around it included, is refused with the `invalid-attribute` notice and event.
 * - A list (`sector="economy, health"`) is split on commas; each item is trimmed and must be a
 *   keyword; empty items and repeats are dropped.
 * - A number is a whole number in the range the attribute states.
 *
 * The checks throw an {@link AttributeProblem}; the base class catches it in `willUpdate` and
 * shows the notice, so an element reads its attributes as plain values.
 *
 * @module
 */
import type { ComplexAttributeConverter } from 'lit';
import type { VisitCardsErrorDetail } from './error-event.js';

/** A bad attribute value, thrown by the checks below and caught by the base class. */
export class AttributeProblem extends Error {
  constructor(readonly detail: VisitCardsErrorDetail) {
    super(detail.message);
  }
}

/** True for `null`, `undefined`, `''` and whitespace: all mean "use the default". */
export function isBlank(value: unknown): value is null | undefined | '' {
  return value == null || (typeof value === 'string' && value.trim() === '');
}

/** The problem of an attribute whose value is not one of `allowed`. */
function invalid(
  attribute: string,
  value: unknown,
  allowed: readonly string[],
): VisitCardsErrorDetail {
  return {
    code: 'invalid-attribute',
    attribute,
    value: String(value),
    message: `${attribute}="${String(value)}" is not one of: ${allowed.join(', ')}.`,
  };
}

/** `value` if it is one of `allowed`, `fallback` if blank; throws otherwise. */
export function keyword<T extends string, F extends T | undefined>(
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: F,
): T | F {
  if (isBlank(value)) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new AttributeProblem(invalid(attribute, value, allowed));
}

/** A comma-separated list of keywords; an empty list when blank; throws on an unknown item. */
export function keywordList<T extends string>(
  attribute: string,
  value: unknown,
  allowed: readonly T[],
): T[] {
  if (isBlank(value)) return [];
  const items = [
    ...new Set(
      String(value)
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
  const unknown = items.find((item) => !(allowed as readonly string[]).includes(item));
  if (unknown !== undefined) {
    throw new AttributeProblem({
      ...invalid(attribute, value, allowed),
      message: `${attribute}="${String(value)}": "${unknown}" is not one of: ${allowed.join(', ')}.`,
    });
  }
  return items as T[];
}

/**
 * A whole number from `min` to `max`, `fallback` if blank; throws otherwise. `raw` is the
 * attribute as written, for the message (the property holds it already converted).
 */
export function integer<F extends number | undefined>(
  attribute: string,
  value: unknown,
  range: { min: number; max?: number },
  fallback: F,
  raw?: string | null,
): number | F {
  if (isBlank(value)) return fallback;
  const { min, max = Number.MAX_SAFE_INTEGER } = range;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
    return value;
  }
  const bounds = range.max === undefined ? `at least ${min}` : `from ${min} to ${max}`;
  throw new AttributeProblem({
    code: 'invalid-attribute',
    attribute,
    value: String(raw ?? value),
    message: `${attribute} must be a whole number ${bounds}.`,
  });
}

/**
 * Reads a number attribute by the rule above: blank is `fallback` (the default); digits with
 * spaces around them are refused like a keyword with spaces; anything else is `Number()` of
 * it, so `"abc"` becomes `NaN` and is refused by {@link integer}.
 */
export function numberAttribute<F extends number | undefined>(
  fallback: F,
): ComplexAttributeConverter<number | F> {
  return {
    fromAttribute: (value) =>
      isBlank(value) ? fallback : value.trim() === value ? Number(value) : NaN,
    toAttribute: (value) => (value == null ? null : String(value)),
  };
}
