import { EVALUATION_STATUSES } from '@jixiao/domain';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/connect';
import { auditLog, users } from '../db/schema';
import { checklistSchema } from './checklist';

/** What an audit line of a declaration records beside its changed paths (see store.ts). */
const note = z
  .object({
    status: z.enum(EVALUATION_STATUSES).optional(),
    phase: z.enum(['declaration', 'adjustment']).optional(),
    fromStatus: z.enum(EVALUATION_STATUSES).optional(),
    comment: z.string().optional(),
    checklist: checklistSchema.optional(),
  })
  .nullable()
  .catch(null);

/**
 * 历史: every change of the declaration from its audit lines, oldest first — who did what, the status
 * before and after, the reason and the 审核要点 of each review step. The document's values before and after
 * (an adjusted target beside the declared one) stay in the document itself and the lines' changed paths.
 */
export async function declarationHistory(db: DbOrTx, id: string) {
  const rows = await db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      userId: auditLog.userId,
      userName: users.displayName,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.entity, 'declaration'), eq(auditLog.entityId, id)))
    .orderBy(asc(auditLog.id));
  return rows.map((r) => {
    const before = note.parse(r.before);
    const after = note.parse(r.after);
    return {
      at: r.at.toISOString(),
      action: r.action,
      userId: r.userId,
      userName: r.userName,
      fromStatus: after?.fromStatus ?? before?.status ?? null,
      toStatus: after?.status ?? null,
      phase: after?.phase ?? null,
      ...(after?.comment ? { comment: after.comment } : {}),
      ...(after?.checklist ? { checklist: after.checklist } : {}),
    };
  });
}
