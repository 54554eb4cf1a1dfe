import { decimalText } from '../i18n/format';
import type { Localized } from '../i18n/localized';
import type { Evaluation } from '../model/evaluation';
import { type Decimal, sum } from '../money/decimal';
import type { RuleSet } from '../rules/rule-set';
import { summariseBlocks } from './blocks';
import { scoreExecution } from './execution';
import { gradeFor } from './grade';
import { scoreIndicator } from './indicator';
import type { ScoreResult } from './result';

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
  const grade = gradeFor(totalScore, ruleSet);
  return new Scored(
    { id: ruleSet.id, version: ruleSet.version, name: ruleSet.name },
    execution,
    indicators,
    blocks,
    indicatorScore,
    indicatorWeight,
    totalScore,
    grade,
    () => {
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
    public grade: ScoreResult['grade'],
    explain: () => Localized,
  ) {
    this.#explain = explain;
  }

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
