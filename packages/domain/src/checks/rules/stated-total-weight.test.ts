import { describe, expect, it } from 'vitest';
import { makeContext, makeEvaluation } from '../test-support';
import { statedTotalWeightMismatch } from './stated-total-weight';

describe('weights.stated-total-mismatch', () => {
  it('is silent on a stated 总分 of 100.00 (= 100)', () => {
    const ctx = makeContext(makeEvaluation({ stated: { totalWeight: '100.00', blockScores: [] } }));
    expect(statedTotalWeightMismatch.run(ctx)).toEqual([]);
  });

  it('reports a stated 总分 of 110 against the rule set 100', () => {
    const ctx = makeContext(makeEvaluation({ stated: { totalWeight: '110', blockScores: [] } }));
    expect(statedTotalWeightMismatch.run(ctx)).toMatchObject([
      { severity: 'error', expected: '100', actual: '110' },
    ]);
  });
});
