import { type ErrorIssue, isJixiaoError, type Message } from '@jixiao/domain';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/connect';
import { jobFiles, jobs, organisations } from '../db/schema';
import { errorBody } from '../http/errors';
import { bulkImport, type ImportFile } from '../imports/bulk-import';
import { serverMessage as m } from '../messages';

/** A running job whose worker has been silent this long is taken to have died with its process. */
const STALE_MINUTES = 15;
const MAX_ATTEMPTS = 3;

export async function enqueueBulkImport(
  db: Db,
  input: { organisationId: string; files: ImportFile[]; userId: string },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [job] = await tx
      .insert(jobs)
      .values({ kind: 'bulkImport', organisationId: input.organisationId, createdBy: input.userId })
      .returning({ id: jobs.id });
    if (!job) throw new Error('job not created');
    await tx
      .insert(jobFiles)
      .values(input.files.map((f) => ({ jobId: job.id, name: f.name, bytes: Buffer.from(f.bytes) })));
    return job.id;
  });
}

type JobRow = typeof jobs.$inferSelect;

/** Claims the oldest queued job (SKIP LOCKED: two instances never take the same one). */
async function claimNext(db: Db): Promise<JobRow | undefined> {
  // Jobs left running by a process that died go back to the queue (their work rolled back with it).
  await db
    .update(jobs)
    .set({ status: 'queued', lockedAt: null })
    .where(
      and(
        eq(jobs.status, 'running'),
        lt(jobs.lockedAt, sql`now() - make_interval(mins => ${STALE_MINUTES})`),
      ),
    );
  const [job] = await db
    .update(jobs)
    .set({
      status: 'running',
      attempts: sql`${jobs.attempts} + 1`,
      lockedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(
      eq(
        jobs.id,
        sql`(select id from jobs where status = 'queued' order by created_at limit 1 for update skip locked)`,
      ),
    )
    .returning();
  return job;
}

async function fail(db: Db, id: string, failure: { code: string; message: Message; issues?: ErrorIssue[] }) {
  // Stored as the reply body in Chinese, with the English body beside it for readers asking for English.
  const body = (lang: 'zh' | 'en') => errorBody(failure.code, failure.message, lang, failure.issues).error;
  const error = { ...body('zh'), en: body('en') };
  await db.update(jobs).set({ status: 'failed', error, updatedAt: new Date() }).where(eq(jobs.id, id));
  await db.delete(jobFiles).where(eq(jobFiles.jobId, id));
}

async function run(db: Db, job: JobRow, log: FastifyBaseLogger): Promise<void> {
  if (job.attempts > MAX_ATTEMPTS) {
    await fail(db, job.id, { code: 'INTERNAL', message: m('job.gaveUp', { attempts: MAX_ATTEMPTS }) });
    return;
  }
  const [scope] = await db
    .select({ id: organisations.id, path: organisations.path })
    .from(organisations)
    .where(eq(organisations.id, job.organisationId));
  const files = await db.select().from(jobFiles).where(eq(jobFiles.jobId, job.id));
  if (!scope) return fail(db, job.id, { code: 'NOT_FOUND', message: m('job.scopeGone') });
  try {
    await bulkImport(db, {
      scope,
      files: files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
      userId: job.createdBy ?? '00000000-0000-0000-0000-000000000000',
      log,
      // Done in the import's own transaction: the import and "done" commit together or not at all.
      inTransaction: async (tx, summary) => {
        await tx
          .update(jobs)
          .set({ status: 'done', result: summary, updatedAt: new Date() })
          .where(eq(jobs.id, job.id));
        await tx.delete(jobFiles).where(eq(jobFiles.jobId, job.id));
      },
    });
  } catch (e) {
    if (isJixiaoError(e)) return fail(db, job.id, { code: e.code, message: e.toMessage(), issues: e.issues });
    log.error({ err: e, jobId: job.id }, 'job failed');
    return fail(db, job.id, {
      code: 'INTERNAL',
      message: m('job.failed'),
    });
  }
}

/**
 * Each instance runs one worker: it polls the queue, runs one job at a time, and stops on close after
 * the job in hand. Nothing about jobs lives in memory between polls.
 */
export function startWorker(db: Db, log: FastifyBaseLogger, intervalMs = 500): { stop(): Promise<void> } {
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  const tick = async () => {
    while (!stopped) {
      const job = await claimNext(db);
      if (!job) return;
      log.info({ jobId: job.id, kind: job.kind }, 'job started');
      await run(db, job, log);
    }
  };
  const timer = setInterval(() => {
    current = current.then(tick).catch((err: unknown) => log.error({ err }, 'job worker poll failed'));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current;
    },
  };
}
