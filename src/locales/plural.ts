/**
 * Plural forms through `Intl.PluralRules`, one rules object per language.
 *
 * @module
 */

const rulesByLang = new Map<string, Intl.PluralRules>();

/** The plural category of `value` in `lang`: `one`, `few`, `many`, `other`... */
export function plural(lang: string, value: number): Intl.LDMLPluralRule {
  let rules = rulesByLang.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    rulesByLang.set(lang, rules);
  }
  return rules.select(value);
}

/** The Russian noun form for `value`: «1 год», «2 года», «5 лет». */
export function pluralRu(value: number, one: string, few: string, many: string): string {
  const rule = plural('ru', value);
  return rule === 'one' ? one : rule === 'few' ? few : many;
}
