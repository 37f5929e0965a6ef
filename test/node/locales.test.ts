/**
 * The one list of UI languages (src/locales/tags.ts) against what follows it: how a page's
 * `lang` picks a language, the strings of each language, the dataset's translation keys and
 * the elements' docs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LocalizedTextSchema } from '../../src/data/schema.js';
import { ELEMENTS } from '../../src/elements/elements.js';
import {
  commonStrings,
  delegationRosterStrings,
  letterQuoteStrings,
  LOCALES,
  resolveLocale,
  visitCardStrings,
} from '../../src/locales/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('resolveLocale', () => {
  const cases: [lang: string | null | undefined, locale: string][] = [
    ['ko-KP', 'ko-KP'],
    ['ko-Kore-KP', 'ko-KP'],
    ['KO-kp', 'ko-KP'],
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['ko-Kore', 'ko'],
    ['ko-KPX', 'ko'],
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    [' ru ', 'ru'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['kor', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ];
  for (const [lang, locale] of cases) {
    it(`maps ${JSON.stringify(lang)} to ${locale}`, () => {
      assert.equal(resolveLocale(lang), locale);
    });
  }

  it('maps each tag of the list to itself', () => {
    for (const locale of LOCALES) assert.equal(resolveLocale(locale), locale);
  });
});

describe('the one list of UI languages', () => {
  it('has English first, the fallback', () => {
    assert.equal(LOCALES[0], 'en');
  });

  it('gives every language every section of strings', () => {
    for (const table of [
      commonStrings,
      visitCardStrings,
      delegationRosterStrings,
      letterQuoteStrings,
    ]) {
      assert.deepEqual(Object.keys(table), [...LOCALES]);
      for (const locale of LOCALES) assert.ok(table[locale], locale);
    }
  });

  it('is the keys of a localized text in the dataset, English required', () => {
    const entries = LocalizedTextSchema.entries;
    assert.deepEqual(Object.keys(entries), [...LOCALES]);
    for (const locale of LOCALES) {
      assert.equal(entries[locale].type === 'optional', locale !== 'en', locale);
    }
  });

  it('is what every element’s `lang` attribute documents', () => {
    const listed = LOCALES.map((locale) => `\`${locale}\``).join(', ');
    const documented = ELEMENTS.map(({ tag }) => ({
      tag,
      line: readFileSync(`${root}src/elements/${tag}/${tag}.ts`, 'utf8').match(
        /@attr lang - .*/,
      )?.[0],
    })).filter(({ line }) => line);
    assert.ok(documented.length > 0);
    for (const { tag, line } of documented) {
      assert.ok(line!.startsWith(`@attr lang - UI language (${listed});`), `<${tag}>: ${line}`);
    }
  });
});
