/**
 * The embed builder in Korean, the DPRK's own orthography: the South Korean strings (`./ko.ts`)
 * where the two agree, its own where they differ (initial ㄹ and ㄴ kept, as in 력사 and 년표;
 * dependent nouns attached, as in 할수; native words where the South borrows, as in 밝은색).
 *
 * @module
 */
import { ko } from './ko.js';
import type { BuilderStrings } from './types.js';

export const koKP: BuilderStrings = {
  ...ko,
  title: '삽입코드 만들기',
  intro:
    '카드와 선택항목을 고르고 세가지 너비에서 확인한 다음 코드를 복사하여 페이지에 붙여넣으십시오. 코드에는 JavaScript없이 읽는 독자를 위한 카드본문이 들어있고 카드자리를 미리 잡아두어 불러올 때 화면이 밀리지 않습니다.',
  uiLanguage: '이 페지의 언어',
  cards: {
    'visit-card': '방문개요',
    'delegation-roster': '대표단',
    'letter-quote': '글의 인용문',
    'visit-timeline': '년표',
  },
  options: '선택항목',
  byDefault: (label) => `${label} (기정값)`,
  variant: { label: '형태', summary: '요약', compact: '간략', full: '모두 펼침' },
  expanded: {
    label: '불러올 때 펼칠 부분',
    hint: '독자가 매 부분을 직접 펼치고 접을수 있습니다.',
    sections: {
      programme: '일정',
      outcomes: '조인된 문건',
      sources: '출처',
      members: '대표단 전원',
      history: '력사',
    },
  },
  sector: { label: '부문', hint: '아무것도 고르지 않으면 모든 부문을 보여줍니다.' },
  groupBy: { label: '묶기', sector: '부문별', none: '한 목록으로' },
  status: {
    label: '대표단성원',
    any: '모두',
    announced: '방문전에 발표된 사람',
    confirmed: '참석이 확인된 사람',
    both: '발표되고 참석이 확인된 사람',
  },
  limit: {
    label: '접기전에 보여줄 대표단성원수',
    hint: (n) => `비워두면 ${n.text}명. 한 부문을 나누어 접지는 않습니다.`,
  },
  quote: {
    label: '인용문',
    byTopic: '주제로 고르기',
    hint: '인용문은 번역하지 않고 글에 있는 그대로 보여줍니다.',
  },
  topic: {
    label: '주제',
    any: '모든 주제',
    topics: {
      history: '력사',
      partnership: '협조',
      security: '안전',
      economy: '경제',
      humanitarian: '인적, 문화적교류',
      'international-order': '국제질서',
    },
  },
  pick: {
    label: '그 주제의 어느 인용문',
    first: '첫번째',
    random: '열 때마다 다른 인용문',
    daily: '날마다 새 인용문',
  },
  lang: { label: '카드의 언어', page: '페지의 언어' },
  theme: { label: '색', auto: '독자의 설정', light: '밝은색', dark: '어두운색' },
  headingLevel: {
    label: '제목준위',
    hint: '페지의 문서구조에서 카드제목이 차지할 준위입니다.',
  },
  files: {
    label: '서고파일의 위치',
    hint: 'visit-cards.js와 visit-cards.css가 있는 등록부입니다. 기정값은 이 페지옆의 빌드입니다.',
    invalid: 'http 또는 https로 시작하는 등록부주소를 입력하십시오.',
  },
  preview: {
    heading: '미리보기',
    hint: '독자에게 보일 카드를 세가지 너비로 보여줍니다.',
    widths: { phone: '손전화기', column: '기사본문', sidebar: '옆칸' },
    pixels: (width) => `${width.text}px`,
  },
  snippet: {
    heading: '코드',
    hint: '카드가 들어갈 자리에 붙여넣으십시오. 한 페지에 카드가 여럿이여도 스크립트는 한번만 불러옵니다.',
    size: (bytes, gzip) => `${bytes.text}바이트, gzip ${gzip.text}바이트`,
    copy: '코드복사',
    copied: '코드를 클립보드에 복사하였습니다.',
    copyFailed: '여기에서는 복사할수 없습니다. 코드를 선택하여 복사하십시오.',
    none: '이 선택항목으로는 코드를 만들수 없습니다:',
  },
  noBuild:
    '이 도구는 옆에 서고빌드가 있어야 합니다. npm run demo를 실행하고 거기에서 이 페지를 여십시오.',
};
