import { formatAmount, formatNumber, formatPercent } from '../format/figures';
import { computeMetrics } from '../metrics/compute';
import { EXECUTION_DENOMINATOR_LABEL, ratioOf } from '../metrics/formulas';
import type { Metrics } from '../metrics/types';
import {
  type Evaluation,
  FUNDS_ROW_KEYS,
  FUNDS_ROW_LABEL,
  type FundsRow,
  type Indicator,
  TIER_LABEL,
} from '../model/evaluation';
import type { AmountUnit } from '../money/amount-unit';
import { dec, HUNDRED } from '../money/decimal';
import type { RoundingMode } from '../money/rounding';
import type { RuleSet } from '../rules/rule-set';
import type { Outcome, ScoreBasis, ScoredIndicator, ScoreResult } from '../scoring/result';
import { printsExecutionScore, statedScoreMessage, unscoredMessage } from '../scoring/scored';
import { normaliseWording } from '../wording/characters';
import { findNumbers } from '../wording/numbers';
import { renderTarget } from '../wording/target';
import { figure, type NarrativeFigure } from './sentence';

/**
 * The facts a report needs, each already printed as it will appear and paired with its source.
 * Every number comes from the evaluation as entered (amounts, targets) or from the engine's result
 * (rates, scores, grade) — never recomputed here, so the report and the score cannot disagree.
 */

export interface FundsRowFacts {
  key: 'total' | (typeof FUNDS_ROW_KEYS)[number];
  label: string;
  initialBudget?: NarrativeFigure;
  adjustedBudget?: NarrativeFigure;
  executed?: NarrativeFigure;
}

export interface IndicatorFacts {
  index: number;
  level1: string;
  level2?: string;
  name: string;
  weight: NarrativeFigure;
  target?: string;
  actual?: string;
  score: NarrativeFigure;
  scoreRate: NarrativeFigure;
  block: string | null;
  /** How the actual compares with the target, by the engine ('unknown' without a target). */
  outcome: Outcome;
  qualitative: boolean;
  /** The unit's own sentence about what was achieved ("本年度新增科技型企业171家"). */
  actualText?: string;
  deviationReason?: string;
  improvementMeasure?: string;
  /** 偏差原因分析及改进措施 as one cell of the 自评表. */
  deviation?: string;
}

export interface ReportFacts {
  kind: Evaluation['kind'];
  year: number;
  unitName: string;
  projectName?: string;
  amountUnit: AmountUnit;
  funds: FundsRowFacts[];
  execution: {
    weight: NarrativeFigure;
    denominatorLabel: string;
    basis: ScoreBasis;
    ratePercent?: NarrativeFigure;
    score: NarrativeFigure;
    /** The score is a figure to print (scoring/scored.ts `printsExecutionScore`); otherwise "—". */
    printed: boolean;
    /** score ÷ weight (得分率), undefined for a weight of 0. */
    scoreRate?: NarrativeFigure;
  };
  indicators: IndicatorFacts[];
  blocks: { key: string; label: string; weight?: NarrativeFigure; score: NarrativeFigure; count: number }[];
  indicatorScore: NarrativeFigure;
  indicatorWeight: NarrativeFigure;
  /** The total and its grade; both absent exactly when the evaluation is not scored (`unscored`). */
  totalScore?: NarrativeFigure;
  totalWeight: NarrativeFigure;
  grade?: NarrativeFigure;
  /** Why there is no total (scoring/scored.ts), and the score the source document states, marked as stated. */
  unscored?: { reason: string; stated?: NarrativeFigure };
  ruleSetName: string;
  /** The derived figures (三公经费 totals, shares, 未支出) by the domain's one formula for each. */
  metrics: Metrics;
}

interface Printer {
  places: number;
  ratePlaces: number;
  mode: RoundingMode;
}

