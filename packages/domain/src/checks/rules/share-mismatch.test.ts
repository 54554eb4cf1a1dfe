import { describe, expect, it } from 'vitest';
import { makeContext, makeEvaluation } from '../test-support';
import { shareMismatch } from './share-mismatch';

describe('share.mismatch', () => {
  it('is silent on seed 002: 93.18 ÷ 102.18 = 91.192% "91.19", 9 ÷ 102.18 = 8.808% "8.81"', () => {
    const ctx = makeContext(
      makeEvaluation({
        income: {
          statedTotal: '102.18',
          items: [
            { name: '财政拨款收入', source: 'fiscalAppropriation', amount: '93.18', statedShare: '91.19' },
            { name: '其他收入', source: 'otherIncome', amount: '9', statedShare: '8.81' },
          ],
        },
        expenditure: {
          statedTotal: '109.18',
          // 85.27 ÷ 109.18 = 78.1004% "78.1"; 23.91 ÷ 109.18 = 21.8996% "21.9"
          byType: [
            { name: '基本支出', type: 'basic', amount: '85.27', statedShare: '78.1' },
            { name: '项目支出', type: 'project', amount: '23.91', statedShare: '21.9' },
          ],
        },
      }),
    );
    expect(shareMismatch.run(ctx)).toEqual([]);
  });

  it('reports seed 003: 上年结转 0.84 ÷ 163.68 = 0.513% stated as "0" is an error; the other shares agree', () => {
    const ctx = makeContext(
      makeEvaluation({
        income: {
          statedTotal: '163.68',
          items: [
            { name: '上年结转', source: 'priorYearCarryover', amount: '0.84', statedShare: '0' },
            {
              name: '一般公共预算拨款收入',
              source: 'fiscalAppropriation',
              amount: '163.68',
              statedShare: '100',
            },
            { name: '政府性基金预算拨款收入', source: 'governmentFund', amount: '0', statedShare: '0' },
            { name: '事业收入', source: 'businessIncome', amount: '0', statedShare: '0' },
          ],
        },
      }),
    );
    const findings = shareMismatch.run(ctx);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'share.mismatch',
      severity: 'error',
      location: { path: 'income.items[0].statedShare', label: '收入「上年结转」占比' },
      expected: '1',
      actual: '0',
    });
    expect(findings[0]?.message.zh).toContain('0.513%');
  });

  it('reports a share off by one unit in the last place as info (91.18 for 91.192%)', () => {
    const ctx = makeContext(
      makeEvaluation({
        income: {
          statedTotal: '102.18',
          items: [
            { name: '财政拨款收入', source: 'fiscalAppropriation', amount: '93.18', statedShare: '91.18' },
          ],
        },
      }),
    );
    expect(shareMismatch.run(ctx).map((f) => f.severity)).toEqual(['info']);
  });

  it('divides by the sum of the lines when no total is stated (30 ÷ (30 + 70) = 30%)', () => {
    const ctx = makeContext(
      makeEvaluation({
        expenditure: {
          byFunction: [
            { name: '科学技术支出', amount: '30', statedShare: '30' },
            { name: '其他支出', amount: '70', statedShare: '75' },
          ],
        },
      }),
    );
    expect(shareMismatch.run(ctx)).toMatchObject([
      { severity: 'error', location: { path: 'expenditure.byFunction[1].statedShare' }, expected: '70' },
    ]);
  });
});
