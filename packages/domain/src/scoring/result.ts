import type { Localized } from '../i18n/localized';
import type { Decimal } from '../money/decimal';
import type { GradeKey } from '../rules/rule-set';

/**
 * What scoring produces. Every number carries the explanation of how it was reached, in words a
 * finance officer reads ("执行率 42.42% × 10 分 = 4.24 分"). Decimals stay Decimal here; they become
 * strings only at the edges (JSON, DB, documents).
 */

/** How a score was obtained. */
export type ScoreBasis =
  | 'rule' // computed from target and actual by the rule set's formula
  | 'tier' // qualitative: the unit's score, validated against its tier band
  | 'coefficient' // weight × 得分系数
  | 'manual' // set by a person, with a reason
  | 'missing'; // not enough data: scored 0 and reported

export type Outcome = 'met' | 'exceeded' | 'partlyMet' | 'notMet' | 'unknown';

export interface ExecutionResult {
  weight: Decimal;
  denominatorField: 'adjustedBudget' | 'initialBudget' | 'fundsArrived';
  budget?: Decimal;
  executed?: Decimal;
  /** executed / budget, exact (a fraction, 0.4242…). */
  rate?: Decimal;
  /** The rate in percent, rounded as the rule set says (42.42). */
  ratePercent?: Decimal;
  score: Decimal;
  basis: ScoreBasis;
  explanation: Localized;
}

export interface ScoredIndicator {
  /** Position in evaluation.indicators. */
  index: number;
  id?: string;
  level1: string;
  level2?: string;
  name: string;
  /** Block key of the rule set, or null when no block matches the 一级指标. */
  block: string | null;
  part?: string;
  weight: Decimal;
  /** Score the engine gives (after manual override, capped, rounded). */
  score: Decimal;
  /** score / weight (0 when weight is 0). */
  scoreRate: Decimal;
  /** What the rule alone gives, before any manual score. */
  ruleScore?: Decimal;
  basis: ScoreBasis;
  outcome: Outcome;
  /** actual / target (≥) or target / actual (≤), exact. */
  completion?: Decimal;
  /** Qualitative rows: the tier band the unit's score must fall in, and whether it does. */
  tierCheck?: TierCheck;
  /** The part of the block (e.g. 北京 可持续影响) the row belongs to, and whether the row named it. */
  partTagged?: boolean;
  explanation: Localized;
}

/** The band a qualitative score must fall in: [min, max] in points, max inclusive or not. */
export interface TierCheck {
  tier: 'met' | 'partlyMet' | 'notMet';
  min: Decimal;
  max: Decimal;
  maxInclusive: boolean;
  /** The unit's score (before capping) lies inside the band. */
  within: boolean;
}

export interface BlockResult {
  key: string;
  label: string;
  /** The rule set's points for the block, when it fixes them. */
  weight?: Decimal;
  /** Sum of the weights of the indicators in the block. */
  indicatorWeight: Decimal;
  score: Decimal;
  indicatorCount: number;
  /** Sub-weights by 二级指标 (北京 可持续影响 within 效益), when the rule set has them. */
  parts?: PartResult[];
  /** Every row of the block names its 二级指标, so part weights can be checked; otherwise only the block total. */
  partsTagged?: boolean;
}

export interface PartResult {
  key: string;
  label: string;
  weight: Decimal;
  indicatorWeight: Decimal;
  score: Decimal;
  indicatorCount: number;
}

export interface GradeResult {
  key: GradeKey;
  label: string;
}

/** Why an evaluation has no total (scoring/scored.ts decides it). */
export type UnscoredReason = 'noIndicators' | 'noIndicatorData';

export interface ScoreResult {
  ruleSet: { id: string; version: string; name: string };
  execution: ExecutionResult;
  indicators: ScoredIndicator[];
  blocks: BlockResult[];
  /** Sum of indicator scores. */
  indicatorScore: Decimal;
  /** Sum of indicator weights. */
  indicatorWeight: Decimal;
  /**
   * Exact sum of the parts scored (execution + indicators), kept so the arithmetic always adds up; it is
   * a total only when `scored` is true. Print or store it through `scoredTotal`.
   */
  totalScore: Decimal;
  /** False when no total can be computed (no indicator scorable from data): no total, no grade. */
  scored: boolean;
  /** Set exactly when `scored` is false. */
  unscoredReason?: UnscoredReason;
  /** The grade of the total; null when the evaluation is not scored. */
  grade: GradeResult | null;
  explanation: Localized;
}
