import { describe, expect, it } from 'vitest';
import { type EvaluationInput, evaluationSchema } from '../model/evaluation';
import { getRuleSet } from '../rules/registry';
import { scoreEvaluation } from './score';
import { scoredTotal, statedScoreMessage } from './scored';

const ruleSet = getRuleSet('mof-2020');

function evaluation(input: Partial<EvaluationInput>) {
  return evaluationSchema.parse({
    kind: 'unitWide',
    fiscalYear: 2021,
    unit: { name: '测试单位' },
    funds: { total: {} },
    ...input,
  });
}

const met = (weight: string) => ({
  level1: '产出指标',
  name: '培训人次',
  weight,
  target: { comparator: '>=' as const, value: '100', unit: '人次' },
  actual: { value: '50' },
});

// Seed 004's funds: 1209.56 ÷ 2851.19 = 42.42% (rounded), 10 × 42.42% = 4.242 → 4.24 points.
const EXECUTION = { initialBudget: '2931.88', adjustedBudget: '2851.19', executed: '1209.56' };

describe('whether an evaluation has a total (scoring/scored.ts)', () => {
  const cases: {
    name: string;
    input: Partial<EvaluationInput>;
    scored: boolean;
    reason?: 'noIndicators' | 'noIndicatorData';
    total?: string;
    grade?: string;
  }[] = [
    // Seed 000/002: nothing to score. Banding 0 would print 差 for a score nobody computed.
    { name: 'no indicators and no execution figures', input: {}, scored: false, reason: 'noIndicators' },
    // Seed 003: an initial budget alone gives no execution rate either.
    {
      name: 'no indicators and a budget without an executed amount',
      input: { funds: { total: { initialBudget: '163.68' } } },
      scored: false,
      reason: 'noIndicators',
    },
    // 4.24 of 100 points would band as 差: the 90 indicator points were never assessed.
    {
      name: 'execution figures only (4.24 of its 10 points)',
      input: { funds: { total: EXECUTION } },
      scored: false,
      reason: 'noIndicators',
    },
    {
      name: 'indicators with 分值 but no 实际完成值',
      input: { indicators: [{ ...met('50'), actual: undefined }] },
      scored: false,
      reason: 'noIndicatorData',
    },
    // 50 × 50 ÷ 100 = 25 points, execution missing scores 0: 0 + 25 = 25 → 差, a computed grade.
    {
      name: 'one indicator scored, execution missing',
      input: { indicators: [met('50')] },
      scored: true,
      total: '25',
      grade: '差',
    },
    // 4.24 + 90 × 50 ÷ 100 = 4.24 + 45 = 49.24 → 差.
    {
      name: 'indicators and execution',
      input: { funds: { total: EXECUTION }, indicators: [met('90')] },
      scored: true,
      total: '49.24',
      grade: '差',
    },
    // A person's score is a basis: 30 points set by hand.
    {
      name: 'an indicator scored by hand without an actual value',
      input: {
        indicators: [{ ...met('40'), actual: undefined, manualScore: { score: '30', reason: '专家评定' } }],
      },
      scored: true,
      total: '30',
      grade: '差',
    },
    // A stated total never makes an evaluation scored.
    {
      name: 'a stated total of 100 without indicators (seed 000)',
      input: { stated: { totalScore: '100', blockScores: [] } },
      scored: false,
      reason: 'noIndicators',
    },
  ];

  for (const c of cases) {
    it(`${c.scored ? 'scores' : 'does not score'} ${c.name}`, () => {
      const result = scoreEvaluation(evaluation(c.input), ruleSet);
      expect(result.scored).toBe(c.scored);
      expect(result.unscoredReason).toBe(c.reason);
      expect(scoredTotal(result)?.toFixed()).toBe(c.total);
      expect(result.grade?.label).toBe(c.grade);
    });
  }

  it('still scores the execution rate on its own 10 points when there is no total', () => {
    const result = scoreEvaluation(evaluation({ funds: { total: EXECUTION } }), ruleSet);
    expect(result.execution.score.toFixed()).toBe('4.24');
    expect(result.explanation.zh).toBe(
      `未评分：未填报绩效指标，无法计算总分，不评定等级（预算执行率：${result.execution.explanation.zh}）`,
    );
  });

  it('explains an evaluation with nothing to score without a 0 or a grade', () => {
    const result = scoreEvaluation(evaluation({}), ruleSet);
    expect(result.explanation).toEqual({
      zh: '未评分：未填报绩效指标，无法计算总分，不评定等级',
      en: 'not scored: no performance indicators are filled in, so no total can be computed; no grade',
    });
  });

  it('keeps scored and its reason in the JSON of the result', () => {
    const json = JSON.parse(JSON.stringify(scoreEvaluation(evaluation({}), ruleSet)));
    expect(json).toMatchObject({ scored: false, unscoredReason: 'noIndicators', grade: null });
  });
});

describe('the stated score, marked as stated', () => {
  it.each([
    [{ totalScore: '100' }, '单位自评报告称自评得分100分（报告所述，非本系统计算）'],
    [
      { totalScore: '89.45', grade: '良好' },
      '单位自评报告称自评得分89.45分、等级为“良好”（报告所述，非本系统计算）',
    ],
    [{ grade: '优' }, '单位自评报告称自评等级为“优”（报告所述，非本系统计算）'],
  ])('prints %o as the document states it', (stated, zh) => {
    expect(statedScoreMessage({ blockScores: [], ...stated })?.text.zh).toBe(zh);
  });

  it('prints nothing when the document states no score', () => {
    expect(statedScoreMessage({ blockScores: [] })).toBeUndefined();
  });
});
