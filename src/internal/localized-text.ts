/**
 * How a card shows a text of the dataset: in the reader's language where the data has it,
 * otherwise in English, marked `lang="en"` so that screen readers and hyphenation read it as
 * what it is.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import type { LocalizedText } from '../data/types.js';
import type { Locale } from '../locales/tags.js';
import { pickText } from './locale.js';

/**
 * `value` in `locale`, or its English in a `<span lang="en">` when the data has no
 * translation. The card's own `lang` covers a translated text, so it needs no mark.
 */
export function localizedText(value: LocalizedText, locale: Locale): TemplateResult {
  const { text, lang } = pickText(value, locale);
  return lang === locale ? html`${text}` : html`<span lang=${lang}>${text}</span>`;
}
