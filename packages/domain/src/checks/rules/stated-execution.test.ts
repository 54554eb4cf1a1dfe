import { describe, expect, it } from 'vitest';
import { dec } from '../../money/decimal';
import { makeContext, makeEvaluation, makeResult } from '../test-support';
import { statedExecutionRate, statedExecutionScore } from './stated-execution';

// seed 004: 1209.56 ÷ 2851.19 = 0.424230… → 42.42%; 10 × 42.42% = 4.242 → 4.24
const rate = dec('1209.56').dividedBy('2851.19');
const result = makeResult({
  execution: {
    weight: dec(10),
    denominatorField: 'adjustedBudget',
    budget: dec('2851.19'),
    executed: dec('1209.56'),
    rate,
    ratePercent: dec('42.42'),
    score: dec('4.24'),
    basis: 'rule',
    explanation: { zh: '执行率 42.42% × 10 分 = 4.24 分', en: '42.42% × 10 = 4.24' },
  },
});
const ctx = (executionRate?: string, executionScore?: string) =>
  makeContext(
    makeEvaluation({
      stated: {
        blockScores: [],
        ...(executionRate ? { executionRate } : {}),
        ...(executionScore ? { executionScore } : {}),
      },
    }),
    result,
  );

describe('stated.execution-rate-mismatch', () => {
  it('is silent on seed 004: 42.42% stated, 42.4230…% computed', () => {
    expect(statedExecutionRate.run(ctx('42.42'))).toEqual([]);
  });

  it('reports 45% as an error', () => {
    expect(statedExecutionRate.run(ctx('45'))).toMatchObject([
      { code: 'stated.execution-rate-mismatch', severity: 'error', expected: '42', actual: '45' },
    ]);
  });

  it('reports 42.43% as rounding only (info)', () => {
    expect(statedExecutionRate.run(ctx('42.43')).map((f) => f.severity)).toEqual(['info']);
  });
});

describe('stated.execution-score-mismatch', () => {
  it('is silent on seed 004: 4.24 stated and computed', () => {
    expect(statedExecutionScore.run(ctx(undefined, '4.24'))).toEqual([]);
  });

  it('reports 10 points claimed at 42.42% execution as an error', () => {
    expect(statedExecutionScore.run(ctx(undefined, '10'))).toMatchObject([
      { severity: 'error', expected: '4', actual: '10' },
    ]);
  });
});
