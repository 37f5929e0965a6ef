/** The embed builder in Korean, South Korean orthography. @module */
import type { BuilderStrings } from './types.js';

export const ko: BuilderStrings = {
  title: '삽입 코드 만들기',
  intro:
    '카드와 옵션을 고르고 세 가지 너비에서 확인한 뒤 코드를 복사해 페이지에 붙여 넣으세요. 코드에는 JavaScript 없이 읽는 독자를 위한 카드 본문이 들어 있고, 카드 자리를 미리 잡아 두어 불러올 때 화면이 밀리지 않습니다.',
  uiLanguage: '이 페이지의 언어',
  card: '카드',
  cards: {
    'visit-card': '방문 개요',
    'delegation-roster': '대표단',
    'letter-quote': '글의 인용문',
    'visit-timeline': '연표',
  },
  options: '옵션',
  byDefault: (label) => `${label} (기본값)`,
  variant: {
    label: '형태',
    summary: '요약',
    compact: '간략',
    full: '모두 펼침',
  },
  expanded: {
    label: '불러올 때 펼칠 부분',
    hint: '독자가 각 부분을 직접 펼치고 접을 수 있습니다.',
    sections: {
      programme: '일정',
      outcomes: '서명된 문서',
      sources: '출처',
      members: '대표단 전원',
      history: '역사',
    },
  },
  layout: { label: '형태', list: '목록', grid: '격자' },
  groupBy: { label: '묶기', sector: '분야별', none: '한 목록으로' },
  sector: { label: '분야', hint: '아무것도 고르지 않으면 모든 분야를 보여 줍니다.' },
  status: {
    label: '대표단원',
    any: '모두',
    announced: '방문 전 발표된 사람',
    confirmed: '참석이 확인된 사람',
    both: '발표되고 참석이 확인된 사람',
  },
  limit: {
    label: '접기 전에 보여 줄 대표단원 수',
    hint: (n) => `비워 두면 ${n.text}명. 한 분야를 나누어 접지는 않습니다.`,
  },
  quote: {
    label: '인용문',
    byTopic: '주제로 고르기',
    hint: '인용문은 번역하지 않고 글에 있는 그대로 보여 줍니다.',
  },
  topic: {
    label: '주제',
    any: '모든 주제',
    topics: {
      history: '역사',
      partnership: '협력',
      security: '안보',
      economy: '경제',
      humanitarian: '인적·문화 교류',
      'international-order': '국제 질서',
    },
  },
  pick: {
    label: '그 주제의 어떤 인용문',
    first: '첫 번째',
    random: '열 때마다 다른 인용문',
    daily: '날마다 새 인용문',
  },
  period: { label: '기간', all: '전체' },
  lang: { label: '카드의 언어', page: '페이지의 언어' },
  theme: {
    label: '색',
    auto: '독자의 설정',
    light: '밝게',
    dark: '어둡게',
  },
  headingLevel: {
    label: '제목 수준',
    hint: '페이지의 문서 구조에서 카드 제목이 차지할 수준입니다.',
  },
  files: {
    label: '라이브러리 파일 위치',
    hint: 'visit-cards.js와 visit-cards.css가 있는 폴더입니다. 기본값은 이 페이지 옆의 빌드입니다.',
    invalid: 'http 또는 https로 시작하는 폴더 주소를 입력하세요.',
  },
  preview: {
    heading: '미리 보기',
    hint: '독자에게 보일 카드를 세 가지 너비로 보여 줍니다.',
    widths: { phone: '휴대전화', column: '기사 본문', sidebar: '사이드바' },
    pixels: (width) => `${width.text}px`,
  },
  snippet: {
    heading: '코드',
    hint: '카드가 들어갈 자리에 붙여 넣으세요. 한 페이지에 카드가 여럿이어도 스크립트는 한 번만 불러옵니다.',
    size: (bytes, gzip) => `${bytes.text}바이트, gzip ${gzip.text}바이트`,
    copy: '코드 복사',
    copied: '코드를 클립보드에 복사했습니다.',
    copyFailed: '여기에서는 복사할 수 없습니다. 코드를 선택해 복사하세요.',
    none: '이 옵션으로는 코드를 만들 수 없습니다:',
  },
  noBuild:
    '이 도구는 옆에 라이브러리 빌드가 있어야 합니다. npm run demo를 실행하고 거기에서 이 페이지를 여세요.',
};
