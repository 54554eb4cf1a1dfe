import type { Evaluation, Indicator } from '../../model/evaluation';
import type { ScoredIndicator, ScoreResult } from '../../scoring/result';
import type { CheckContext } from '../check';

export interface IndicatorRow {
  index: number;
  indicator: Indicator;
  scored?: ScoredIndicator;
  /** "indicators[3]" */
  path: string;
  /** 绩效指标「企业满意度」 */
  label: string;
}

/**
 * Rows already built for a score result, so that the several checks reading the indicators of one
 * evaluation build them once (the entry also names the evaluation the rows were built from).
 */
const ROWS = new WeakMap<ScoreResult, { evaluation: Evaluation; rows: IndicatorRow[] }>();

/** Each indicator of the evaluation with what scoring made of it (matched by position). */
export function indicatorRows({ evaluation, result }: CheckContext): IndicatorRow[] {
  const built = ROWS.get(result);
  if (built?.evaluation === evaluation) return built.rows;
  const rows = buildRows(evaluation, result);
  ROWS.set(result, { evaluation, rows });
  return rows;
}

function buildRows(evaluation: Evaluation, result: ScoreResult): IndicatorRow[] {
  const byIndex = new Map(result.indicators.map((s) => [s.index, s]));
  return evaluation.indicators.map((indicator, index) => ({
    index,
    indicator,
    scored: byIndex.get(index),
    path: `indicators[${index}]`,
    label: `绩效指标「${indicator.name}」`,
  }));
}

/** A quantitative target missed, or a qualitative one only partly or not reached. */
export function isMissed(row: IndicatorRow): boolean {
  const outcome = row.scored?.outcome;
  if (outcome === 'notMet' || outcome === 'partlyMet') return true;
  const tier = row.indicator.actual?.tier;
  return row.indicator.target?.comparator === 'qualitative' && (tier === 'notMet' || tier === 'partlyMet');
}

export function isMet(row: IndicatorRow): boolean {
  const outcome = row.scored?.outcome;
  return outcome === 'met' || outcome === 'exceeded';
}

export function isQualitative(row: IndicatorRow): boolean {
  return row.indicator.target?.comparator === 'qualitative';
}

/** Describes target and actual for a message: "指标值 ≥150家，实际完成值 171家". */
export function describeTarget(indicator: Indicator): { zh: string; en: string } {
  const t = indicator.target;
  const a = indicator.actual;
  const unit = t?.unit ?? '';
  const target = t
    ? t.comparator === 'qualitative'
      ? (t.text ?? '定性')
      : `${t.comparator === '>=' ? '≥' : t.comparator === '<=' ? '≤' : '='}${t.value ?? t.text ?? '?'}${unit}`
    : '未填写';
  const actual = a?.value !== undefined ? `${a.value}${unit}` : (a?.text ?? '未填写');
  return { zh: `指标值 ${target}，实际完成值 ${actual}`, en: `target ${target}, actual ${actual}` };
}
