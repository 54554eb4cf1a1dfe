import { describe, expect, it } from 'vitest';
import { monitorReport } from './monitor';
import { indicator, MOF, report } from './test-support';

const codes = (r: ReturnType<typeof report>) => monitorReport(r, MOF).findings.map((f) => f.code);

describe('monitoring findings on the report itself', () => {
  it('finds 其中 rows that do not add up: 80 + 15 = 95 ≠ 100', () => {
    const r = report({
      funds: {
        total: { budget: '100', executed: '30' },
        fiscalAppropriation: { budget: '80' },
        otherFunds: { budget: '15' },
      },
    });
    const found = monitorReport(r, MOF).findings;
    expect(found).toMatchObject([
      {
        code: 'monitoring.funds-parts-mismatch',
        severity: 'error',
        expected: '100',
        actual: '95',
        location: { path: 'funds.total.budget' },
      },
    ]);
    expect(found[0]?.message.zh).toBe('「年初预算数」其中各项合计 95，与年度资金总额 100 不符');
  });

  it('accepts 其中 rows that add up (80 + 20 = 100) and one row within the total', () => {
    expect(
      codes(
        report({
          funds: {
            total: { budget: '100' },
            fiscalAppropriation: { budget: '80' },
            otherFunds: { budget: '20' },
          },
        }),
      ),
    ).toEqual([]);
    expect(
      codes(report({ funds: { total: { budget: '100' }, fiscalAppropriation: { budget: '80' } } })),
    ).toEqual([]);
  });

  it('finds executed above the budget and expected for the year below what is executed', () => {
    expect(
      codes(report({ funds: { total: { budget: '100', executed: '100.01', expectedAnnual: '120' } } })),
    ).toEqual(['monitoring.executed-over-budget']);
    expect(
      codes(report({ funds: { total: { budget: '100', executed: '30', expectedAnnual: '29.99' } } })),
    ).toEqual(['monitoring.expected-below-executed']);
  });

  it('warns of 确定能 on a red light without measures, and of a red or yellow light without a cause', () => {
    // 20 ÷ (120 ÷ 12 × 7) = 20 ÷ 70 = 28.57% → red.
    const red = indicator({
      target: { comparator: '>=', value: '120' },
      progress: { value: '20' },
      likelihood: 'certain',
    });
    expect(codes(report({ indicators: [red] }))).toEqual([
      'monitoring.certain-on-red',
      'monitoring.deviation-cause-missing',
    ]);
    const explained = { ...red, measures: '下半年集中开展', deviation: { funding: '资金晚到' } };
    expect(codes(report({ indicators: [explained] }))).toEqual([]);
  });

  it('asks no cause of a green light', () => {
    // 56 ÷ 70 = 80.00% → green.
    expect(
      codes(
        report({
          indicators: [indicator({ target: { comparator: '>=', value: '120' }, progress: { value: '56' } })],
        }),
      ),
    ).toEqual([]);
  });
});
