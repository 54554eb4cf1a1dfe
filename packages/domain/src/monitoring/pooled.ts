import { decimalText, percentText } from '../i18n/format';
import { convertAmount } from '../money/amount-unit';
import { dec, sum } from '../money/decimal';
import { type RoundingMode, roundedQuotient } from '../money/rounding';
import { monitoringMessage } from './messages';
import type { MonitoredFigure } from './result';

/** One report's 资金总额 as pooled: its 全年预算数 and 执行数 in the unit the report was entered in. */
export interface PooledFunds {
  budget?: string | undefined;
  executed?: string | undefined;
  amountUnit: 'yuan' | 'wanYuan';
}

/**
 * 执行进度 of several reports together (a 主管部门's line in the overview): Σ 执行数 ÷ Σ 预算数, each amount
 * first brought to 万元 exactly, so a unit entering 元 weighs what it spends — not the mean of the reports'
 * percents, which would count a 10万元 project as much as a 1000万元 one. A report without both a budget
 * and an executed amount is left out of both sums (its own 执行进度 is not computed either). Undefined when
 * no report counts or the budgets add up to zero. Rounded at the rule set's ratePlaces, as each report's is.
 */
export function pooledExecutionProgress(
  rows: readonly PooledFunds[],
  rounding: { places: number; mode: RoundingMode },
): MonitoredFigure | undefined {
  const counted = rows.filter((r) => r.budget !== undefined && r.executed !== undefined);
  const inWan = (amount: string | undefined, unit: PooledFunds['amountUnit']) =>
    convertAmount(dec(amount ?? '0'), unit, 'wanYuan');
  const budget = sum(counted.map((r) => inWan(r.budget, r.amountUnit)));
  if (counted.length === 0 || budget.isZero()) return undefined;
  const executed = sum(counted.map((r) => inWan(r.executed, r.amountUnit)));
  const value = roundedQuotient(executed.times(100), budget, rounding.places, rounding.mode);
  const text = percentText(value, rounding.places);
  return {
    value: value.toFixed(rounding.places),
    text,
    explanation: monitoringMessage('figure.executionProgress', {
      executed: decimalText(executed),
      budget: decimalText(budget),
      percent: text,
    }).text,
  };
}
