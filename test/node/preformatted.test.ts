/**
 * The strings the CDN build formats ahead (scripts/rollup-preformatted.mjs): every date, range,
 * local time and timeline span of a card's data slice, in each of the library's languages,
 * keyed as src/internal/format.ts looks them up and written by it.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { sliceFor } from '../../scripts/data-slices.mjs';
import {
  formattable,
  preformattedAliases,
  preformattedEntries,
  timelineSpans,
} from '../../scripts/rollup-preformatted.mjs';
import type { Visit } from '../../src/data/types.js';
import * as timeline from '../../src/elements/visit-timeline/entries.js';
import * as format from '../../src/internal/format.js';
import { LOCALES } from '../../src/locales/tags.js';

const visit = JSON.parse(
  await readFile(new URL('../../data/visit.json', import.meta.url), 'utf8'),
) as Visit;

describe('strings formatted at build time', () => {
  it('finds the dates, date-times, zones and ranges anywhere in the data', () => {
    const found = formattable({
      a: [{ date: '1945-08' }, { start: '2024-06-18', end: '2024-06-19' }],
      b: { at: '2024-06-18T17:22:00Z', place: { timeZone: 'Asia/Pyongyang' } },
      c: 'not a date 2024',
    });
    assert.deepEqual([...found.dates].sort(), ['1945-08', '2024-06-18', '2024-06-19']);
    assert.deepEqual([...found.dateTimes], ['2024-06-18T17:22:00Z']);
    assert.deepEqual([...found.zones], ['Asia/Pyongyang']);
    assert.deepEqual(found.ranges, [['2024-06-18', '2024-06-19']]);
  });

  it("writes each of a slice's dates in every language, as format.ts writes them", () => {
    const entries = new Map(preformattedEntries(sliceFor(visit, 'letter-quote'), format, LOCALES));
    for (const lang of LOCALES) {
      const key = format.dateKey(visit.article.date, lang);
      assert.equal(entries.get(key), format.formatDate(visit.article.date, lang), key);
    }
    assert.equal(entries.get(format.dateKey('2024-06-18', 'ru')), '18 июня 2024 г.');
  });

  it('writes local times with their offset, and ranges', () => {
    const entries = new Map(preformattedEntries(sliceFor(visit, 'visit-card'), format, LOCALES));
    const { at, place } = visit.overview.arrival!;
    const time = entries.get(format.timeKey(at, place.timeZone!, 'en'))!;
    const { time: local, offset } = format.localTimeParts(at, place.timeZone!, 'en');
    assert.equal(time, `${local}${format.RUN_SEPARATOR}${offset}`);
    const { start, end } = visit.overview;
    assert.equal(
      entries.get(format.rangeKey(start, end, 'ko')),
      format.formatDateRange(start, end, 'ko'),
    );
  });

  it("writes the timeline's spans in three runs, as the timeline cuts them", () => {
    const slice = sliceFor(visit, 'visit-timeline');
    const spans = timelineSpans(slice, timeline);
    assert.ok(spans.some(([start, end]) => start === '1950' && end === '1953'));
    const entries = new Map(preformattedEntries(slice, format, LOCALES, spans));
    for (const [start, end] of spans) {
      for (const lang of LOCALES) {
        const parts = format.dateSpanParts(start, end, lang)!;
        assert.equal(
          entries.get(format.spanKey(start, end, lang)),
          [parts.before, parts.separator, parts.after].join(format.RUN_SEPARATOR),
        );
      }
    }
  });

  it('finds no span outside the timeline', () => {
    assert.deepEqual(timelineSpans(sliceFor(visit, 'letter-quote'), timeline), []);
  });

  it('lets a region that writes as its language use its strings, and no other', () => {
    const slice = sliceFor(visit, 'visit-timeline');
    const aliases = preformattedAliases(slice, format, timelineSpans(slice, timeline));
    assert.deepEqual(aliases, [
      ['en-us', 'en'],
      ['ru-ru', 'ru'],
      ['ko-kr', 'ko'],
    ]);
    // en-GB writes the day first: it is left to Intl.
    assert.notEqual(
      format.formatDate('2024-06-18', 'en-GB'),
      format.formatDate('2024-06-18', 'en'),
    );
  });
});
