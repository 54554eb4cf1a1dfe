import {
  type Acknowledgement,
  acknowledgementSchema,
  EVALUATION_STATUSES,
  EVALUATION_WORKFLOW,
} from '@jixiao/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../db/audit';
import type { Db } from '../db/connect';
import { auditLog, type EvaluationStatus, evaluationComments, users } from '../db/schema';
import { invalid } from '../http/errors';
import { serverMessage as m } from '../messages';
import { nameOf } from './read';

export interface FieldComment {
  id: string;
  path: string;
  text: string;
  userId: string | null;
  userName: string | null;
  at: string;
}

export interface HistoryItem {
  at: string;
  action: string;
  userId: string | null;
  userName: string | null;
  fromStatus: EvaluationStatus | null;
  toStatus: EvaluationStatus | null;
  comment?: string;
  path?: string;
  acknowledgements?: Acknowledgement[];
}

export async function commentsOf(db: Db, evaluationId: string): Promise<FieldComment[]> {
  const rows = await db
    .select({
      id: evaluationComments.id,
      path: evaluationComments.path,
      text: evaluationComments.text,
      userId: evaluationComments.userId,
      userName: users.displayName,
      at: evaluationComments.at,
    })
    .from(evaluationComments)
    .leftJoin(users, eq(users.id, evaluationComments.userId))
    .where(eq(evaluationComments.evaluationId, evaluationId))
    .orderBy(asc(evaluationComments.at), asc(evaluationComments.id));
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}

/** Comments may be added in any status (approved included): they annotate, they change no figure. */
export async function addComment(
  db: Db,
  input: { evaluationId: string; path: string; text: string; userId: string },
): Promise<FieldComment> {
  const text = input.text.trim();
  if (!text) {
    throw invalid(m('evaluation.commentEmpty'), [
      { message: m('evaluation.writeComment'), location: { path: 'text', label: m('label.comment').text } },
    ]);
  }
  const row = await db.transaction(async (tx) => {
    const [made] = await tx
      .insert(evaluationComments)
      .values({ evaluationId: input.evaluationId, path: input.path, text, userId: input.userId })
      .returning();
    if (!made) throw new Error('insert returned nothing');
    // Its own entity, so the history (which reads comments from their table) lists each comment once.
    await audit(tx, {
      userId: input.userId,
      action: 'create',
      entity: 'comment',
      entityId: made.id,
      after: { evaluationId: made.evaluationId, path: made.path, text: made.text },
    });
    return made;
  });
  return {
    id: row.id,
    path: row.path,
    text: row.text,
    userId: row.userId,
    userName: await nameOf(db, row.userId),
    at: row.at.toISOString(),
  };
}

/**
 * The status fields of an audit entry's before/after. An update's entry holds only the changed paths
 * (db/audit.ts) plus the status, kept whole, so these top-level keys read the same as before diffs.
 */
const statusNote = z.object({
  status: z.enum(EVALUATION_STATUSES).optional(),
  fromStatus: z.enum(EVALUATION_STATUSES).optional(),
  comment: z.string().optional(),
  acknowledgements: z.array(acknowledgementSchema).optional(),
});

interface AuditEntry {
  at: Date;
  userId: string | null;
  userName: string | null;
  action: string;
  before: unknown;
  after: unknown;
}

function historyItemOf(r: AuditEntry): HistoryItem {
  const before = statusNote.safeParse(r.before);
  const after = statusNote.safeParse(r.after);
  const item: HistoryItem = {
    at: r.at.toISOString(),
    action: r.action,
    userId: r.userId,
    userName: r.userName,
    fromStatus: before.success ? (before.data.status ?? null) : null,
    toStatus: after.success ? (after.data.status ?? null) : null,
  };
  if (r.action === 'create') item.toStatus = EVALUATION_WORKFLOW.initial;
  if (after.success && after.data.comment) item.comment = after.data.comment;
  if (after.success && after.data.acknowledgements) item.acknowledgements = after.data.acknowledgements;
  return item;
}

const commentItem = (c: FieldComment): HistoryItem => ({
  at: c.at,
  action: 'comment',
  userId: c.userId,
  userName: c.userName,
  fromStatus: null,
  toStatus: null,
  path: c.path,
  comment: c.text,
});

/** Status moves, saves and field comments of one evaluation, in time order. */
export async function historyOf(db: Db, evaluationId: string): Promise<HistoryItem[]> {
  const entries = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userId: auditLog.userId,
      userName: users.displayName,
      action: auditLog.action,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, sql`${users.id} = ${auditLog.userId}`)
    .where(and(eq(auditLog.entity, 'evaluation'), eq(auditLog.entityId, evaluationId)))
    .orderBy(asc(auditLog.id));
  const items = entries.map(historyItemOf);
  items.push(...(await commentsOf(db, evaluationId)).map(commentItem));
  // Stable sort: audit entries keep their id order; a comment goes after entries of the same instant.
  items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return items;
}
