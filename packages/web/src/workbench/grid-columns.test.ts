import { describe, expect, it } from 'vitest';
import { contentWidth, gridScroll } from './grid-columns';

describe('indicator grid column widths', () => {
  it('fit the widest text: 汉字 count two half-width units of 7.5 px, plus 40 px of padding', () => {
    // "新增科技型企业数量": 9 汉字 = 18 units × 7.5 = 135, + 40 = 175.
    expect(contentWidth(['职工满意度', '新增科技型企业数量'], { min: 100, max: 400 })).toBe(175);
    // "万元": 4 units × 7.5 = 30, + 40 = 70; the minimum does not apply.
    expect(contentWidth(['万元'], { min: 60, max: 120 })).toBe(70);
    // Digits and Latin count one: "≥95%" is 1 + 2 + 1 = 4 units ("≥" is not East Asian wide) → 70.
    expect(contentWidth(['≥95%'], { min: 0, max: 999 })).toBe(70);
  });

  it('stay within their bounds', () => {
    expect(contentWidth([], { min: 64, max: 120 })).toBe(64);
    expect(contentWidth(['个'], { min: 64, max: 120 })).toBe(64);
    expect(contentWidth(['很长的三级指标名称'.repeat(10)], { min: 160, max: 360 })).toBe(360);
  });

  it('scroll sideways only past ten columns, by the sum of the widths', () => {
    expect(gridScroll(Array.from({ length: 10 }, () => 100))).toBeUndefined();
    expect(gridScroll([...Array.from({ length: 10 }, () => 100), 96])).toEqual({ x: 1096 });
  });
});
