import { describe, expect, it } from 'vitest';
import { makeContext, makeEvaluation, makeRuleSet } from '../test-support';
import { indicatorWeightTotalMismatch } from './indicator-weight-total';

const indicators = (...weights: string[]) =>
  weights.map((weight, i) => ({ level1: '产出指标', name: `指标${i + 1}`, weight }));

describe('weights.indicator-total-mismatch', () => {
  it('is silent when 50 + 30 + 10 = 90 equals the rule set indicator weight', () => {
    const ctx = makeContext(makeEvaluation({ indicators: indicators('50', '30', '10') }));
    expect(indicatorWeightTotalMismatch.run(ctx)).toEqual([]);
  });

  it('reports 50 + 30 + 15 = 95 against 90 as an error', () => {
    const ctx = makeContext(makeEvaluation({ indicators: indicators('50', '30', '15') }));
    expect(indicatorWeightTotalMismatch.run(ctx)).toMatchObject([
      { code: 'weights.indicator-total-mismatch', severity: 'error', expected: '90', actual: '95' },
    ]);
  });

  it('follows the rule set: 湖北 gives the indicators 80, so 50 + 30 = 80 is fine', () => {
    const ctx = makeContext(
      makeEvaluation({ indicators: indicators('50', '30') }),
      undefined,
      makeRuleSet({ indicatorWeight: '80' }),
    );
    expect(indicatorWeightTotalMismatch.run(ctx)).toEqual([]);
  });

  it('is silent when no indicator is entered yet', () => {
    expect(indicatorWeightTotalMismatch.run(makeContext(makeEvaluation()))).toEqual([]);
  });
});