function fundsRowFacts(row: FundsRow | undefined, key: FundsRowFacts['key'], p: Printer): FundsRowFacts {
  const facts: FundsRowFacts = { key, label: FUNDS_ROW_LABEL[key].replace('其中：', '') };
  if (!row) return facts;
  const base = `evaluation.funds.${key}`;
  if (row.initialBudget !== undefined)
    facts.initialBudget = figure(
      formatAmount(row.initialBudget, 'document', p.mode),
      `${base}.initialBudget`,
    );
  if (row.adjustedBudget !== undefined)
    facts.adjustedBudget = figure(
      formatAmount(row.adjustedBudget, 'document', p.mode),
      `${base}.adjustedBudget`,
    );
  if (row.executed !== undefined)
    facts.executed = figure(formatAmount(row.executed, 'document', p.mode), `${base}.executed`);
  return facts;
}

/** "≥150家", "≤90万元", "=100%", "效果明显". */
export function describeTarget(indicator: Indicator): string | undefined {
  return indicator.target ? renderTarget(indicator.target) : undefined;
}

/**
 * "171家", or the qualitative tier as written ("达成年度指标"). The unit is the target's, or where the
 * form gave no target, the one the completion text writes after the same number ("新增…171家").
 */
export function describeActual(indicator: Indicator): string | undefined {
  const a = indicator.actual;
  if (!a) return undefined;
  if (a.value !== undefined) return `${a.value}${indicator.target?.unit ?? unitWritten(a.value, a.text)}`;
  if (a.text?.trim()) return a.text.trim();
  return a.tier ? TIER_LABEL[a.tier] : undefined;
}

function unitWritten(value: string, text: string | undefined): string {
  if (!text) return '';
  const same = findNumbers(normaliseWording(text)).find((n) => dec(n.value).eq(dec(value)));
  return same?.unitText ?? '';
}

function indicatorFacts(evaluation: Evaluation, s: ScoredIndicator, p: Printer): IndicatorFacts {
  const source = evaluation.indicators[s.index];
  const path = `indicators[${s.index}]`;
  const deviation = [source?.deviationReason, source?.improvementMeasure]
    .map((t) => t?.trim())
    .filter((t): t is string => Boolean(t))
    .join('；');
  const facts: IndicatorFacts = {
    index: s.index,
    outcome: s.outcome,
    qualitative: source?.target?.comparator === 'qualitative' || source?.actual?.tier !== undefined,
    level1: s.level1,
    name: s.name,
    weight: figure(formatNumber(s.weight), `evaluation.${path}.weight`),
    score: figure(formatNumber(s.score, p.places, p.mode), `result.${path}.score（${s.explanation.zh}）`),
    scoreRate: figure(
      formatPercent(s.scoreRate.times(HUNDRED), p.ratePlaces, p.mode),
      `result.${path}.scoreRate = 得分 / 分值 × 100%`,
    ),
    block: s.block,
  };
  if (s.level2) facts.level2 = s.level2;
  const target = source ? describeTarget(source) : undefined;
  if (target) facts.target = target;
  const actual = source ? describeActual(source) : undefined;
  if (actual) facts.actual = actual;
  const actualText = source?.actual?.text?.trim();
  if (actualText) facts.actualText = actualText;
  const reason = source?.deviationReason?.trim();
  if (reason) facts.deviationReason = reason;
  const measure = source?.improvementMeasure?.trim();
  if (measure) facts.improvementMeasure = measure;
  if (deviation) facts.deviation = deviation;
  return facts;
}

/** The total and grade when scored; otherwise why not, and the stated score as the document states it. */
function totalFacts(
  evaluation: Evaluation,
  result: ScoreResult,
  ruleSet: RuleSet,
  p: Printer,
): Pick<ReportFacts, 'totalScore' | 'grade' | 'unscored'> {
  if (!result.grade) {
    const stated = statedScoreMessage(evaluation.stated);
    const unscored: NonNullable<ReportFacts['unscored']> = {
      reason: unscoredMessage(result.unscoredReason ?? 'noIndicators').text.zh,
    };
    if (stated) unscored.stated = figure(stated.text.zh, 'evaluation.stated（单位自评报告所述，未经计算）');
    return { unscored };
  }
  return {
    totalScore: figure(
      formatNumber(result.totalScore, p.places, p.mode),
      'result.totalScore = result.execution.score + result.indicatorScore',
    ),
    grade: figure(
      result.grade.label,
      `result.grade（规则集 ${ruleSet.id} 的等级区间，按总分 ${result.totalScore.toString()} 判定）`,
    ),
  };
}

