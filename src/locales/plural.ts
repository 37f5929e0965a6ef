/**
 * Plural forms: the category of a count in a language, as CLDR defines it.
 *
 * @module
 */

const rulesByLang = new Map<string, Intl.PluralRules>();

/**
 * CLDR's cardinal rules for a whole number in the languages whose strings ask (en, ru), so a
 * card does not create an Intl object for them: a page's first Intl object loads Intl's data,
 * the largest cost of its first card (../shared/perf-profile.md). test/node/plural.test.ts
 * checks them against Intl.PluralRules.
 */
const WHOLE_NUMBER_RULES = new Map<string, (n: number) => Intl.LDMLPluralRule>([
  ['en', (n) => (n === 1 ? 'one' : 'other')],
  [
    'ru',
    (n) => {
      const [units, tens] = [n % 10, n % 100];
      if (units === 1 && tens !== 11) return 'one';
      if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) return 'few';
      return 'many';
    },
  ],
]);

/** The plural category of `value` in `lang`: `one`, `few`, `many`, `other`... */
export function plural(lang: string, value: number): Intl.LDMLPluralRule {
  const whole = WHOLE_NUMBER_RULES.get(lang);
  if (whole && Number.isInteger(value) && value >= 0) return whole(value);
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
