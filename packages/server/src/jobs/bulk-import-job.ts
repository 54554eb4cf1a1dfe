import { isJixiaoError } from '@jixiao/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db, DbOrTx, Tx } from '../db/connect';
import { jobFiles, jobs, organisations } from '../db/schema';
import type { HeavyPool } from '../heavy/pool';
import { bulkImport, type ImportFile } from '../imports/bulk-import';
import { serverMessage as m } from '../messages';
import { withinQuota } from '../quota/org-quota';
import { type Clock, startHeartbeat, systemClock } from './heartbeat';
import { type JobFailure, storedJobError } from './job-error';

/** Runs of one job before it is given up (a run is lost when its process dies or pg-boss times it out). */
export const MAX_ATTEMPTS = 3;

export interface BulkImportInput {
  organisationId: string;
  files: ImportFile[];
  userId: string;
}

/** The job's status row and its files, written in the caller's transaction together with the queue entry. */
export async function recordBulkImport(tx: Tx, input: BulkImportInput): Promise<string> {
  const [job] = await tx
    .insert(jobs)
    .values({ kind: 'bulkImport', organisationId: input.organisationId, createdBy: input.userId })
    .returning({ id: jobs.id });
  if (!job) throw new Error('job not created');
  // The files count toward the organisation's storage quota until the job has run.
  await withinQuota(tx, [input.organisationId], (q) =>
    q
      .insert(jobFiles)
      .values(input.files.map((f) => ({ jobId: job.id, name: f.name, bytes: Buffer.from(f.bytes) }))),
  );
  return job.id;
}

/**
 * Only a running job changes state: a second delivery of a job that another run already finished (pg-boss
 * delivers at least once) finds nothing to change, and its import rolls back.
 */
const stillRunning = (id: string) => and(eq(jobs.id, id), eq(jobs.status, 'running'));

async function fail(db: DbOrTx, id: string, failure: JobFailure): Promise<void> {
  await db
    .update(jobs)
    .set({ status: 'failed', error: storedJobError(failure), updatedAt: new Date() })
    .where(stillRunning(id));
  await db.delete(jobFiles).where(eq(jobFiles.jobId, id));
}

async function markDone(tx: Tx, id: string, result: unknown): Promise<void> {
  const done = await tx
    .update(jobs)
    .set({ status: 'done', result, updatedAt: new Date() })
    .where(stillRunning(id))
    .returning({ id: jobs.id });
  if (done.length === 0) throw new Error(`job ${id} was finished by another run`);
  await tx.delete(jobFiles).where(eq(jobFiles.jobId, id));
}

/** Marks the job running, with its first heartbeat, and counts the run; undefined when it is already done or failed. */
async function start(db: Db, id: string, now: Date) {
  const [job] = await db
    .update(jobs)
    .set({ status: 'running', attempts: sql`${jobs.attempts} + 1`, updatedAt: now, heartbeatAt: now })
    .where(and(eq(jobs.id, id), inArray(jobs.status, ['queued', 'running'])))
    .returning();
  return job;
}

export interface JobRunOptions {
  clock?: Clock;
  heartbeatMs?: number;
  /** The pool whose worker threads read the files (see BulkImportInput.heavy). */
  heavy?: HeavyPool;
}

/**
 * One delivery of a bulk-import job: the import and "done" commit together or not at all. While it runs,
 * the job's heartbeat is stamped (jobs/heartbeat.ts), so that the sweep can tell it from one whose process died.
 */
export async function runBulkImportJob(
  db: Db,
  id: string,
  log: FastifyBaseLogger,
  { clock = systemClock, heartbeatMs, heavy }: JobRunOptions = {},
): Promise<void> {
  const job = await start(db, id, clock.now());
  if (!job) return;
  const heartbeat = startHeartbeat(db, id, { clock, ...(heartbeatMs ? { everyMs: heartbeatMs } : {}) });
  try {
    await runStarted(db, job, log, heavy);
  } finally {
    heartbeat.stop();
  }
}

async function runStarted(
  db: Db,
  job: NonNullable<Awaited<ReturnType<typeof start>>>,
  log: FastifyBaseLogger,
  heavy: HeavyPool | undefined,
): Promise<void> {
  const id = job.id;
  log.info({ jobId: id, kind: job.kind, attempt: job.attempts }, 'job started');
  if (job.attempts > MAX_ATTEMPTS) {
    return fail(db, id, { code: 'INTERNAL', message: m('job.gaveUp', { attempts: MAX_ATTEMPTS }) });
  }
  const [scope] = await db
    .select({ id: organisations.id, path: organisations.path })
    .from(organisations)
    .where(eq(organisations.id, job.organisationId));
  if (!scope) return fail(db, id, { code: 'NOT_FOUND', message: m('job.scopeGone') });
  const files = await db.select().from(jobFiles).where(eq(jobFiles.jobId, id));
  try {
    await bulkImport(db, {
      scope,
      files: files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
      userId: job.createdBy ?? '00000000-0000-0000-0000-000000000000',
      log,
      ...(heavy ? { heavy } : {}),
      inTransaction: (tx, summary) => markDone(tx, id, summary),
    });
  } catch (e) {
    if (isJixiaoError(e)) return fail(db, id, { code: e.code, message: e.toMessage(), issues: e.issues });
    log.error({ err: e, jobId: id }, 'job failed');
    return fail(db, id, { code: 'INTERNAL', message: m('job.failed') });
  }
}
