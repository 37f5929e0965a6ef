/**
 * Formatting: each value in the reader's language and the style asked for, the same string
 * however often it is asked (the strings are kept), and never one language's or style's string
 * for another's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cachedStringCount,
  formatDate,
  formatDateRange,
  formatLocalTime,
  formatNumber,
} from '../../src/internal/format.js';

describe('formatting', () => {
  it('writes a date in each language and month style, the same on every call', () => {
    const expected = (lang: string, month: 'long' | 'short') =>
      new Intl.DateTimeFormat(lang, {
        timeZone: 'UTC',
        year: 'numeric',
        month,
        day: 'numeric',
      }).format(new Date(Date.UTC(2024, 5, 19)));
    for (const lang of ['en', 'ru', 'ko', 'ko-KP']) {
      for (const month of ['long', 'short'] as const) {
        assert.equal(formatDate('2024-06-19', lang, month), expected(lang, month));
        assert.equal(formatDate('2024-06-19', lang, month), expected(lang, month));
      }
    }
    assert.notEqual(
      formatDate('2024-06-19', 'en', 'long'),
      formatDate('2024-06-19', 'en', 'short'),
    );
    assert.equal(formatDate('2024', 'en'), '2024');
    assert.equal(formatDate('2024-06', 'en'), 'June 2024');
  });

  it('writes ranges, local times and numbers in the language asked for', () => {
    assert.match(formatDateRange('2024-06-18', '2024-06-19', 'en'), /^June 18\s–\s19, 2024$/);
    assert.match(formatDateRange('2024-06-18', '2024-06-19', 'ru'), /июня 2024/);
    assert.equal(formatLocalTime('2024-06-18T17:22:00Z', 'Asia/Pyongyang', 'en'), '02:22 UTC+9');
    assert.equal(formatNumber(1234, 'en'), '1,234');
    assert.equal(formatNumber(1234, 'ru'), '1\u00a0234');
    assert.equal(formatNumber(1234, 'en'), '1,234');
  });

  it('keeps each string once', () => {
    formatNumber(98765, 'en');
    const kept = cachedStringCount();
    for (let i = 0; i < 10; i++) formatNumber(98765, 'en');
    assert.equal(cachedStringCount(), kept);
    formatNumber(98765, 'ko');
    assert.equal(cachedStringCount(), kept + 1);
  });
});
