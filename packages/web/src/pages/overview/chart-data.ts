import { dec, formatMissing, formatNumber, isDecimalString, meanOf, round } from '@jixiao/domain';
import type { EvaluationSummary } from '../../api/types';

/**
 * Pure builders of the overview's chart data and ECharts options (tested without a browser).
 * Averages are exact decimals rounded once for display; numbers become JS numbers only for plotting.
 */
export const GRADE_ORDER = ['excellent', 'good', 'fair', 'poor'] as const;
export const UNGRADED = 'ungraded';

export interface GradeCount {
  /** Grade key (excellent…) or UNGRADED. */
  grade: string;
  count: number;
}

/** Units per grade in the order 优 良 中 差, with the unscored (no grade) last, only when there are any. */
export function gradeDistribution(items: readonly EvaluationSummary[]): GradeCount[] {
  const counts = new Map<string, number>([...GRADE_ORDER, UNGRADED].map((g) => [g, 0]));
  for (const e of items) {
    const g = e.grade && counts.has(e.grade) ? e.grade : UNGRADED;
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return [...counts].filter(([g, n]) => n > 0 || g !== UNGRADED).map(([grade, count]) => ({ grade, count }));
}

export interface ScatterPoint {
  id: string;
  name: string;
  /** Execution rate in percent. */
  rate: number;
  score: number;
  /** Self-score running ahead of spending: high score with low execution. */
  ahead: boolean;
}

/** A unit scores "ahead of spending" when its score rate (score / 100) exceeds its execution rate by more than `gap` points. */
export function scatterPoints(items: readonly EvaluationSummary[], gapPoints = '20'): ScatterPoint[] {
  return items
    .filter(
      (e) =>
        e.executionRate && e.totalScore && isDecimalString(e.executionRate) && isDecimalString(e.totalScore),
    )
    .map((e) => {
      const rate = dec(e.executionRate ?? '0');
      const score = dec(e.totalScore ?? '0');
      return {
        id: e.id,
        name: e.unitName,
        rate: round(rate, 2, 'halfUp').toNumber(),
        score: round(score, 2, 'halfUp').toNumber(),
        ahead: score.minus(rate).greaterThan(dec(gapPoints)),
      };
    });
}

export interface GroupRate {
  group: string;
  /** Mean of the units' execution rates, percent, 2 decimals. */
  rate: number;
  units: number;
}

/** Mean execution rate per group (department), highest first. */
export function rateByGroup(
  items: readonly EvaluationSummary[],
  groupOf: (e: EvaluationSummary) => string,
): GroupRate[] {
  const groups = new Map<string, string[]>();
  for (const e of items) {
    if (!e.executionRate || !isDecimalString(e.executionRate)) continue;
    const g = groupOf(e);
    groups.set(g, [...(groups.get(g) ?? []), e.executionRate]);
  }
  return [...groups]
    .map(([group, rates]) => ({
      group,
      rate: round(meanOf(rates.map((r) => dec(r))) ?? dec(0), 2, 'halfUp').toNumber(),
      units: rates.length,
    }))
    .sort((a, b) => b.rate - a.rate);
}

/**
 * Evaluations without a total (the server stores none when it cannot score one: domain scoring/scored.ts).
 * They are their own count: left out of the average and shown apart from 优/良/中/差 in the grades.
 */
export function unscoredCount(items: readonly EvaluationSummary[]): number {
  return items.filter((e) => !e.totalScore).length;
}

/** Mean total score, 2 decimals, as a string ("—" when none is scored); unscored evaluations do not count. */
export function averageScore(items: readonly EvaluationSummary[]): string {
  const scores = items.map((e) => e.totalScore).filter((s): s is string => !!s && isDecimalString(s));
  const mean = meanOf(scores.map((s) => dec(s)));
  return mean ? formatNumber(mean, 2) : formatMissing('screen');
}

export interface YearChange {
  group: string;
  previous?: number;
  current?: number;
}

/** Mean score per group in two years, for the year-over-year bars. */
export function yearOverYear(
  current: readonly EvaluationSummary[],
  previous: readonly EvaluationSummary[],
  groupOf: (e: EvaluationSummary) => string,
): YearChange[] {
  const mean = (items: readonly EvaluationSummary[]) => {
    const by = new Map<string, EvaluationSummary[]>();
    for (const e of items) by.set(groupOf(e), [...(by.get(groupOf(e)) ?? []), e]);
    return new Map([...by].map(([g, es]) => [g, averageScore(es)]));
  };
  const a = mean(previous);
  const b = mean(current);
  const groups = [...new Set([...b.keys(), ...a.keys()])];
  const num = (s: string | undefined) => (s && s !== '—' ? dec(s).toNumber() : undefined);
  return groups.map((group) => {
    const previousScore = num(a.get(group));
    const currentScore = num(b.get(group));
    return {
      group,
      ...(previousScore !== undefined ? { previous: previousScore } : {}),
      ...(currentScore !== undefined ? { current: currentScore } : {}),
    };
  });
}

/** Orders decimal strings exactly; missing values sort first. */
export function compareDecimals(a: string | null | undefined, b: string | null | undefined): number {
  const ok = (v: string | null | undefined): v is string => !!v && isDecimalString(v);
  if (!ok(a)) return ok(b) ? -1 : 0;
  if (!ok(b)) return 1;
  return dec(a).comparedTo(dec(b));
}
