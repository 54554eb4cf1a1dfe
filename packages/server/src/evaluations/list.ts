import { and, eq, gt, ilike, or, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { scopeCondition } from '../access/scope';
import { escapeLike, underPathColumn } from '../access/tree-path';
import type { Principal } from '../auth/sessions';
import { type Db, PURE_READ } from '../db/connect';
import { type EvaluationStatus, evaluations, organisations } from '../db/schema';
import { awaitingReview } from './awaiting';
import type { PageCache, Snapshotted } from './list-cache';
import type { EvaluationRow } from './store';

const dialect = new PgDialect();

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

/** The filter as one SQL condition (undefined: everything); an unknown organisation matches nothing. */
function conditionsOf(principal: Principal, q: EvaluationFilter): SQL | undefined {
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
    // The subtree's path in the same statement: null (so no row) when the organisation does not exist.
    const subtree = sql`(select ${organisations.path} from ${organisations} where ${organisations.id} = ${q.organisationId})`;
    conds.push(underPathColumn(organisations.path, subtree));
  }
  return and(...conds);
}

/**
 * How each summary column is written in the list's JSON, which the database writes (see listPageJson):
 * numerics as their exact text, timestamps as `Date.toISOString()` writes them (UTC, milliseconds cut, not
 * rounded, as a JS Date cuts the microseconds it is given), everything else as JSON writes its value. The
 * keys and their order are summaryColumns', so a list row reads exactly like routes' `summary(row)`
 * (test/list.test.ts compares the two).
 */
function jsonValueOf(column: (typeof summaryColumns)[keyof typeof summaryColumns]): SQL {
  if (column.columnType === 'PgNumeric') return sql`${column}::text`;
  if (column.columnType === 'PgTimestamp')
    return sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return sql`${column}`;
}

/**
 * A fragment without parameters written out once as SQL text. Drizzle writes a statement by walking every
 * column object in it, for the list's key (list-cache.ts) and again to run it: with the 19 summary columns
 * that walk was 0.35 ms per request (a third of the list's CPU on a kept page); written out once, it is not.
 */
function rendered(fragment: SQL): SQL {
  const { sql: text, params } = dialect.sqlToQuery(fragment);
  if (params.length > 0) throw new Error('a rendered fragment may hold no parameters');
  return sql.raw(text);
}

const SUMMARY_JSON_COLUMNS = rendered(
  sql.join(
    Object.entries(summaryColumns).map(
      ([key, column]) => sql`${jsonValueOf(column)} as ${sql.identifier(key)}`,
    ),
    sql`, `,
  ),
);
const JOINED = rendered(
  sql`from ${evaluations} inner join ${organisations} on ${organisations.id} = ${evaluations.organisationId}`,
);
const SORT_SQL = Object.fromEntries(
  Object.entries(SORT_COLUMN).map(([key, column]) => [key, rendered(sql`${column}`)]),
) as Record<keyof typeof SORT_COLUMN, SQL>;
const ID_SQL = rendered(sql`${evaluations.id}`);

const pageResult = z.object({
  rows: z.array(z.object({ items: z.string(), total: z.number().int(), snapshot: z.string() })),
});
const snapshotResult = z.object({ rows: z.array(z.object({ snapshot: z.string() })) });

/**
 * The database's current snapshot as text, for SnapshotCache (list-cache.ts): one statement that reads no
 * table. Marked as a pure read, though PGlite keeps its pages by the change count instead.
 */
export function currentSnapshotOf(db: Db): () => Promise<string> {
  const statement = sql`${sql.raw(PURE_READ)} select pg_current_snapshot()::text as snapshot`;
  return async () => snapshotResult.parse(await db.execute(statement)).rows[0]?.snapshot ?? '';
}

/** One page of the list: its rows as JSON text (an array of summaries), and the total over all pages. */
export interface ListPage {
  itemsJson: string;
  total: number;
}

/**
 * One page of the evaluations the principal may read and the total over all pages, in one statement (one
 * round trip, read in one snapshot, so the total always counts the rows the pages show). The page walks
 * the sort's index and stops after `pageSize` rows; ties on the sort column are broken by id in the same
 * direction, so that the index (column, id), read forwards or backwards, gives the order itself (a bulk
 * import writes hundreds of rows with one `updated_at`). The count is a separate scalar subquery joining
 * without sorting (`count(*) over ()` built, joined and sorted every row in scope to keep 50), and is not
 * run for a first page that is not full, which is the whole list.
 *
 * The database writes the page as JSON: on PGlite every field of a result costs a buffer copy and a decode
 * in its protocol parser, and then drizzle's mapping and a JSON.stringify per field — 50 rows × 19
 * columns per page, more than the database spent reading them. One text field replaces them.
 */
export async function listPageJson(
  db: Db,
  principal: Principal,
  q: EvaluationFilter,
  /** Pages kept while nothing could have changed them (list-cache.ts). */
  cache?: PageCache<ListPage>,
): Promise<ListPage> {
  const where = conditionsOf(principal, q);
  const whereSql = where ? sql`where ${where}` : sql``;
  const column = SORT_SQL[q.sort];
  const direction = q.order === 'asc' ? sql`asc` : sql`desc`;
  const joined = JOINED;
  const offset = (q.page - 1) * q.pageSize;
  const counted = sql`(select count(*) ${joined} ${whereSql})`;
  const total =
    q.page === 1
      ? sql`case when (select count(*) from page) < ${q.pageSize} then (select count(*) from page) else ${counted} end`
      : counted;
  // Marked as a pure read: it leaves PGlite's change count, and so the cache, as they are.
  const statement = sql`${sql.raw(PURE_READ)}
    with page as (
      select ${column} as sort_key, ${ID_SQL} as sort_id, row_to_json(r)::text as item
      ${joined} cross join lateral (select ${SUMMARY_JSON_COLUMNS}) r ${whereSql}
      order by ${column} ${direction}, ${ID_SQL} ${direction}
      limit ${q.pageSize} offset ${offset}
    )
    select
      '[' || coalesce((select string_agg(item, ',' order by sort_key ${direction}, sort_id ${direction}) from page), '') || ']' as items,
      (${total})::int as total,
      pg_current_snapshot()::text as snapshot`;
  const read = async (): Promise<Snapshotted<ListPage>> => {
    const [row] = pageResult.parse(await db.execute(statement)).rows;
    return {
      value: { itemsJson: row?.items ?? '[]', total: row?.total ?? 0 },
      snapshot: row?.snapshot ?? '',
    };
  };
  if (!cache) return (await read()).value;
  // The statement's text and parameters say everything the page depends on but the data.
  const { sql: text, params } = dialect.sqlToQuery(statement);
  return cache.page(`${text}\n${JSON.stringify(params)}`, read);
}
