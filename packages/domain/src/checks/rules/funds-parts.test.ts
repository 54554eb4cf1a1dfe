import { describe, expect, it } from 'vitest';
import { type EvaluationOverrides, makeContext, makeEvaluation } from '../test-support';
import { fundsPartsMismatch } from './funds-parts';

const run = (funds: EvaluationOverrides['funds']) =>
  fundsPartsMismatch.run(makeContext(makeEvaluation({ funds })));

describe('funds.parts-mismatch', () => {
  it('is silent when 财政拨款 + 上年结转 + 其他资金 equal 年度资金总额 in every column', () => {
    // adjusted: 100 + 20.5 + 0 = 120.5; executed: 90.25 + 10 + 0 = 100.25
    const findings = run({
      total: { adjustedBudget: '120.5', executed: '100.25' },
      fiscalAppropriation: { adjustedBudget: '100', executed: '90.25' },
      priorYearCarryover: { adjustedBudget: '20.5', executed: '10' },
      otherFunds: { adjustedBudget: '0', executed: '0' },
    });
    expect(findings).toEqual([]);
  });

  it('reports an error on the column whose rows do not add up', () => {
    // executed: 90.25 + 10 = 100.25, total says 110.25 → off by 10
    const findings = run({
      total: { adjustedBudget: '120.5', executed: '110.25' },
      fiscalAppropriation: { adjustedBudget: '100', executed: '90.25' },
      priorYearCarryover: { adjustedBudget: '20.5', executed: '10' },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'funds.parts-mismatch',
      severity: 'error',
      location: { path: 'funds.total.executed' },
      expected: '100.25',
      actual: '110.25',
    });
    expect(findings[0]?.message.zh).toContain('90.25 + 10 = 100.25');
  });

  it('treats a one-cent 尾差 as rounding only (info)', () => {
    // 33.33 + 66.66 = 99.99 against a stated 100.00
    const findings = run({
      total: { adjustedBudget: '100.00' },
      fiscalAppropriation: { adjustedBudget: '33.33' },
      otherFunds: { adjustedBudget: '66.66' },
    });
    expect(findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('skips a column that a present row leaves blank ("/" is unknown, not zero)', () => {
    const findings = run({
      total: { executed: '50' },
      fiscalAppropriation: { executed: '40' },
      otherFunds: {},
    });
    expect(findings).toEqual([]);
  });

  it('is silent without any 其中 row', () => {
    expect(run({ total: { adjustedBudget: '1' } })).toEqual([]);
  });
});
