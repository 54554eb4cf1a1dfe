import type { Localized } from '../i18n/localized';
import type { Decimal } from '../money/decimal';
import type { Outcome, ScoreBasis, TierCheck } from './result';

/** What a scoring rule gives for one row before capping and rounding, with its explanation. */
export interface RuleOutcome {
  basis: Extract<ScoreBasis, 'rule' | 'tier' | 'missing'>;
  /** Unrounded score; already within [0, weight] except for stated qualitative scores (capped later). */
  raw: Decimal;
  outcome: Outcome;
  /** Completion as numerator and denominator (actual ÷ target for ≥, target ÷ actual for ≤), divided on first read. */
  completionOf?: Completion;
  tierCheck?: TierCheck;
  /** Builds the sentence once the final rounded score is known (so it prints exactly what is kept). */
  explain(score: string): Localized;
}

/** A completion rate before the division: [numerator, denominator]. */
export type Completion = readonly [numerator: Decimal, denominator: Decimal];
