import { dec, fixed, JixiaoError, round } from '@jixiao/domain';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connect';
import { evaluations, evidenceFiles, jobFiles, jobs, monitoringReports, organisations } from '../db/schema';
import { serverMessage as m } from '../messages';

/**
 * Per-organisation storage quota: what an organisation stores — its evaluations' and its monitoring
 * reports' JSON (drafts and the rest) and the files of its import jobs kept until they run — may not pass JIXIAO_ORG_QUOTA_MB (default
 * 200 MB). Sizes are the bytes the database stores (pg_column_size, after its compression), which it
 * reads without decompressing anything. A write is measured in its own transaction: use before, write,
 * use after; past the quota it is refused (TOO_LARGE, 413, naming the quota and the use) and rolled back,
 * so nothing is written. A write that does not grow the use is always allowed (shrinking a draft, deleting).
 * Evidence files (佐证材料) count with their file sizes.
 */
export const DEFAULT_ORG_QUOTA_MB = '200';
const MB = 1024 * 1024;

/** The quota in bytes from JIXIAO_ORG_QUOTA_MB (a decimal number of MB, "0.5" allowed), else 200 MB. */
export function orgQuotaBytes(env: Record<string, string | undefined> = process.env): number {
  const text = env.JIXIAO_ORG_QUOTA_MB?.trim() ?? '';
  const mb = /^\d{1,7}(\.\d{1,6})?$/.test(text) ? dec(text) : dec(DEFAULT_ORG_QUOTA_MB);
  return round(mb.times(MB), 0, 'truncate').toNumber();
}

/**
 * Bytes an organisation stores now: its evaluations' and monitoring reports' JSON plus the files of its unfinished import jobs, in
 * one statement (a write measures twice, so each round trip saved is two per write).
 */
export async function storedBytes(db: DbOrTx, organisationId: string): Promise<number> {
  const documents = db
    .select({ bytes: sql`coalesce(sum(pg_column_size(${evaluations.data})), 0)` })
    .from(evaluations)
    .where(eq(evaluations.organisationId, organisationId));
  const monitoring = db
    .select({ bytes: sql`coalesce(sum(pg_column_size(${monitoringReports.data})), 0)` })
    .from(monitoringReports)
    .where(eq(monitoringReports.organisationId, organisationId));
  const files = db
    .select({ bytes: sql`coalesce(sum(pg_column_size(${jobFiles.bytes})), 0)` })
    .from(jobFiles)
    .innerJoin(jobs, eq(jobs.id, jobFiles.jobId))
    .where(eq(jobs.organisationId, organisationId));
  const evidence = db
    .select({ bytes: sql`coalesce(sum(${evidenceFiles.size}), 0)` })
    .from(evidenceFiles)
    .where(eq(evidenceFiles.organisationId, organisationId));
  // The sums as scalar subqueries on the organisation's own row (a select needs a from).
  const [row] = await db
    .select({ bytes: sql<string>`(${documents}) + (${monitoring}) + (${files}) + (${evidence})` })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return Number(row?.bytes ?? 0);
}

/** Locks the organisations' rows, in id order, so that writes to one organisation are measured one after the other. */
async function lockOrganisations(db: DbOrTx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .orderBy(asc(organisations.id))
    .for('update');
}

const mb = (bytes: number) => fixed(dec(bytes).dividedBy(MB), 2, 'halfUp');

function quotaExceeded(quota: number, used: number, after: number): JixiaoError {
  return new JixiaoError(
    'TOO_LARGE',
    m('quota.exceeded', { quota: mb(quota), used: mb(used), adding: mb(after - used) }),
  );
}

/**
 * Runs `write` in a transaction (a savepoint inside the caller's) and refuses it when it takes any of the
 * organisations past the quota. Their rows are locked first, in id order, so two writes to one organisation
 * are measured one after the other and cannot both slip under the quota.
 */
export async function withinQuota<T>(
  db: DbOrTx,
  organisationIds: readonly string[],
  write: (tx: DbOrTx) => Promise<T>,
  quota = orgQuotaBytes(),
): Promise<T> {
  const ids = [...new Set(organisationIds)].sort();
  return db.transaction(async (tx) => {
    await lockOrganisations(tx, ids);
    const before: number[] = [];
    for (const id of ids) before.push(await storedBytes(tx, id));
    const result = await write(tx);
    for (const [n, id] of ids.entries()) {
      const used = before[n] ?? 0;
      const after = await storedBytes(tx, id);
      if (after > quota && after > used) throw quotaExceeded(quota, used, after);
    }
    return result;
  });
}

/**
 * The same rule for one write whose growth the caller measured itself, in the caller's transaction, after
 * the write: a versioned update knows the stored size of the document it replaced (read with the row) and
 * of the one it wrote (read back after the UPDATE). A write that does not grow the use is allowed without
 * measuring or locking anything (after ≤ used: withinQuota allows it too). One that grows it locks the
 * organisation's row — so growing writes are measured one after the other, each sum in a statement begun
 * after the lock, seeing every earlier one committed — and sums the use once: the use before is that sum
 * less the growth, giving withinQuota's refusal, figures and message for one sum instead of two.
 * The lock comes after the caller's row lock; no holder of an organisation's lock waits for an existing
 * evaluation's row (withinQuota's writes insert new rows), so the two orders never wait on each other.
 */
export async function refuseGrowthPastQuota(
  tx: DbOrTx,
  organisationId: string,
  grownBytes: number,
  quota = orgQuotaBytes(),
): Promise<void> {
  if (grownBytes <= 0) return;
  await lockOrganisations(tx, [organisationId]);
  const after = await storedBytes(tx, organisationId);
  if (after > quota) throw quotaExceeded(quota, after - grownBytes, after);
}
