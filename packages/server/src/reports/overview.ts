import { dec, NOT_COUNTED_STATUSES, roundedQuotient, STATISTICS_STATUSES } from '@jixiao/domain';
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
 * draft or a returned one) are averaged, graded, counted as units, plotted and ranked; the rest are one
 * count apart. Every figure is aggregated by the database over the summary columns written on each save
 * (never the documents), each statement under the same conditions, so all describe one set; a mean is
 * the exact sum over the count, rounded once here, two places half up.
 */

export interface OverviewFilter {
  fiscalYear?: number | undefined;
  /** This organisation and those below it. */
  organisationId?: string | undefined;
}

export interface OverviewQuery {
  fiscalYear: number;
  organisationId?: string | undefined;
  /** The page of ranked rows (1-based) and its size. */
  page: number;
  pageSize: number;
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

/**
 * The counted evaluations, every one, for the workbook: summary columns only, in no order (the caller
 * sorts: the database's collation sort of 10,000 names cost more than the rest of the query).
 */
export async function countedRows(db: Db, principal: Principal, q: OverviewFilter) {
  return db
    .select({
      fiscalYear: evaluations.fiscalYear,
      kind: evaluations.kind,
      title: evaluations.title,
      unitName: organisations.name,
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
    .where(and(counted, ...(await filterConditions(db, principal, q))));
}

export type CountedRow = Awaited<ReturnType<typeof countedRows>>[number];

export const GRADE_KEYS = ['excellent', 'good', 'fair', 'poor'] as const;

/** Two places, half up: the places every built-in rule set gives a score and a rate. */
const PLACES = 2;
/** sum ÷ n, two places half up; null without values. `sum` is the database's exact numeric sum as text. */
const meanText = (sum: string | null, n: number): string | null =>
  sum === null || n === 0 ? null : roundedQuotient(dec(sum), dec(n), PLACES, 'halfUp').toFixed(PLACES);

/** A score running this many points ahead of its execution rate is flagged on the scatter (高分低执行). */
export const AHEAD_BY_POINTS = 20;

const asNumber = (value: SQL) => sql`coalesce(${value}, 0)`.mapWith(Number);

/** Per department (null: units without one): counts, distinct units, exact sums for the means, findings. */
async function departmentSums(db: Db, where: SQL | undefined) {
  return db
    .select({
      departmentId: department.id,
      departmentName: department.name,
      evaluations: count(),
      units: sql`count(distinct ${evaluations.organisationId})`.mapWith(Number),
      scoreSum: sql<string | null>`sum(${evaluations.totalScore})::text`,
      scored: count(evaluations.totalScore),
      rateSum: sql<string | null>`sum(${evaluations.executionRate})::text`,
      rated: count(evaluations.executionRate),
      errors: asNumber(sql`sum(${evaluations.errorCount})`),
      warnings: asNumber(sql`sum(${evaluations.warningCount})`),
    })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .leftJoin(department, departmentJoin)
    .where(where)
    .groupBy(department.id, department.name)
    .orderBy(asc(department.name), asc(department.id));
}

type DepartmentSums = Awaited<ReturnType<typeof departmentSums>>[number];

/** Adds exact numeric texts (the departments' sums) into one. */
const sumTexts = (values: readonly (string | null)[]): string | null => {
  const given = values.filter((v): v is string => v !== null);
  return given.length === 0 ? null : given.reduce((s, v) => s.plus(dec(v)), dec(0)).toString();
};

/**
 * The figures of the whole set from its departments' sums: a unit belongs to one department, so the
 * distinct units add up; the mean is the sum of the sums over the sum of the counts (never a mean of means).
 */
export function overviewFigures(byDepartment: readonly DepartmentSums[]) {
  const total = (pick: (d: DepartmentSums) => number) => byDepartment.reduce((n, d) => n + pick(d), 0);
  const scored = total((d) => d.scored);
  const evaluationCount = total((d) => d.evaluations);
  return {
    counted: evaluationCount,
    units: total((d) => d.units),
    scored,
    unscored: evaluationCount - scored,
    averageScore: meanText(sumTexts(byDepartment.map((d) => d.scoreSum)), scored),
    averageExecutionRate: meanText(
      sumTexts(byDepartment.map((d) => d.rateSum)),
      total((d) => d.rated),
    ),
    errors: total((d) => d.errors),
    warnings: total((d) => d.warnings),
    departments: byDepartment.map((d) => ({
      departmentId: d.departmentId,
      departmentName: d.departmentName,
      evaluations: d.evaluations,
      units: d.units,
      averageScore: meanText(d.scoreSum, d.scored),
      averageExecutionRate: meanText(d.rateSum, d.rated),
    })),
  };
}

async function gradeCounts(db: Db, where: SQL | undefined) {
  const rows = await db
    .select({ grade: evaluations.grade, n: count() })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .where(where)
    .groupBy(evaluations.grade);
  return GRADE_KEYS.map((grade) => ({ grade, count: rows.find((r) => r.grade === grade)?.n ?? 0 }));
}

/**
 * Rank by score with ties (standard competition ranking, 1, 2, 2, 4: one more than the number of scores
 * strictly higher), over the whole counted set before the page is cut; unscored rows come last, unranked.
 */
const rank = sql<number | null>`case when ${evaluations.totalScore} is null then null
  else rank() over (order by ${evaluations.totalScore} desc nulls last) end`.mapWith((v) =>
  v === null ? null : Number(v),
);

/** One page of the ranked rows: by rank, then department, unit, title. */
async function rankedPage(db: Db, where: SQL | undefined, q: OverviewQuery) {
  const ranked = db
    .select({
      id: evaluations.id,
      organisationId: evaluations.organisationId,
      kind: evaluations.kind,
      title: evaluations.title,
      unitName: sql<string>`${organisations.name}`.as('unit_name_'),
      departmentId: sql<string | null>`${department.id}`.as('department_id_'),
      departmentName: sql<string | null>`${department.name}`.as('department_name_'),
      status: evaluations.status,
      totalScore: evaluations.totalScore,
      grade: evaluations.grade,
      executionRate: evaluations.executionRate,
      errorCount: evaluations.errorCount,
      warningCount: evaluations.warningCount,
      rank: rank.as('rank_'),
    })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .leftJoin(department, departmentJoin)
    .where(where)
    .as('ranked');
  return db
    .select()
    .from(ranked)
    .orderBy(
      sql`${ranked.rank} asc nulls last`,
      asc(ranked.departmentName),
      asc(ranked.unitName),
      asc(ranked.title),
      asc(ranked.id),
    )
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
}

/**
 * The scatter's points (execution rate, score) of every counted row that has both: as bare pairs, except
 * the rows whose score runs more than AHEAD_BY_POINTS ahead of the rate, which carry their names.
 */
async function scatter(db: Db, where: SQL | undefined) {
  const ahead = sql<boolean>`${evaluations.totalScore} - ${evaluations.executionRate} > ${AHEAD_BY_POINTS}`;
  const rows = await db
    .select({
      rate: evaluations.executionRate,
      score: evaluations.totalScore,
      ahead,
      id: sql<string | null>`case when ${ahead} then ${evaluations.id}::text end`,
      unitName: sql<string | null>`case when ${ahead} then ${organisations.name} end`,
      title: sql<
        string | null
      >`case when ${ahead} and ${evaluations.kind} = 'project' then ${evaluations.title} end`,
    })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .where(
      and(where, sql`${evaluations.totalScore} is not null and ${evaluations.executionRate} is not null`),
    );
  const points: [string, string][] = [];
  const flagged: { id: string; unitName: string; title: string | null; rate: string; score: string }[] = [];
  for (const r of rows) {
    if (r.rate === null || r.score === null) continue;
    if (r.ahead && r.id !== null && r.unitName !== null)
      flagged.push({ id: r.id, unitName: r.unitName, title: r.title, rate: r.rate, score: r.score });
    else points.push([r.rate, r.score]);
  }
  return { points, ahead: flagged };
}

/** How many evaluations the filter holds that do not count (drafts and returned ones). */
async function notCountedCount(db: Db, conditions: SQL[]): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .where(and(inArray(evaluations.status, [...NOT_COUNTED_STATUSES]), ...conditions));
  return row?.n ?? 0;
}

/**
 * The departments that have counted evaluations in the year within the user's scope, whatever the
 * organisation filter: the choices of the overview's department filter, so none of them is empty.
 */
async function departmentsWithData(db: Db, principal: Principal, fiscalYear: number) {
  return db
    .selectDistinct({ id: department.id, name: department.name, parentId: department.parentId })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .innerJoin(department, departmentJoin)
    .where(and(counted, ...(await filterConditions(db, principal, { fiscalYear }))))
    .orderBy(asc(department.name), asc(department.id));
}

/** The overview as the page shows it: figures, grades, scatter, one page of ranked rows, filter choices. */
export async function overview(db: Db, principal: Principal, q: OverviewQuery) {
  const conditions = await filterConditions(db, principal, q);
  const where = and(counted, ...conditions);
  const [byDepartment, grades, rows, points, notCounted, departmentChoices] = await Promise.all([
    departmentSums(db, where),
    gradeCounts(db, where),
    rankedPage(db, where, q),
    scatter(db, where),
    notCountedCount(db, conditions),
    departmentsWithData(db, principal, q.fiscalYear),
  ]);
  return {
    ...overviewFigures(byDepartment),
    notCounted,
    grades,
    scatter: points,
    rows,
    page: q.page,
    pageSize: q.pageSize,
    departmentChoices,
  };
}
