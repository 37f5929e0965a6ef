/**
 * UI strings every element shares: notices for bad input, and the words of a source list.
 *
 * @module
 */
import type { Locale } from '../locale.js';

/** Strings shared by every element. */
export interface CommonStrings {
  /** Heading of a notice that replaces a card's content. */
  noticeTitle: string;
  /** An attribute has a value the element does not accept. */
  invalidAttribute: (attribute: string, value: string) => string;
  /** An id names no record in the dataset. */
  unknownId: (attribute: string, value: string) => string;
  /** A filter matches nothing. */
  noMatch: (attribute: string, value: string) => string;
  /** The dataset has nothing to show. */
  emptyDataset: string;
  /** The dataset is not valid. */
  invalidDataset: string;
  /** The dataset could not be loaded. */
  loadFailed: string;
  /** Something in the data could not be shown (a render failed). */
  renderFailed: string;
  /** The dataset is loading. */
  loading: string;
  /** Heading of a source list. */
  sources: string;
}

const en: CommonStrings = {
  noticeTitle: 'This card cannot be shown',
  invalidAttribute: (a, v) => `The value “${v}” is not valid for ${a}.`,
  unknownId: (a, v) => `Nothing in the data has the ${a} “${v}”.`,
  noMatch: (a, v) => `Nothing in the data matches ${a} “${v}”.`,
  emptyDataset: 'The data has nothing to show.',
  invalidDataset: 'The data is not valid.',
  loadFailed: 'The data could not be loaded.',
  renderFailed: 'Something in the data could not be shown.',
  loading: 'Loading…',
  sources: 'Sources',
};

const ru: CommonStrings = {
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
};

const ko: CommonStrings = {
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
};

/** Shared strings by UI language. */
export const commonStrings: Record<Locale, CommonStrings> = { en, ru, ko, 'ko-KP': ko };
