import { describe, expect, it } from 'vitest';
import { dateInChina, formatDocumentDate } from './date';

describe('formatDocumentDate writes the 成文日期 in Arabic numerals without padding', () => {
  it.each([
    ['2023-03-28', '2023年3月28日'],
    ['2022-09-03', '2022年9月3日'],
    ['2023/5/1', '2023年5月1日'],
    ['2023.12.31', '2023年12月31日'],
    ['2023年05月01日', '2023年5月1日'],
    [' 2024-02-29 ', '2024年2月29日'],
  ])('%s → %s', (input, expected) => {
    expect(formatDocumentDate(input)).toBe(expected);
  });

  it.each(['', '2023-02-29', '2023-13-01', '2023-04-31', '三月', '2023-3', undefined])(
    'gives nothing for %s, which is not a calendar date',
    (input) => {
      expect(formatDocumentDate(input)).toBeUndefined();
    },
  );
});

describe('dateInChina gives the calendar day in Beijing (UTC+8), whatever the machine zone', () => {
  it.each([
    // 23:30 UTC on 30 November is 07:30 on 1 December in Beijing.
    ['2026-11-30T23:30:00Z', '2026-12-01'],
    // 15:59:59 UTC is 23:59:59 Beijing time: still the same day.
    ['2026-12-01T15:59:59Z', '2026-12-01'],
    // 16:00 UTC is midnight in Beijing: the next day.
    ['2026-12-01T16:00:00Z', '2026-12-02'],
    ['2024-02-28T16:00:00Z', '2024-02-29'],
  ])('%s → %s', (instant, expected) => {
    expect(dateInChina(new Date(instant))).toBe(expected);
  });
});
