/**
 * The attributes a snippet is asked for, read by the rule the elements read them with
 * (src/internal/attributes.ts): the same checks, the same lists, the same messages. A value
 * the element would refuse with a notice is refused here with an error, before any markup is
 * written.
 *
 * @module
 */
import {
  AttributeProblem,
  integer,
  isBlank,
  keyword,
  numberAttribute,
} from '../internal/attributes.js';
import type { VisitCardsErrorDetail } from '../internal/error-event.js';
import { THEMES } from '../internal/themes.js';

/** Why a snippet cannot be written; `code` is stable, `message` says what to change. */
export type SnippetErrorCode =
  VisitCardsErrorDetail['code'] | 'unknown-element' | 'unknown-attribute' | 'invalid-option';

/** Thrown by `snippet()` when the element, an attribute, an option or the dataset is bad. */
export class SnippetError extends Error {
  override readonly name = 'SnippetError';

  constructor(
    /** What is wrong, as a stable code. */
    readonly code: SnippetErrorCode,
    message: string,
    /** The attribute or option at fault, if one is. */
    readonly attribute?: string,
  ) {
    super(message);
  }
}

/** The attributes asked for, by lower-case name, without the blank ones, in the order given. */
export type Written = ReadonlyMap<string, string>;

/** The attributes every card takes besides its own. */
export const SHARED_ATTRIBUTES = ['lang', 'theme', 'heading-level'] as const;

/** What the shared attributes say for the fallback. */
export interface Shared {
  /** The element's own `lang`, if it has one. */
  lang: string | undefined;
  /** The card's heading level. */
  level: number;
}

/**
 * The attributes as given, checked for names `tag` knows (its own and the shared ones). A blank
 * value (empty, or only spaces) is left out: the element reads it as absent, and `lang=""`
 * would tell a screen reader the text is in no known language.
 */
export function written(
  tag: string,
  given: Readonly<Record<string, string | undefined>>,
  own: readonly string[],
): Written {
  const known = [...own, ...SHARED_ATTRIBUTES];
  if (typeof given !== 'object' || given === null) {
    throw new SnippetError(
      'invalid-attribute',
      `<${tag}>: the attributes must be an object of names and values.`,
    );
  }
  const out = new Map<string, string>();
  for (const [raw, value] of Object.entries(given)) {
    const name = raw.toLowerCase();
    if (!known.includes(name)) {
      throw new SnippetError(
        'unknown-attribute',
        `<${tag}> has no attribute "${raw}"; it takes: ${known.join(', ')}.`,
        raw,
      );
    }
    if (out.has(name)) {
      throw new SnippetError('unknown-attribute', `<${tag}>: "${name}" is given twice.`, name);
    }
    if (value !== undefined && typeof value !== 'string') {
      throw new SnippetError(
        'invalid-attribute',
        `<${tag}>: the value of ${name} must be a string.`,
        name,
      );
    }
    if (!isBlank(value)) out.set(name, value);
  }
  return out;
}

/** Reads `theme` and `heading-level` as every card does; `lang` as given. */
export function readShared(attributes: Written): Shared {
  keyword('theme', attributes.get('theme'), THEMES, 'auto');
  const raw = attributes.get('heading-level') ?? null;
  const level = integer(
    'heading-level',
    numberAttribute(3).fromAttribute!(raw, Number),
    { min: 1, max: 6 },
    3,
    raw,
  );
  return { lang: attributes.get('lang')?.trim(), level };
}

/**
 * Runs `write`, turning the problem an element would show as a notice into a `SnippetError`
 * that names the element; anything else it throws (data a check did not foresee) is the
 * `render-failed` the card would show, so that `snippet()` throws nothing but a `SnippetError`.
 */
export function asSnippetError<T>(tag: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof SnippetError) throw error;
    if (error instanceof AttributeProblem) throw problemError(tag, error.detail);
    const reason = error instanceof Error ? error.message : String(error);
    throw new SnippetError('render-failed', `<${tag}>: could not write the fallback: ${reason}`);
  }
}

/** The error of a problem the element would report in its `visit-cards-error` event. */
export function problemError(tag: string, detail: VisitCardsErrorDetail): SnippetError {
  return new SnippetError(detail.code, `<${tag}>: ${detail.message}`, detail.attribute);
}
