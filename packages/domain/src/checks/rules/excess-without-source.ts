import type { Evaluation } from '../../model/evaluation';
import { type Decimal, dec, sum } from '../../money/decimal';
import type { Check } from '../check';
import { finding } from '../support/finding';
import { show, showAmount, unitLabel } from '../support/format';

function incomeTotal(evaluation: Evaluation): Decimal | undefined {
  const income = evaluation.income;
  if (!income) return undefined;
  if (income.statedTotal !== undefined) return dec(income.statedTotal);
  return income.items.length > 0 ? sum(income.items.map((i) => dec(i.amount))) : undefined;
}

function spendingTotal(evaluation: Evaluation): Decimal | undefined {
  const spending = evaluation.expenditure;
  if (!spending) return undefined;
  if (spending.statedTotal !== undefined) return dec(spending.statedTotal);
  const lines = spending.byType.length > 0 ? spending.byType : spending.byFunction;
  return lines.length > 0 ? sum(lines.map((l) => dec(l.amount))) : undefined;
}

/**
 * Spending above income must have come from somewhere (上年结余, 专户资金…). Seed 002: 总支出 109.18 >
 * 总收入 102.18 with no source stated. A warning: it is usually legitimate, but must be explained.
 */
export const excessWithoutSource: Check = {
  code: 'expenditure.excess-without-source',
  severity: 'warning',
  title: { zh: '支出大于收入且未说明资金来源', en: 'Spending above income with no source stated' },
  run({ evaluation }) {
    const income = incomeTotal(evaluation);
    const spending = spendingTotal(evaluation);
    if (income === undefined || spending === undefined || !spending.greaterThan(income)) return [];
    if ((evaluation.expenditure?.sourceOfExcess ?? '').trim() !== '') return [];
    const excess = spending.minus(income);
    const unit = unitLabel(evaluation);
    return [
      finding(excessWithoutSource, {
        location: { path: 'expenditure.sourceOfExcess', label: '支出大于收入部分的资金来源' },
        actual: show(excess),
        numbers: { spending: show(spending), income: show(income), excess: show(excess) },
        message: {
          zh: `总支出 ${showAmount(spending)} ${unit.zh}大于总收入 ${showAmount(income)} ${unit.zh}，超出 ${showAmount(excess)} ${unit.zh}，未说明超出部分的资金来源（如上年结转结余）`,
          en: `Spending ${showAmount(spending)} exceeds income ${showAmount(income)} ${unit.en} by ${showAmount(excess)}, and no source of the excess (e.g. prior-year balances) is stated`,
        },
      }),
    ];
  },
};
