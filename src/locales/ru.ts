/**
 * Russian: every UI string, by section (see `./types.ts`).
 *
 * @module
 */
import { plural, pluralRu } from './plural.js';
import type { Count, LocaleStrings } from './types.js';

export const common: LocaleStrings['common'] = {
  noticeTitle: 'Карточку нельзя показать',
  invalidAttribute: (a, v) => `Значение «${v}» недопустимо для ${a}.`,
  unknownId: (a, v) => `В данных нет записи с ${a} «${v}».`,
  noMatch: (a, v) => `В данных нет ничего для ${a} «${v}».`,
  emptyDataset: 'В данных нечего показать.',
  invalidDataset: 'Данные некорректны.',
  loadFailed: 'Не удалось загрузить данные.',
  renderFailed: 'Часть данных не удалось показать.',
  loading: 'Загрузка…',
  sources: 'Источники',
  sourceNote: (number, publisher) => `Источник ${number}: ${publisher}`,
};

/**
 * City names after «по времени», in the genitive: the data names cities in the nominative, and
 * in English where it has no Russian name.
 */
const CITY_GENITIVE: Record<string, string> = {
  Pyongyang: 'Пхеньяна',
  Пхеньян: 'Пхеньяна',
  Hanoi: 'Ханоя',
  Ханой: 'Ханоя',
};

/** Country names after «Делегация», in the genitive. */
const COUNTRY_GENITIVE: Record<string, string> = {
  Россия: 'России',
  Russia: 'России',
};

/** The number in a count already formatted for the reader ("1 000" → 1000). */
function digits(formatted: string): number {
  return Number(formatted.replace(/\D/g, ''));
}

export const visitCard: LocaleStrings['visitCard'] = {
  guest: 'Гость',
  host: 'Принимающая сторона',
  where: 'Где',
  when: 'Когда',
  arrival: 'Прибытие',
  localTime: (time, offset, city, shown) => [
    time,
    ` (${offset}, по времени `,
    CITY_GENITIVE[city] ?? shown,
    ')',
  ],
  residence: 'Резиденция',
  departure: 'Отъезд',
  mediumConfidence: 'по сообщениям; официально не подтверждено',
  approximately: 'около',
  previousVisit: 'Предыдущий визит',
  // «24 годами ранее»: the instrumental, «годом» for one.
  yearsEarlier: (years) =>
    `${years.text} ${plural('ru', years.value) === 'one' ? 'годом' : 'годами'} ранее`,
  programme: 'Программа',
  outcomes: 'Итоги',
  outcomeDetails: 'Ратификация и подписанты',
  // Договор is masculine, соглашение neuter.
  signed: (kind) => (kind === 'treaty' ? 'Подписан' : 'Подписано'),
  inForce: (kind) => (kind === 'treaty' ? 'Вступил в силу' : 'Вступило в силу'),
  replaces: 'Заменяет',
  replacedDocument: (kind, date) => [kind === 'treaty' ? 'договор от ' : 'соглашение от ', date],
  signedBy: 'Подписал с российской стороны',
  articles: (count) => `${count} ${pluralRu(digits(count), 'статья', 'статьи', 'статей')}`,
  party: { RU: 'Россия', KP: 'КНДР' },
  nextStop: 'Следующий пункт визита',
};

/**
 * Russian noun for a count of members in the nominative ("1 участник", "2 участника",
 * "5 участников"); `many` also covers 11-14, and `other` (fractions) takes the genitive singular.
 */
function member(n: Count): string {
  const rule = plural('ru', n.value);
  return rule === 'one' ? 'участник' : rule === 'many' ? 'участников' : 'участника';
}
/** The same noun after «из», in the genitive: «из 1 участника», «из 13 участников». */
function memberGenitive(n: Count): string {
  const rule = plural('ru', n.value);
  return rule === 'one' || rule === 'other' ? 'участника' : 'участников';
}

/**
 * How many sectors are folded, the participle agreeing with the numeral: «1 сфера свёрнута»,
 * «3 сферы свёрнуты», «5 сфер свёрнуто».
 */
function sectorsFolded(n: Count): string {
  const rule = plural('ru', n.value);
  return rule === 'one'
    ? `${n.text} сфера свёрнута`
    : rule === 'few'
      ? `${n.text} сферы свёрнуты`
      : `${n.text} сфер свёрнуто`;
}

export const delegationRoster: LocaleStrings['delegationRoster'] = {
  heading: (country, shown) => ['Делегация ', COUNTRY_GENITIVE[country] ?? shown],
  members: (total) => `${total.text} ${member(total)}`,
  showing: (shown, total) => `Показано ${shown.text} из ${total.text} ${memberGenitive(total)}`,
  showingGroups: (shown, total, folded) =>
    `Показано ${shown.text} из ${total.text} ${memberGenitive(total)}; ${sectorsFolded(folded)}`,
  more: (members) => `Ещё ${members.text} ${member(members)}`,
  // After a colon, in running text, the sectors are common nouns: lower case.
  moreIn: (members, sectors) =>
    `Ещё ${members.text} ${member(members)}: ${sectors.map((s) => s.toLocaleLowerCase('ru')).join(', ')}`,
  legend: 'Условные обозначения',
  sectorLabel: 'Сфера',
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
    announced: 'Объявлено до визита, участие не подтверждено',
    confirmed: 'Участие подтверждено',
    both: 'Объявлено до визита, участие подтверждено',
  },
};

export const letterQuote: LocaleStrings['letterQuote'] = {
  // "Из статьи, автор — …": reads right whatever case or script the name comes in.
  fromArticle: (author) => ['Из статьи, автор — ', author],
  titleMarks: ['«', '»'],
  quoteMarks: ['«', '»'],
  paragraph: (n) => `абзац ${n}`,
  copy: 'Копировать цитату',
  copied: 'Цитата скопирована',
  copyRefused: 'Копирование здесь недоступно; выделите текст, чтобы скопировать его',
  quotedFromEnglish: 'Цитата приводится по английскому тексту статьи.',
};

/** Russian noun for a count of events: «1 событие», «2 события», «5 событий». */
const event = (n: Count) => pluralRu(n.value, 'событие', 'события', 'событий');

export const visitTimeline: LocaleStrings['visitTimeline'] = {
  heading: {
    all: 'Хроника: история, визит и договор',
    history: 'История в статье',
    visit: 'Визит',
    treaty: 'Договор: от подписания до вступления в силу',
  },
  count: (events, span) => [`${events.text} ${event(events)}, `, span],
  history: (events) => `История в статье: ${events.text} ${event(events)}`,
  accordingToArticle: 'Согласно статье',
  // The newspaper's name is a title too, in guillemets.
  article: (author, title, publication, date) => [
    'Статья: ',
    author,
    ', ',
    title,
    ', «',
    publication,
    '», ',
    date,
  ],
  titleMarks: ['«', '»'],
  quotedFromEnglish: 'Цитаты без русского оригинала приводятся по английскому тексту статьи.',
  quotedAbove: (date) => ['Тот же отрывок, что приведён выше под датой ', date],
  // As a news chronicle writes it: the verb first, agreeing with the document.
  signed: (kind, title) => [kind === 'treaty' ? 'Подписан ' : 'Подписано ', title],
  inForce: (kind) => (kind === 'treaty' ? 'Договор вступил в силу' : 'Соглашение вступило в силу'),
};
