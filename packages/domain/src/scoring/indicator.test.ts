import { describe, expect, it } from 'vitest';
import { type Indicator, indicatorSchema } from '../model/evaluation';
import type { RoundingMode } from '../money/rounding';
import { getRuleSet } from '../rules/registry';
import type { RuleSet } from '../rules/rule-set';
import { scoreIndicator } from './indicator';

const mof = getRuleSet('mof-2020');

function ind(fields: Partial<Indicator> & { weight: string }): Indicator {
  return indicatorSchema.parse({ level1: '产出指标', name: '测试指标', ...fields });
}

function quant(comparator: '>=' | '<=' | '=', weight: string, target: string, actual: string, unit?: string) {
  return ind({ weight, target: { comparator, value: target, unit }, actual: { value: actual } });
}

function withScoring(patch: Partial<RuleSet['scoring']>, rounding?: Partial<RuleSet['rounding']>): RuleSet {
  return { ...mof, scoring: { ...mof.scoring, ...patch }, rounding: { ...mof.rounding, ...rounding } };
}

describe('quantitative indicators (A = 指标值, B = 实际完成值, W = 分值)', () => {
  it.each([
    // comparator, W, A, B, expected score, outcome — arithmetic by hand
    ['>=', '15', '150', '171', '15', 'met'], // B ≥ A → W
    ['>=', '15', '150', '120', '12', 'partlyMet'], // 15 × 120 / 150 = 12
    ['>=', '10', '3', '2', '6.67', 'partlyMet'], // 10 × 2 / 3 = 6.666… → 6.67
    ['>=', '10', '100', '0', '0', 'notMet'], // 10 × 0 / 100 = 0
    ['>=', '10', '100', '150', '10', 'exceeded'], // 150 ≥ 1.5 × 100 → exceeded, still capped at W
    ['>=', '10', '0', '0', '10', 'met'], // B ≥ A with A = 0
    ['<=', '10', '90', '80', '10', 'met'], // B ≤ A → W
    ['<=', '10', '90', '100', '9', 'partlyMet'], // 10 × 90 / 100 = 9
    ['<=', '10', '0', '5', '0', 'notMet'], // A = 0 and B > A: no proportion possible
    ['=', '10', '100', '80', '8', 'partlyMet'], // = scored as ≥: 10 × 80 / 100 = 8
    ['=', '10', '0', '0', '10', 'met'], // A = 0: B ≤ 0 → W
    ['=', '10', '0', '1', '0', 'notMet'], // A = 0: B > 0 → 0
  ] as const)('%s: W %s, A %s, B %s → %s (%s)', (comparator, w, a, b, score, outcome) => {
    const r = scoreIndicator(quant(comparator, w, a, b), 0, mof);
    expect(r.score.toFixed()).toBe(score);
    expect(r.outcome).toBe(outcome);
    expect(r.basis).toBe('rule');
  });

  it('explains a met ≥ target in both languages', () => {
    const r = scoreIndicator(quant('>=', '15', '150', '171'), 0, mof);
    expect(r.explanation.zh).toBe('实际完成值 171 ≥ 指标值 150，得满分 15 分');
    expect(r.explanation.en).toBe('actual 171 ≥ target 150: full marks, 15 points');
  });

  it('scores a missed ≥ target in proportion B/A × W and writes the arithmetic', () => {
    const r = scoreIndicator(quant('>=', '15', '150', '120'), 0, mof);
    expect(r.explanation.zh).toBe('实际完成值 120 < 指标值 150，得分 = 15 × 120 / 150 = 12.00 分');
    expect(r.completion?.toFixed()).toBe('0.8');
  });

  it('writes the unit of the target next to both values', () => {
    const r = scoreIndicator(quant('>=', '15', '150', '171', '家'), 0, mof);
    expect(r.explanation.zh).toBe('实际完成值 171家 ≥ 指标值 150家，得满分 15 分');
  });

  it('scores = exactly only when the rule set says exactOnly (80 ≠ 100 → 0)', () => {
    const r = scoreIndicator(quant('=', '10', '100', '80'), 0, withScoring({ equal: 'exactOnly' }));
    expect(r.score.toFixed()).toBe('0');
  });

  it.each([
    ['90', '100', '8.89'], // 100 ≤ 180: 10 × (1 − (100 − 90)/90) = 10 × 80/90 = 8.888… → 8.89
    ['100', '120', '8'], // 10 × (1 − 20/100) = 8
    ['100', '200', '0'], // B ≥ 2A → 0
    ['100', '250', '0'],
  ])('scores ≤ linearly down to 0 at twice the target (合肥): A %s, B %s → %s', (a, b, score) => {
    const r = scoreIndicator(quant('<=', '10', a, b), 0, withScoring({ lowerIsBetter: 'linearToDouble' }));
    expect(r.score.toFixed()).toBe(score);
  });

  it('counts a row without an actual value as missing, scored 0, and says so', () => {
    const r = scoreIndicator(ind({ weight: '10', target: { comparator: '>=', value: '5' } }), 3, mof);
    expect(r.basis).toBe('missing');
    expect(r.score.isZero()).toBe(true);
    expect(r.ruleScore).toBeUndefined();
    expect(r.explanation.zh).toContain('缺少实际完成值');
    expect(r.index).toBe(3);
  });

  it('counts a row whose comparator is blank as missing it, scored 0, and says so', () => {
    const row = ind({ weight: '10', target: { value: '5', unit: '场' }, actual: { value: '6' } });
    const r = scoreIndicator(row, 0, mof);
    expect(r.basis).toBe('missing');
    expect(r.score.isZero()).toBe(true);
    expect(r.explanation.zh).toBe('缺少比较方式，无法按公式计分，得 0.00 分');
  });
});

