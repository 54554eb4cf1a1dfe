import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal';
import {
  formatAmount,
  formatMissing,
  formatNumber,
  formatPercent,
  formatUpTo,
  SHEET_AMOUNT_FORMAT,
  sheetNumberFormat,
} from './figures';

describe('formatNumber writes exact digits, or pads and rounds at the places given', () => {
  it.each([
    ['0.0000001', undefined, 'halfUp', '0.0000001'],
    ['4.2', undefined, 'halfUp', '4.2'],
    ['4.2', 2, 'halfUp', '4.20'],
    ['15', 2, 'halfUp', '15.00'],
    // 4.245 at 2 places: half-up 4.25, half-even 4.24 (4 is even), truncate 4.24.
    ['4.245', 2, 'halfUp', '4.25'],
    ['4.245', 2, 'halfEven', '4.24'],
    ['4.249', 2, 'truncate', '4.24'],
  ] as const)('%s at %s places (%s) → %s', (value, places, mode, text) => {
    expect(formatNumber(value, places, mode)).toBe(text);
  });

  it('accepts a Decimal as well as a decimal string', () => {
    expect(formatNumber(dec('1209.56'))).toBe('1209.56');
  });
});

describe('formatUpTo shows at most the places given, half up, and never pads', () => {
  it.each([
    ['164.52', 4, '164.52'],
    ['100', 2, '100'],
    // 0.84 ÷ 163.68 × 100 = 0.51319…: at most 3 places → 0.513
    ['0.51319', 3, '0.513'],
    ['4.2425', 3, '4.243'],
    ['19.994', 2, '19.99'],
  ] as const)('%s up to %i places → %s', (value, places, text) => {
    expect(formatUpTo(value, places)).toBe(text);
  });
});

describe('formatAmount never groups thousands, and pads to 2 places only in documents and on screen', () => {
  it.each([
    ['2931.88', 'document', '2931.88'],
    ['13.2', 'document', '13.20'],
    ['4631052.88', 'document', '4631052.88'],
    ['1000', 'screen', '1000.00'],
    ['13.2', 'plain', '13.2'],
    ['463.105288', 'plain', '463.105288'],
  ] as const)('%s in %s → %s', (value, style, text) => {
    expect(formatAmount(value, style)).toBe(text);
  });

  it('rounds a converted amount half up at the second decimal (463.105288 万元 → 463.11)', () => {
    expect(formatAmount('463.105288', 'document')).toBe('463.11');
  });
});

describe('formatPercent and missing figures', () => {
  it('prints a figure already in percent with its sign (42.42 → 42.42%, 42.4 at 2 places → 42.40%)', () => {
    expect(formatPercent(dec('42.42'), 2)).toBe('42.42%');
    expect(formatPercent('42.4', 2)).toBe('42.40%');
    expect(formatPercent('96.5')).toBe('96.5%');
  });

  it('shows a dash for a missing figure on screen and nothing in documents or plain output', () => {
    expect(formatMissing('screen')).toBe('—');
    expect(formatMissing('document')).toBe('');
    expect(formatMissing('plain')).toBe('');
  });
});

describe('sheetNumberFormat states the document convention to a spreadsheet', () => {
  it.each([
    [2, false, '0.00'],
    [0, false, '0'],
    [2, true, '0.00%'],
    [0, true, '0%'],
  ] as const)('%i places, percent %s → %s', (places, percent, format) => {
    expect(sheetNumberFormat(places, percent)).toBe(format);
  });

  it('writes amounts without a thousands separator, as the printed 自评表 does', () => {
    expect(SHEET_AMOUNT_FORMAT).toBe('0.00');
  });
});
