import { dec, isDecimalString, round } from '@jixiao/domain';
import type { Overview, OverviewDepartment, OverviewRow } from '../../api/types';

/**
 * Pure builders of the overview's chart data (tested without a browser), all from one answer of
 * GET /api/reports/overview, so the figures, the grades, the scatter and the department bars describe the
 * same filtered set: the evaluations that count (submitted and later). The server worked out the means
 * exactly and rounded them once; numbers become JS numbers here only for plotting.
 */
export const GRADE_ORDER = ['excellent', 'good', 'fair', 'poor'] as const;
export const UNGRADED = 'ungraded';

export interface GradeCount {
  /** Grade key (excellent…) or UNGRADED. */
  grade: string;
  count: number;
}

/** Evaluations per grade in the order 优 良 中 差, with the unscored (no grade) last, only when there are any. */
export function gradeDistribution(o: Pick<Overview, 'grades' | 'unscored'>): GradeCount[] {
  const counts = GRADE_ORDER.map((grade) => ({
    grade,
    count: o.grades.find((g) => g.grade === grade)?.count ?? 0,
  }));
  return o.unscored > 0 ? [...counts, { grade: UNGRADED, count: o.unscored }] : counts;
}

/** What a row is called where space is short: the unit, and the project when it is a project's evaluation. */
export function rowName(row: { unitName: string; title: string | null; kind?: OverviewRow['kind'] }): string {
  const project = row.kind === undefined || row.kind === 'project' ? row.title : null;
  return project ? `${row.unitName} · ${project}` : row.unitName;
}

export interface ScatterPoint {
  /** Set on the points that carry a name (those running ahead of spending). */
  id?: string;
  name: string;
  /** Execution rate in percent. */
  rate: number;
  score: number;
  /** Self-score running ahead of spending: high score with low execution (the server's rule). */
  ahead: boolean;
}

const plottedAt2 = (v: string) => round(dec(v), 2, 'halfUp').toNumber();

/** The server's scatter (bare pairs, and the rows ahead of spending with their names) as points to plot. */
export function scatterPoints(scatter: Overview['scatter']): ScatterPoint[] {
  const points: ScatterPoint[] = [];
  for (const [rate, score] of scatter.points) {
    if (rate === undefined || score === undefined || !isDecimalString(rate) || !isDecimalString(score))
      continue;
    points.push({ name: '', rate: plottedAt2(rate), score: plottedAt2(score), ahead: false });
  }
  for (const p of scatter.ahead) {
    if (!isDecimalString(p.rate) || !isDecimalString(p.score)) continue;
    points.push({
      id: p.id,
      name: rowName(p),
      rate: plottedAt2(p.rate),
      score: plottedAt2(p.score),
      ahead: true,
    });
  }
  return points;
}

export interface GroupRate {
  group: string;
  /** Mean of the evaluations' execution rates, percent, 2 decimals (the server's). */
  rate: number;
  evaluations: number;
}

const plotted = (v: string | null): number | undefined =>
  v && isDecimalString(v) ? dec(v).toNumber() : undefined;

/** Mean execution rate per department, highest first; departments without a rate are left out. */
export function rateByDepartment(
  departments: readonly OverviewDepartment[],
  nameOf: (d: OverviewDepartment) => string,
): GroupRate[] {
  const out: GroupRate[] = [];
  for (const d of departments) {
    const rate = plotted(d.averageExecutionRate);
    if (rate !== undefined) out.push({ group: nameOf(d), rate, evaluations: d.evaluations });
  }
  return out.sort((a, b) => b.rate - a.rate);
}

export interface YearChange {
  group: string;
  previous?: number;
  current?: number;
}

/** Mean score per department in two years (matched by department), for the year-over-year bars. */
export function yearOverYear(
  current: readonly OverviewDepartment[],
  previous: readonly OverviewDepartment[],
  nameOf: (d: OverviewDepartment) => string,
): YearChange[] {
  const before = new Map(previous.map((d) => [d.departmentId, d]));
  const seen = new Set(current.map((d) => d.departmentId));
  const pair = (now: OverviewDepartment | undefined, then: OverviewDepartment | undefined, name: string) => {
    const previousScore = then ? plotted(then.averageScore) : undefined;
    const currentScore = now ? plotted(now.averageScore) : undefined;
    return {
      group: name,
      ...(previousScore !== undefined ? { previous: previousScore } : {}),
      ...(currentScore !== undefined ? { current: currentScore } : {}),
    };
  };
  return [
    ...current.map((d) => pair(d, before.get(d.departmentId), nameOf(d))),
    ...previous.filter((d) => !seen.has(d.departmentId)).map((d) => pair(undefined, d, nameOf(d))),
  ];
}

/** Orders decimal strings exactly; missing values sort first. */
export function compareDecimals(a: string | null | undefined, b: string | null | undefined): number {
  const ok = (v: string | null | undefined): v is string => !!v && isDecimalString(v);
  if (!ok(a)) return ok(b) ? -1 : 0;
  if (!ok(b)) return 1;
  return dec(a).comparedTo(dec(b));
}
