import { describe, expect, it } from 'vitest';
import { figuresIn, nearFigure, parseFigure, sameFigure } from './figures';

function fig(text: string) {
  const f = parseFigure(text);
  if (!f) throw new Error(`no figure in ${text}`);
  return f;
}

describe('figures', () => {
  it('reads the value, the places written and whether it is a percentage', () => {
    const f = fig('97.80%');
    expect([f.value.toFixed(), f.places, f.percent]).toEqual(['97.8', 2, true]);
    expect(fig('7.29万元').value.toFixed()).toBe('7.29');
    expect(parseFigure('n/a')).toBeUndefined();
  });

  it('finds every figure in a finding text', () => {
    expect(figuresIn('0.84 + 163.68 = 164.52 万元，占 0.51%').map((f) => f.value.toFixed())).toEqual([
      '0.84',
      '163.68',
      '164.52',
      '0.51',
    ]);
  });

  it.each([
    ['9.00', '9', true],
    ['31.9', '31.90', true],
    ['14.46%', '0.1446', true],
    ['0.1446', '14.46%', true],
    ['20', '19', false],
    ['1', '100', false],
    ['100%', '100', true],
    ['9.78', '9.79', false],
  ])('%s is the same figure as %s: %s', (a, b, same) => {
    expect(sameFigure(fig(a), fig(b))).toBe(same);
  });

  it.each([
    // half a unit of the coarser precision: 0.005 for two places
    ['4.84', '4.8421', true],
    ['4.84', '4.8449', true],
    ['4.84', '4.8451', false],
    ['4.84', '4.86', false],
    // "4.8" is written with one place: within 0.05
    ['4.84', '4.8', true],
    ['20', '19.6', true],
    ['20', '19.4', false],
    ['80.45%', '0.8045', true],
    ['80.45%', '0.8055', false],
  ])('%s is near %s: %s', (a, b, near) => {
    expect(nearFigure(fig(a), fig(b))).toBe(near);
  });
});