export function buildReportFacts(evaluation: Evaluation, result: ScoreResult, ruleSet: RuleSet): ReportFacts {
  const p: Printer = {
    places: ruleSet.rounding.scorePlaces,
    ratePlaces: ruleSet.rounding.ratePlaces,
    mode: ruleSet.rounding.mode,
  };
  const ex = result.execution;
  const denominatorLabel = EXECUTION_DENOMINATOR_LABEL[ex.denominatorField].zh;
  const execution: ReportFacts['execution'] = {
    weight: figure(formatNumber(ex.weight), `ruleSet(${ruleSet.id}).execution.weight`),
    denominatorLabel,
    basis: ex.basis,
    printed: printsExecutionScore(result),
    score: figure(
      formatNumber(ex.score, p.places, p.mode),
      ex.basis === 'manual'
        ? 'evaluation.executionManualScore.score（人工评分）'
        : `result.execution.score = min(执行率, 100%) × 分值（${ex.explanation.zh}）`,
    ),
  };
  if (ex.ratePercent !== undefined) {
    execution.ratePercent = figure(
      formatPercent(ex.ratePercent, p.ratePlaces, p.mode),
      `result.execution.ratePercent = funds.total.executed / funds.total.${ex.denominatorField} × 100%，保留 ${p.ratePlaces} 位小数（${ruleSet.rounding.mode}）`,
    );
  }
  const scoreRate = ratioOf(ex.score, ex.weight, ruleSet);
  if (scoreRate) {
    execution.scoreRate = figure(
      formatPercent(scoreRate.percent, p.ratePlaces, p.mode),
      'result.execution.score / execution.weight × 100%',
    );
  }
  const facts: ReportFacts = {
    kind: evaluation.kind,
    year: evaluation.fiscalYear,
    unitName: evaluation.unit.name,
    amountUnit: evaluation.amountUnit,
    funds: [
      fundsRowFacts(evaluation.funds.total, 'total', p),
      ...FUNDS_ROW_KEYS.filter((k) => evaluation.funds[k] !== undefined).map((k) =>
        fundsRowFacts(evaluation.funds[k], k, p),
      ),
    ],
    execution,
    indicators: result.indicators.map((s) => indicatorFacts(evaluation, s, p)),
    blocks: result.blocks.map((b) => {
      const block: ReportFacts['blocks'][number] = {
        key: b.key,
        label: b.label,
        score: figure(
          formatNumber(b.score, p.places, p.mode),
          `result.blocks[${b.key}].score = 块内三级指标得分之和`,
        ),
        count: b.indicatorCount,
      };
      if (b.weight !== undefined)
        block.weight = figure(formatNumber(b.weight), `ruleSet(${ruleSet.id}).blocks[${b.key}].weight`);
      return block;
    }),
    indicatorScore: figure(
      formatNumber(result.indicatorScore, p.places, p.mode),
      'result.indicatorScore = 各三级指标得分之和',
    ),
    indicatorWeight: figure(
      formatNumber(result.indicatorWeight),
      'result.indicatorWeight = 各三级指标分值之和',
    ),
    totalWeight: figure(
      formatNumber(ex.weight.plus(result.indicatorWeight)),
      'execution.weight + result.indicatorWeight',
    ),
    ...totalFacts(evaluation, result, ruleSet, p),
    ruleSetName: ruleSet.name,
    metrics: computeMetrics(evaluation, ruleSet),
  };
  if (evaluation.project?.name) facts.projectName = evaluation.project.name;
  return facts;
}
