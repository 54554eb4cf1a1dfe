import { EVALUATION_STATUSES } from '@jixiao/domain';
import { and, asc, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { scopeCondition } from '../access/scope';
import { escapeLike, underPath } from '../access/tree-path';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { organisations, targetDeclarations } from '../db/schema';
import { awaitingReview } from '../evaluations/awaiting';
import { pageQuery } from '../routes/common';

export const declarationListQuery = z.object({
  fiscalYear: z.coerce.number().int().optional(),
  kind: z.enum(['project', 'unitWide']).optional(),
  status: z.enum(EVALUATION_STATUSES).optional(),
  organisationId: z.uuid().optional().describe('该组织及其下级'),
  q: z.string().max(100).optional().describe('按名称或单位搜索'),
  awaiting: z.enum(['true']).optional().describe('true：只列轮到我审核（签字、初审、复审）的申报表'),
  ...pageQuery,
});
export type DeclarationListQuery = z.output<typeof declarationListQuery>;

/** The list columns, never the document. */
const columns = {
  id: targetDeclarations.id,
  organisationId: targetDeclarations.organisationId,
  projectId: targetDeclarations.projectId,
  kind: targetDeclarations.kind,
  fiscalYear: targetDeclarations.fiscalYear,
  title: targetDeclarations.title,
  unitName: targetDeclarations.unitName,
  status: targetDeclarations.status,
  phase: targetDeclarations.phase,
  ruleSetId: targetDeclarations.ruleSetId,
  errorCount: targetDeclarations.errorCount,
  warningCount: targetDeclarations.warningCount,
  evaluationId: targetDeclarations.evaluationId,
  createdAt: targetDeclarations.createdAt,
  updatedAt: targetDeclarations.updatedAt,
  updatedBy: targetDeclarations.updatedBy,
  version: targetDeclarations.version,
};

/** Declarations the principal may read (their organisations' subtrees), filtered, newest first. */
export async function listDeclarations(db: DbOrTx, principal: Principal, q: DeclarationListQuery) {
  const conds: (SQL | undefined)[] = [scopeCondition(principal, 'declaration.read', organisations.path)];
  if (q.fiscalYear !== undefined) conds.push(eq(targetDeclarations.fiscalYear, q.fiscalYear));
  if (q.kind) conds.push(eq(targetDeclarations.kind, q.kind));
  if (q.status) conds.push(eq(targetDeclarations.status, q.status));
  if (q.awaiting) conds.push(awaitingReview(principal, targetDeclarations));
  if (q.organisationId) {
    const [org] = await db
      .select({ path: organisations.path })
      .from(organisations)
      .where(eq(organisations.id, q.organisationId));
    conds.push(org ? underPath(organisations.path, org.path) : eq(targetDeclarations.id, q.organisationId));
  }
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    conds.push(or(ilike(targetDeclarations.title, like), ilike(targetDeclarations.unitName, like)));
  }
  const where = and(...conds);
  const base = () =>
    db
      .select(columns)
      .from(targetDeclarations)
      .innerJoin(organisations, eq(organisations.id, targetDeclarations.organisationId));
  const items = await base()
    .where(where)
    .orderBy(desc(targetDeclarations.updatedAt), asc(targetDeclarations.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db
    .select({ n: count() })
    .from(targetDeclarations)
    .innerJoin(organisations, eq(organisations.id, targetDeclarations.organisationId))
    .where(where);
  return { items, total: total?.n ?? 0 };
}
export type DeclarationSummaryRow = Awaited<ReturnType<typeof listDeclarations>>['items'][number];
