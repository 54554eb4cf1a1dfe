import type { Evaluation } from '@jixiao/domain';
import { and, eq, getTableColumns } from 'drizzle-orm';
import { audit, auditAll } from '../db/audit';
import type { DbOrTx } from '../db/connect';
import { type EvaluationStatus, evaluations } from '../db/schema';
import { notFound, staleVersion } from '../http/errors';
import { withinQuota } from '../quota/org-quota';
import { type DerivedColumns, deriveColumns } from './derive';

export type EvaluationRow = typeof evaluations.$inferSelect;

export interface NewEvaluation {
  organisationId: string;
  projectId?: string | null;
  evaluation: Evaluation;
  userId: string | null;
  demo?: boolean;
  importId?: string | null;
  /** The list columns, when the caller derived them already (a bulk import checks before it writes). */
  columns?: DerivedColumns;
}

export async function insertEvaluation(db: DbOrTx, input: NewEvaluation): Promise<EvaluationRow> {
  const [row] = await insertEvaluations(db, [input]);
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/**
 * Inserts new drafts in one statement, each with its own `create` line in the audit log, so a bulk
 * import leaves the same trace per evaluation as single saves. Ids are made here, so each audit line
 * names its row whatever order the database returns them in.
 */
export async function insertEvaluations(db: DbOrTx, inputs: NewEvaluation[]): Promise<EvaluationRow[]> {
  if (inputs.length === 0) return [];
  const made = inputs.map((input) => ({ id: crypto.randomUUID(), input }));
  // Refused past an organisation's storage quota, and then nothing of it is written (quota/org-quota.ts).
  return withinQuota(
    db,
    inputs.map((i) => i.organisationId),
    (tx) => insertMade(tx, made),
  );
}

async function insertMade(
  db: DbOrTx,
  made: { id: string; input: NewEvaluation }[],
): Promise<EvaluationRow[]> {
  const rows = await db
    .insert(evaluations)
    .values(
      made.map(({ id, input }) => ({
        id,
        organisationId: input.organisationId,
        projectId: input.projectId ?? null,
        data: input.evaluation,
        ...(input.columns ?? deriveColumns(input.evaluation)),
        demo: input.demo ?? false,
        importId: input.importId ?? null,
        updatedBy: input.userId,
      })),
    )
    .returning();
  await auditAll(
    db,
    made.map(({ id, input }) => ({
      userId: input.userId,
      action: 'create',
      entity: 'evaluation',
      entityId: id,
      after: input.evaluation,
    })),
  );
  return rows;
}

/** What a versioned update changes: the document (and so its list columns), the status, or both. */
export interface EvaluationChange {
  evaluation?: Evaluation;
  status?: EvaluationStatus;
}

/** Every column but the document: an update already holds the document it writes, so it is not sent back. */
const { data: _data, ...columnsButData } = getTableColumns(evaluations);

/**
 * Optimistic concurrency: the row changes only if its version is still the one the editor read;
 * otherwise 409 and nothing is written. One UPDATE … WHERE version = $v, so two editors can never both win.
 * `change` may be a function of the row as the transaction reads it, which refuses by throwing (a save
 * checks there that the status is editable, against the very row it then updates).
 */
export async function updateEvaluationVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  userId: string,
  change: EvaluationChange | ((before: EvaluationRow) => EvaluationChange),
  action: string,
  /** Recorded with a status move in the audit entry's `after` (comment, acknowledged warnings). */
  note: { fromStatus?: EvaluationStatus; comment?: string; acknowledgements?: unknown[] } = {},
): Promise<EvaluationRow> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(evaluations).where(eq(evaluations.id, id));
    if (!before) throw notFound('entity.evaluation');
    const { evaluation, status } = typeof change === 'function' ? change(before) : change;
    const set = {
      ...(evaluation ? { data: evaluation, ...deriveColumns(evaluation) } : {}),
      ...(status ? { status } : {}),
      version: version + 1,
      updatedAt: new Date(),
      updatedBy: userId,
    };
    const update = (db: DbOrTx) =>
      db
        .update(evaluations)
        .set(set)
        .where(and(eq(evaluations.id, id), eq(evaluations.version, version)))
        .returning(columnsButData);
    // A new document may grow what the organisation stores: measured against its quota.
    const [updated] = evaluation ? await withinQuota(tx, [before.organisationId], update) : await update(tx);
    if (!updated) throw staleVersion(before.version, version);
    const row: EvaluationRow = { ...updated, data: evaluation ?? before.data };
    await audit(tx, {
      userId,
      action,
      entity: 'evaluation',
      entityId: id,
      before: {
        status: before.status,
        version: before.version,
        data: evaluation ? before.data : undefined,
      },
      after: { status: row.status, version: row.version, data: evaluation, ...note },
      // Stored as changed paths; the status stays whole, as the history shows the status a save was made in.
      keep: ['status'],
    });
    return row;
  });
}
