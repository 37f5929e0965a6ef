/**
 * Korean in South Korean orthography: every UI string, by section (see `./types.ts`).
 *
 * @module
 */
import type { LocaleStrings } from './types.js';

export const common: LocaleStrings['common'] = {
  noticeTitle: '이 카드를 표시할 수 없습니다',
  invalidAttribute: (a, v) => `“${v}”은(는) ${a}에 쓸 수 없는 값입니다.`,
  unknownId: (a, v) => `자료에 ${a} “${v}”이(가) 없습니다.`,
  noMatch: (a, v) => `자료에서 ${a} “${v}”에 맞는 항목이 없습니다.`,
  emptyDataset: '자료에 표시할 내용이 없습니다.',
  invalidDataset: '자료가 올바르지 않습니다.',
  loadFailed: '자료를 불러오지 못했습니다.',
  renderFailed: '자료의 일부를 표시하지 못했습니다.',
  loading: '불러오는 중…',
  sources: '출처',
  sourceNote: (number, publisher) => `출처 ${number}: ${publisher}`,
};

export const visitCard: LocaleStrings['visitCard'] = {
  guest: '방문국 정상',
  host: '초청국 정상',
  where: '장소',
  when: '일시',
  arrival: '도착',
  // Korean sets the bracket right after the word.
  localTime: (time, offset, _city, shown) => [time, `(${offset}, `, shown, ' 시간)'],
  residence: '숙소',
  departure: '출발',
  mediumConfidence: '보도 기준, 공식 확인되지 않음',
  approximately: '약',
  previousVisit: '이전 방문',
  yearsEarlier: (years) => `${years.text}년 전`,
  programme: '일정',
  outcomes: '결과',
  outcomeDetails: '비준 절차와 서명자',
  signed: () => '서명',
  inForce: () => '발효',
  replaces: '대체',
  replacedDocument: (kind, date) => [date, kind === 'treaty' ? ' 조약' : ' 협정'],
  signedBy: '방문국 측 서명자',
  articles: (count) => `${count}개 조항`,
  party: { RU: '러시아', KP: '북한' },
  nextStop: '다음 방문지',
};

/** Korean counts people with the counter 명 and has no plural forms. */
export const delegationRoster: LocaleStrings['delegationRoster'] = {
  heading: (_country, shown) => [shown, ' 대표단'],
  members: (total) => `${total.text}명`,
  showing: (shown, total) => `${total.text}명 중 ${shown.text}명 표시`,
  showingGroups: (shown, total, folded) =>
    `${total.text}명 중 ${shown.text}명 표시(${folded.text}개 분야 접힘)`,
  more: (members) => `나머지 ${members.text}명`,
  moreIn: (members, sectors) => `나머지 ${members.text}명: ${sectors.join(', ')}`,
  legend: '범례',
  sectorLabel: '분야',
  sectors: {
    government: '정부',
    diplomacy: '외교',
    defence: '국방',
    economy: '경제',
    transport: '교통',
    health: '보건',
    space: '우주',
    'presidential-office': '대통령 행정실',
  },
  statuses: {
    announced: '방문 전 발표, 참석 미확인',
    confirmed: '참석 확인',
    both: '방문 전 발표, 참석 확인',
  },
};

export const letterQuote: LocaleStrings['letterQuote'] = {
  fromArticle: (author) => [author, '의 기고문에서'],
  titleMarks: ['“', '”'],
  quoteMarks: ['“', '”'],
  paragraph: (n) => `${n}번째 문단`,
  copy: '인용문 복사',
  copied: '인용문을 복사했습니다',
  copyRefused: '여기에서는 복사할 수 없습니다. 텍스트를 선택해 복사하세요',
  quotedFromEnglish: '기고문의 영어판에서 인용했습니다.',
};

/** Korean counts events with the counter 건 and has no plural forms. */
export const visitTimeline: LocaleStrings['visitTimeline'] = {
  heading: {
    all: '연표: 역사, 방문, 조약',
    history: '기고문 속 역사',
    visit: '방문',
    treaty: '조약: 서명부터 발효까지',
  },
  count: (events, span) => [`사건 ${events.text}건, `, span],
  history: (events) => `기고문 속 역사: ${events.text}건`,
  accordingToArticle: '기고문에 따르면',
  article: (author, title, publication, date) => [
    '기고문: ',
    author,
    ', ',
    title,
    ', ',
    publication,
    ', ',
    date,
  ],
  titleMarks: ['“', '”'],
  quotedFromEnglish: '인용문은 번역하지 않고 기고문의 영어판에서 그대로 인용했습니다.',
  quotedAbove: (date) => ['위 ', date, ' 항목의 인용문과 같음'],
  signed: (_kind, title) => [title, ' 서명'],
  inForce: (kind) => (kind === 'treaty' ? '조약 발효' : '협정 발효'),
};
