/**
 * UI strings of `<visit-card>`.
 *
 * @module
 */
import type { Locale } from '../locale.js';
import { pluralRu } from './plural.js';

/** Strings of `<visit-card>`. */
export interface VisitCardStrings {
  eyebrow: string;
  guest: string;
  host: string;
  where: string;
  when: string;
  arrival: string;
  /** The zone of a local time, named for its city: "Pyongyang time". */
  localTime: (city: string) => string;
  residence: string;
  departure: string;
  mediumConfidence: string;
  approximately: string;
  /** "First visit in 24 years". */
  firstVisitIn: (years: string) => string;
  previousVisit: string;
  programme: string;
  outcomes: string;
  signed: string;
  ratified: string;
  inForce: string;
  replaces: string;
  signedBy: string;
  articles: (count: string) => string;
  /** Party names for ratification steps. */
  party: { RU: string; KP: string };
  nextStop: string;
}

const en: VisitCardStrings = {
  eyebrow: 'State visit',
  guest: 'Guest',
  host: 'Host',
  where: 'Where',
  when: 'When',
  arrival: 'Arrival',
  localTime: (city) => `${city} time`,
  residence: 'Residence',
  departure: 'Departure',
  mediumConfidence: 'reported; not officially confirmed',
  approximately: 'about',
  firstVisitIn: (years) => `First visit in ${years} years`,
  previousVisit: 'Previous visit',
  programme: 'Programme',
  outcomes: 'Outcomes',
  signed: 'Signed',
  ratified: 'Ratified',
  inForce: 'In force',
  replaces: 'Replaces',
  signedBy: 'Signed for the visiting side by',
  articles: (count) => `${count} articles`,
  party: { RU: 'Russia', KP: 'DPRK' },
  nextStop: 'Next stop',
};

const ru: VisitCardStrings = {
  eyebrow: 'Государственный визит',
  guest: 'Гость',
  host: 'Принимающая сторона',
  where: 'Где',
  when: 'Когда',
  arrival: 'Прибытие',
  localTime: (city) => `время: ${city}`,
  residence: 'Резиденция',
  departure: 'Отъезд',
  mediumConfidence: 'по сообщениям; официально не подтверждено',
  approximately: 'около',
  firstVisitIn: (years) =>
    `Первый визит за ${years} ${pluralRu(digits(years), 'год', 'года', 'лет')}`,
  previousVisit: 'Предыдущий визит',
  programme: 'Программа',
  outcomes: 'Итоги',
  signed: 'Подписан',
  ratified: 'Ратифицирован',
  inForce: 'Вступил в силу',
  replaces: 'Заменяет',
  signedBy: 'Подписал с российской стороны',
  articles: (count) => `${count} ${pluralRu(digits(count), 'статья', 'статьи', 'статей')}`,
  party: { RU: 'Россия', KP: 'КНДР' },
  nextStop: 'Следующая остановка',
};

const ko: VisitCardStrings = {
  eyebrow: '국빈 방문',
  guest: '방문자',
  host: '주최자',
  where: '장소',
  when: '일시',
  arrival: '도착',
  localTime: (city) => `${city} 시간`,
  residence: '숙소',
  departure: '출발',
  mediumConfidence: '보도 기준, 공식 확인되지 않음',
  approximately: '약',
  firstVisitIn: (years) => `${years}년 만의 첫 방문`,
  previousVisit: '이전 방문',
  programme: '일정',
  outcomes: '성과',
  signed: '서명',
  ratified: '비준',
  inForce: '발효',
  replaces: '대체',
  signedBy: '방문 측 서명자',
  articles: (count) => `${count}개 조항`,
  party: { RU: '러시아', KP: '조선민주주의인민공화국' },
  nextStop: '다음 방문지',
};

const koKP: VisitCardStrings = { ...ko, party: { RU: '로씨야', KP: '조선민주주의인민공화국' } };

/** `<visit-card>` strings by UI language. */
export const visitCardStrings: Record<Locale, VisitCardStrings> = { en, ru, ko, 'ko-KP': koKP };

/** The number in a count already formatted for the reader ("1 000" → 1000). */
function digits(formatted: string): number {
  return Number(formatted.replace(/\D/g, ''));
}
