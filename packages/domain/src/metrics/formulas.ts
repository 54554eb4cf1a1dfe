import type { Localized } from '../i18n/localized';
import type { FundsRow } from '../model/evaluation';
import { type Decimal, dec, HUNDRED, minDec, ONE, sum, ZERO } from '../money/decimal';
import { round, roundedQuotient } from '../money/rounding';
import type { RuleSet } from '../rules/rule-set';

/**
 * The one formula of each derived figure. Scoring, the checks, the report audit, the narrative, the web
 * app and the overview all call these; none divides or rounds a figure of its own.
 */

/** A ratio kept exact, and in percent rounded the way the rule set rounds rates. */
export interface Ratio {
  /** numerator ÷ denominator, exact (0.4242…). */
  rate: Decimal;
  /** rate × 100 at the rule set's ratePlaces and mode (42.42). */
  percent: Decimal;
}

/** numerator ÷ denominator, exact; undefined when the denominator is 0. The rate alone, for callers that need no percent. */
export function rateOf(numerator: Decimal, denominator: Decimal): Decimal | undefined {
  if (denominator.isZero()) return undefined;
  // Full marks and zero are most rows' score rates: skip the long division, the value is the same.
  // (0 ÷ a negative is −0 in decimal.js, so only the plain case is shortcut.)
  if (numerator.isZero() && !numerator.isNegative() && denominator.isPositive()) return ZERO;
  if (numerator.equals(denominator)) return ONE;
  return numerator.dividedBy(denominator);
}

/** numerator ÷ denominator as a Ratio; undefined when the denominator is 0 (no rate exists, not ∞). */
export function ratioOf(numerator: Decimal, denominator: Decimal, ruleSet: RuleSet): Ratio | undefined {
  const rate = rateOf(numerator, denominator);
  if (rate === undefined) return undefined;
  const { ratePlaces, mode } = ruleSet.rounding;
  // A numerator of up to 16 digits times 100 is exact, and then rounding its quotient once is rounding
  // the 40-digit rate × 100 (money/exact.ts quotientToPlaces): the same percent without the long division.
  const percent =
    typeof numerator.coefficient === 'number'
      ? roundedQuotient(numerator.times(HUNDRED), denominator, ratePlaces, mode)
      : round(rate.times(HUNDRED), ratePlaces, mode);
  return { rate, percent };
}

export type ExecutionDenominator = RuleSet['execution']['denominator'];

export const EXECUTION_DENOMINATOR_LABEL: Record<ExecutionDenominator, Localized> = {
  adjustedBudget: { zh: '全年预算数', en: 'full-year budget' },
  initialBudget: { zh: '年初预算数', en: 'initial budget' },
  fundsArrived: { zh: '实际到位资金', en: 'funds arrived' },
};

export interface ExecutionRate {
  /** The funds-row field the rule set divides by (全年预算数, 年初预算数 or 实际到位资金). */
  denominatorField: ExecutionDenominator;
  budget?: Decimal;
  executed?: Decimal;
  /** Undefined when a figure is missing or the denominator is 0. */
  ratio?: Ratio;
}

/** A stated figure that may be absent. */
export const optionalDecimal = (v: string | undefined): Decimal | undefined =>
  v === undefined ? undefined : dec(v);

/** 执行率 of a funds row = 全年执行数 ÷ the denominator the rule set names. */
export function executionRateOf(row: FundsRow | undefined, ruleSet: RuleSet): ExecutionRate {
  const denominatorField = ruleSet.execution.denominator;
  const budget = optionalDecimal(row?.[denominatorField]);
  const executed = optionalDecimal(row?.executed);
  const ratio =
    budget !== undefined && executed !== undefined ? ratioOf(executed, budget, ruleSet) : undefined;
  return { denominatorField, budget, executed, ...(ratio ? { ratio } : {}) };
}

export interface ExecutionScore {
  /** weight × rate (rounded or exact, as the rule set's scoreFrom says), before the cap. */
  raw: Decimal;
  /** raw capped at the weight: the exact value a written score is compared with. */
  capped: Decimal;
  /** capped, rounded at the rule set's scorePlaces and mode. */
  score: Decimal;
}

/** 预算执行率得分 = min(weight × rate, weight), rounded once at the score step. */
export function executionScoreOf(weight: Decimal, ratio: Ratio, ruleSet: RuleSet): ExecutionScore {
  const { mode, scorePlaces } = ruleSet.rounding;
  const used = ruleSet.execution.scoreFrom === 'roundedRate' ? ratio.percent.dividedBy(HUNDRED) : ratio.rate;
  const raw = weight.times(used);
  const capped = minDec(raw, weight);
  return { raw, capped, score: round(capped, scorePlaces, mode) };
}

export interface Unspent {
  /** budget − executed, exact, in the amounts' unit. */
  amount: Decimal;
  /** amount ÷ budget; undefined for a zero budget. */
  share?: Ratio;
}

/** 未支出 (what becomes 结转结余 or is returned) = budget − executed, and its share of the budget. */
export function unspentOf(budget: Decimal, executed: Decimal, ruleSet: RuleSet): Unspent {
  const amount = budget.minus(executed);
  const share = ratioOf(amount, budget, ruleSet);
  return { amount, ...(share ? { share } : {}) };
}

export interface RedFlagMeasure {
  /** indicator score ÷ indicator weight, exact. */
  completion: Decimal;
  /** (completion − rate) ÷ completion × 100 (relative), or (completion − rate) × 100 (points). */
  measure: Decimal;
  threshold: Decimal;
  relative: boolean;
  /** measure above the threshold: the official red flag. */
  raised: boolean;
}

/**
 * The red flag's measure: indicator completion running ahead of the execution rate (a fraction), relative
 * or in points as the rule set says; undefined when nothing was completed (no flag can be raised).
 */
export function redFlagOf(
  indicatorScore: Decimal,
  indicatorWeight: Decimal,
  rate: Decimal,
  ruleSet: RuleSet,
): RedFlagMeasure | undefined {
  const completion = rateOf(indicatorScore, indicatorWeight);
  if (!completion || completion.isZero()) return undefined;
  const gap = completion.minus(rate);
  const relative = ruleSet.checks.redFlagBasis === 'relative';
  const measure = (relative ? gap.dividedBy(completion) : gap).times(HUNDRED);
  const threshold = dec(ruleSet.checks.redFlagThreshold);
  return { completion, measure, threshold, relative, raised: measure.greaterThan(threshold) };
}

/** The mean of figures (an overview's average score or rate), exact; undefined for none. */
export function meanOf(values: readonly Decimal[]): Decimal | undefined {
  return values.length === 0 ? undefined : sum(values).dividedBy(values.length);
}
