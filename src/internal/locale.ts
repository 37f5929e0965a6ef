/**
 * Which `lang` an element is in, and how localized data text is picked; the UI languages
 * themselves are listed in `src/locales/tags.ts`.
 *
 * @module
 */
import type { LocalizedText } from '../data/types.js';
import type { Locale } from '../locales/tags.js';

/**
 * The `lang` in effect for `element`: its own, else the nearest ancestor's across shadow
 * roots, else the document's, else English.
 */
export function inheritedLang(element: Element): string {
  // Duck-typed rather than `instanceof Element`: a server render may have no DOM globals.
  let node: (Partial<Element> & { parentNode?: unknown; host?: unknown }) | null = element;
  while (node) {
    const lang = node.getAttribute?.('lang')?.trim();
    if (lang) return lang;
    node = (node.parentNode ?? node.host ?? null) as typeof node;
  }
  return 'en';
}

/** A localized text in `locale`, with the language it is really in (it may fall back to English). */
export function pickText(text: LocalizedText, locale: Locale): { text: string; lang: Locale } {
  const value = text[locale];
  return value ? { text: value, lang: locale } : { text: text.en, lang: 'en' };
}
