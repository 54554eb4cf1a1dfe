import { type Decimal, fixed, type RuleSet } from '@jixiao/domain';

/**
 * Decimals become strings here, at the edge. Scores and rates arrive already rounded by the engine at
 * the rule set's places; rendering with the same places only pads ("15" → "15.00"), it never rounds again.
 */
export function scoreText(value: Decimal, ruleSet: RuleSet): string {
  return fixed(value, ruleSet.rounding.scorePlaces, ruleSet.rounding.mode);
}

export function percentText(value: Decimal, ruleSet: RuleSet): string {
  return fixed(value, ruleSet.rounding.ratePlaces, ruleSet.rounding.mode);
}

/** Weights and amounts as written (no padding, no rounding). */
export function plain(value: Decimal): string {
  return value.toFixed();
}
