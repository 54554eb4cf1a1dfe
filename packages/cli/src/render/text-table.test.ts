import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable } from './text-table';

describe('text tables', () => {
  it('counts a Chinese character as two columns and a digit as one', () => {
    // 企业满意度 = 5 characters × 2; "98%" = 3 × 1
    expect(displayWidth('企业满意度')).toBe(10);
    expect(displayWidth('98%')).toBe(3);
    expect(displayWidth('（含）')).toBe(6);
  });

  it('lines up mixed Chinese and numbers, numbers right-aligned', () => {
    const out = renderTable(
      [{ header: '指标' }, { header: '得分', align: 'right' }],
      [
        ['企业满意度', '5'],
        ['预算执行率', '4.24'],
      ],
      0,
    );
    // Column 1 is 10 wide (企业满意度), column 2 is 4 wide (得分 = 4, 4.24 = 4).
    expect(out.split('\n')).toEqual([
      '指标        得分',
      '──────────  ────',
      '企业满意度     5',
      '预算执行率  4.24',
    ]);
  });
});
