import type { Check } from './check';
import { blockWeightMismatch } from './rules/block-weight';
import { comparatorMissing } from './rules/comparator-missing';
import { excessWithoutSource } from './rules/excess-without-source';
import { expenditureBudgetPartsMismatch } from './rules/expenditure-budget-parts';
import { expenditureByFunctionMismatch } from './rules/expenditure-by-function';
import { expenditureByTypeMismatch } from './rules/expenditure-by-type';
import { fundsPartsMismatch } from './rules/funds-parts';
import { incomePartsMismatch } from './rules/income-parts';
import { indicatorNoBlock } from './rules/indicator-no-block';
import { indicatorWeightTotalMismatch } from './rules/indicator-weight-total';
import { metLostPoints } from './rules/met-lost-points';
import { missedFullMarks } from './rules/missed-full-marks';
import { missedNoReason } from './rules/missed-no-reason';
import { overAchieved } from './rules/over-achieved';
import { redFlag } from './rules/red-flag';
import { ruleSetKindMismatch } from './rules/rule-set-kind';
import { scoreAboveWeight } from './rules/score-above-weight';
import { scoreRateMismatch } from './rules/score-rate-mismatch';
import { shareMismatch } from './rules/share-mismatch';
import { statedBlockScoresSumMismatch } from './rules/stated-block-scores-sum';
import { statedBlockWeightMismatch } from './rules/stated-block-weight';
import { statedExecutionRate, statedExecutionScore } from './rules/stated-execution';
import { statedGradeMismatch } from './rules/stated-grade';
import { statedBlockScore, statedIndicatorScore, statedTotalScore } from './rules/stated-scores';
import { statedTotalWeightMismatch } from './rules/stated-total-weight';
import { threePublicPartsMismatch } from './rules/three-public-parts';
import { tierBandMismatch } from './rules/tier-band';
import { unspentNotCarried } from './rules/unspent-not-carried';
import { yellowUnspent } from './rules/yellow-unspent';

/** Every check, in the order docs/checks.md lists them. Codes are stable: rule sets and users refer to them. */
export const CHECKS: readonly Check[] = [
  // the rule set itself
  ruleSetKindMismatch,
  // parts and totals
  fundsPartsMismatch,
  incomePartsMismatch,
  expenditureByTypeMismatch,
  expenditureByFunctionMismatch,
  expenditureBudgetPartsMismatch,
  threePublicPartsMismatch,
  statedBlockScoresSumMismatch,
  // shares
  shareMismatch,
  scoreRateMismatch,
  // weights
  indicatorWeightTotalMismatch,
  blockWeightMismatch,
  statedTotalWeightMismatch,
  statedBlockWeightMismatch,
  indicatorNoBlock,
  // indicator scores
  comparatorMissing,
  scoreAboveWeight,
  metLostPoints,
  missedFullMarks,
  missedNoReason,
  tierBandMismatch,
  overAchieved,
  // stated against computed
  statedExecutionRate,
  statedExecutionScore,
  statedIndicatorScore,
  statedBlockScore,
  statedTotalScore,
  statedGradeMismatch,
  // money flags
  redFlag,
  yellowUnspent,
  unspentNotCarried,
  excessWithoutSource,
];

export function findCheck(code: string): Check | undefined {
  return CHECKS.find((c) => c.code === code);
}
