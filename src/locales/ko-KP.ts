/**
 * Korean in the DPRK's own orthography: South Korean strings (`./ko.ts`) where the two agree,
 * its own where they differ: 로씨야 for Russia, dependent nouns and auxiliary verbs attached
 * (표시할수, 24년만의, 방문측), 《 》 around titles and quotations, and the DPRK's terms where
 * its media use others (국가방문, 대통령행정부, 운수; see the addendum's Fact 8).
 *
 * @module
 */
import * as ko from './ko.js';
import type { LocaleStrings } from './types.js';

export const common: LocaleStrings['common'] = {
  ...ko.common,
  noticeTitle: '이 카드를 표시할수 없습니다',
  invalidAttribute: (a, v) => `《${v}》은(는) ${a}에 쓸수 없는 값입니다.`,
  unknownId: (a, v) => `자료에 ${a} 《${v}》이(가) 없습니다.`,
  noMatch: (a, v) => `자료에서 ${a} 《${v}》에 맞는 항목이 없습니다.`,
};

export const visitCard: LocaleStrings['visitCard'] = {
  ...ko.visitCard,
  guest: '방문측',
  host: '초청측',
  localTime: (time, offset, _city, shown) => [time, `(${offset}, `, shown, '시간)'],
  yearsEarlier: (years) => `${years.text}년전`,
  outcomeDetails: '비준절차와 조인자',
  signedBy: '방문측 조인자',
  party: { RU: '로씨야', KP: '조선민주주의인민공화국' },
};

export const delegationRoster: LocaleStrings['delegationRoster'] = {
  ...ko.delegationRoster,
  sectors: {
    ...ko.delegationRoster.sectors,
    transport: '운수',
    'presidential-office': '대통령행정부',
  },
  statuses: {
    announced: '방문전 발표, 참석 미확인',
    confirmed: '참석 확인',
    both: '방문전 발표, 참석 확인',
  },
};

export const letterQuote: LocaleStrings['letterQuote'] = {
  ...ko.letterQuote,
  fromArticle: (author) => [author, '의 글에서'],
  titleMarks: ['《', '》'],
  quoteMarks: ['《', '》'],
  copyRefused: '여기에서는 복사할수 없습니다. 본문을 선택하여 복사하십시오',
  quotedFromEnglish: '글의 영문본에서 인용하였습니다.',
};

export const visitTimeline: LocaleStrings['visitTimeline'] = {
  ...ko.visitTimeline,
  heading: {
    all: '년표: 력사, 방문, 조약',
    history: '글에 나오는 력사',
    visit: '방문',
    treaty: '조약: 조인부터 효력발생까지',
  },
  history: (events) => `글에 나오는 력사: ${events.text}건`,
  accordingToArticle: '글에 따르면',
  article: (author, title, publication, date) => [
    '글: ',
    author,
    ', ',
    title,
    ', ',
    publication,
    ', ',
    date,
  ],
  titleMarks: ['《', '》'],
  quotedFromEnglish: '인용문은 번역하지 않고 글의 영문본에서 그대로 인용하였습니다.',
  quotedAbove: (date) => ['우의 ', date, ' 항목의 인용문과 같음'],
  signed: (_kind, title) => [title, ' 조인'],
  inForce: (kind) => (kind === 'treaty' ? '조약 효력발생' : '협정 효력발생'),
};
