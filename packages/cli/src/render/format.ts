import { type Decimal, formatAmount, formatNumber, type RuleSet } from '@jixiao/domain';

/**
 * The CLI's text and JSON use the domain's `plain` figure style. Scores and rates arrive already rounded
 * by the engine at the rule set's places; rendering with the same places only pads ("15" → "15.00").
 */
export function scoreText(value: Decimal, ruleSet: RuleSet): string {
  return formatNumber(value, ruleSet.rounding.scorePlaces, ruleSet.rounding.mode);
}

/** A rate in percent without its sign ("42.42"), as the JSON output carries it. */
export function percentText(value: Decimal, ruleSet: RuleSet): string {
  return formatNumber(value, ruleSet.rounding.ratePlaces, ruleSet.rounding.mode);
}

/** Weights and amounts as written (no padding, no rounding). */
export function plain(value: Decimal): string {
  return formatAmount(value, 'plain');
}
