import type { Evaluation, ThreePublicAmounts } from '../model/evaluation';
import { type Decimal, dec, sum } from '../money/decimal';
import type { RuleSet } from '../rules/rule-set';
import { unspentOf } from './formulas';
import { rateOf } from './ratio';
import type { ThreePublicMetrics } from './types';

/**
 * The 三公经费 total of one column: as stated, or the sum of 因公出国（境）费 + 公务接待费 + 公务用车
 * (公务用车 itself stated, or 购置 + 运行维护). Undefined unless every part is known — a partial sum would
 * understate the total and make the rates wrong.
 */
export function threePublicTotal(amounts: ThreePublicAmounts | undefined): Decimal | undefined {
  if (!amounts) return undefined;
  if (amounts.total !== undefined) return dec(amounts.total);
  const vehicles =
    amounts.officialVehicles !== undefined
      ? dec(amounts.officialVehicles)
      : amounts.vehiclePurchase !== undefined && amounts.vehicleOperation !== undefined
        ? dec(amounts.vehiclePurchase).plus(dec(amounts.vehicleOperation))
        : undefined;
  if (
    amounts.overseasTravel === undefined ||
    amounts.officialReception === undefined ||
    vehicles === undefined
  ) {
    return undefined;
  }
  return sum([dec(amounts.overseasTravel), dec(amounts.officialReception), vehicles]);
}

export function threePublicMetrics(evaluation: Evaluation, ruleSet: RuleSet): ThreePublicMetrics {
  const tp = evaluation.threePublicExpenses;
  const unit = evaluation.amountUnit;
  const actual = threePublicTotal(tp?.actual);
  const prior = threePublicTotal(tp?.priorYearActual);
  const budget = threePublicTotal(tp?.budget);
  const out: ThreePublicMetrics = { actualTotal: actual, budgetTotal: budget };
  if (actual !== undefined && prior !== undefined) {
    const change = actual.minus(prior);
    out.changeRate = rateOf(
      { zh: '“三公经费”变动率', en: 'change of the three public expenses' },
      { value: change, label: { zh: '（本年实际 − 上年实际）', en: '(this year − last year)' } },
      { value: prior, label: { zh: '上年实际', en: 'last year' } },
      unit,
      ruleSet,
    );
  }
  if (actual !== undefined && budget !== undefined) {
    out.underBudget = unspentOf(budget, actual, ruleSet).amount;
    out.controlRate = rateOf(
      { zh: '“三公经费”控制率', en: 'control rate of the three public expenses' },
      { value: actual, label: { zh: '实际支出', en: 'actual spending' } },
      { value: budget, label: { zh: '预算安排', en: 'budget' } },
      unit,
      ruleSet,
    );
  }
  return out;
}
