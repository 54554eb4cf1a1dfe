import { describe, expect, it } from 'vitest';
import { type EvaluationInput, evaluationSchema } from '../model/evaluation';
import { SEED_004 } from '../narrative/seed-004.fixture';
import { getRuleSet } from '../rules/registry';
import { scoreEvaluation } from './score';

const row = (
  level1: string,
  name: string,
  weight: string,
  target: string,
  actual: string,
  level2?: string,
) => ({
  level1,
  level2,
  name,
  weight,
  target: { comparator: '>=' as const, value: target },
  actual: { value: actual },
});

function evaluation(input: Partial<EvaluationInput>) {
  return evaluationSchema.parse({
    kind: 'project',
    fiscalYear: 2022,
    unit: { name: '测试单位' },
    funds: { total: {} },
    ...input,
  });
}

describe('seed 004 (重庆璧山区科技局 2022 部门整体) under chongqing-unit-wide', () => {
  // The short seed 004 the narrative tests use: the same figures, with illustrative ≥ targets all met.
  const ev = evaluationSchema.parse(SEED_004);
  const result = scoreEvaluation(ev, getRuleSet('chongqing-unit-wide'));

  it('rounds the execution rate 1209.56 / 2851.19 = 0.424230… to 42.42% and scores 10 × 42.42% = 4.242 → 4.24', () => {
    expect(result.execution.rate?.toFixed(6)).toBe('0.424230');
    expect(result.execution.ratePercent?.toFixed()).toBe('42.42');
    expect(result.execution.score.toFixed()).toBe('4.24');
    expect(result.execution.basis).toBe('rule');
    expect(result.execution.explanation.zh).toBe(
      '执行率 = 全年执行数 1209.56 万元 ÷ 全年预算数 2851.19 万元 = 42.42%；执行率 42.42% × 10 分 = 4.24 分',
    );
    expect(result.execution.explanation.en).toContain('execution rate 42.42% × 10 points = 4.24 points');
  });

  it('gives every met indicator its full weight: 15 + 15 + 10 × 5 + 5 + 5 = 90', () => {
    expect(result.indicatorScore.toFixed()).toBe('90');
    expect(result.indicators.every((i) => i.score.equals(i.weight))).toBe(true);
  });

  it('totals 4.24 + 90 = 94.24, graded 优 (≥ 90)', () => {
    expect(result.totalScore.toFixed()).toBe('94.24');
    expect(result.grade).toEqual({ key: 'excellent', label: '优' });
  });
});

describe('seed 001 (北京西城科协科普经费 2023) under beijing-2024', () => {
  // The report gives only block scores: 预算执行 10, 产出 50.45 of 55, 效益 24.6 of 30 (incl. 可持续影响), 满意度 4.4 of 5.
  const manual = (level1: string, name: string, weight: string, score: string) => ({
    level1,
    name,
    weight,
    manualScore: { score, reason: '报告只给出一级指标得分' },
  });
  const ev = evaluation({
    ruleSet: 'beijing-2024',
    funds: { total: { adjustedBudget: '100', executed: '100' } },
    indicators: [
      manual('项目产出', '产出合计', '55', '50.45'),
      manual('项目效益', '效益合计', '30', '24.6'),
      manual('服务对象满意度', '满意度合计', '5', '4.4'),
    ],
  });
  const result = scoreEvaluation(ev, getRuleSet('beijing-2024'));

  it('matches 项目产出 / 项目效益 / 服务对象满意度 to the blocks output / benefit / satisfaction', () => {
    expect(result.indicators.map((i) => i.block)).toEqual(['output', 'benefit', 'satisfaction']);
  });

  it('adds 10 + 50.45 + 24.6 + 4.4 = 89.45, graded 良 (80 ≤ 89.45 < 90)', () => {
    expect(result.execution.score.toFixed()).toBe('10');
    expect(result.blocks.map((b) => b.score.toFixed())).toEqual(['50.45', '24.6', '4.4']);
    expect(result.totalScore.toFixed()).toBe('89.45');
    expect(result.grade?.key).toBe('good');
  });

  it('accepts 效益 reported as one 30-point figure: the block weight matches and parts are not tagged', () => {
    const benefit = result.blocks.find((b) => b.key === 'benefit');
    expect(benefit?.weight?.toFixed()).toBe('30');
    expect(benefit?.indicatorWeight.toFixed()).toBe('30');
    expect(benefit?.partsTagged).toBe(false);
  });

  it('tags the 可持续影响 part when rows name their 二级指标 (10 of the 30)', () => {
    const tagged = evaluation({
      ruleSet: 'beijing-2024',
      indicators: [
        row('效益指标', '科普覆盖人次', '20', '1000', '1200', '社会效益指标'),
        row('效益指标', '长效机制', '10', '1', '1', '可持续影响指标'),
      ],
    });
    const b = scoreEvaluation(tagged, getRuleSet('beijing-2024')).blocks.find((x) => x.key === 'benefit');
    expect(b?.partsTagged).toBe(true);
    expect(b?.parts?.map((p) => [p.key, p.indicatorWeight.toFixed()])).toEqual([
      ['sustainability', '10'],
      ['otherBenefit', '20'],
    ]);
  });
});

