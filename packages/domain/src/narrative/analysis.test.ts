import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { evaluationSchema, type indicatorSchema } from '../model/evaluation';

type IndicatorInput = z.input<typeof indicatorSchema>;

import { getRuleSet } from '../rules/registry';
import { scoreEvaluation } from '../scoring/score';
import { indicatorSentence } from './analysis';
import { buildReportFacts } from './facts';

/** One indicator scored by mof-2020 (100 points of indicators), and its sentence in the analysis. */
function sentenceFor(indicator: IndicatorInput): string {
  const evaluation = evaluationSchema.parse({
    kind: 'project',
    fiscalYear: 2023,
    unit: { name: '某区科协' },
    project: { name: '科普经费' },
    funds: { total: { adjustedBudget: '100', executed: '100' } },
    indicators: [indicator],
  });
  const ruleSet = getRuleSet('mof-2020');
  const facts = buildReportFacts(evaluation, scoreEvaluation(evaluation, ruleSet), ruleSet);
  const [first] = facts.indicators;
  if (!first) throw new Error('no indicator');
  return indicatorSentence(first, 1).text;
}

describe('indicatorSentence states target, result and outcome with units, and no scoring note', () => {
  it.each<[string, IndicatorInput, string]>([
    [
      'a ≥ target met, the unit of the target kept (171 ≥ 150, under 1.5 × 150 → met, full 20 points)',
      {
        level1: '产出指标',
        name: '新增科技型企业数量',
        weight: '20',
        target: { comparator: '>=', value: '150', unit: '家' },
        actual: { value: '171' },
      },
      '1. 新增科技型企业数量：年度指标值≥150家，实际完成171家，达到年度指标值；该指标分值20分，得分20.00分。',
    ],
    [
      'an = target keeps its sign as written (=100%)',
      {
        level1: '产出指标',
        name: '资金拨付到位率',
        weight: '10',
        target: { comparator: '=', value: '100', unit: '%' },
        actual: { value: '100' },
      },
      '1. 资金拨付到位率：年度指标值=100%，实际完成100%，达到年度指标值；该指标分值10分，得分10.00分。',
    ],
    [
      'a ≤ target missed, with the reason and the measure the unit wrote (4 > 3 → 3 ÷ 4 × 10 = 7.50)',
      {
        level1: '产出指标',
        name: '活动筹备时间',
        weight: '10',
        target: { comparator: '<=', value: '3', unit: '天' },
        actual: { value: '4' },
        deviationReason: '场地协调延误。',
        improvementMeasure: '提前锁定场地',
      },
      '1. 活动筹备时间：年度指标值≤3天，实际完成4天，未完全达到年度指标值；该指标分值10分，得分7.50分。偏差原因：场地协调延误。改进措施：提前锁定场地。',
    ],
    [
      'a manual score says only its figures: the basis stays in the explanation',
      {
        level1: '产出指标',
        name: '项目产出',
        weight: '55',
        manualScore: { score: '50.45', reason: '评价报告：项目产出50.45分' },
      },
      '1. 项目产出：该指标分值55分，得分50.45分。',
    ],
    [
      'the unit’s own sentence about the result stands for the bare figure',
      {
        level1: '效益指标',
        name: '受益群众人次',
        weight: '10',
        actual: { value: '5000', text: '全年惠及群众5000人次。' },
        manualScore: { score: '10', reason: '按报告' },
      },
      '1. 受益群众人次：全年惠及群众5000人次；该指标分值10分，得分10.00分。',
    ],
  ])('%s', (_, indicator, expected) => {
    expect(sentenceFor(indicator)).toBe(expected);
  });
});
