import type { Evaluation } from '@jixiao/domain';
import { and, eq } from 'drizzle-orm';
import { audit } from '../db/audit';
import type { DbOrTx } from '../db/connect';
import { type EvaluationStatus, evaluations } from '../db/schema';
import { notFound, staleVersion } from '../http/errors';
import { deriveColumns } from './derive';

export type EvaluationRow = typeof evaluations.$inferSelect;

export interface NewEvaluation {
  organisationId: string;
  projectId?: string | null;
  evaluation: Evaluation;
  userId: string | null;
  demo?: boolean;
  importId?: string | null;
}

export async function insertEvaluation(db: DbOrTx, input: NewEvaluation): Promise<EvaluationRow> {
  const [row] = await db
    .insert(evaluations)
    .values({
      organisationId: input.organisationId,
      projectId: input.projectId ?? null,
      data: input.evaluation,
      ...deriveColumns(input.evaluation),
      demo: input.demo ?? false,
      importId: input.importId ?? null,
      updatedBy: input.userId,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await audit(db, {
    userId: input.userId,
    action: 'create',
    entity: 'evaluation',
    entityId: row.id,
    after: input.evaluation,
  });
  return row;
}

/**
 * Optimistic concurrency: the row changes only if its version is still the one the editor read;
 * otherwise 409 and nothing is written. One UPDATE … WHERE version = $v, so two editors can never both win.
 */
export async function updateEvaluationVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  userId: string,
  change: { evaluation?: Evaluation; status?: EvaluationStatus },
  action: string,
  /** Recorded with a status move in the audit entry's `after` (comment, acknowledged warnings). */
  note: { fromStatus?: EvaluationStatus; comment?: string; acknowledgements?: unknown[] } = {},
): Promise<EvaluationRow> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(evaluations).where(eq(evaluations.id, id));
    if (!before) throw notFound('entity.evaluation');
    const set = {
      ...(change.evaluation ? { data: change.evaluation, ...deriveColumns(change.evaluation) } : {}),
      ...(change.status ? { status: change.status } : {}),
      version: version + 1,
      updatedAt: new Date(),
      updatedBy: userId,
    };
    const [row] = await tx
      .update(evaluations)
      .set(set)
      .where(and(eq(evaluations.id, id), eq(evaluations.version, version)))
      .returning();
    if (!row) throw staleVersion(before.version, version);
    await audit(tx, {
      userId,
      action,
      entity: 'evaluation',
      entityId: id,
      before: {
        status: before.status,
        version: before.version,
        data: change.evaluation ? before.data : undefined,
      },
      after: { status: row.status, version: row.version, data: change.evaluation, ...note },
    });
    return row;
  });
}
