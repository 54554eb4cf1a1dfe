import type { Localized } from '../i18n/localized';
import type { AmountUnit } from '../money/amount-unit';
import type { Decimal } from '../money/decimal';

/** A ratio of two figures: exact as a fraction, and in percent rounded as the rule set says. */
export interface RateMetric {
  numerator: Decimal;
  denominator: Decimal;
  /** numerator / denominator, exact (0.4242…). */
  rate: Decimal;
  /** rate × 100, rounded to the rule set's ratePlaces (42.42). */
  percent: Decimal;
  explanation: Localized;
}

/** One line of a breakdown with its share of the whole. */
export interface ShareLine {
  /** Position in the evaluation's list. */
  index: number;
  name: string;
  /** income source, expenditure type, or undefined for 功能分类 lines. */
  category?: string;
  amount: Decimal;
  share: RateMetric;
  /** The share the document prints, in percent, when it prints one. */
  statedShare?: Decimal;
}

export interface Shares {
  /** What the shares are shares of: the stated total when the document gives one, else the sum of the lines. */
  total: Decimal;
  totalSource: 'statedTotal' | 'sumOfLines';
  /** Sum of the lines, exact (equal to total when totalSource is sumOfLines). */
  sumOfLines: Decimal;
  lines: ShareLine[];
}

export interface BasicProjectSplit {
  /** Where the split comes from: actual spending by type, or the planned 支出预算. */
  source: 'actual' | 'budget';
  basic: Decimal;
  project: Decimal;
  basicShare: RateMetric;
  projectShare: RateMetric;
}

export interface PerCapitaMetric {
  expenditure: Decimal;
  people: number;
  /** expenditure / people, exact, in the evaluation's amount unit. */
  value: Decimal;
  /** Rounded to 2 decimals (分 for 元, 百元 for 万元: amounts are never shown finer than they were entered). */
  rounded: Decimal;
  unit: AmountUnit;
  explanation: Localized;
}

/** 未支出 = budget (the rule set's execution denominator) − 全年执行数; negative when overspent. */
export interface UnspentMetric {
  amount: Decimal;
  share?: RateMetric;
}

export interface ThreePublicMetrics {
  actualTotal?: Decimal;
  budgetTotal?: Decimal;
  /** budget − actual (未支出 of the 三公 budget); negative when more was spent than budgeted. */
  underBudget?: Decimal;
  /** (actual − prior-year actual) / prior-year actual; negative when spending fell. */
  changeRate?: RateMetric;
  /** actual / budget. */
  controlRate?: RateMetric;
}

/** Figures derived from an evaluation, each undefined when its data is missing. Pure and exact. */
export interface Metrics {
  executionRate?: RateMetric;
  unspent?: UnspentMetric;
  /** 结转结余率 = 年末结转结余 / 支出预算数. */
  carryoverRate?: RateMetric;
  incomeShares?: Shares;
  expenditureShares: { byType?: Shares; byFunction?: Shares };
  threePublicExpenses: ThreePublicMetrics;
  basicProjectSplit?: BasicProjectSplit;
  perCapitaExpenditure?: PerCapitaMetric;
}
