import {
  competitionRanks,
  type Decimal,
  dec,
  meanOf,
  NOT_COUNTED_STATUSES,
  round,
  STATISTICS_STATUSES,
} from '@jixiao/domain';
import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { scopeCondition } from '../access/scope';
import { underPath } from '../access/tree-path';
import type { Principal } from '../auth/sessions';
import type { Db } from '../db/connect';
import { evaluations, organisations } from '../db/schema';

/**
 * The overview (全局总览) and its workbook: what the evaluations the user may read add up to. Only the
 * evaluations that count in statistics (the domain's `countsInStatistics`: submitted and later, never a
 * draft or a returned one) are averaged, graded, counted as units and ranked; the rest are one count
 * apart. Every figure comes from the summary columns written on each save, never from the documents.
 */

export interface OverviewFilter {
  fiscalYear?: number | undefined;
  /** This organisation and those below it. */
  organisationId?: string | undefined;
}

/** The unit's 主管部门: its parent when that parent is a department (a unit may hang under a bureau directly). */
const department = alias(organisations, 'department');
const departmentJoin = and(eq(department.id, organisations.parentId), eq(department.kind, 'department'));

/** Scope, year and organisation, without the status: the counted and the not-counted sets share them. */
async function filterConditions(db: Db, principal: Principal, q: OverviewFilter): Promise<SQL[]> {
  const conds: SQL[] = [];
  const scope = scopeCondition(principal, 'evaluation.read', organisations.path);
  if (scope) conds.push(scope);
  if (q.fiscalYear !== undefined) conds.push(eq(evaluations.fiscalYear, q.fiscalYear));
  if (q.organisationId) {
    const [org] = await db
      .select({ path: organisations.path })
      .from(organisations)
      .where(eq(organisations.id, q.organisationId));
    conds.push(org ? underPath(organisations.path, org.path) : sql`false`);
  }
  return conds;
}

const counted = inArray(evaluations.status, [...STATISTICS_STATUSES]);

/** The counted evaluations, by department, unit, year and title: summary columns only. */
export async function countedRows(db: Db, principal: Principal, q: OverviewFilter) {
  return db
    .select({
      id: evaluations.id,
      organisationId: evaluations.organisationId,
      fiscalYear: evaluations.fiscalYear,
      kind: evaluations.kind,
      title: evaluations.title,
      unitName: organisations.name,
      departmentId: department.id,
      departmentName: department.name,
      status: evaluations.status,
      ruleSetId: evaluations.ruleSetId,
      totalScore: evaluations.totalScore,
      grade: evaluations.grade,
      executionRate: evaluations.executionRate,
      errorCount: evaluations.errorCount,
      warningCount: evaluations.warningCount,
    })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .leftJoin(department, departmentJoin)
    .where(and(counted, ...(await filterConditions(db, principal, q))))
    .orderBy(
      asc(department.name),
      asc(organisations.name),
      asc(evaluations.fiscalYear),
      asc(evaluations.title),
      asc(evaluations.id),
    );
}

export type CountedRow = Awaited<ReturnType<typeof countedRows>>[number];

export const GRADE_KEYS = ['excellent', 'good', 'fair', 'poor'] as const;

/** Two places, half up: the places every built-in rule set gives a score and a rate. */
const PLACES = 2;
const meanText = (values: readonly Decimal[]): string | null => {
  const mean = meanOf(values);
  return mean === undefined ? null : round(mean, PLACES, 'halfUp').toFixed(PLACES);
};
const decimals = (values: readonly (string | null)[]): Decimal[] =>
  values.filter((v): v is string => v !== null).map((v) => dec(v));

export interface DepartmentFigures {
  /** Null for units without a 主管部门. */
  departmentId: string | null;
  departmentName: string | null;
  evaluations: number;
  units: number;
  averageScore: string | null;
  averageExecutionRate: string | null;
}

