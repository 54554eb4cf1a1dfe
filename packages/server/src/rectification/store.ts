import type { RectificationSource, RectificationStatus } from '@jixiao/domain';
import { and, asc, eq } from 'drizzle-orm';
import { audit } from '../db/audit';
import type { DbOrTx } from '../db/connect';
import { auditLog, rectificationItems } from '../db/schema';
import { notFound, staleVersion } from '../http/errors';

export type RectificationRow = typeof rectificationItems.$inferSelect;

/** The audit log's entity name for rectification items (and the owner kind evidence attaches to). */
export const RECTIFICATION_ENTITY = 'rectification';

export interface NewRectification {
  organisationId: string;
  fiscalYear: number;
  source: RectificationSource;
  problem: string;
  measure: string;
  deadline: string;
  userId: string;
}

/** A new item (待整改) with its `create` line in the audit log, in one transaction. */
export async function insertRectification(db: DbOrTx, input: NewRectification): Promise<RectificationRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(rectificationItems)
      .values({
        organisationId: input.organisationId,
        fiscalYear: input.fiscalYear,
        sourceKind: input.source.kind,
        source: input.source,
        problem: input.problem,
        measure: input.measure,
        deadline: input.deadline,
        updatedBy: input.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await audit(tx, {
      userId: input.userId,
      action: 'create',
      entity: RECTIFICATION_ENTITY,
      entityId: row.id,
      after: {
        status: row.status,
        version: row.version,
        source: row.source,
        problem: row.problem,
        measure: row.measure,
        deadline: row.deadline,
      },
    });
    return row;
  });
}

export async function loadRectification(db: DbOrTx, id: string): Promise<RectificationRow> {
  const [row] = await db.select().from(rectificationItems).where(eq(rectificationItems.id, id));
  if (!row) throw notFound('entity.rectification');
  return row;
}

/** What a versioned update changes: the content (while open), the status, the unit's 整改情况. */
export interface RectificationChange {
  problem?: string;
  measure?: string;
  deadline?: string;
  status?: RectificationStatus;
  report?: string;
}

const CHANGE_FIELDS = [
  'problem',
  'measure',
  'deadline',
  'status',
  'report',
] as const satisfies readonly (keyof RectificationChange)[];

/**
 * One UPDATE … WHERE version = $v with its audit line (changed fields before and after), in one
 * transaction; a stale version (409) writes nothing. `check` sees the row as the transaction read it and
 * refuses by throwing (locked statuses).
 */
export async function updateRectificationVersioned(
  db: DbOrTx,
  input: { id: string; version: number; userId: string; action: string; comment?: string | undefined },
  change: RectificationChange,
  check: (before: RectificationRow) => void = () => {},
): Promise<RectificationRow> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(rectificationItems).where(eq(rectificationItems.id, input.id));
    if (!before) throw notFound('entity.rectification');
    check(before);
    const [row] = await tx
      .update(rectificationItems)
      .set({
        ...change,
        ...(change.status === 'closed' ? { closedAt: new Date() } : {}),
        version: input.version + 1,
        updatedAt: new Date(),
        updatedBy: input.userId,
      })
      .where(and(eq(rectificationItems.id, input.id), eq(rectificationItems.version, input.version)))
      .returning();
    if (!row) throw staleVersion(before.version, input.version);
    const changed = CHANGE_FIELDS.filter((k) => change[k] !== undefined && before[k] !== change[k]);
    await audit(tx, {
      userId: input.userId,
      action: input.action,
      entity: RECTIFICATION_ENTITY,
      entityId: input.id,
      before: { status: before.status, version: before.version, ...pick(before, changed) },
      after: {
        status: row.status,
        version: row.version,
        ...pick(row, changed),
        ...(change.status ? { fromStatus: before.status } : {}),
        ...(input.comment ? { comment: input.comment } : {}),
      },
      keep: ['status'],
    });
    return row;
  });
}

function pick(row: RectificationRow, keys: readonly (keyof RectificationChange)[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}

const afterNote = (after: unknown): { status: string | null; comment: string | null } => {
  if (after === null || typeof after !== 'object') return { status: null, comment: null };
  const status = 'status' in after && typeof after.status === 'string' ? after.status : null;
  const comment = 'comment' in after && typeof after.comment === 'string' ? after.comment : null;
  return { status, comment };
};

/** The item's audit lines, oldest first: each save and step with the status it left and its comment. */
export async function rectificationHistory(db: DbOrTx, id: string) {
  const lines = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, RECTIFICATION_ENTITY), eq(auditLog.entityId, id)))
    .orderBy(asc(auditLog.id));
  return lines.map((l) => ({
    at: l.at.toISOString(),
    action: l.action,
    userId: l.userId,
    ...afterNote(l.after),
  }));
}
