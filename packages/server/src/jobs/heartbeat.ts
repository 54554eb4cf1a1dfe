import { and, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { jobFiles, jobs } from '../db/schema';
import { serverMessage as m } from '../messages';
import { storedJobError } from './job-error';

/**
 * A running job's worker stamps `jobs.heartbeat_at` every HEARTBEAT_MS; every instance sweeps every
 * SWEEP_MS and fails a running job whose stamp is older than STALE_AFTER_MS: its process died (killed,
 * out of memory, machine gone), and the user reads so in the job's status within about a minute instead of
 * seeing "running" until pg-boss expires the run. A later delivery of the job finds it failed and does nothing.
 */
export const HEARTBEAT_MS = 10_000;
export const STALE_AFTER_MS = 60_000;
export const SWEEP_MS = 10_000;

/** Where time comes from: the system clock, or a test's own. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface Heartbeat {
  /** Stops beating (the job ended, or a test simulating its process dying). */
  stop(): void;
}

/** Stamps the job every `everyMs` while it is running (the run's start stamps the first). */
export function startHeartbeat(
  db: Db,
  id: string,
  { clock = systemClock, everyMs = HEARTBEAT_MS }: { clock?: Clock; everyMs?: number } = {},
): Heartbeat {
  let last: Promise<unknown> = Promise.resolve();
  const beat = () => {
    // One beat at a time: a slow database never piles up stamps.
    last = last
      .then(() =>
        db
          .update(jobs)
          .set({ heartbeatAt: clock.now() })
          .where(and(eq(jobs.id, id), eq(jobs.status, 'running'))),
      )
      // A lost beat is made good by the next one; the sweep allows six.
      .catch(() => {});
  };
  const timer = setInterval(beat, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/**
 * Fails every running job whose worker has not stamped it for STALE_AFTER_MS (a job started before
 * heartbeats existed counts from its last update); returns their ids.
 */
export async function failStaleJobs(db: Db, now: Date): Promise<string[]> {
  const before = new Date(now.getTime() - STALE_AFTER_MS);
  const stale = await db
    .update(jobs)
    .set({
      status: 'failed',
      error: storedJobError({ code: 'INTERNAL', message: m('job.workerDied') }),
      updatedAt: now,
    })
    .where(
      and(
        eq(jobs.status, 'running'),
        or(lt(jobs.heartbeatAt, before), and(isNull(jobs.heartbeatAt), lt(jobs.updatedAt, before))),
      ),
    )
    .returning({ id: jobs.id });
  const ids = stale.map((j) => j.id);
  if (ids.length > 0) await db.delete(jobFiles).where(inArray(jobFiles.jobId, ids));
  return ids;
}

/** Sweeps every `everyMs` until stopped; errors go to `onError` and the next sweep tries again. */
export function startSweep(
  db: Db,
  onError: (error: unknown) => void,
  { clock = systemClock, everyMs = SWEEP_MS }: { clock?: Clock; everyMs?: number } = {},
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => failStaleJobs(db, clock.now())).catch(onError);
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
