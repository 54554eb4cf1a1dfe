import { domainMessage, type Message } from '../messages';
import type { Evaluation } from '../model/evaluation';
import { ZERO } from '../money/decimal';
import type { ScoredIndicator, ScoreResult, UnscoredReason } from './result';

/**
 * Whether an evaluation has a total at all — decided here once; every output reads `result.scored`.
 *
 * The grade bands of every rule set are drawn on the 100-point total (S1, domain rules §1.6), of which
 * the indicators carry 90 and 预算执行率 10. Without at least one indicator that the rule set could score
 * from data (a row with a positive 分值 whose basis is not `missing`), the "total" is 0 or the 10
 * execution points alone, and banding it prints 差 for a score nobody computed. So:
 *
 * - no indicator with a 分值 → unscored (`noIndicators`), whether or not the execution rate computes;
 *   the execution score is still computed and shown on its own 10 points;
 * - indicators with 分值 but none scorable from data → unscored (`noIndicatorData`);
 * - any indicator scored from data (rule, tier, coefficient or a person's score) → scored, and a
 *   missing execution rate scores 0 with its finding, as before.
 *
 * A stated total from the source document never makes an evaluation scored: it is printed as stated.
 */
export function unscoredReasonOf(indicators: readonly ScoredIndicator[]): UnscoredReason | undefined {
  const weighted = indicators.filter((i) => i.weight.greaterThan(ZERO));
  if (weighted.length === 0) return 'noIndicators';
  return weighted.some((i) => i.basis !== 'missing') ? undefined : 'noIndicatorData';
}

/** Why the evaluation has no total, as a message ("未填报绩效指标，无法计算总分"). */
export function unscoredMessage(reason: UnscoredReason): Message {
  return reason === 'noIndicators'
    ? domainMessage('score.unscored.noIndicators')
    : domainMessage('score.unscored.noIndicatorData');
}

/**
 * Whether the 预算执行率 得分 is a figure to print. Without a total, the rule's 0 for a rate that could not be
 * computed is no score: report, 自评表 and CLI print "—" there instead of 0.00.
 */
export function printsExecutionScore(result: Pick<ScoreResult, 'scored' | 'execution'>): boolean {
  return result.scored || result.execution.basis !== 'missing';
}

/** The total as it may be printed or stored: the exact Decimal when scored, null otherwise. */
export function scoredTotal(result: Pick<ScoreResult, 'scored' | 'totalScore'>) {
  return result.scored ? result.totalScore : null;
}

/**
 * What the source document says about its own score, marked as stated ("单位自评报告称自评得分100分
 * （报告所述，非本系统计算）"); undefined when it states neither a total nor a grade.
 */
export function statedScoreMessage(stated: Evaluation['stated']): Message | undefined {
  const total = stated?.totalScore;
  const grade = stated?.grade;
  if (total !== undefined && grade !== undefined)
    return domainMessage('score.statedWithGrade', { total, grade });
  if (total !== undefined) return domainMessage('score.stated', { total });
  if (grade !== undefined) return domainMessage('score.statedGrade', { grade });
  return undefined;
}