describe('execution score', () => {
  const rs = getRuleSet('mof-2020');
  it('caps at the weight when more than the budget is spent (110 / 100 = 110% → 10, not 11)', () => {
    const r = scoreEvaluation(
      evaluation({ funds: { total: { adjustedBudget: '100', executed: '110' } } }),
      rs,
    );
    expect(r.execution.ratePercent?.toFixed()).toBe('110');
    expect(r.execution.score.toFixed()).toBe('10');
  });

  it('scores 0 with basis missing and says what is missing when 全年执行数 is absent', () => {
    const r = scoreEvaluation(evaluation({ funds: { total: { adjustedBudget: '100' } } }), rs);
    expect(r.execution.basis).toBe('missing');
    expect(r.execution.score.isZero()).toBe(true);
    expect(r.execution.explanation.zh).toContain('全年执行数');
  });

  it('treats a budget of 0 as missing rather than dividing by zero', () => {
    const r = scoreEvaluation(evaluation({ funds: { total: { adjustedBudget: '0', executed: '0' } } }), rs);
    expect(r.execution.basis).toBe('missing');
    expect(r.execution.explanation.zh).toContain('为 0');
  });

  it('uses the manual execution score with its reason', () => {
    const r = scoreEvaluation(
      evaluation({
        funds: { total: {} },
        executionManualScore: { score: '8.5', reason: '报告只写了得分' },
      }),
      rs,
    );
    expect(r.execution.basis).toBe('manual');
    expect(r.execution.score.toFixed()).toBe('8.5');
    expect(r.execution.explanation.zh).toContain('报告只写了得分');
  });

  it('scores from the rounded rate by default and from the exact rate when the rule set says so', () => {
    // 42345 / 100000 = 0.42345 → 42.35% (halfUp). Rounded: 10 × 0.4235 = 4.235 → 4.24; exact: 10 × 0.42345 = 4.2345 → 4.23.
    const ev = evaluation({ funds: { total: { adjustedBudget: '100000', executed: '42345' } } });
    expect(scoreEvaluation(ev, rs).execution.score.toFixed()).toBe('4.24');
    const exact = { ...rs, execution: { ...rs.execution, scoreFrom: 'exactRate' as const } };
    expect(scoreEvaluation(ev, exact).execution.score.toFixed()).toBe('4.23');
  });

  it.each([
    // 42345 / 100000 = 42.345%: the rate step rounds it, then 10 × rate is rounded again at the score step.
    ['halfUp', '42.35', '4.24'], // 10 × 0.4235 = 4.235 → 4.24
    ['halfEven', '42.34', '4.23'], // 10 × 0.4234 = 4.234 → 4.23
    ['truncate', '42.34', '4.23'], // 10 × 0.4234 = 4.234 → 4.23
  ] as const)('rounds the rate %s to %s%% and the score to %s', (mode, pct, score) => {
    const ev = evaluation({ funds: { total: { adjustedBudget: '100000', executed: '42345' } } });
    const r = scoreEvaluation(ev, { ...rs, rounding: { ...rs.rounding, mode } });
    expect(r.execution.ratePercent?.toFixed()).toBe(pct);
    expect(r.execution.score.toFixed()).toBe(score);
  });

  it('divides by 年初预算数 when the rule set names it (legacy 海淀 2016): 50 / 100 = 50% → 5', () => {
    const initial = { ...rs, execution: { ...rs.execution, denominator: 'initialBudget' as const } };
    const r = scoreEvaluation(
      evaluation({ funds: { total: { initialBudget: '100', adjustedBudget: '80', executed: '50' } } }),
      initial,
    );
    expect(r.execution.score.toFixed()).toBe('5');
  });
});
