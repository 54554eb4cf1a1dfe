import type { DbOrTx } from './connect';
import { auditLog } from './schema';

export interface AuditEntry {
  userId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Appends one line to the audit log, in the same transaction as the change it records. */
export async function audit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await auditAll(db, [entry]);
}

/** Appends several lines in one statement (a bulk import's rows), in the transaction of the change. */
export async function auditAll(db: DbOrTx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditLog).values(
    entries.map((entry) => ({
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
}
