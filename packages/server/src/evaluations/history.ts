import {
  type Acknowledgement,
  acknowledgementSchema,
  EVALUATION_STATUSES,
  EVALUATION_WORKFLOW,
  JixiaoError,
} from '@jixiao/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { audit } from '../db/audit';
import type { Db, DbOrTx } from '../db/connect';
import { auditLog, type EvaluationStatus, evaluationComments, users } from '../db/schema';
import { forbidden, invalid } from '../http/errors';
import { serverMessage as m } from '../messages';
import { nameOf } from './read';

export interface FieldComment {
  id: string;
  path: string;
  text: string;
  userId: string | null;
  userName: string | null;
  at: string;
  /** The comment a reply answers; null on a comment itself. */
  parentId: string | null;
  /** When the comment was marked 已解决 (null: open; always null on replies). */
  resolvedAt: string | null;
  resolvedByName: string | null;
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
  /** On a reply: the comment it answers. */
  parentId?: string;
  /** On a comment: its id (replies and resolutions name it). */
  commentId?: string;
  acknowledgements?: Acknowledgement[];
}

const resolver = alias(users, 'resolver');

export async function commentsOf(db: DbOrTx, evaluationId: string): Promise<FieldComment[]> {
  const rows = await db
    .select({
      id: evaluationComments.id,
      path: evaluationComments.path,
      text: evaluationComments.text,
      userId: evaluationComments.userId,
      userName: users.displayName,
      at: evaluationComments.at,
      parentId: evaluationComments.parentId,
      resolvedAt: evaluationComments.resolvedAt,
      resolvedByName: resolver.displayName,
    })
    .from(evaluationComments)
    .leftJoin(users, eq(users.id, evaluationComments.userId))
    .leftJoin(resolver, eq(resolver.id, evaluationComments.resolvedBy))
    .where(eq(evaluationComments.evaluationId, evaluationId))
    .orderBy(asc(evaluationComments.at), asc(evaluationComments.id));
  return rows.map((r) => ({ ...r, at: r.at.toISOString(), resolvedAt: r.resolvedAt?.toISOString() ?? null }));
}

/**
 * Comments may be added in any status (approved included): they annotate, they change no figure. A reply
 * names the comment it answers (its path is the comment's); replies are not answered in turn.
 */
export async function addComment(
  db: Db,
  input: { evaluationId: string; path: string; text: string; userId: string; parentId?: string },
): Promise<FieldComment> {
  const text = input.text.trim();
  if (!text) {
    throw invalid(m('evaluation.commentEmpty'), [
      { message: m('evaluation.writeComment'), location: { path: 'text', label: m('label.comment').text } },
    ]);
  }
  const row = await db.transaction(async (tx) => {
    let path = input.path;
    if (input.parentId) {
      const parent = await commentOf(tx, input.evaluationId, input.parentId);
      if (parent.parentId) throw invalid(m('evaluation.replyToReply'));
      path = parent.path;
    }
    const [made] = await tx
      .insert(evaluationComments)
      .values({
        evaluationId: input.evaluationId,
        path,
        text,
        userId: input.userId,
        parentId: input.parentId ?? null,
      })
      .returning();
    if (!made) throw new Error('insert returned nothing');
    // Its own entity, so the history (which reads comments from their table) lists each comment once.
    await audit(tx, {
      userId: input.userId,
      action: 'create',
      entity: 'comment',
      entityId: made.id,
      after: {
        evaluationId: made.evaluationId,
        path: made.path,
        text: made.text,
        ...(made.parentId ? { parentId: made.parentId } : {}),
      },
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
    parentId: row.parentId,
    resolvedAt: null,
    resolvedByName: null,
  };
}

/** One comment of the evaluation (404 when it is not one of its comments). */
async function commentOf(db: DbOrTx, evaluationId: string, id: string) {
  const [row] = await db
    .select()
    .from(evaluationComments)
    .where(and(eq(evaluationComments.id, id), eq(evaluationComments.evaluationId, evaluationId)));
  if (!row) throw new JixiaoError('NOT_FOUND', m('evaluation.commentNotFound'));
  return row;
}

/**
 * Marks a comment 已解决 or opens it again: for its author, or for a reviewer over the evaluation
 * (`mayReview`, decided by the route from the principal's roles). Audit-logged as 'resolve' / 'reopen'.
 */
export async function setResolved(
  db: Db,
  input: { evaluationId: string; commentId: string; userId: string; mayReview: boolean; resolved: boolean },
): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await commentOf(tx, input.evaluationId, input.commentId);
    if (row.parentId) throw invalid(m('evaluation.replyToReply'));
    if (row.userId !== input.userId && !input.mayReview) throw forbidden(m('evaluation.resolveNotAllowed'));
    if ((row.resolvedAt !== null) === input.resolved) return;
    const resolvedAt = input.resolved ? new Date() : null;
    const resolvedBy = input.resolved ? input.userId : null;
    await tx
      .update(evaluationComments)
      .set({ resolvedAt, resolvedBy })
      .where(eq(evaluationComments.id, row.id));
    await audit(tx, {
      userId: input.userId,
      action: input.resolved ? 'resolve' : 'reopen',
      entity: 'comment',
      entityId: row.id,
      before: { evaluationId: row.evaluationId, resolved: row.resolvedAt !== null },
      after: { evaluationId: row.evaluationId, resolved: input.resolved },
    });
  });
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
  action: c.parentId ? 'reply' : 'comment',
  userId: c.userId,
  userName: c.userName,
  fromStatus: null,
  toStatus: null,
  path: c.path,
  comment: c.text,
  ...(c.parentId ? { parentId: c.parentId } : { commentId: c.id }),
});

/** Resolutions and reopenings of the evaluation's comments, from the audit log (entity 'comment'). */
async function resolutionsOf(db: DbOrTx, comments: readonly FieldComment[]): Promise<HistoryItem[]> {
  const roots = comments.filter((c) => !c.parentId);
  if (roots.length === 0) return [];
  const byId = new Map(roots.map((c) => [c.id, c]));
  const entries = await db
    .select({
      at: auditLog.at,
      userId: auditLog.userId,
      userName: users.displayName,
      action: auditLog.action,
      entityId: auditLog.entityId,
    })
    .from(auditLog)
    .leftJoin(users, sql`${users.id} = ${auditLog.userId}`)
    .where(
      and(
        eq(auditLog.entity, 'comment'),
        inArray(auditLog.action, ['resolve', 'reopen']),
        inArray(
          auditLog.entityId,
          roots.map((c) => c.id),
        ),
      ),
    )
    .orderBy(asc(auditLog.id));
  return entries.map((e) => ({
    at: e.at.toISOString(),
    action: e.action,
    userId: e.userId,
    userName: e.userName,
    fromStatus: null,
    toStatus: null,
    commentId: e.entityId,
    path: byId.get(e.entityId)?.path ?? '',
    comment: byId.get(e.entityId)?.text ?? '',
  }));
}

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
  const comments = await commentsOf(db, evaluationId);
  items.push(...comments.map(commentItem), ...(await resolutionsOf(db, comments)));
  // Stable sort: audit entries keep their id order; a comment goes after entries of the same instant.
  items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return items;
}
