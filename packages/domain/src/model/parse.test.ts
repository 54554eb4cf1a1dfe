import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JixiaoError } from '../errors';
import { formatPath, labelForPath, parseEvaluation } from './parse';

const valid = {
  kind: 'project',
  fiscalYear: 2022,
  unit: { name: '池州市贵池区棠溪镇人民政府', department: '棠溪镇' },
  project: { name: '农村道路养护' },
  funds: { total: { initialBudget: '100', adjustedBudget: '120', executed: '96' } },
  indicators: [
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '养护里程',
      weight: '20',
      target: { comparator: '>=', value: '50', unit: '公里' },
    },
    {
      level1: '满意度指标',
      name: '群众满意度',
      weight: '10',
      target: { comparator: '>=', value: '90', unit: '%' },
    },
  ],
};

function thrown(fn: () => unknown): JixiaoError {
  try {
    fn();
  } catch (e) {
    if (e instanceof JixiaoError) return e;
    throw e;
  }
  throw new Error('expected a JixiaoError');
}

describe('parseEvaluation', () => {
  it('accepts a valid evaluation and fills the defaults', () => {
    const e = parseEvaluation(valid);
    expect(e.format).toBe('jixiao.evaluation');
    expect(e.amountUnit).toBe('wanYuan');
    expect(e.ruleSet).toBe('mof-2020');
    expect(e.indicators).toHaveLength(2);
    expect(e.goals).toEqual([]);
  });

  it('reports a negative weight at indicators[1].weight with the row number and name in Chinese', () => {
    const input = structuredClone(valid);
    const second = input.indicators[1];
    if (second) second.weight = '-1';
    const err = thrown(() => parseEvaluation(input, { file: 'a.json' }));
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.issues).toEqual([
      {
        message: '不能为负数',
        location: {
          path: 'indicators[1].weight',
          label: '绩效指标第 2 行（群众满意度）「分值」',
          file: 'a.json',
        },
      },
    ]);
    expect(err.message).toContain('a.json');
  });

  it('lists every problem, one issue per field, with Chinese messages', () => {
    const err = thrown(() =>
      parseEvaluation({ kind: 'both', fiscalYear: 2022.5, unit: {}, funds: { total: { executed: 12 } } }),
    );
    const byPath = Object.fromEntries(err.issues.map((i) => [i.location?.path, i]));
    expect(Object.keys(byPath).sort()).toEqual(['fiscalYear', 'funds.total.executed', 'kind', 'unit.name']);
    expect(byPath.kind?.message).toBe('必须是以下之一："project"、"unitWide"');
    expect(byPath.fiscalYear?.message).toBe('年度必须是整数');
    expect(byPath['unit.name']?.message).toBe('缺少此项（必填）');
    expect(byPath['unit.name']?.location?.label).toBe('单位「单位名称」');
    expect(byPath['funds.total.executed']?.message).toContain('字符串');
    expect(byPath['funds.total.executed']?.location?.label).toBe('项目资金·年度资金总额「全年执行数」');
  });

  it('requires a project name for a project evaluation', () => {
    const { project: _omit, ...noProject } = valid;
    const err = thrown(() => parseEvaluation(noProject));
    expect(err.issues).toEqual([
      {
        message: '项目支出绩效自评必须填写项目名称',
        location: { path: 'project.name', label: '项目「项目名称」' },
      },
    ]);
  });

  it('does not require a project for a unit-wide evaluation', () => {
    const { project: _omit, ...noProject } = valid;
    expect(parseEvaluation({ ...noProject, kind: 'unitWide' }).kind).toBe('unitWide');
  });

  it('throws only JixiaoError for any input whatsoever', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseEvaluation(input);
        } catch (e) {
          return e instanceof JixiaoError && e.issues.length > 0 && e.issues.every((i) => i.location?.label);
        }
        return true;
      }),
    );
  });
});

describe('field paths and labels', () => {
  it('writes array indices in brackets', () => {
    expect(formatPath(['indicators', 3, 'target', 'value'])).toBe('indicators[3].target.value');
    expect(formatPath([])).toBe('');
  });

  it('labels nested fields with the row number counted from 1', () => {
    expect(labelForPath(['indicators', 3, 'weight'])).toBe('绩效指标第 4 行「分值」');
    expect(labelForPath(['indicators', 0, 'target', 'value'])).toBe('绩效指标第 1 行·年度指标值「数值」');
    expect(labelForPath(['goals', 1, 'expected'])).toBe('年度总体目标第 2 条「预期目标」');
    expect(labelForPath(['fiscalYear'])).toBe('预算年度');
    expect(labelForPath(['narrative', 'problems'])).toBe('报告正文「存在的问题及原因分析」');
  });

  it('keeps unknown keys readable instead of failing', () => {
    expect(labelForPath(['whatever', 2])).toBe('whatever第 3 项');
  });
});
