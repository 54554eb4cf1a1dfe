import { decimalText } from '../i18n/format';
import type { Localized } from '../i18n/localized';
import type { Evaluation } from '../model/evaluation';
import { type Decimal, ZERO } from '../money/decimal';
import type { RuleSet } from '../rules/rule-set';
import { summariseBlocks } from './blocks';
import { scoreExecution } from './execution';
import { Explained } from './explained';
import { gradeFor } from './grade';
import { scoreIndicator } from './indicator';
import type { ScoredIndicator, ScoreResult } from './result';

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
    ruleSet,
  );
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
    public grade: ScoreResult['grade'],
    rules: RuleSet,
  ) {
    super();
    this.#ruleSet = rules;
  }

  protected explain(): Localized {
    const rules = this.#ruleSet;
    const places = rules.rounding.scorePlaces;
    const e = decimalText(this.execution.score, places);
    const s = decimalText(this.indicatorScore, places);
    const t = decimalText(this.totalScore, places);
    const grade = this.grade;
    return {
      zh: `总分 = 预算执行率得分 ${e} 分 + 绩效指标得分 ${s} 分 = ${t} 分，等级为“${grade.label}”（${rules.name}）`,
      en: `total = execution score ${e} + indicator score ${s} = ${t} points, grade "${grade.key}" (${rules.id})`,
    };
  }

  toJSON(): ScoreResult {
    return { ...this, explanation: this.explanation };
  }
}
