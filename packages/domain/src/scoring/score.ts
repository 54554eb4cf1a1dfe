import { decimalText } from '../i18n/format';
import type { Localized } from '../i18n/localized';
import { domainMessage } from '../messages';
import type { Evaluation } from '../model/evaluation';
import { type Decimal, ZERO } from '../money/decimal';
import type { RuleSet } from '../rules/rule-set';
import { summariseBlocks } from './blocks';
import { scoreExecution } from './execution';
import { Explained } from './explained';
import { gradeFor } from './grade';
import { scoreIndicator } from './indicator';
import type { ExecutionResult, ScoredIndicator, ScoreResult, UnscoredReason } from './result';
import { unscoredMessage, unscoredReasonOf } from './scored';

/**
 * Scores a self-evaluation under a rule set: 预算执行率 score plus every indicator's score, each rounded
 * once at the rule set's step; the totals are exact sums of those rounded parts, so the total always
 * equals the sum of the printed parts. Pure: the same evaluation and rule set give the same result.
 */
export function scoreEvaluation(evaluation: Evaluation, ruleSet: RuleSet): ScoreResult {
  const execution = scoreExecution(evaluation, ruleSet);
  const rows = evaluation.indicators;
  const indicators: ScoredIndicator[] = [];
  // The totals are the exact sums of the rounded rows, added as the rows are scored.
  let indicatorScore = ZERO;
  let indicatorWeight = ZERO;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    const scored = scoreIndicator(row, i, ruleSet);
    indicators.push(scored);
    indicatorScore = indicatorScore.plus(scored.score);
    indicatorWeight = indicatorWeight.plus(scored.weight);
  }
  const blocks = summariseBlocks(indicators, ruleSet);
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
    ruleSet,
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
class Scored extends Explained implements ScoreResult {
  #ruleSet: RuleSet;

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
    rules: RuleSet,
  ) {
    super();
    this.#ruleSet = rules;
    this.scored = unscoredReason === undefined;
    if (unscoredReason) this.unscoredReason = unscoredReason;
  }

  scored: boolean;
  unscoredReason?: ScoreResult['unscoredReason'];

  protected explain(): Localized {
    const grade = this.grade;
    if (this.unscoredReason || !grade)
      return unscoredExplanation(this.unscoredReason ?? 'noIndicators', this.execution);
    const rules = this.#ruleSet;
    const places = rules.rounding.scorePlaces;
    const e = decimalText(this.execution.score, places);
    const s = decimalText(this.indicatorScore, places);
    const t = decimalText(this.totalScore, places);
    return {
      zh: `总分 = 预算执行率得分 ${e} 分 + 绩效指标得分 ${s} 分 = ${t} 分，等级为“${grade.label}”（${rules.name}）`,
      en: `total = execution score ${e} + indicator score ${s} = ${t} points, grade "${grade.key}" (${rules.id})`,
    };
  }

  toJSON(): ScoreResult {
    return { ...this, explanation: this.explanation };
  }
}
