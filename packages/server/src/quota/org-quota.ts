import { dec, fixed, JixiaoError, round } from '@jixiao/domain';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connect';
import { evaluations, jobFiles, jobs, organisations } from '../db/schema';
import { serverMessage as m } from '../messages';

/**
 * Per-organisation storage quota: what an organisation stores — its evaluations' JSON (drafts and the
 * rest) and the files of its import jobs kept until they run — may not pass JIXIAO_ORG_QUOTA_MB (default
 * 200 MB). Sizes are the bytes the database stores (pg_column_size, after its compression), which it
 * reads without decompressing anything. A write is measured in its own transaction: use before, write,
 * use after; past the quota it is refused (TOO_LARGE, 413, naming the quota and the use) and rolled back,
 * so nothing is written. A write that does not grow the use is always allowed (shrinking a draft, deleting).
 * Evidence files, once they exist, add one more sum to `storedBytes`.
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
 * Bytes an organisation stores now: its evaluations' JSON plus the files of its unfinished import jobs, in
 * one statement (a write measures twice, so each round trip saved is two per write).
 */
export async function storedBytes(db: DbOrTx, organisationId: string): Promise<number> {
  const documents = db
    .select({ bytes: sql`coalesce(sum(pg_column_size(${evaluations.data})), 0)` })
    .from(evaluations)
    .where(eq(evaluations.organisationId, organisationId));
  const files = db
    .select({ bytes: sql`coalesce(sum(pg_column_size(${jobFiles.bytes})), 0)` })
    .from(jobFiles)
    .innerJoin(jobs, eq(jobs.id, jobFiles.jobId))
    .where(eq(jobs.organisationId, organisationId));
  // Both sums as scalar subqueries on the organisation's own row (a select needs a from).
  const [row] = await db
    .select({ bytes: sql<string>`(${documents}) + (${files})` })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return Number(row?.bytes ?? 0);
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
    if (ids.length > 0) {
      await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(inArray(organisations.id, ids))
        .orderBy(asc(organisations.id))
        .for('update');
    }
    const before: number[] = [];
    for (const id of ids) before.push(await storedBytes(tx, id));
    const result = await write(tx);
    for (const [n, id] of ids.entries()) {
      const used = before[n] ?? 0;
      const after = await storedBytes(tx, id);
      if (after > quota && after > used) {
        const mb = (bytes: number) => fixed(dec(bytes).dividedBy(MB), 2, 'halfUp');
        throw new JixiaoError(
          'TOO_LARGE',
          m('quota.exceeded', { quota: mb(quota), used: mb(used), adding: mb(after - used) }),
        );
      }
    }
    return result;
  });
}
