import { describe, expect, it } from 'vitest';
import { type Decimal, dec } from '../money/decimal';
import type { RoundingMode } from '../money/rounding';
import { getRuleSet } from '../rules/registry';
import type { RuleSet } from '../rules/rule-set';
import { executionRateOf, executionScoreOf, meanOf, ratioOf, redFlagOf, unspentOf } from './formulas';

const MOF = getRuleSet('mof-2020');
const text = (d: Decimal | undefined) => d?.toFixed();

function variant(change: {
  denominator?: RuleSet['execution']['denominator'];
  scoreFrom?: RuleSet['execution']['scoreFrom'];
  mode?: RoundingMode;
  redFlagBasis?: RuleSet['checks']['redFlagBasis'];
}): RuleSet {
  return {
    ...MOF,
    execution: {
      ...MOF.execution,
      ...(change.denominator ? { denominator: change.denominator } : {}),
      ...(change.scoreFrom ? { scoreFrom: change.scoreFrom } : {}),
    },
    rounding: { ...MOF.rounding, ...(change.mode ? { mode: change.mode } : {}) },
    checks: { ...MOF.checks, ...(change.redFlagBasis ? { redFlagBasis: change.redFlagBasis } : {}) },
  };
}

// Seed 004's funds: 年初预算数 2931.88, 全年预算数 2851.19, 全年执行数 1209.56 (万元).
const SEED_004 = { initialBudget: '2931.88', adjustedBudget: '2851.19', executed: '1209.56' };

describe('执行率 = 全年执行数 ÷ the denominator the rule set names, and its score under weight 10', () => {
  it.each([
    // 1209.56 ÷ 2851.19 = 0.42422988… → 42.42% → 10 × 0.4242 = 4.242 → 4.24
    ['adjustedBudget', SEED_004, '42.42', '4.24'],
    // 1209.56 ÷ 2931.88 = 0.41255440… → 41.26% → 10 × 0.4126 = 4.126 → 4.13
    ['initialBudget', SEED_004, '41.26', '4.13'],
    // 1209.56 ÷ 1209.56 = 1 → 100.00% → 10 × 1 = 10.00
    ['fundsArrived', { ...SEED_004, fundsArrived: '1209.56' }, '100.00', '10.00'],
    // 3000 ÷ 2851.19 = 1.05219… → 105.22% → 10 × 1.0522 = 10.522, capped at the weight → 10.00
    ['adjustedBudget', { ...SEED_004, executed: '3000' }, '105.22', '10.00'],
  ] as const)('over %s: %o → %s%%, %s points', (denominator, row, percent, score) => {
    const rs = variant({ denominator });
    const rate = executionRateOf(row, rs);
    expect(rate.denominatorField).toBe(denominator);
    expect(rate.ratio?.percent.toFixed(2)).toBe(percent);
    const ratio = rate.ratio;
    if (!ratio) throw new Error('no ratio');
    expect(executionScoreOf(dec('10'), ratio, rs).score.toFixed(2)).toBe(score);
  });

  it('gives no rate when the denominator is 0 or a figure is missing', () => {
    expect(executionRateOf({ adjustedBudget: '0', executed: '5' }, MOF).ratio).toBeUndefined();
    expect(executionRateOf({ adjustedBudget: '100' }, MOF).ratio).toBeUndefined();
    expect(executionRateOf(undefined, MOF)).toEqual({ denominatorField: 'adjustedBudget' });
  });
});

