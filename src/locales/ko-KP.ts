/**
 * Korean in the DPRK's own orthography: South Korean strings (`./ko.ts`) where the two agree,
 * its own where they differ, such as 로씨야 for Russia (see the fact sheet's "Names in Korean").
 *
 * @module
 */
import * as ko from './ko.js';
import type { LocaleStrings } from './types.js';

export const common: LocaleStrings['common'] = ko.common;

export const visitCard: LocaleStrings['visitCard'] = {
  ...ko.visitCard,
  party: { RU: '로씨야', KP: '조선민주주의인민공화국' },
};

export const delegationRoster: LocaleStrings['delegationRoster'] = ko.delegationRoster;

export const letterQuote: LocaleStrings['letterQuote'] = {
  ...ko.letterQuote,
  fromArticle: (author) => [author, '의 글에서'],
};
