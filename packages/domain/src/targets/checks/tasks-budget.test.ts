import { describe, expect, it } from 'vitest';
import { ctxWith } from '../test-support';
import { tasksBudgetMismatch } from './tasks-budget';

const annual = { total: '100', fiscalAppropriation: '80', otherFunds: '20' };
const task = (name: string, total: string, fiscalAppropriation?: string, otherFunds?: string) => ({
  name,
  budget: {
    total,
    ...(fiscalAppropriation ? { fiscalAppropriation } : {}),
    ...(otherFunds ? { otherFunds } : {}),
  },
});

describe('target.tasks-budget-mismatch', () => {
  it.each([
    [
      '60 + 40 = 100, 50 + 30 = 80, 10 + 10 = 20',
      [task('甲', '60', '50', '10'), task('乙', '40', '30', '10')],
      [],
    ],
    ['60 + 30 = 90 ≠ 100', [task('甲', '60'), task('乙', '30')], ['total']],
    [
      'totals agree, 财政拨款 50 + 20 = 70 ≠ 80, 其他 10 + 20 = 30 ≠ 20',
      [task('甲', '60', '50', '10'), task('乙', '40', '20', '20')],
      ['fiscalAppropriation', 'otherFunds'],
    ],
  ])('%s', (_, mainTasks, sources) => {
    const ctx = ctxWith({ kind: 'unitWide', funds: { annual }, mainTasks });
    expect(tasksBudgetMismatch.run(ctx).map((f) => f.location.path.replace('funds.annual.', ''))).toEqual(
      sources,
    );
  });

  it('words the sum in Chinese', () => {
    const ctx = ctxWith({
      kind: 'unitWide',
      funds: { annual },
      mainTasks: [task('甲', '60'), task('乙', '30')],
    });
    expect(tasksBudgetMismatch.run(ctx)[0]?.message.zh).toBe(
      '年度主要任务预算（总额）合计 60 + 30 = 90.00 万元，与年度资金总额 100.00 万元不符',
    );
  });

  it('is silent for a project declaration', () => {
    expect(tasksBudgetMismatch.run(ctxWith({ funds: { annual }, mainTasks: [task('甲', '1')] }))).toEqual([]);
  });
});
