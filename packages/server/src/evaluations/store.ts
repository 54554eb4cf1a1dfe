import type { Evaluation } from '@jixiao/domain';
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { z } from 'zod';
import { auditInsert } from '../db/audit';
import type { DbOrTx } from '../db/connect';
import { auditLog, type EvaluationStatus, evaluations, organisations } from '../db/schema';
import { notFound, staleVersion } from '../http/errors';
import { refuseGrowthPastQuota, withinQuota } from '../quota/org-quota';
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
  const [made] = await insertEvaluations(db, [input]);
  const [row] = made ? await db.select().from(evaluations).where(eq(evaluations.id, made.id)) : [];
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/**
 * Inserts new drafts in one statement, each with its own `create` line in the audit log, so a bulk
 * import leaves the same trace per evaluation as single saves. Ids are made here, so each audit line
 * names its row whatever order the database returns them in. Answers the ids in the order given.
 */
export async function insertEvaluations(
  db: DbOrTx,
  inputs: NewEvaluation[],
): Promise<Pick<EvaluationRow, 'id' | 'organisationId'>[]> {
  if (inputs.length === 0) return [];
  const made = inputs.map((input) => ({ id: crypto.randomUUID(), input }));
  // Refused past an organisation's storage quota, and then nothing of it is written (quota/org-quota.ts).
  await withinQuota(
    db,
    inputs.map((i) => i.organisationId),
    (tx) => insertMade(tx, made),
  );
  return made.map(({ id, input }) => ({ id, organisationId: input.organisationId }));
}

/**
 * The rows travel as one JSON parameter unpacked by jsonb_to_recordset, and nothing is returned: a
 * multi-row VALUES binds 17 parameters per row (drizzle builds each one), and `returning *` sends every
 * document back to be parsed again — together more than the database spends writing a bulk import.
 */
async function insertMade(db: DbOrTx, made: { id: string; input: NewEvaluation }[]): Promise<void> {
  const rows = made.map(({ id, input }) => {
    const c = input.columns ?? deriveColumns(input.evaluation);
    return {
      id,
      organisation_id: input.organisationId,
      project_id: input.projectId ?? null,
      kind: c.kind,
      fiscal_year: c.fiscalYear,
      title: c.title,
      unit_name: c.unitName,
      rule_set_id: c.ruleSetId,
      data: input.evaluation,
      total_score: c.totalScore,
      grade: c.grade,
      execution_rate: c.executionRate,
      error_count: c.errorCount,
      warning_count: c.warningCount,
      import_id: input.importId ?? null,
      demo: input.demo ?? false,
      updated_by: input.userId,
    } satisfies Record<(typeof INSERTED)[number][0], unknown>;
  });
  // The create line holds the document as stored: the database copies it from the inserted row, so each
  // document is serialised, sent and parsed once, not twice (it is most of what a bulk import writes).
  await db.execute(sql`
    with inserted as (
      insert into ${evaluations} (${sql.raw(INSERTED.map(([name]) => name).join(', '))})
      select ${sql.raw(INSERTED.map(([name]) => name).join(', '))}
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as r(${sql.raw(INSERTED.map(([name, type]) => `${name} ${type}`).join(', '))})
      returning id, updated_by, data
    )
    insert into ${auditLog} (user_id, action, entity, entity_id, after)
    select updated_by, 'create', 'evaluation', id::text, data from inserted`);
}

/** What a versioned update changes: the document (and so its list columns), the status, or both. */
export interface EvaluationChange {
  evaluation?: Evaluation;
  status?: EvaluationStatus;
}

