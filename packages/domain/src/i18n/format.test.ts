import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal';
import { amountText, decimalText, joinLocalized, percentText, pointsText } from './format';

describe('formatting for explanations', () => {
  it('writes the exact value in plain notation, without rounding', () => {
    expect(decimalText(dec('0.0000001'))).toBe('0.0000001');
    expect(decimalText(dec('4.2'))).toBe('4.2');
  });

  it('keeps trailing zeros when given the places a value was rounded to', () => {
    expect(decimalText(dec('4.2'), 2)).toBe('4.20');
    expect(percentText(dec('42.4'), 2)).toBe('42.40%');
  });

  it('writes points in both languages', () => {
    expect(pointsText(dec('4.24'), 2)).toEqual({ zh: '4.24 分', en: '4.24 points' });
    expect(pointsText(dec('1'))).toEqual({ zh: '1 分', en: '1 point' });
  });

  it('writes amounts with their unit', () => {
    expect(amountText(dec('1209.56'), 'wanYuan')).toEqual({ zh: '1209.56 万元', en: '1209.56 10k yuan' });
    expect(amountText(dec('3'), 'yuan').zh).toBe('3 元');
  });

  it('joins localized fragments with each language’s separator', () => {
    expect(
      joinLocalized([
        { zh: '甲', en: 'a' },
        { zh: '乙', en: 'b' },
      ]),
    ).toEqual({ zh: '甲；乙', en: 'a; b' });
  });
});
