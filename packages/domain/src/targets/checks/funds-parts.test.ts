import { describe, expect, it } from 'vitest';
import { ctxWith } from '../test-support';
import { fundsPartsMismatch } from './funds-parts';

describe('target.funds-parts-mismatch', () => {
  it.each([
    ['100 = 80 + 20', { total: '100', fiscalAppropriation: '80', otherFunds: '20' }, []],
    ['100 ≠ 80 + 10 = 90', { total: '100', fiscalAppropriation: '80', otherFunds: '10' }, ['90']],
    ['100 = 100 + (blank = 0)', { total: '100', fiscalAppropriation: '100' }, []],
    ['100.5 ≠ 100 + (blank = 0)', { total: '100.5', fiscalAppropriation: '100' }, ['100']],
    ['total alone: nothing to compare', { total: '100' }, []],
  ])('%s', (_, annual, expected) => {
    expect(fundsPartsMismatch.run(ctxWith({ funds: { annual } })).map((f) => f.expected)).toEqual(expected);
  });

  it('checks the mid-term funds the same way, in Chinese with both figures', () => {
    const ctx = ctxWith({
      funds: {
        annual: { total: '100' },
        midTerm: { total: '300', fiscalAppropriation: '200', otherFunds: '50' },
      },
    });
    const [f] = fundsPartsMismatch.run(ctx);
    // 200 + 50 = 250 ≠ 300
    expect(f?.location.path).toBe('funds.midTerm.total');
    expect(f?.message.zh).toBe(
      '中期资金总额 300.00 万元，与财政拨款 200.00 + 其他资金 50.00 = 250.00 万元不符',
    );
  });
});