/** Every column but the document: an update already holds the document it writes, so it is not sent back. */
const { data: _data, ...columnsButData } = getTableColumns(evaluations);
/** The columns a new draft is written with and their SQL types; the rest take their defaults. */
const INSERTED = [
  ['id', 'uuid'],
  ['organisation_id', 'uuid'],
  ['project_id', 'uuid'],
  ['kind', 'text'],
  ['fiscal_year', 'integer'],
  ['title', 'text'],
  ['unit_name', 'text'],
  ['rule_set_id', 'text'],
  ['data', 'jsonb'],
  ['total_score', 'numeric'],
  ['grade', 'text'],
  ['execution_rate', 'numeric'],
  ['error_count', 'integer'],
  ['warning_count', 'integer'],
  ['import_id', 'uuid'],
  ['demo', 'boolean'],
  ['updated_by', 'uuid'],
] as const;

const storedSize = z.object({ rows: z.array(z.object({ bytes: z.number().int() })) });

/** The stored size of a row's document (after the database's compression), as the quota counts it. */
const documentBytes = sql<number>`pg_column_size(${evaluations.data})::int`;

/**
 * Optimistic concurrency: the row changes only if its version is still the one the editor read;
 * otherwise 409 and nothing is written. One UPDATE … WHERE version = $v, so two editors can never both win.
 * `change` may be a function of the row as the transaction reads it, which refuses by throwing (a save
 * checks there that the status is editable, against the very row it then updates).
 *
 * Three statements in a transaction: the row (with its document's stored size), the UPDATE, then the audit
 * line together with the new document's stored size; only when the new document is stored bigger than the
 * old is the organisation locked and its use summed (quota/org-quota.ts `refuseGrowthPastQuota`). Where the
 * quota once took a savepoint, a lock and a sum of every document of the organisation before and after.
 */
export async function updateEvaluationVersioned(
  ...args: Parameters<typeof updateEvaluationVersionedAt>
): Promise<EvaluationRow> {
  return (await updateEvaluationVersionedAt(...args)).row;
}

/**
 * updateEvaluationVersioned, answering also the organisation's tree path, read with the row in the
 * transaction's first statement (a save's reply needs it for the principal's next moves).
 */
export async function updateEvaluationVersionedAt(
  db: DbOrTx,
  id: string,
  version: number,
  userId: string,
  change: EvaluationChange | ((before: EvaluationRow) => EvaluationChange),
  action: string,
  /** Recorded with a status move in the audit entry's `after` (comment, acknowledged warnings). */
  note: { fromStatus?: EvaluationStatus; comment?: string; acknowledgements?: unknown[] } = {},
): Promise<{ row: EvaluationRow; organisationPath: string | undefined }> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ row: evaluations, bytes: documentBytes, path: organisations.path })
      .from(evaluations)
      .leftJoin(organisations, eq(organisations.id, evaluations.organisationId))
      .where(eq(evaluations.id, id));
    if (!found) throw notFound('entity.evaluation');
    const before = found.row;
    const { evaluation, status } = typeof change === 'function' ? change(before) : change;
    const set = {
      ...(evaluation ? { data: evaluation, ...deriveColumns(evaluation) } : {}),
      ...(status ? { status } : {}),
      version: version + 1,
      updatedAt: new Date(),
      updatedBy: userId,
    };
    const [updated] = await tx
      .update(evaluations)
      .set(set)
      .where(and(eq(evaluations.id, id), eq(evaluations.version, version)))
      .returning(columnsButData);
    if (!updated) throw staleVersion(before.version, version);
    const row: EvaluationRow = { ...updated, data: evaluation ?? before.data };
    const line = auditInsert([
      {
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
      },
    ]);
    const at = { row, organisationPath: found.path ?? undefined };
    if (!evaluation) {
      await tx.execute(line);
      return at;
    }
    // The audit line and the new document's stored size in one statement (RETURNING would give the size
    // before the database compressed it); a bigger document is measured against the quota.
    const [stored] = storedSize
      .parse(
        await tx.execute(
          sql`with logged as (${line}) select ${documentBytes} as bytes from ${evaluations} where ${evaluations.id} = ${id}`,
        ),
      )
      .rows.map((r) => r.bytes);
    await refuseGrowthPastQuota(tx, before.organisationId, (stored ?? 0) - found.bytes);
    return at;
  });
}
