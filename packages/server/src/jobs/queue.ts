import { eq, inArray } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import type { Database, SqlExecutor } from '../db/connect';
import { jobs } from '../db/schema';
import type { HeavyPool } from '../heavy/pool';
import {
  type BulkImportInput,
  type JobRunOptions,
  MAX_ATTEMPTS,
  recordBulkImport,
  runBulkImportJob,
} from './bulk-import-job';
import { type Clock, startSweep } from './heartbeat';

export const QUEUE = 'bulk-import';
/**
 * pg-boss's own limit on a run. A run whose process died is failed long before by the heartbeat sweep
 * (jobs/heartbeat.ts, about a minute); pg-boss's retry after this then finds the job failed and does nothing.
 */
const EXPIRE_SECONDS = 15 * 60;
/** pg-boss's smallest polling interval: a queued import starts within half a second. */
const POLL_SECONDS = 0.5;

/**
 * Jobs on pg-boss (its tables in the schema `pgboss`), over the database's own connection: the pg pool, or
 * the one PGlite connection. No LISTEN/NOTIFY is involved (pg-boss 10 polls), so PGlite needs nothing more.
 */
function boss(database: SqlExecutor, options: { supervise: boolean; migrate: boolean }): PgBoss {
  // Cron schedules are not used; supervision (expiring dead runs, archiving) runs where jobs run.
  return new PgBoss({ db: database, schedule: false, ...options });
}

/** Creates or upgrades pg-boss's schema and the import queue (pg-boss serializes this with an advisory lock). */
export async function installJobQueue(database: SqlExecutor): Promise<void> {
  const installer = boss(database, { supervise: false, migrate: true });
  await installer.start();
  // MAX_ATTEMPTS retries make MAX_ATTEMPTS + 1 deliveries: the last finds the job over its limit and fails it.
  await installer.createQueue(QUEUE, {
    name: QUEUE,
    retryLimit: MAX_ATTEMPTS,
    expireInSeconds: EXPIRE_SECONDS,
  });
  await installer.stop({ graceful: false });
}

export interface JobQueue {
  /** Records the job, then queues it in pg-boss; returns its id at once. */
  enqueueBulkImport(input: BulkImportInput): Promise<string>;
  /** Stops taking jobs, lets the one in hand finish, and stops pg-boss (the database stays open). */
  stop(): Promise<void>;
}

/** For an app that only describes itself (the OpenAPI document): it has no database to queue into. */
export function noJobQueue(): JobQueue {
  return {
    enqueueBulkImport: () => Promise.reject(new Error('this app instance has no job queue')),
    stop: async () => {},
  };
}

export interface JobQueueOptions {
  /** Run jobs here, one at a time (every instance sweeps dead runs either way). */
  work: boolean;
  /** Where a job reads its files (a worker thread); without one, on the event loop (tests). */
  heavy?: HeavyPool;
  /** Tests: their own clock and intervals for heartbeats and the sweep (jobs/heartbeat.ts). */
  clock?: Clock;
  heartbeatMs?: number;
  sweepMs?: number;
}

/**
 * The queue of one instance; with `work` it also runs jobs, one at a time. Every instance also sweeps:
 * running jobs whose worker stopped beating are failed (jobs/heartbeat.ts).
 */
export async function openJobQueue(
  database: Database,
  log: FastifyBaseLogger,
  options: JobQueueOptions,
): Promise<JobQueue> {
  const queue = boss(database, { supervise: options.work, migrate: false });
  queue.on('error', (err) => log.error({ err }, 'job queue error'));
  await queue.start();
  const run: JobRunOptions = {
    ...(options.heavy ? { heavy: options.heavy } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
  };
  const sweep = startSweep(database.db, (err) => log.error({ err }, 'job sweep error'), {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.sweepMs ? { everyMs: options.sweepMs } : {}),
  });
  try {
    if (options.work) {
      await queue.work(QUEUE, { batchSize: 1, pollingIntervalSeconds: POLL_SECONDS }, async ([job]) => {
        if (job) await runBulkImportJob(database.db, job.id, log, run);
      });
      await requeueStranded(queue, database);
    }
  } catch (error) {
    // A started pg-boss keeps polling; the caller never gets a queue to stop, so stop it here.
    await sweep.stop();
    await queue.stop({ graceful: false });
    throw error;
  }
  return {
    async enqueueBulkImport(input) {
      // Two steps, not one transaction: through a drizzle transaction pg-boss's repeated placeholders would
      // become separate parameters with other inferred types. A process that dies between the two steps
      // leaves a queued row without a pg-boss entry, which requeueStranded picks up at the next start.
      const id = await database.db.transaction((tx) => recordBulkImport(tx, input));
      try {
        await queue.send(QUEUE, {}, { id });
      } catch (error) {
        // The caller gets the error, so no job may remain behind it.
        await database.db.delete(jobs).where(eq(jobs.id, id));
        throw error;
      }
      return id;
    },
    async stop() {
      await sweep.stop();
      await queue.stop({ graceful: true, timeout: EXPIRE_SECONDS * 1000 });
    },
  };
}

/**
 * Unfinished jobs without a pg-boss entry (recorded before the queue moved to pg-boss, or by a process that
 * died before queueing them): queue them under their own id; pg-boss ignores an id it already holds.
 */
async function requeueStranded(queue: PgBoss, database: Database): Promise<void> {
  const open = await database.db
    .select({ id: jobs.id })
    .from(jobs)
    .where(inArray(jobs.status, ['queued', 'running']));
  for (const { id } of open) await queue.send(QUEUE, {}, { id });
}
