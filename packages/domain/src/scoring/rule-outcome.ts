import type { Localized } from '../i18n/localized';
import { type Decimal, maxDec, minDec, ZERO } from '../money/decimal';
import { round, roundedQuotient } from '../money/rounding';
import type { RuleSet } from '../rules/rule-set';
import type { Outcome, ScoreBasis, TierCheck } from './result';

/** What a scoring rule gives for one row before manual scores or coefficients, with its explanation. */
export interface RuleOutcome {
  basis: Extract<ScoreBasis, 'rule' | 'tier' | 'missing'>;
  /** The rule's score: capped at the weight, floored at 0, rounded at the rule set's step (finalScore). */
  score: Decimal;
  /** Qualitative rows: the score the unit gave (or the band's lower bound) before capping, for the cap note. */
  given?: Decimal;
  outcome: Outcome;
  /** Completion as numerator and denominator (actual ÷ target for ≥, target ÷ actual for ≤), divided on first read. */
  completionOf?: Completion;
  tierCheck?: TierCheck;
  /** Builds the sentence once the final rounded score is known (so it prints exactly what is kept). */
  explain(score: string): Localized;
}

/** A completion rate before the division: [numerator, denominator]. */
export type Completion = readonly [numerator: Decimal, denominator: Decimal];

/** Cap at the weight, floor at 0, round at the rule set's score step — the one rounding of a row. */
export function finalScore(raw: Decimal, weight: Decimal, ruleSet: RuleSet): Decimal {
  const { mode, scorePlaces } = ruleSet.rounding;
  return round(maxDec(minDec(raw, weight), ZERO), scorePlaces, mode);
}

/**
 * finalScore of numerator ÷ denominator, divided and rounded in one step (money/rounding.ts). Rounding
 * is monotone, so rounding first and then capping at the rounded weight and flooring at 0 gives the same
 * value; the floor makes any zero the plain ZERO, as finalScore's does.
 */
export function finalQuotientScore(
  numerator: Decimal,
  denominator: Decimal,
  weight: Decimal,
  ruleSet: RuleSet,
): Decimal {
  const { mode, scorePlaces } = ruleSet.rounding;
  const rounded = roundedQuotient(numerator, denominator, scorePlaces, mode);
  return maxDec(minDec(rounded, round(weight, scorePlaces, mode)), ZERO);
}