describe('rounding at the score step', () => {
  // 10 × 2.345 / 10 = 2.345 exactly: the mode decides the last digit.
  it.each([
    ['halfUp', '2.35'],
    ['halfEven', '2.34'],
    ['truncate', '2.34'],
  ] as const)('2.345 rounds %s to %s', (mode: RoundingMode, expected) => {
    const r = scoreIndicator(quant('>=', '10', '10', '2.345'), 0, withScoring({}, { mode }));
    expect(r.score.toFixed()).toBe(expected);
  });

  it('2.355 rounds halfEven to 2.36 (the even neighbour)', () => {
    const r = scoreIndicator(quant('>=', '10', '10', '2.355'), 0, withScoring({}, { mode: 'halfEven' }));
    expect(r.score.toFixed()).toBe('2.36');
  });

  it('rounds to the rule set’s places: 10 × 2 / 3 with 1 place → 6.7', () => {
    const r = scoreIndicator(quant('>=', '10', '3', '2'), 0, withScoring({}, { scorePlaces: 1 }));
    expect(r.score.toFixed()).toBe('6.7');
  });
});

describe('qualitative indicators (达成 [0.8W, W], 部分达成 [0.6W, 0.8W), 未达成 [0, 0.6W))', () => {
  const qual = (tier: 'met' | 'partlyMet' | 'notMet' | undefined, score?: string) =>
    ind({
      weight: '10',
      target: { comparator: 'qualitative', text: '效果明显' },
      actual: tier ? { tier } : {},
      score,
    });

  it.each([
    ['met', '9', true], // 8 ≤ 9 ≤ 10
    ['met', '8', true], // lower bound inclusive
    ['met', '7.9', false],
    ['partlyMet', '6', true], // 6 ≤ 6 < 8
    ['partlyMet', '8', false], // upper bound exclusive
    ['notMet', '5.99', true],
    ['notMet', '6', false],
  ] as const)('%s with the unit’s score %s is within its band: %s', (tier, score, within) => {
    const r = scoreIndicator(qual(tier, score), 0, mof);
    expect(r.basis).toBe('tier');
    expect(r.tierCheck?.within).toBe(within);
    // The unit's score is kept either way; the checks report a score outside the band.
    expect(r.score.toFixed()).toBe(score);
    expect(r.outcome).toBe(tier);
  });

  it('says when the unit’s score lies outside the band', () => {
    const r = scoreIndicator(qual('met', '7'), 0, mof);
    expect(r.explanation.zh).toContain('不在区间内');
    expect(r.tierCheck?.min.toFixed()).toBe('8');
  });

  it('uses the lower bound of the band when no score is given (达成 → 0.8 × 10 = 8)', () => {
    const r = scoreIndicator(qual('met'), 0, mof);
    expect(r.score.toFixed()).toBe('8');
    expect(r.explanation.zh).toContain('区间下限');
  });

  it('counts a qualitative row with neither tier nor score as missing', () => {
    const r = scoreIndicator(qual(undefined), 0, mof);
    expect(r.basis).toBe('missing');
    expect(r.score.isZero()).toBe(true);
  });

  it('caps a stated score above the weight (12 of 10 → 10)', () => {
    const r = scoreIndicator(qual('met', '12'), 0, mof);
    expect(r.score.toFixed()).toBe('10');
    expect(r.tierCheck?.within).toBe(false);
  });
});

