import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pooledExecutionProgress } from './pooled';

const r2 = { places: 2, mode: 'halfUp' as const };

describe('pooledExecutionProgress (Σ 执行数 ÷ Σ 预算数)', () => {
  it.each([
    // 30 + 10 = 40 executed of 100 + 900 = 1000 budget → 40 ÷ 1000 = 4.00% (the mean of 30% and 1.11% would be 15.56%)
    [
      'weighs each report by its budget',
      [
        { budget: '100', executed: '30', amountUnit: 'wanYuan' as const },
        { budget: '900', executed: '10', amountUnit: 'wanYuan' as const },
      ],
      '4.00',
    ],
    // 1000000 元 = 100 万元 budget, 500000 元 = 50 万元 executed; with 100 / 25 万元: 75 ÷ 200 = 37.50%
    [
      'brings 元 to 万元 before adding',
      [
        { budget: '1000000', executed: '500000', amountUnit: 'yuan' as const },
        { budget: '100', executed: '25', amountUnit: 'wanYuan' as const },
      ],
      '37.50',
    ],
    // the second has no executed amount: only 20 ÷ 60 = 33.333… → 33.33%
    [
      'leaves out a report without an executed amount',
      [
        { budget: '60', executed: '20', amountUnit: 'wanYuan' as const },
        { budget: '40', amountUnit: 'wanYuan' as const },
      ],
      '33.33',
    ],
  ])('%s', (_name, rows, expected) => {
    expect(pooledExecutionProgress(rows, r2)?.value).toBe(expected);
  });

  it('writes out its arithmetic: 执行数 40 ÷ 预算数 1000 = 4.00%', () => {
    const figure = pooledExecutionProgress(
      [
        { budget: '100', executed: '30', amountUnit: 'wanYuan' },
        { budget: '900', executed: '10', amountUnit: 'wanYuan' },
      ],
      r2,
    );
    expect(figure?.text).toBe('4.00%');
    expect(figure?.explanation.zh).toBe('执行进度 = 执行数 40 ÷ 预算数 1000 = 4.00%');
  });

  it('has no figure when nothing counts or the budgets add up to zero', () => {
    expect(pooledExecutionProgress([], r2)).toBeUndefined();
    expect(pooledExecutionProgress([{ budget: '0', executed: '0', amountUnit: 'yuan' }], r2)).toBeUndefined();
    expect(pooledExecutionProgress([{ budget: '10', amountUnit: 'yuan' }], r2)).toBeUndefined();
  });

  it('is unchanged when every report is counted twice (both sums double)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (b, e) => {
          const one = pooledExecutionProgress(
            [{ budget: String(b), executed: String(e), amountUnit: 'yuan' }],
            r2,
          );
          const same = pooledExecutionProgress(
            [
              { budget: String(b), executed: String(e), amountUnit: 'yuan' },
              { budget: String(b), executed: String(e), amountUnit: 'yuan' },
            ],
            r2,
          );
          // doubling both sums leaves the quotient unchanged
          expect(same?.value).toBe(one?.value);
        },
      ),
    );
  });
});