describe('the execution score follows the rule set’s rate (rounded or exact) and rounding mode', () => {
  // 0.424499 ÷ 1: exactly 42.4499%.
  const row = { adjustedBudget: '1', executed: '0.424499' };
  it.each([
    // rounded rate 42.45% (half up) → 10 × 0.4245 = 4.245 → half up 4.25
    ['roundedRate', 'halfUp', '42.45', '4.245', '4.25'],
    // rounded rate 42.45% → 4.245 → half even 4.24 (4 is even)
    ['roundedRate', 'halfEven', '42.45', '4.245', '4.24'],
    // truncated rate 42.44% → 10 × 0.4244 = 4.244 → 4.24
    ['roundedRate', 'truncate', '42.44', '4.244', '4.24'],
    // exact rate: 10 × 0.424499 = 4.24499 → half up 4.24 (the rounded rate would have given 4.25)
    ['exactRate', 'halfUp', '42.45', '4.24499', '4.24'],
  ] as const)('%s, %s: rate %s%%, 10 × rate = %s → %s', (scoreFrom, mode, percent, raw, score) => {
    const rs = variant({ scoreFrom, mode });
    const ratio = executionRateOf(row, rs).ratio;
    if (!ratio) throw new Error('no ratio');
    expect(ratio.percent.toFixed(2)).toBe(percent);
    const s = executionScoreOf(dec('10'), ratio, rs);
    expect(text(s.raw)).toBe(raw);
    expect(s.score.toFixed(2)).toBe(score);
  });

  it('compares against the capped value: 10 × 105.22% = 10.522, capped 10', () => {
    const ratio = { rate: dec('1.0522'), percent: dec('105.22') };
    const s = executionScoreOf(dec('10'), ratio, MOF);
    expect(text(s.raw)).toBe('10.522');
    expect(text(s.capped)).toBe('10');
  });
});

describe('shares, unspent amounts and means', () => {
  it('a share is part ÷ whole at the rule set’s rate places: 1 ÷ 3 = 33.33%, 2 ÷ 3 = 66.67%', () => {
    expect(ratioOf(dec('1'), dec('3'), MOF)?.percent.toFixed(2)).toBe('33.33');
    expect(ratioOf(dec('2'), dec('3'), MOF)?.percent.toFixed(2)).toBe('66.67');
    expect(ratioOf(dec('1'), dec('0'), MOF)).toBeUndefined();
  });

  it('未支出 = 2851.19 − 1209.56 = 1641.63, which is 57.58% of the budget (1641.63 ÷ 2851.19 = 0.575770…)', () => {
    const u = unspentOf(dec('2851.19'), dec('1209.56'), MOF);
    expect(text(u.amount)).toBe('1641.63');
    expect(u.share?.percent.toFixed(2)).toBe('57.58');
  });

  it('overspending is a negative unspent amount: 100 − 120 = −20, −20.00%', () => {
    const u = unspentOf(dec('100'), dec('120'), MOF);
    expect(text(u.amount)).toBe('-20');
    expect(u.share?.percent.toFixed(2)).toBe('-20.00');
  });

  it('the mean of 90.5, 85.25 and 70 is 245.75 ÷ 3 = 81.9166…; none has no mean', () => {
    expect(
      meanOf([dec('90.5'), dec('85.25'), dec('70')])
        ?.toDecimalPlaces(4)
        .toFixed(),
    ).toBe('81.9167');
    expect(meanOf([])).toBeUndefined();
  });
});

describe('the red flag: indicator completion ahead of the execution rate, threshold 5', () => {
  it.each([
    // seed 004: 90 of 90 points at 42.42%: (1 − 0.4242) ÷ 1 = 57.58% relative, 57.58 points
    ['relative', '90', '90', '0.4242', '57.58', true],
    ['points', '90', '90', '0.4242', '57.58', true],
    // 81 of 90 = 0.9 at 86%: (0.9 − 0.86) ÷ 0.9 = 4.444…% relative; 4 points
    ['relative', '81', '90', '0.86', '4.4444', false],
    ['points', '81', '90', '0.86', '4', false],
    // 0.9 at 85%: 0.05 ÷ 0.9 = 5.555…% relative (raised); 5 points is not above 5 (not raised)
    ['relative', '81', '90', '0.85', '5.5556', true],
    ['points', '81', '90', '0.85', '5', false],
  ] as const)('%s: %s of %s at rate %s → %s, raised %s', (basis, score, weight, rate, measure, raised) => {
    const flag = redFlagOf(dec(score), dec(weight), dec(rate), variant({ redFlagBasis: basis }));
    expect(flag?.measure.toDecimalPlaces(4).toFixed()).toBe(measure);
    expect(flag?.raised).toBe(raised);
  });

  it('raises nothing when no indicator point was earned or there is no weight', () => {
    expect(redFlagOf(dec('0'), dec('90'), dec('0.5'), MOF)).toBeUndefined();
    expect(redFlagOf(dec('0'), dec('0'), dec('0.5'), MOF)).toBeUndefined();
  });
});
