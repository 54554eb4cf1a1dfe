import { and, asc, count, desc, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import { scopeCondition } from '../access/scope';
import { escapeLike, underPath } from '../access/tree-path';
import type { Principal } from '../auth/sessions';
import type { Db } from '../db/connect';
import { type EvaluationStatus, evaluations, organisations } from '../db/schema';
import { awaitingReview } from './awaiting';
import type { EvaluationRow } from './store';

export interface EvaluationFilter {
  fiscalYear?: number;
  kind?: 'project' | 'unitWide';
  status?: EvaluationStatus;
  /** The organisation and everything below it. */
  organisationId?: string;
  grade?: string;
  /** Part of the title or the unit's name. */
  q?: string;
  demo?: 'true' | 'false';
  hasErrors?: 'true' | 'false';
  /** Only those whose next review step is the principal's (待我审核). */
  awaiting?: 'true';
  sort: 'updatedAt' | 'totalScore' | 'title' | 'fiscalYear';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

/**
 * The columns a list row is made of: the summary columns kept by evaluations/derive.ts on every write,
 * never `data` (the whole Evaluation JSON, which would be read and detoasted for every row).
 */
export const summaryColumns = {
  id: evaluations.id,
  organisationId: evaluations.organisationId,
  projectId: evaluations.projectId,
  kind: evaluations.kind,
  fiscalYear: evaluations.fiscalYear,
  title: evaluations.title,
  unitName: evaluations.unitName,
  status: evaluations.status,
  ruleSetId: evaluations.ruleSetId,
  totalScore: evaluations.totalScore,
  grade: evaluations.grade,
  executionRate: evaluations.executionRate,
  errorCount: evaluations.errorCount,
  warningCount: evaluations.warningCount,
  demo: evaluations.demo,
  createdAt: evaluations.createdAt,
  updatedAt: evaluations.updatedAt,
  updatedBy: evaluations.updatedBy,
  version: evaluations.version,
};

/** One list row: an evaluation without its document. */
export type EvaluationSummaryRow = Pick<EvaluationRow, keyof typeof summaryColumns>;

const SORT_COLUMN = {
  updatedAt: evaluations.updatedAt,
  totalScore: evaluations.totalScore,
  title: evaluations.title,
  fiscalYear: evaluations.fiscalYear,
};

/** The filter as one SQL condition (undefined: everything); null when the organisation asked for does not exist. */
async function conditionsOf(
  db: Db,
  principal: Principal,
  q: EvaluationFilter,
): Promise<SQL | undefined | null> {
  const conds: (SQL | undefined)[] = [scopeCondition(principal, 'evaluation.read', organisations.path)];
  if (q.fiscalYear !== undefined) conds.push(eq(evaluations.fiscalYear, q.fiscalYear));
  if (q.kind) conds.push(eq(evaluations.kind, q.kind));
  if (q.status) conds.push(eq(evaluations.status, q.status));
  if (q.grade) conds.push(eq(evaluations.grade, q.grade));
  if (q.demo) conds.push(eq(evaluations.demo, q.demo === 'true'));
  if (q.awaiting) conds.push(awaitingReview(principal));
  if (q.hasErrors)
    conds.push(q.hasErrors === 'true' ? gt(evaluations.errorCount, 0) : eq(evaluations.errorCount, 0));
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    conds.push(or(ilike(evaluations.title, like), ilike(evaluations.unitName, like)));
  }
  if (q.organisationId) {
    const [org] = await db
      .select({ path: organisations.path })
      .from(organisations)
      .where(eq(organisations.id, q.organisationId));
    if (!org) return null;
    conds.push(underPath(organisations.path, org.path));
  }
  return and(...conds);
}

/**
 * One page of the evaluations the principal may read, with the total over all pages. The page and the total
 * are two statements: the page walks the sort's index and stops after `pageSize` rows, the count joins
 * without sorting, where one statement with `count(*) over ()` built, joined and sorted every row in scope
 * to keep 50 (measured at 2,000 evaluations: 5–7 ms of PostgreSQL per request against 1.5–3 for both).
 * Ties on the sort column are broken by id in the same direction, so that the sort's index (column, id),
 * read forwards or backwards, gives the order itself: a bulk import writes hundreds of rows with one
 * `updated_at`, and a mixed direction had the database sort each such group to keep 50 rows.
 * A first page that is not full is the whole list and needs no count. The two read at separate moments, so a
 * write between them can make the total differ from the pages by that write, as it would from one page to the next.
 */
export async function listEvaluations(
  db: Db,
  principal: Principal,
  q: EvaluationFilter,
): Promise<{ rows: EvaluationSummaryRow[]; total: number }> {
  const where = await conditionsOf(db, principal, q);
  if (where === null) return { rows: [], total: 0 };
  const column = SORT_COLUMN[q.sort];
  const rows = await db
    .select(summaryColumns)
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .where(where)
    .orderBy(
      ...(q.order === 'asc' ? [asc(column), asc(evaluations.id)] : [desc(column), desc(evaluations.id)]),
    )
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  if (q.page === 1 && rows.length < q.pageSize) return { rows, total: rows.length };
  const [total] = await db
    .select({ n: count() })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .where(where);
  return { rows, total: total?.n ?? 0 };
}
