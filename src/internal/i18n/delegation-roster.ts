/**
 * UI strings of `<delegation-roster>`.
 *
 * Counts take the number twice: as a value, to pick the plural form through `Intl.PluralRules`,
 * and as text already formatted through `Intl.NumberFormat` in the reader's locale.
 *
 * @module
 */
import type { DelegationStatus, Sector } from '../../data/types.js';
import type { Locale } from '../locale.js';
import { plural } from './plural.js';

/** A count: its value (for plural rules) and its text (formatted for the reader). */
export interface Count {
  value: number;
  text: string;
}

/** Strings of `<delegation-roster>`. */
export interface DelegationRosterStrings {
  /** The card's heading, naming the visiting country (in the data's own spelling). */
  heading: (country: string) => string;
  /** How many members the roster holds, all shown: "13 members". */
  members: (total: Count) => string;
  /** How many are shown of how many: "Showing 5 of 13 members". */
  showing: (shown: Count, total: Count) => string;
  /** Announced when the roster is expanded: "Showing all 13 members". */
  showingAll: (total: Count) => string;
  /** The button that shows every member: "Show all 13". */
  showAll: (total: Count) => string;
  /** The button that shows the first few again. */
  showFewer: string;
  /** Screen-reader prefix of a member's sector. */
  sectorLabel: string;
  /** Screen-reader prefix of a member's status. */
  statusLabel: string;
  /** Sector names. */
  sectors: Record<Sector, string>;
  /** Delegation statuses; `both` says both things. */
  statuses: Record<DelegationStatus, string>;
}

/** English noun for a count of members. */
const memberEn = (n: Count) => (plural('en', n.value) === 'one' ? 'member' : 'members');

const en: DelegationRosterStrings = {
  heading: (country) => `Delegation of ${country}`,
  members: (total) => `${total.text} ${memberEn(total)}`,
  showing: (shown, total) => `Showing ${shown.text} of ${total.text} ${memberEn(total)}`,
  showingAll: (total) => `Showing all ${total.text} ${memberEn(total)}`,
  showAll: (total) => `Show all ${total.text}`,
  showFewer: 'Show fewer',
  sectorLabel: 'Sector',
  statusLabel: 'Status',
  sectors: {
    government: 'Government',
    diplomacy: 'Diplomacy',
    defence: 'Defence',
    economy: 'Economy',
    transport: 'Transport',
    health: 'Health',
    space: 'Space',
    'presidential-office': 'Presidential Office',
  },
  statuses: {
    announced: 'Announced before the visit',
    confirmed: 'Confirmed attending',
    both: 'Announced and confirmed attending',
  },
};

/**
 * Russian noun for a count of members in the nominative ("1 участник", "2 участника",
 * "5 участников"); `many` also covers 11-14, and `other` (fractions) takes the genitive singular.
 */
function memberRu(n: Count): string {
  const rule = plural('ru', n.value);
  return rule === 'one' ? 'участник' : rule === 'many' ? 'участников' : 'участника';
}
/** The same noun after «из», in the genitive: «из 1 участника», «из 13 участников». */
function memberRuGenitive(n: Count): string {
  const rule = plural('ru', n.value);
  return rule === 'one' || rule === 'other' ? 'участника' : 'участников';
}

const ru: DelegationRosterStrings = {
  heading: (country) => `Делегация: ${country}`,
  members: (total) => `${total.text} ${memberRu(total)}`,
  showing: (shown, total) => `Показано ${shown.text} из ${total.text} ${memberRuGenitive(total)}`,
  // A number-free phrase before the colon avoids the agreement of «все» with numerals.
  showingAll: (total) => `Показаны все участники: ${total.text}`,
  showAll: (total) => `Показать всех (${total.text})`,
  showFewer: 'Показать меньше',
  sectorLabel: 'Сфера',
  statusLabel: 'Статус',
  sectors: {
    government: 'Правительство',
    diplomacy: 'Дипломатия',
    defence: 'Оборона',
    economy: 'Экономика',
    transport: 'Транспорт',
    health: 'Здравоохранение',
    space: 'Космос',
    'presidential-office': 'Администрация президента',
  },
  // Impersonal forms, so the labels need no grammatical gender.
  statuses: {
    announced: 'Объявлено до визита',
    confirmed: 'Участие подтверждено',
    both: 'Объявлено до визита, участие подтверждено',
  },
};

/** Korean counts people with the counter 명 and has no plural forms. */
const ko: DelegationRosterStrings = {
  heading: (country) => `${country} 대표단`,
  members: (total) => `${total.text}명`,
  showing: (shown, total) => `${total.text}명 중 ${shown.text}명 표시`,
  showingAll: (total) => `${total.text}명 모두 표시`,
  showAll: (total) => `${total.text}명 모두 보기`,
  showFewer: '간략히 보기',
  sectorLabel: '분야',
  statusLabel: '상태',
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
    announced: '방문 전 발표',
    confirmed: '참석 확인',
    both: '방문 전 발표, 참석 확인',
  },
};

/** The DPRK's orthography: 로씨야 for Russia (see the fact sheet's "Names in Korean"). */

/** `<delegation-roster>` strings by UI language. */
export const delegationRosterStrings: Record<Locale, DelegationRosterStrings> = {
  en,
  ru,
  ko,
  'ko-KP': ko,
};
