import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JixiaoError } from '../errors';
import { formatPath, labelForPath, parseEvaluation, parsePath } from './parse';

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
        message: {
          key: 'value.negative',
          params: {},
          text: { zh: '不能为负数', en: 'cannot be negative' },
        },
        location: {
          path: 'indicators[1].weight',
          label: {
            zh: '绩效指标第 2 行（群众满意度）「分值」',
            en: 'indicators row 2 ("群众满意度") "weight"',
          },
          file: 'a.json',
        },
      },
    ]);
    expect(err.message).toContain('a.json');
    expect(err.describe('en')).toBe(
      [
        'the evaluation data in file "a.json" has 1 problem',
        '  - file "a.json", indicators row 2 ("群众满意度") "weight": cannot be negative',
      ].join('\n'),
    );
  });

  it('lists every problem, one issue per field, with Chinese messages', () => {
    const err = thrown(() =>
      parseEvaluation({ kind: 'both', fiscalYear: 2022.5, unit: {}, funds: { total: { executed: 12 } } }),
    );
    const byPath = Object.fromEntries(err.issues.map((i) => [i.location?.path, i]));
    expect(Object.keys(byPath).sort()).toEqual(['fiscalYear', 'funds.total.executed', 'kind', 'unit.name']);
    expect(byPath.kind?.message.text).toEqual({
      zh: '须从以下选择：项目支出、部门（单位）整体支出',
      en: 'choose one of: project, whole unit',
    });
    expect(byPath.fiscalYear?.message.text.zh).toBe('年度必须是整数');
    expect(byPath['unit.name']?.message.text).toEqual({ zh: '须填写', en: 'must be filled in' });
    expect(byPath['unit.name']?.location?.label).toEqual({ zh: '单位「单位名称」', en: 'unit "unit name"' });
    expect(byPath['funds.total.executed']?.message.text.zh).toBe(
      '数字须加英文引号，例如 "1209.56"（以免小数走样）',
    );
    expect(byPath['funds.total.executed']?.location?.label).toEqual({
      zh: '项目资金·年度资金总额「全年执行数」',
      en: 'project funds › total annual funds "full-year execution"',
    });
  });

  it('requires a project name for a project evaluation', () => {
    const { project: _omit, ...noProject } = valid;
    const err = thrown(() => parseEvaluation(noProject));
    expect(err.issues.map((i) => [i.message.text.zh, i.location])).toEqual([
      [
        '项目支出绩效自评必须填写项目名称',
        { path: 'project.name', label: { zh: '项目「项目名称」', en: 'project "project name"' } },
      ],
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
    const cases: [PropertyKey[], string, string][] = [
      [['indicators', 3, 'weight'], '绩效指标第 4 行「分值」', 'indicators row 4 "weight"'],
      [
        ['indicators', 0, 'target', 'value'],
        '绩效指标第 1 行·年度指标值「数值」',
        'indicators row 1 › annual target "value"',
      ],
      [['goals', 1, 'expected'], '年度总体目标第 2 条「预期目标」', 'annual goals goal 2 "expected goal"'],
      [['fiscalYear'], '预算年度', 'fiscal year'],
      [
        ['narrative', 'problems'],
        '报告正文「存在的问题及原因分析」',
        'report text "problems and their causes"',
      ],
      [[], '自评数据（整体）', 'the evaluation data (as a whole)'],
    ];
    for (const [path, zh, en] of cases) expect(labelForPath(path)).toEqual({ zh, en });
  });

  it('reads a path back into its segments', () => {
    expect(parsePath('indicators[3].target.value')).toEqual(['indicators', 3, 'target', 'value']);
    expect(parsePath('fiscalYear')).toEqual(['fiscalYear']);
    expect(parsePath('')).toEqual([]);
  });

  it('keeps unknown keys readable instead of failing', () => {
    expect(labelForPath(['whatever', 2])).toEqual({ zh: 'whatever第 3 项', en: 'whatever item 3' });
  });

  it('names prototype keys of hostile input as written, without reading the prototype', () => {
    expect(labelForPath(['constructor', 3], { constructor: [0, 1, 2, 'x'] })).toEqual({
      zh: 'constructor第 4 项',
      en: 'constructor item 4',
    });
    expect(labelForPath(['toString'])).toEqual({ zh: 'toString', en: 'toString' });
  });
});
