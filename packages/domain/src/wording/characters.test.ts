import { describe, expect, it } from 'vitest';
import { halfWidthCharacters, normaliseWording } from './characters';

describe('halfWidthCharacters', () => {
  it.each([
    ['≧95%', '≥95%'],
    ['≦5天', '≤5天'],
    ['⩾90', '≥90'],
    ['⩽3', '≤3'],
    ['═100%', '=100%'],
    ['﹦1', '=1'],
    ['﹢2﹣1', '+2-1'],
    ['﹤3﹥1', '<3>1'],
    ['＋１０％', '+10%'],
  ])('writes the look-alike sign in %s as the one sign', (input, expected) => {
    expect(halfWidthCharacters(input)).toBe(expected);
  });

  it('keeps the length so positions still point at the same text', () => {
    const text = '完成率≧９５％，误差═０，增幅﹢３';
    expect(halfWidthCharacters(text)).toHaveLength(text.length);
  });

  it('leaves Chinese clause punctuation alone', () => {
    expect(halfWidthCharacters('得分：10（满分）。')).toBe('得分：10（满分）。');
  });
});

describe('normaliseWording', () => {
  it('reads a doubled box-drawing equals as one equals', () => {
    expect(normaliseWording('══100%')).toBe('=100%');
  });
});
