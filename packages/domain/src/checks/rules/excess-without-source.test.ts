import { describe, expect, it } from 'vitest';
import { type EvaluationOverrides, makeContext, makeEvaluation } from '../test-support';
import { excessWithoutSource } from './excess-without-source';

const income = {
  statedTotal: '102.18',
  items: [
    { name: '财政拨款收入', source: 'fiscalAppropriation' as const, amount: '93.18' },
    { name: '其他收入', source: 'otherIncome' as const, amount: '9' },
  ],
};
const run = (expenditure: EvaluationOverrides['expenditure']) =>
  excessWithoutSource.run(makeContext(makeEvaluation({ income, expenditure })));

describe('expenditure.excess-without-source', () => {
  it('warns on seed 002: spending 109.18 > income 102.18 (7 more) with no source stated', () => {
    expect(run({ statedTotal: '109.18' })).toMatchObject([
      {
        code: 'expenditure.excess-without-source',
        severity: 'warning',
        actual: '7',
        numbers: { excess: '7' },
      },
    ]);
  });

  it('is silent when the source of the excess is stated', () => {
    expect(run({ statedTotal: '109.18', sourceOfExcess: '使用上年结转结余资金 7 万元' })).toEqual([]);
  });

  it('is silent when spending equals income', () => {
    expect(run({ statedTotal: '102.18' })).toEqual([]);
  });

  it('adds up the lines when no spending total is stated (85.27 + 23.91 = 109.18)', () => {
    expect(
      run({
        byType: [
          { name: '基本支出', type: 'basic', amount: '85.27' },
          { name: '项目支出', type: 'project', amount: '23.91' },
        ],
      }),
    ).toHaveLength(1);
  });
});
