import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal';
import { chineseNumeral, formatAmount, formatPercent, formatScore, formatWeight } from './format';

describe('chineseNumeral numbers headings 一、二、…', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [12, '十二'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
  ])('%i → %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });

  it('refuses 0 and 100, which no outline reaches', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(100)).toThrow(RangeError);
  });
});

describe('formatAmount', () => {
  it('keeps two decimals for 万元 without separators (2931.88, 13.2 → 13.20)', () => {
    expect(formatAmount('2931.88', 'wanYuan')).toBe('2931.88');
    expect(formatAmount('13.2', 'wanYuan')).toBe('13.20');
  });

  it('rounds a converted amount half up at the second decimal (463.105288 → 463.11)', () => {
    expect(formatAmount('463.105288', 'wanYuan')).toBe('463.11');
  });

  it('groups 元 amounts by thousands (4631052.88 → 4,631,052.88; 999 → 999.00)', () => {
    expect(formatAmount('4631052.88', 'yuan')).toBe('4,631,052.88');
    expect(formatAmount('999', 'yuan')).toBe('999.00');
    expect(formatAmount('1000', 'yuan')).toBe('1,000.00');
  });
});

describe('scores, weights and percentages are rendered, never recomputed', () => {
  it('pads scores to the rule set places (4.24, 15 → 15.00) and leaves weights as stated (10, 2.5)', () => {
    expect(formatScore(dec('4.24'), 2, 'halfUp')).toBe('4.24');
    expect(formatScore(dec('15'), 2, 'halfUp')).toBe('15.00');
    expect(formatWeight(dec('10'))).toBe('10');
    expect(formatWeight(dec('2.5'))).toBe('2.5');
  });

  it('prints a percent value with its sign (42.42 → 42.42%)', () => {
    expect(formatPercent(dec('42.42'), 2, 'halfUp')).toBe('42.42%');
  });
});
