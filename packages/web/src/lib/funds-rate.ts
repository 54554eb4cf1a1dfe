import {
  executionRateOf,
  type FundsRow,
  fundsRowSchema,
  isDecimalString,
  type RuleSet,
} from '@jixiao/domain';
import { showPercent } from './format';

/** The row's fields, from the model's own schema. */
const FIELDS = fundsRowSchema.keyof().options;

/**
 * A funds row's 执行率 as the workbench shows it while the user types: the engine's formula over the rule
 * set's denominator, "—" until every entered figure is a number and the denominator is not 0.
 */
export function rowRateText(
  row: Partial<Record<keyof FundsRow, unknown>> | undefined,
  ruleSet?: RuleSet,
): string {
  if (!row || !ruleSet) return showPercent(undefined);
  const figures: FundsRow = {};
  for (const key of FIELDS) {
    const value = row[key];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string' || !isDecimalString(value)) return showPercent(undefined);
    figures[key] = value;
  }
  return showPercent(executionRateOf(figures, ruleSet).ratio?.percent, ruleSet.rounding.ratePlaces);
}
