import {
  type AmountUnit,
  applyResults,
  type EvaluationKind,
  type GradeKey,
  type ResultEntry,
  type ResultsList,
  type ResultsRow,
} from '@jixiao/domain';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { scopeCondition } from '../access/scope';
import { underPath } from '../access/tree-path';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { evaluations, organisations, resultOverrides } from '../db/schema';
import { knowRuleSet, ruleSetFor } from '../rule-sets/registry';

/**
 * The bureau's next-year suggestion list (结果应用) of one fiscal year: the approved evaluations the user
 * may read (a unit its own, a 主管部门 its subtree, the 财政局 its region), their summary columns and
 * 全年预算数 read from the stored document, the finance reviewer's overrides joined in; the domain's
 * `applyResults` does every figure. Each entry carries the version of its override (0: none yet).
 */

export interface ResultsQuery {
  fiscalYear: number;
  /** This organisation and those below it. */
  organisationId?: string | undefined;
}

const department = alias(organisations, 'department');

/** What `applyResults` reads per row, plus the override's version. */
export interface StoredResultRow extends ResultsRow {
  version: number;
}

function rowsQuery(db: DbOrTx, where: SQL | undefined) {
  return db
    .select({
      evaluationId: evaluations.id,
      fiscalYear: evaluations.fiscalYear,
      kind: evaluations.kind,
      title: evaluations.title,
      unitId: organisations.id,
      unitName: organisations.name,
      departmentId: department.id,
      departmentName: department.name,
      ruleSetId: evaluations.ruleSetId,
      totalScore: evaluations.totalScore,
      grade: evaluations.grade,
      adjustedBudget: sql<string | null>`${evaluations.data}->'funds'->'total'->>'adjustedBudget'`,
      amountUnit: sql<string | null>`${evaluations.data}->>'amountUnit'`,
      overrideSuggestion: resultOverrides.suggestion,
      overrideChange: resultOverrides.change,
      overrideReason: resultOverrides.reason,
      version: resultOverrides.version,
    })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .leftJoin(department, and(eq(department.id, organisations.parentId), eq(department.kind, 'department')))
    .leftJoin(
      resultOverrides,
      and(
        eq(resultOverrides.evaluationId, evaluations.id),
        eq(resultOverrides.fiscalYear, evaluations.fiscalYear),
      ),
    )
    .where(where);
}

type Raw = Awaited<ReturnType<typeof rowsQuery>>[number];

const GRADES: readonly string[] = ['excellent', 'good', 'fair', 'poor'];
const isGrade = (g: string | null): g is GradeKey => g !== null && GRADES.includes(g);

function toRow(r: Raw): StoredResultRow {
  const kind: EvaluationKind = r.kind;
  const amountUnit: AmountUnit = r.amountUnit === 'yuan' ? 'yuan' : 'wanYuan';
  return {
    evaluationId: r.evaluationId,
    fiscalYear: r.fiscalYear,
    kind,
    title: r.title,
    unitId: r.unitId,
    unitName: r.unitName,
    departmentId: r.departmentId,
    departmentName: r.departmentName,
    ruleSetId: r.ruleSetId,
    totalScore: r.totalScore,
    grade: isGrade(r.grade) ? r.grade : null,
    adjustedBudget: r.adjustedBudget === null || r.adjustedBudget.trim() === '' ? null : r.adjustedBudget,
    amountUnit,
    override:
      r.overrideSuggestion !== null && r.overrideChange !== null && r.overrideReason !== null
        ? { suggestion: r.overrideSuggestion, change: r.overrideChange, reason: r.overrideReason }
        : null,
    version: r.version ?? 0,
  };
}

/**
 * The rows of the year within the user's scope (and the organisation asked for). `null` for the principal
 * reads without a user's scope: only for a caller that has decided what may be shown (publication).
 */
export async function resultRows(
  db: DbOrTx,
  principal: Principal | null,
  q: ResultsQuery,
): Promise<StoredResultRow[]> {
  const conds: SQL[] = [eq(evaluations.fiscalYear, q.fiscalYear), eq(evaluations.status, 'approved')];
  const scope = principal ? scopeCondition(principal, 'results.read', organisations.path) : undefined;
  if (scope) conds.push(scope);
  if (q.organisationId) {
    const [org] = await db
      .select({ path: organisations.path })
      .from(organisations)
      .where(eq(organisations.id, q.organisationId));
    conds.push(org ? underPath(organisations.path, org.path) : sql`false`);
  }
  return (await rowsQuery(db, and(...conds))).map(toRow);
}

/** One approved evaluation's row, whoever reads it (the route's access hook has checked the target). */
export async function resultRowOf(db: DbOrTx, evaluationId: string): Promise<StoredResultRow | undefined> {
  const [row] = await rowsQuery(
    db,
    and(eq(evaluations.id, evaluationId), eq(evaluations.status, 'approved')),
  );
  return row ? toRow(row) : undefined;
}

/** This evaluation's entry of the list, when it is approved (for its report's 结果应用情况); else undefined. */
export async function resultEntryOf(db: DbOrTx, evaluationId: string): Promise<ResultEntry | undefined> {
  const row = await resultRowOf(db, evaluationId);
  if (!row) return undefined;
  await knowRuleSet(db, row.ruleSetId);
  return resultsOf([row]).list.departments[0]?.units[0]?.entries[0];
}

export interface ResultsAnswer {
  list: ResultsList;
  versions: Map<string, number>;
}

/** The list the domain computes from the rows, with each entry's override version beside it. */
export function resultsOf(rows: readonly StoredResultRow[]): ResultsAnswer {
  return {
    list: applyResults(rows, ruleSetFor),
    versions: new Map(rows.map((r) => [r.evaluationId, r.version])),
  };
}

export async function resultsList(
  db: DbOrTx,
  principal: Principal | null,
  q: ResultsQuery,
): Promise<ResultsAnswer> {
  const rows = await resultRows(db, principal, q);
  // A custom rule set uploaded through another instance is brought up to date before scoring reads it.
  for (const id of new Set(rows.map((r) => r.ruleSetId))) await knowRuleSet(db, id);
  return resultsOf(rows);
}
