import { describe, expect, it } from 'vitest';
import { makeContext, makeEvaluation } from '../test-support';
import { expenditureByFunctionMismatch } from './expenditure-by-function';

const seed003 = [
  { name: '科学技术支出', amount: '125.43' },
  { name: '社会保障和就业支出', amount: '20.15' },
  { name: '卫生健康支出', amount: '5.95' },
  { name: '住房保障支出', amount: '12.15' },
];

describe('expenditure.by-function-mismatch', () => {
  it('is silent on seed 003: 125.43 + 20.15 + 5.95 + 12.15 = 163.68', () => {
    const ctx = makeContext(makeEvaluation({ expenditure: { statedTotal: '163.68', byFunction: seed003 } }));
    expect(expenditureByFunctionMismatch.run(ctx)).toEqual([]);
  });

  it('reports the same lines against a total of 164.52 (0.84 more) as an error', () => {
    const ctx = makeContext(makeEvaluation({ expenditure: { statedTotal: '164.52', byFunction: seed003 } }));
    expect(expenditureByFunctionMismatch.run(ctx)).toMatchObject([
      {
        severity: 'error',
        expected: '163.68',
        actual: '164.52',
        location: { path: 'expenditure.statedTotal' },
      },
    ]);
  });
});