/** The figures of a set of counted rows: counts, distinct units, the mean score, grades and findings. */
function figuresOf(rows: readonly CountedRow[]) {
  const scores = decimals(rows.map((r) => r.totalScore));
  return {
    evaluations: rows.length,
    units: new Set(rows.map((r) => r.organisationId)).size,
    scored: scores.length,
    averageScore: meanText(scores),
    averageExecutionRate: meanText(decimals(rows.map((r) => r.executionRate))),
  };
}

/**
 * The overview's figures over the counted rows (`notCounted`: how many drafts and returned ones the same
 * filter holds). Means are exact and rounded once, two places half up; ranks are by score with ties
 * (1, 2, 2, 4), unscored rows unranked; rows come ranked, then in the query's order.
 */
export function overviewStatistics(rows: readonly CountedRow[], notCounted: number) {
  const figures = figuresOf(rows);
  const grades = GRADE_KEYS.map((grade) => ({ grade, count: rows.filter((r) => r.grade === grade).length }));
  const byDepartment = new Map<string | null, CountedRow[]>();
  for (const r of rows) {
    const group = byDepartment.get(r.departmentId);
    if (group) group.push(r);
    else byDepartment.set(r.departmentId, [r]);
  }
  const ranks = competitionRanks(rows.map((r) => (r.totalScore === null ? null : dec(r.totalScore))));
  const ranked = rows
    .map((r, i) => ({ ...r, rank: ranks[i] ?? null }))
    .map((r, position) => ({ r, position }))
    .sort((a, b) => (a.r.rank ?? Infinity) - (b.r.rank ?? Infinity) || a.position - b.position)
    .map(({ r }) => r);
  return {
    counted: figures.evaluations,
    notCounted,
    units: figures.units,
    scored: figures.scored,
    unscored: figures.evaluations - figures.scored,
    averageScore: figures.averageScore,
    averageExecutionRate: figures.averageExecutionRate,
    grades,
    errors: rows.reduce((n, r) => n + r.errorCount, 0),
    warnings: rows.reduce((n, r) => n + r.warningCount, 0),
    departments: [...byDepartment].map(([departmentId, of]): DepartmentFigures => {
      const f = figuresOf(of);
      return {
        departmentId,
        departmentName: of[0]?.departmentName ?? null,
        evaluations: f.evaluations,
        units: f.units,
        averageScore: f.averageScore,
        averageExecutionRate: f.averageExecutionRate,
      };
    }),
    rows: ranked,
  };
}

export type OverviewStatistics = ReturnType<typeof overviewStatistics>;

/** How many evaluations the filter holds that do not count (drafts and returned ones). */
async function notCountedCount(db: Db, principal: Principal, q: OverviewFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .where(
      and(
        inArray(evaluations.status, [...NOT_COUNTED_STATUSES]),
        ...(await filterConditions(db, principal, q)),
      ),
    );
  return row?.n ?? 0;
}

/**
 * The departments that have counted evaluations in the year within the user's scope, whatever the
 * organisation filter: the choices of the overview's department filter, so none of them is empty.
 */
async function departmentsWithData(db: Db, principal: Principal, fiscalYear: number | undefined) {
  return db
    .selectDistinct({ id: department.id, name: department.name, parentId: department.parentId })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .innerJoin(department, departmentJoin)
    .where(and(counted, ...(await filterConditions(db, principal, { fiscalYear }))))
    .orderBy(asc(department.name), asc(department.id));
}

/** The overview as the page shows it: the figures, the ranked rows and the department filter's choices. */
export async function overview(db: Db, principal: Principal, q: OverviewFilter) {
  const [rows, notCounted, departments] = await Promise.all([
    countedRows(db, principal, q),
    notCountedCount(db, principal, q),
    departmentsWithData(db, principal, q.fiscalYear),
  ]);
  return { ...overviewStatistics(rows, notCounted), departmentChoices: departments };
}
