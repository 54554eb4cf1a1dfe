import { describe, expect, it } from 'vitest';
import { type EvaluationOverrides, makeContext, makeEvaluation } from '../test-support';
import { expenditureByTypeMismatch } from './expenditure-by-type';

const run = (expenditure: EvaluationOverrides['expenditure']) =>
  expenditureByTypeMismatch.run(makeContext(makeEvaluation({ expenditure })));

describe('expenditure.by-type-mismatch', () => {
  it('is silent on seed 002: 基本支出 85.27 + 项目支出 23.91 = 109.18', () => {
    const findings = run({
      statedTotal: '109.18',
      byType: [
        { name: '基本支出', type: 'basic', amount: '85.27' },
        { name: '项目支出', type: 'project', amount: '23.91' },
      ],
    });
    expect(findings).toEqual([]);
  });

  it('reports 85.27 + 13.91 = 99.18 against 109.18 as an error', () => {
    const findings = run({
      statedTotal: '109.18',
      byType: [
        { name: '基本支出', type: 'basic', amount: '85.27' },
        { name: '项目支出', type: 'project', amount: '13.91' },
      ],
    });
    expect(findings).toMatchObject([
      { code: 'expenditure.by-type-mismatch', severity: 'error', expected: '99.18' },
    ]);
  });
});
