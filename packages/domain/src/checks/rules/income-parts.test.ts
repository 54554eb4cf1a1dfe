import { describe, expect, it } from 'vitest';
import { type EvaluationOverrides, makeContext, makeEvaluation } from '../test-support';
import { incomePartsMismatch } from './income-parts';

const run = (income: EvaluationOverrides['income']) =>
  incomePartsMismatch.run(makeContext(makeEvaluation({ income })));

describe('income.parts-mismatch', () => {
  it('reports seed 003: 0.84 + 163.68 + 0 + 0 = 164.52 against a stated 163.68 as an error', () => {
    const findings = run({
      statedTotal: '163.68',
      items: [
        { name: '上年结转', source: 'priorYearCarryover', amount: '0.84' },
        { name: '一般公共预算拨款收入', source: 'fiscalAppropriation', amount: '163.68' },
        { name: '政府性基金预算拨款收入', source: 'governmentFund', amount: '0' },
        { name: '事业收入', source: 'businessIncome', amount: '0' },
      ],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'income.parts-mismatch',
      severity: 'error',
      location: { path: 'income.statedTotal', label: '收入合计' },
      expected: '164.52',
      actual: '163.68',
    });
    expect(findings[0]?.numbers?.difference).toBe('-0.84');
  });

  it('is silent on seed 002: 93.18 + 9 = 102.18', () => {
    const findings = run({
      statedTotal: '102.18',
      items: [
        { name: '财政拨款收入', source: 'fiscalAppropriation', amount: '93.18' },
        { name: '其他收入', source: 'otherIncome', amount: '9' },
      ],
    });
    expect(findings).toEqual([]);
  });

  it('is silent when no total is stated', () => {
    expect(run({ items: [{ name: '其他收入', source: 'otherIncome', amount: '9' }] })).toEqual([]);
  });
});
