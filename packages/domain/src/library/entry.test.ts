import { describe, expect, it } from 'vitest';
import { JixiaoError } from '../errors';
import { parseLibraryEntry } from './parse';

const good = {
  id: 'output.quantity.kepu-activities',
  level1: '产出指标',
  level2: '数量指标',
  name: '开展科普活动次数',
  categories: ['popularScience'],
  comparator: '>=',
  unit: '次',
  quantitative: true,
  guidance: '写明次数，如 ≥12次',
};

function problems(input: unknown, source = {}): string[] {
  try {
    parseLibraryEntry(input, source);
  } catch (error) {
    if (error instanceof JixiaoError) return error.describe('zh').split('\n').slice(1);
    throw error;
  }
  return [];
}

describe('parseLibraryEntry', () => {
  it('accepts a complete entry', () => {
    expect(parseLibraryEntry(good).name).toBe('开展科普活动次数');
  });

  it('names the field and the row of every problem, in Chinese', () => {
    const found = problems(
      { ...good, name: ' ', unit: undefined },
      { file: 'a.xlsx', sheet: '指标库', row: 4 },
    );
    expect(found).toEqual([
      '  - 文件「a.xlsx」，工作表「指标库」，第 4 行，指标名称：不能为空',
      '  - 文件「a.xlsx」，工作表「指标库」，第 4 行，度量单位：定量指标须填写度量单位',
    ]);
  });

  it('refuses a 二级指标 outside its 一级指标', () => {
    expect(problems({ ...good, level2: '社会效益指标' })).toEqual([
      '  - 二级指标：二级指标不属于该一级指标（见共性指标框架：产出、效益、满意度、成本指标）',
    ]);
  });

  it('refuses a quantitative entry marked 定性 and a qualitative one marked ≥', () => {
    expect(problems({ ...good, comparator: 'qualitative' })).toEqual([
      '  - 指标性质：定量指标须选择 ≥、≤ 或 =',
    ]);
    expect(problems({ ...good, quantitative: false })).toEqual([
      '  - 指标性质：定性指标的指标性质应为“定性”',
    ]);
  });

  it('refuses an id with capitals or spaces and an unknown category', () => {
    expect(problems({ ...good, id: 'Output quantity', categories: ['sport'] })).toHaveLength(2);
    expect(problems({ ...good, categories: [] })).toEqual(['  - 适用类别：至少选择一个适用类别']);
  });
});
