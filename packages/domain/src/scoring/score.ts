import { decimalText } from '../i18n/format';
import type { Localized } from '../i18n/localized';
import { domainMessage } from '../messages';
import type { Evaluation } from '../model/evaluation';
import { type Decimal, sum } from '../money/decimal';
import type { RuleSet } from '../rules/rule-set';
import { summariseBlocks } from './blocks';
import { scoreExecution } from './execution';
import { gradeFor } from './grade';
import { scoreIndicator } from './indicator';
import type { ExecutionResult, ScoreResult, UnscoredReason } from './result';
import { unscoredMessage, unscoredReasonOf } from './scored';

/**
 * Scores a self-evaluation under a rule set: 预算执行率 score plus every indicator's score, each rounded
 * once at the rule set's step; the totals are exact sums of those rounded parts, so the total always
 * equals the sum of the printed parts. Pure: the same evaluation and rule set give the same result.
 */
export function scoreEvaluation(evaluation: Evaluation, ruleSet: RuleSet): ScoreResult {
  const places = ruleSet.rounding.scorePlaces;
  const execution = scoreExecution(evaluation, ruleSet);
  const indicators = evaluation.indicators.map((ind, i) => scoreIndicator(ind, i, ruleSet));
  const blocks = summariseBlocks(indicators, ruleSet);
  const indicatorScore = sum(indicators.map((i) => i.score));
  const indicatorWeight = sum(indicators.map((i) => i.weight));
  const totalScore = execution.score.plus(indicatorScore);
  const unscoredReason = unscoredReasonOf(indicators);
  const grade = unscoredReason ? null : gradeFor(totalScore, ruleSet);
  return new Scored(
    { id: ruleSet.id, version: ruleSet.version, name: ruleSet.name },
    execution,
    indicators,
    blocks,
    indicatorScore,
    indicatorWeight,
    totalScore,
    unscoredReason,
    grade,
    () => {
      if (unscoredReason || !grade) return unscoredExplanation(unscoredReason ?? 'noIndicators', execution);
      const e = decimalText(execution.score, places);
      const s = decimalText(indicatorScore, places);
      const t = decimalText(totalScore, places);
      return {
        zh: `总分 = 预算执行率得分 ${e} 分 + 绩效指标得分 ${s} 分 = ${t} 分，等级为“${grade.label}”（${ruleSet.name}）`,
        en: `total = execution score ${e} + indicator score ${s} = ${t} points, grade "${grade.key}" (${ruleSet.id})`,
      };
    },
  );
}

/** "未评分：未填报绩效指标，无法计算总分，不评定等级" and the execution score when it computed. */
function unscoredExplanation(reason: UnscoredReason, execution: ExecutionResult): Localized {
  const why = unscoredMessage(reason).text;
  const unscored = domainMessage('score.unscored').text;
  const noGrade = domainMessage('score.noGrade').text;
  const ex = execution.basis === 'missing' ? undefined : execution.explanation;
  return {
    zh: `${unscored.zh}：${why.zh}，${noGrade.zh}${ex ? `（预算执行率：${ex.zh}）` : ''}`,
    en: `${unscored.en}: ${why.en}; ${noGrade.en}${ex ? ` (execution rate: ${ex.en})` : ''}`,
  };
}

/** The score of an evaluation; its explanation is written on first read and kept (toJSON includes it). */
class Scored implements ScoreResult {
  #explain: () => Localized;
  #explanation: Localized | undefined;

  constructor(
    public ruleSet: ScoreResult['ruleSet'],
    public execution: ScoreResult['execution'],
    public indicators: ScoreResult['indicators'],
    public blocks: ScoreResult['blocks'],
    public indicatorScore: Decimal,
    public indicatorWeight: Decimal,
    public totalScore: Decimal,
    unscoredReason: ScoreResult['unscoredReason'],
    public grade: ScoreResult['grade'],
    explain: () => Localized,
  ) {
    this.scored = unscoredReason === undefined;
    if (unscoredReason) this.unscoredReason = unscoredReason;
    this.#explain = explain;
  }

  scored: boolean;
  unscoredReason?: ScoreResult['unscoredReason'];

  get explanation(): Localized {
    if (this.#explanation === undefined) this.#explanation = this.#explain();
    return this.#explanation;
  }

  set explanation(value: Localized) {
    this.#explanation = value;
  }

  toJSON(): ScoreResult {
    return { ...this, explanation: this.explanation };
  }
}
