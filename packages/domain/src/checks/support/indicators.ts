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
 * The rows last built, for the score result and evaluation they were built from: the checks of one
 * evaluation run one after the other and read the same rows, so one entry is enough (and, unlike a
 * WeakMap keyed by every result, costs the garbage collector nothing).
 */
let last: { evaluation: Evaluation; result: ScoreResult; rows: IndicatorRow[] } | undefined;

/** Each indicator of the evaluation with what scoring made of it (matched by position). */
export function indicatorRows({ evaluation, result }: CheckContext): IndicatorRow[] {
  if (last?.result === result && last.evaluation === evaluation) return last.rows;
  const rows = buildRows(evaluation, result);
  last = { evaluation, result, rows };
  return rows;
}

/** A row; its path and label are written when a finding needs them. */
class Row implements IndicatorRow {
  constructor(
    readonly index: number,
    readonly indicator: Indicator,
    readonly scored: ScoredIndicator | undefined,
  ) {}

  get path(): string {
    return `indicators[${this.index}]`;
  }

  get label(): string {
    return `绩效指标「${this.indicator.name}」`;
  }
}

function buildRows(evaluation: Evaluation, result: ScoreResult): IndicatorRow[] {
  const scored = result.indicators;
  // Scoring lists the rows in order, so position i holds index i; anything else is looked up by index.
  const inOrder = scored.every((s, i) => s.index === i);
  const byIndex = inOrder ? undefined : new Map(scored.map((s) => [s.index, s]));
  return evaluation.indicators.map(
    (indicator, index) => new Row(index, indicator, byIndex ? byIndex.get(index) : scored[index]),
  );
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
