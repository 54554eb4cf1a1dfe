import { describe, expect, it } from 'vitest';
import { JixiaoError } from '../errors';
import { parseDeclaration } from './parse';

const valid = {
  kind: 'project',
  fiscalYear: 2022,
  unit: { name: '测试单位' },
  project: { name: '科普活动项目' },
  funds: { annual: { total: '100' } },
  goals: {},
  indicators: [
    {
      level1: '产出指标',
      name: '场次',
      weight: '50',
      target: { comparator: '>=', value: '120', unit: '场' },
    },
  ],
};

function issuesOf(input: unknown, file?: string): JixiaoError {
  try {
    parseDeclaration(input, file ? { file } : {});
  } catch (error) {
    if (error instanceof JixiaoError) return error;
  }
  throw new Error('expected a JixiaoError');
}

describe('parseDeclaration', () => {
  it('returns the declaration with defaults filled in', () => {
    const d = parseDeclaration(valid);
    expect(d.format).toBe('jixiao.targets');
    expect(d.amountUnit).toBe('wanYuan');
    expect(d.indicators[0]?.core).toBe(false);
    expect(d.mainTasks).toEqual([]);
  });

  it('names every bad field in Chinese with the indicator row and its name', () => {
    const input = {
      ...valid,
      indicators: [
        { level1: '产出指标', name: '场次', weight: 'abc', target: { comparator: '>>', value: '120' } },
      ],
    };
    const error = issuesOf(input, 'a.json');
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.text('zh')).toBe('文件「a.json」中的绩效目标申报数据有 2 处问题');
    const labels = error.issues.map((i) => i.location?.label?.zh);
    expect(labels).toContain('绩效指标第 1 行（场次）「分值」');
    expect(labels).toContain('绩效指标第 1 行（场次）·年度指标值「比较方式」');
    expect(error.issues[0]?.location?.file).toBe('a.json');
  });

  it('words declaration-only fields: 设定依据, 年度主要任务', () => {
    const input = {
      ...valid,
      kind: 'unitWide',
      mainTasks: [{ name: '', budget: {} }],
      indicators: [{ ...valid.indicators[0], basis: 'guess' }],
    };
    const labels = issuesOf(input).issues.map((i) => i.location?.label?.zh);
    expect(labels).toContain('年度主要任务第 1 项「任务名称」');
    expect(labels).toContain('绩效指标第 1 行（场次）「设定依据」');
  });

  it('refuses a project declaration without a project name', () => {
    const { project: _, ...input } = valid;
    const error = issuesOf(input);
    expect(error.issues.map((i) => i.message.text.zh)).toEqual(['项目支出绩效目标申报表必须填写项目名称']);
  });
});
