import { describe, expect, it } from 'vitest';
import { dec } from '../../money/decimal';
import { makeContext, makeEvaluation, makeResult, makeScored } from '../test-support';
import { scoreRateMismatch } from './score-rate-mismatch';

const indicator = (score: string | undefined, weight: string, statedScoreRate: string) => ({
  level1: '满意度指标',
  name: '企业满意度',
  weight,
  ...(score === undefined ? {} : { score }),
  statedScoreRate,
});

describe('indicator.score-rate-mismatch', () => {
  it('reports seed 004: 企业满意度 得分 5 ÷ 分值 5 = 100% printed as 98% (error)', () => {
    const ctx = makeContext(makeEvaluation({ indicators: [indicator('5', '5', '98')] }));
    expect(scoreRateMismatch.run(ctx)).toMatchObject([
      {
        code: 'indicator.score-rate-mismatch',
        severity: 'error',
        location: { path: 'indicators[0].statedScoreRate' },
        expected: '100',
        actual: '98',
      },
    ]);
  });

  it('is silent on 职工满意度 5 ÷ 5 = 100% printed as 100%', () => {
    const ctx = makeContext(makeEvaluation({ indicators: [indicator('5', '5', '100')] }));
    expect(scoreRateMismatch.run(ctx)).toEqual([]);
  });

  it('uses the computed score when the row states none (7.5 ÷ 10 = 75%, printed 75.00)', () => {
    const evaluation = makeEvaluation({ indicators: [indicator(undefined, '10', '75.00')] });
    const result = makeResult({ indicators: [makeScored(0, { score: dec('7.5') })] });
    expect(scoreRateMismatch.run(makeContext(evaluation, result))).toEqual([]);
  });

  it('reports 2 ÷ 3 = 66.67% printed 66.66 as rounding only (info: truncated)', () => {
    const ctx = makeContext(makeEvaluation({ indicators: [indicator('2', '3', '66.66')] }));
    expect(scoreRateMismatch.run(ctx).map((f) => f.severity)).toEqual(['info']);
  });
});
