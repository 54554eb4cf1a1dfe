import { describe, expect, it } from 'vitest';
import { monitoringReportSchema } from '../model/monitoring';
import { parseEvaluation } from '../model/parse';
import { makeDeclaration } from './test-support';
import { evaluationFromDeclaration } from './to-evaluation';

describe('evaluationFromDeclaration', () => {
  it('carries identity, budget, goal and every indicator with its target into a valid evaluation', () => {
    const declaration = makeDeclaration();
    const evaluation = parseEvaluation(evaluationFromDeclaration(declaration));
    expect(evaluation.kind).toBe('project');
    expect(evaluation.project?.name).toBe('科普活动项目');
    // 年度资金 100 = 财政拨款 80 + 其他资金 20 → 年初预算数 and 全年预算数 alike
    expect(evaluation.funds.total).toEqual({ initialBudget: '100', adjustedBudget: '100' });
    expect(evaluation.funds.fiscalAppropriation).toEqual({ initialBudget: '80', adjustedBudget: '80' });
    expect(evaluation.funds.otherFunds).toEqual({ initialBudget: '20', adjustedBudget: '20' });
    expect(evaluation.goals).toEqual([{ expected: '举办科普活动，提高公众科学素质' }]);
    expect(evaluation.indicators.map((i) => [i.level1, i.name, i.weight, i.target?.value])).toEqual([
      ['产出指标', '举办科普活动场次', '50', '120'],
      ['效益指标', '公众科学素质提升', '30', undefined],
      ['满意度指标', '参与群众满意度', '10', '90'],
    ]);
    expect(evaluation.indicators.every((i) => i.actual === undefined)).toBe(true);
    expect(evaluation.meta.source).toBe('由 2022 年绩效目标申报表生成');
  });

  it('uses the approved adjusted target, not the original nor an adjustment still under review', () => {
    const base = makeDeclaration();
    const [first, second, third] = base.indicators;
    if (!first || !second || !third) throw new Error('fixture');
    const declaration = {
      ...base,
      indicators: [
        {
          ...first,
          adjustment: {
            target: { comparator: '>=' as const, value: '100', unit: '场' },
            reason: '疫情',
            approvedOn: '2022-07-01',
          },
        },
        {
          ...second,
          adjustment: { target: { comparator: 'qualitative' as const, text: '有所提升' }, reason: '未批' },
        },
        third,
      ],
    };
    const evaluation = parseEvaluation(evaluationFromDeclaration(declaration));
    expect(evaluation.indicators[0]?.target?.value).toBe('100');
    expect(evaluation.indicators[1]?.target?.text).toBe('明显提升');
  });

  it('takes the monitoring 全年预算数 as the adjusted budget and prefills no actual value', () => {
    const monitoring = monitoringReportSchema.parse({
      kind: 'project',
      fiscalYear: 2022,
      throughMonth: 7,
      unit: { name: '测试单位' },
      project: { name: '科普活动项目' },
      funds: { total: { budget: '110', executed: '30', expectedAnnual: '105' } },
      indicators: [
        {
          level1: '产出指标',
          name: '举办科普活动场次',
          target: { comparator: '>=', value: '120' },
          progress: { value: '42' },
          expectedAnnual: { value: '120' },
        },
      ],
    });
    const evaluation = parseEvaluation(evaluationFromDeclaration(makeDeclaration(), monitoring));
    expect(evaluation.funds.total).toEqual({ initialBudget: '100', adjustedBudget: '110' });
    expect(evaluation.indicators[0]?.actual).toBeUndefined();
    expect(evaluation.meta.source).toBe('由 2022 年绩效目标申报表生成，参照 1—7 月绩效运行监控');
  });
});
