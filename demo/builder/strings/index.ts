/** The embed builder's text by UI language. @module */
import type { Locale } from '../../../src/locales/tags.js';
import { en } from './en.js';
import { koKP } from './ko-KP.js';
import { ko } from './ko.js';
import { ru } from './ru.js';
import type { BuilderStrings } from './types.js';

export type { BuilderStrings } from './types.js';

/** The builder's text in each UI language of the library. */
export const builderStrings: Readonly<Record<Locale, BuilderStrings>> = {
  en,
  ru,
  ko,
  'ko-KP': koKP,
};
