import { describe, expect, it } from 'vitest';
import { ctxWith, row } from '../test-support';
import { weightsTotalMismatch } from './weights-total';

describe('target.weights-total-mismatch', () => {
  it.each([
    // the test rule set gives the indicators 90
    ['50 + 30 + 10 = 90', ['50', '30', '10'], undefined],
    ['50 + 30 + 5 = 85 ≠ 90', ['50', '30', '5'], '85'],
    ['45.5 + 44.5 = 90', ['45.5', '44.5'], undefined],
    ['60 + 40 = 100 ≠ 90', ['60', '40'], '100'],
  ])('%s', (_, weights, actual) => {
    const ctx = ctxWith({ indicators: weights.map((weight) => row({ weight })) });
    expect(weightsTotalMismatch.run(ctx)[0]?.actual).toBe(actual);
  });

  it('shows the sum and the rule set total', () => {
    const [f] = weightsTotalMismatch.run(
      ctxWith({ indicators: [row({ weight: '50' }), row({ weight: '35' })] }),
    );
    expect(f?.message.zh).toBe('绩效指标分值合计 50 + 35 = 85 分，规则集「测试规则集」规定绩效指标共 90 分');
    expect(f?.numbers).toEqual({
      indicatorWeightSum: '85',
      ruleSetIndicatorWeight: '90',
      indicatorCount: '2',
    });
  });

  it('is silent with no indicators (target.block-missing says it)', () => {
    expect(weightsTotalMismatch.run(ctxWith({ indicators: [] }))).toEqual([]);
  });
});
