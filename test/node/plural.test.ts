/**
 * Plural categories: the rules written for whole numbers in English and Russian give what
 * Intl.PluralRules gives, for every count a card could show; other numbers and languages are
 * Intl's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plural, pluralRu } from '../../src/locales/plural.js';

describe('plural categories', () => {
  it('match Intl.PluralRules for whole numbers from 0 to 10,000 in English and Russian', () => {
    for (const lang of ['en', 'ru']) {
      const rules = new Intl.PluralRules(lang);
      for (let n = 0; n <= 10_000; n++)
        assert.equal(plural(lang, n), rules.select(n), `${lang} ${n}`);
    }
  });

  it('leave fractions and other languages to Intl', () => {
    assert.equal(plural('ru', 1.5), new Intl.PluralRules('ru').select(1.5));
    assert.equal(plural('ru', 1.5), 'other');
    assert.equal(plural('en', 1.0), 'one');
    assert.equal(plural('pl', 22), 'few');
    assert.equal(plural('ar', 0), 'zero');
  });

  it('choose the Russian noun form', () => {
    assert.deepEqual(
      [1, 2, 5, 11, 12, 21, 22, 25, 111, 112, 121].map((n) => pluralRu(n, 'год', 'года', 'лет')),
      ['год', 'года', 'лет', 'лет', 'лет', 'год', 'года', 'лет', 'лет', 'лет', 'год'],
    );
  });
});
