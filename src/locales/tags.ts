/**
 * The one list of UI languages, and how a page's `lang` picks one. The dataset schema's
 * translation keys, the string tables (`./index.ts`) and the docs' language lists all follow
 * this list; adding a language is one file in this folder and one entry here.
 *
 * It holds no strings, so the schema can read it without pulling every language in.
 *
 * @module
 */

/**
 * UI languages, as BCP 47 tags; English first, as the fallback. `ko` follows South Korean
 * orthography, `ko-KP` the DPRK's own.
 */
export const LOCALES = ['en', 'ru', 'ko', 'ko-KP'] as const;
/** A UI language. */
export type Locale = (typeof LOCALES)[number];

/**
 * A tag's pattern, from its own subtags: `ko-KP` matches `ko-KP` and `ko-Kore-KP` (any script
 * between), `ru` matches `ru` and `ru-RU`.
 */
function patternOf(locale: Locale): RegExp {
  const [language, region] = locale.toLowerCase().split('-');
  return new RegExp(region ? `^${language}-(?:[a-z]{4}-)?${region}\\b` : `^${language}\\b`);
}

/** The tags' patterns, a tag with a region before its bare language: `ko-KP` wins over `ko`. */
function matchersOf(locales: readonly Locale[]): { locale: Locale; pattern: RegExp }[] {
  return [...locales]
    .sort((a, b) => b.split('-').length - a.split('-').length)
    .map((locale) => ({ locale, pattern: patternOf(locale) }));
}

// Pure: the schema reads this module for its tags alone, and its bundles need no matchers.
const MATCHERS = /* @__PURE__ */ matchersOf(LOCALES);

/** Maps any BCP 47 tag to a UI language: `ko-KP` keeps its orthography, unknown falls back to English. */
export function resolveLocale(lang: string | null | undefined): Locale {
  const tag = (lang ?? '').trim().toLowerCase();
  return MATCHERS.find(({ pattern }) => pattern.test(tag))?.locale ?? 'en';
}
