import { describe, expect, it } from 'vitest';
import { type EvaluationOverrides, makeContext, makeEvaluation } from '../test-support';
import { expenditureBudgetPartsMismatch } from './expenditure-budget-parts';

const run = (expenditureBudget: EvaluationOverrides['expenditureBudget']) =>
  expenditureBudgetPartsMismatch.run(makeContext(makeEvaluation({ expenditureBudget })));

describe('expenditure-budget.parts-mismatch', () => {
  it('is silent on seed 002: 基本支出 44.07 + 项目支出 43 = 87.07', () => {
    expect(run({ total: '87.07', basic: '44.07', project: '43' })).toEqual([]);
  });

  it('reports 44.07 + 40 = 84.07 against 87.07 as an error', () => {
    expect(run({ total: '87.07', basic: '44.07', project: '40' })).toMatchObject([
      { code: 'expenditure-budget.parts-mismatch', severity: 'error', expected: '84.07' },
    ]);
  });

  it('is silent when a part is missing', () => {
    expect(run({ total: '87.07', basic: '44.07' })).toEqual([]);
  });
});
