import type { MonitoringReport } from '@jixiao/domain';
import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../db/audit';
import type { DbOrTx } from '../db/connect';
import { type EvaluationStatus, monitoringReports } from '../db/schema';
import { notFound, staleVersion } from '../http/errors';
import { refuseGrowthPastQuota, withinQuota } from '../quota/org-quota';
import { columnsOf } from './engine';
import type { MonitoringRow } from './read';

/** The stored (compressed) size of a report's document, as the quota counts it. */
const documentBytes = sql<number>`pg_column_size(${monitoringReports.data})::int`;

/** The audit log's entity name for monitoring reports. */
export const MONITORING_ENTITY = 'monitoring';

export interface NewMonitoring {
  organisationId: string;
  projectId?: string | null;
  declarationId?: string | null;
  firstRoundId?: string | null;
  report: MonitoringReport;
  userId: string;
}

/** A new draft with its `create` line in the audit log; the figure columns come from the engine. */
export async function insertMonitoring(db: DbOrTx, input: NewMonitoring): Promise<MonitoringRow> {
  // Refused past the organisation's storage quota, and then nothing is written (quota/org-quota.ts).
  return withinQuota(db, [input.organisationId], (tx) => insertRow(tx, input));
}

async function insertRow(db: DbOrTx, input: NewMonitoring): Promise<MonitoringRow> {
  const [row] = await db
    .insert(monitoringReports)
    .values({
      organisationId: input.organisationId,
      projectId: input.projectId ?? null,
      declarationId: input.declarationId ?? null,
      firstRoundId: input.firstRoundId ?? null,
      data: input.report,
      demo: input.report.meta.demo ?? false,
      updatedBy: input.userId,
      ...columnsOf(input.report),
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await audit(db, {
    userId: input.userId,
    action: 'create',
    entity: MONITORING_ENTITY,
    entityId: row.id,
    after: { status: row.status, version: row.version, data: input.report },
  });
  return row;
}

/** What a versioned update changes: the document (and so its figure columns), the status, the follow-up. */
export interface MonitoringChange {
  report?: MonitoringReport;
  status?: EvaluationStatus;
  followUp?: unknown;
}

/**
 * Optimistic concurrency as for evaluations: one UPDATE … WHERE version = $v inside a transaction with its
 * audit line, so two editors never both win and a stale version (409) writes nothing. `change` may be a
 * function of the row as the transaction read it, refusing by throwing (status checks).
 */
export async function updateMonitoringVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  userId: string,
  change: MonitoringChange | ((before: MonitoringRow) => MonitoringChange),
  action: string,
  note: { fromStatus?: EvaluationStatus; comment?: string } = {},
): Promise<MonitoringRow> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ row: monitoringReports, bytes: documentBytes })
      .from(monitoringReports)
      .where(eq(monitoringReports.id, id));
    if (!found) throw notFound('entity.monitoring');
    const before = found.row;
    const { report, status, followUp } = typeof change === 'function' ? change(before) : change;
    const [row] = await tx
      .update(monitoringReports)
      .set({
        ...(report ? { data: report, ...columnsOf(report) } : {}),
        ...(status ? { status } : {}),
        ...(followUp !== undefined ? { followUp } : {}),
        version: version + 1,
        updatedAt: new Date(),
        updatedBy: userId,
      })
      .where(and(eq(monitoringReports.id, id), eq(monitoringReports.version, version)))
      .returning();
    if (!row) throw staleVersion(before.version, version);
    await audit(tx, {
      userId,
      action,
      entity: MONITORING_ENTITY,
      entityId: id,
      before: {
        status: before.status,
        version: before.version,
        data: report ? before.data : undefined,
        followUp: followUp !== undefined ? before.followUp : undefined,
      },
      after: { status: row.status, version: row.version, data: report, followUp, ...note },
      keep: ['status'],
    });
    if (report) {
      // A document stored bigger than before is measured against the quota, as an evaluation's save is.
      const [stored] = await tx
        .select({ bytes: documentBytes })
        .from(monitoringReports)
        .where(eq(monitoringReports.id, id));
      await refuseGrowthPastQuota(tx, before.organisationId, (stored?.bytes ?? 0) - found.bytes);
    }
    return row;
  });
}

/** Deletes a draft at the version the editor read; `assert` refuses locked statuses. */
export async function deleteMonitoring(
  db: DbOrTx,
  input: { id: string; version: number; userId: string },
  assert: (row: MonitoringRow) => void,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(monitoringReports).where(eq(monitoringReports.id, input.id));
    if (!current) throw notFound('entity.monitoring');
    assert(current);
    const [gone] = await tx
      .delete(monitoringReports)
      .where(and(eq(monitoringReports.id, current.id), eq(monitoringReports.version, input.version)))
      .returning({ id: monitoringReports.id });
    if (!gone) throw staleVersion(current.version, input.version);
    await audit(tx, {
      userId: input.userId,
      action: 'delete',
      entity: MONITORING_ENTITY,
      entityId: current.id,
      before: { status: current.status, version: current.version, title: current.title },
    });
  });
}
