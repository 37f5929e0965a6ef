/**
 * Which UI language an element speaks, and how localized data text is picked.
 *
 * @module
 */
import type { LocalizedText } from '../data/types.js';

/** UI languages. `ko` follows South Korean orthography, `ko-KP` the DPRK's own. */
export const LOCALES = ['en', 'ru', 'ko', 'ko-KP'] as const;
/** A UI language. */
export type Locale = (typeof LOCALES)[number];

/** Maps any BCP 47 tag to a UI language: `ko-KP` keeps its orthography, unknown falls back to English. */
export function resolveLocale(lang: string | null | undefined): Locale {
  const tag = (lang ?? '').trim().toLowerCase();
  if (/^ko-(?:[a-z]{4}-)?kp\b/.test(tag)) return 'ko-KP';
  if (/^ko\b/.test(tag)) return 'ko';
  if (/^ru\b/.test(tag)) return 'ru';
  return 'en';
}

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
