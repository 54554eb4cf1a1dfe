import { isOverdue, type RectificationSourceKind, type RectificationStatus } from '@jixiao/domain';
import { and, asc, eq, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Permission } from '../access/policies';
import { scopeCondition } from '../access/scope';
import { underPath } from '../access/tree-path';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { organisations, rectificationItems } from '../db/schema';
import type { RectificationRow } from './store';

/**
 * The ledger as each user may see it (their organisations' subtrees), filtered by year, organisation subtree,
 * status, source and 逾期. Overdue is the domain's `isOverdue` on the request's day; the SQL condition below
 * is the same rule (deadline before today, not closed) so the filter and the flag agree.
 */
export interface RectificationFilter {
  fiscalYear?: number | undefined;
  /** An organisation whose subtree to keep (a department: all its units). */
  organisationPath?: string | undefined;
  organisationId?: string | undefined;
  id?: string | undefined;
  status?: RectificationStatus | undefined;
  source?: RectificationSourceKind | undefined;
  overdue?: boolean | undefined;
}

const department = alias(organisations, 'department');

export interface RectificationListRow extends RectificationRow {
  unitName: string;
  departmentId: string | null;
  departmentName: string | null;
  path: string;
  overdue: boolean;
}

/** Whose view: the principal's organisations under the permission; `null` for a row already authorised by id. */
export type ListScope = { principal: Principal; permission: Permission } | null;

function conditions(scope: ListScope, q: RectificationFilter, today: string): SQL[] {
  const conds: SQL[] = [];
  const within = scope && scopeCondition(scope.principal, scope.permission, organisations.path);
  if (within) conds.push(within);
  if (q.id !== undefined) conds.push(eq(rectificationItems.id, q.id));
  if (q.organisationId !== undefined) conds.push(eq(rectificationItems.organisationId, q.organisationId));
  if (q.fiscalYear !== undefined) conds.push(eq(rectificationItems.fiscalYear, q.fiscalYear));
  if (q.organisationPath !== undefined) conds.push(underPath(organisations.path, q.organisationPath));
  if (q.status !== undefined) conds.push(eq(rectificationItems.status, q.status));
  if (q.source !== undefined) conds.push(eq(rectificationItems.sourceKind, q.source));
  if (q.overdue === true) {
    conds.push(sql`${rectificationItems.deadline} < ${today}::date`, ne(rectificationItems.status, 'closed'));
  }
  if (q.overdue === false) {
    conds.push(
      sql`(${rectificationItems.deadline} >= ${today}::date or ${rectificationItems.status} = 'closed')`,
    );
  }
  return conds;
}

export async function listRectification(
  db: DbOrTx,
  scope: ListScope,
  q: RectificationFilter,
  today: string,
): Promise<RectificationListRow[]> {
  const rows = await db
    .select({
      item: rectificationItems,
      unitName: organisations.name,
      path: organisations.path,
      departmentId: department.id,
      departmentName: department.name,
    })
    .from(rectificationItems)
    .innerJoin(organisations, eq(organisations.id, rectificationItems.organisationId))
    .leftJoin(department, and(eq(department.id, organisations.parentId), eq(department.kind, 'department')))
    .where(and(...conditions(scope, q, today)))
    .orderBy(asc(rectificationItems.deadline), asc(rectificationItems.id))
    .limit(5000);
  return rows.map((r) => ({
    ...r.item,
    unitName: r.unitName,
    path: r.path,
    departmentId: r.departmentId,
    departmentName: r.departmentName,
    overdue: isOverdue(r.item, today),
  }));
}

/** Per 主管部门 (units directly under the bureau as one line without a department): items by status, and overdue. */
export interface RectificationDepartmentLine {
  departmentId: string | null;
  departmentName: string | null;
  total: number;
  pending: number;
  inProgress: number;
  reported: number;
  closed: number;
  overdue: number;
}

export function byDepartment(rows: readonly RectificationListRow[]): RectificationDepartmentLine[] {
  const lines = new Map<string, RectificationDepartmentLine>();
  for (const r of rows) {
    const key = r.departmentId ?? '';
    let line = lines.get(key);
    if (!line) {
      line = {
        departmentId: r.departmentId,
        departmentName: r.departmentName,
        total: 0,
        pending: 0,
        inProgress: 0,
        reported: 0,
        closed: 0,
        overdue: 0,
      };
      lines.set(key, line);
    }
    line.total += 1;
    line[r.status] += 1;
    if (r.overdue) line.overdue += 1;
  }
  return [...lines.values()].sort((a, b) =>
    (a.departmentName ?? '').localeCompare(b.departmentName ?? '', 'zh'),
  );
}
