import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { type EvaluationInput, evaluationSchema } from './model/evaluation';
import { getRuleSet } from './rules/registry';

/** The seeds' figures, entered inline with only what each case needs. */
const unit = { name: '区科协' };
const parse = (input: Omit<EvaluationInput, 'unit'>) => evaluationSchema.parse({ unit, ...input });
const codes = (findings: { code: string; severity: string }[]) =>
  findings.map((f) => `${f.severity} ${f.code}`);

describe('evaluate', () => {
  it('seed 004: flags 得分率 98% for 5 of 5, the unspent 1641.63 万元, and the red flag; the total 94.24 agrees', () => {
    // 15 + 15 + 10 × 5 + 5 + 5 = 90 indicator points, all at full marks (manual scores, no targets printed)
    const weights = ['15', '15', '10', '10', '10', '10', '10', '5', '5'];
    const evaluation = parse({
      kind: 'unitWide',
      fiscalYear: 2022,
      ruleSet: 'chongqing-unit-wide',
      // 1209.56 ÷ 2851.19 = 42.42%; 10 × 42.42% = 4.24
      funds: { total: { initialBudget: '2931.88', adjustedBudget: '2851.19', executed: '1209.56' } },
      carryover: { opening: '0', closing: '0', explanation: '全年执行数1209.56万元，年末无结转和结余资金。' },
      indicators: weights.map((weight, i) => ({
        level1: '绩效指标',
        name: i === 8 ? '企业满意度' : `指标${i + 1}`,
        weight,
        score: weight,
        manualScore: { score: weight, reason: '自评报告表1' },
        statedScoreRate: i === 8 ? '98' : '100',
      })),
      // 4.24 + 90 = 94.24
      stated: {
        executionRate: '42.42',
        executionScore: '4.24',
        totalScore: '94.24',
        grade: '优',
        blockScores: [],
      },
    });
    const { result, findings } = evaluate(evaluation, getRuleSet('chongqing-unit-wide'));
    expect(result.totalScore.toFixed(2)).toBe('94.24');
    expect(codes(findings)).toEqual([
      'error indicator.score-rate-mismatch',
      'warning carryover.unspent-not-carried',
      'warning flag.yellow-unspent',
      'warning flag.red',
    ]);
    expect(findings[0]?.location.path).toBe('indicators[8].statedScoreRate');
  });

  it('seed 003: the income items 0.84 + 163.68 ≠ 163.68 and "占0%" are errors; the functional split agrees', () => {
    const evaluation = parse({
      kind: 'unitWide',
      fiscalYear: 2022,
      ruleSet: 'mof-2020',
      funds: { total: { initialBudget: '163.68' } },
      income: {
        statedTotal: '163.68',
        items: [
          { name: '上年结转', source: 'priorYearCarryover', amount: '0.84', statedShare: '0' },
          {
            name: '一般公共预算拨款收入',
            source: 'fiscalAppropriation',
            amount: '163.68',
            statedShare: '100',
          },
          { name: '政府性基金预算拨款收入', source: 'governmentFund', amount: '0', statedShare: '0' },
          { name: '事业收入', source: 'businessIncome', amount: '0', statedShare: '0' },
        ],
      },
      expenditure: {
        statedTotal: '163.68',
        // 125.43 + 20.15 + 5.95 + 12.15 = 163.68
        byFunction: [
          { name: '科学技术支出', amount: '125.43' },
          { name: '社会保障和就业支出', amount: '20.15' },
          { name: '卫生健康支出', amount: '5.95' },
          { name: '住房保障支出', amount: '12.15' },
        ],
      },
    });
    const { findings } = evaluate(evaluation, getRuleSet('mof-2020'));
    expect(codes(findings)).toEqual(['error share.mismatch', 'error income.parts-mismatch']);
    expect(findings.map((f) => f.location.path)).toEqual([
      'income.items[0].statedShare',
      'income.statedTotal',
    ]);
  });

  it('seed 002: spending 109.18 above income 102.18 is flagged; the shares 91.19/8.81 and 78.1/21.9 agree', () => {
    const evaluation = parse({
      kind: 'unitWide',
      fiscalYear: 2021,
      funds: { total: {} },
      expenditureBudget: { total: '87.07', basic: '44.07', project: '43' },
      income: {
        statedTotal: '102.18',
        items: [
          { name: '财政拨款收入', source: 'fiscalAppropriation', amount: '93.18', statedShare: '91.19' },
          { name: '其他收入', source: 'otherIncome', amount: '9', statedShare: '8.81' },
        ],
      },
      expenditure: {
        statedTotal: '109.18',
        byType: [
          { name: '基本支出', type: 'basic', amount: '85.27', statedShare: '78.1' },
          { name: '项目支出', type: 'project', amount: '23.91', statedShare: '21.9' },
        ],
      },
    });
    const { findings } = evaluate(evaluation, getRuleSet('mof-2020'));
    expect(codes(findings)).toEqual(['warning expenditure.excess-without-source']);
  });

  it('seed 001: 10 + 50.45 + 24.6 + 4.4 = 89.45 and 良好 (= 良) agree, so there is no error', () => {
    const evaluation = parse({
      kind: 'project',
      fiscalYear: 2022,
      ruleSet: 'beijing-2024',
      funds: { total: { executed: '137.85' } },
      executionManualScore: { score: '10', reason: '评价报告：预算执行率达到100%' },
      indicators: [
        {
          level1: '产出指标',
          name: '项目产出',
          weight: '55',
          score: '50.45',
          manualScore: { score: '50.45', reason: '评价报告' },
        },
        {
          level1: '效益指标',
          name: '项目效益',
          weight: '30',
          score: '24.6',
          manualScore: { score: '24.6', reason: '评价报告' },
        },
        {
          level1: '满意度指标',
          name: '服务对象满意度',
          weight: '5',
          score: '4.4',
          manualScore: { score: '4.4', reason: '评价报告' },
        },
      ],
      stated: {
        executionScore: '10',
        totalScore: '89.45',
        grade: '良好',
        blockScores: [
          { block: '预算执行', score: '10' },
          { block: '项目产出', score: '50.45' },
          { block: '项目效益', score: '24.6' },
          { block: '服务对象满意度', score: '4.4' },
        ],
      },
    });
    const { result, findings } = evaluate(evaluation, getRuleSet('beijing-2024'));
    expect(result.totalScore.toFixed(2)).toBe('89.45');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