describe('manual scores and coefficients', () => {
  it('lets a manual score win and keeps what the rule alone gives', () => {
    const row = ind({
      weight: '15',
      target: { comparator: '>=', value: '150' },
      actual: { value: '300' },
      manualScore: { score: '13', reason: '指标值设置偏低，按偏离度调减' },
    });
    const r = scoreIndicator(row, 0, mof);
    expect(r.basis).toBe('manual');
    expect(r.score.toFixed()).toBe('13');
    expect(r.ruleScore?.toFixed()).toBe('15');
    expect(r.outcome).toBe('exceeded'); // 300 ≥ 1.5 × 150
    expect(r.explanation.zh).toContain('指标值设置偏低');
  });

  it('caps a manual score at the weight (20 of 15 → 15)', () => {
    const row = ind({ weight: '15', manualScore: { score: '20', reason: '复核' } });
    expect(scoreIndicator(row, 0, mof).score.toFixed()).toBe('15');
  });

  it('scores weight × 得分系数 under chongqing-unit-wide: 15 × 0.98 = 14.7', () => {
    const row = ind({ weight: '15', scoreCoefficient: '0.98' });
    const r = scoreIndicator(row, 0, getRuleSet('chongqing-unit-wide'));
    expect(r.basis).toBe('coefficient');
    expect(r.score.toFixed()).toBe('14.7');
    expect(r.explanation.zh).toBe('得分 = 权重 15 × 得分系数 0.98 = 14.70 分');
  });

  it('ignores 得分系数 under a rule set that does not use it', () => {
    const row = ind({
      weight: '15',
      scoreCoefficient: '0.5',
      target: { comparator: '>=', value: '1' },
      actual: { value: '1' },
    });
    expect(scoreIndicator(row, 0, mof).score.toFixed()).toBe('15');
  });
});

describe('block matching', () => {
  it.each([
    ['产出指标', 'output'],
    ['产出指标（50分）', 'output'],
    [' 项目产出 ', 'output'],
    ['效益指标', 'benefit'],
    ['服务对象满意度指标', 'satisfaction'],
    ['满意度', 'satisfaction'],
    ['投入指标', null],
  ])('matches 一级指标 %s to %s under mof-2020', (level1, block) => {
    expect(scoreIndicator(ind({ level1, weight: '1' }), 0, mof).block).toBe(block);
  });

  it('matches any 一级指标 to the single block of hubei', () => {
    expect(scoreIndicator(ind({ level1: '投入指标', weight: '1' }), 0, getRuleSet('hubei')).block).toBe(
      'indicators',
    );
  });
});
