import { count, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, jobFiles, jobs } from '../src/db/schema';
import { recordBulkImport, runBulkImportJob } from '../src/jobs/bulk-import-job';
import { type Clock, failStaleJobs, STALE_AFTER_MS, startHeartbeat } from '../src/jobs/heartbeat';
import { openJobQueue } from '../src/jobs/queue';
import { BACKENDS, startTestServer, type TestServer } from './harness';
import { budgetWorkbook } from './import-workbooks';
import { buildWorld, clientAs, type World } from './world';

const log = pino({ level: 'silent' });
const UNIT = { code: 'HB1', name: '心跳单位' };
const SECOND = 1000;

/**
 * A clock the test moves by hand: no test waits a minute. It starts at the real time, so the test server's
 * own sweep (on the system clock) never finds these jobs stale while a test runs.
 */
function manualClock(start = Date.now()) {
  let t = start;
  const clock: Clock = { now: () => new Date(t) };
  return { clock, advance: (ms: number) => (t += ms), at: (ms: number) => new Date(start + ms) };
}

const until = async (done: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await done()); i++) await new Promise((r) => setTimeout(r, 25));
};

describe.each(BACKENDS)('dead job workers are noticed by their heartbeat, on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let workbook: Buffer;
  const db = () => server.database.db;
  const job = async (id: string) => (await db().select().from(jobs).where(eq(jobs.id, id)))[0];
  const record = () =>
    db().transaction((tx) =>
      recordBulkImport(tx, {
        organisationId: world.orgs.b1,
        files: [{ name: 'budgets.xlsx', bytes: new Uint8Array(workbook) }],
        userId: world.users.financeReviewer.id,
      }),
    );
  /** A job a worker took (status running, stamped at `at`), as runBulkImportJob's start leaves it. */
  const taken = async (at: Date) => {
    const id = await record();
    await db().update(jobs).set({ status: 'running', attempts: 1, heartbeatAt: at }).where(eq(jobs.id, id));
    return id;
  };

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    const r = await world.admin.post('/api/organisations', {
      kind: 'unit',
      parentId: world.orgs.d1,
      ...UNIT,
    });
    expect(r.status).toBe(201);
    workbook = await budgetWorkbook([UNIT], 2);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('keeps a job running past a minute while its worker beats, and fails it a minute after the beats stop', async () => {
    const time = manualClock();
    const id = await taken(time.clock.now());
    const heartbeat = startHeartbeat(db(), id, { clock: time.clock, everyMs: 20 });
    const beatAt = async (ms: number) => {
      await until(async () => (await job(id))?.heartbeatAt?.getTime() === time.at(ms).getTime());
      expect((await job(id))?.heartbeatAt).toEqual(time.at(ms));
    };
    try {
      // 100 s after the start the worker still beats: the job is running, however long it takes.
      time.advance(50 * SECOND);
      await beatAt(50 * SECOND);
      time.advance(50 * SECOND);
      await beatAt(100 * SECOND);
      expect(await failStaleJobs(db(), time.clock.now())).toEqual([]);
      expect((await job(id))?.status).toBe('running');
    } finally {
      // The worker's process dies at 100 s: no more beats.
      heartbeat.stop();
    }
    // At 160 s the last beat is exactly a minute old: not yet.
    time.advance(60 * SECOND);
    expect(await failStaleJobs(db(), time.clock.now())).toEqual([]);
    // One second later it is older than a minute: failed, its files gone.
    time.advance(SECOND);
    expect(await failStaleJobs(db(), time.clock.now())).toEqual([id]);
    expect(await job(id)).toMatchObject({ status: 'failed', updatedAt: time.at(161 * SECOND) });
    const files = await db().select({ n: count() }).from(jobFiles).where(eq(jobFiles.jobId, id));
    expect(files[0]?.n).toBe(0);

    // The user who submitted it reads why, in Chinese and in English.
    const finance = await clientAs(server, world, 'financeReviewer');
    const zh = await finance.get<{ status: string; error: { code: string; message: string } }>(
      `/api/jobs/${id}`,
    );
    expect(zh.status).toBe(200);
    expect(zh.body).toMatchObject({
      status: 'failed',
      error: { code: 'INTERNAL', message: '处理该任务的进程已停止，请重新提交' },
    });
    finance.language = 'en';
    const en = await finance.get<{ error: { message: string } }>(`/api/jobs/${id}`);
    expect(en.body.error.message).toBe('the process running this job stopped; please submit it again');
  });

  it('does not import a swept job when pg-boss delivers it again', async () => {
    const imports = async () =>
      (await db().select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'bulkImport')))[0]?.n;
    const before = await imports();
    const time = manualClock();
    const id = await taken(time.clock.now());
    time.advance(STALE_AFTER_MS + SECOND);
    expect(await failStaleJobs(db(), time.clock.now())).toEqual([id]);
    await runBulkImportJob(db(), id, log, { clock: time.clock });
    expect((await job(id))?.status).toBe('failed');
    expect(await imports()).toBe(before);
  });

  it('stamps the heartbeat when a worker starts a job, so a job just taken is never swept', async () => {
    const time = manualClock();
    const id = await record();
    await runBulkImportJob(db(), id, log, { clock: time.clock });
    expect(await job(id)).toMatchObject({ status: 'done', heartbeatAt: time.at(0) });
    // A queued job is never swept, however old: only a taken one has a worker that can die.
    const queued = await record();
    time.advance(10 * STALE_AFTER_MS);
    await failStaleJobs(db(), time.clock.now());
    expect((await job(queued))?.status).toBe('queued');
    await db().delete(jobs).where(eq(jobs.id, queued));
  });

  it('is swept by every instance, one that runs no jobs included', async () => {
    const time = manualClock();
    const dead = await taken(time.clock.now());
    time.advance(30 * SECOND);
    const alive = await taken(time.clock.now());
    const queue = await openJobQueue(server.database, log, { work: false, clock: time.clock, sweepMs: 20 });
    try {
      time.advance(31 * SECOND);
      await until(async () => (await job(dead))?.status === 'failed');
      expect((await job(dead))?.status).toBe('failed');
      expect((await job(alive))?.status).toBe('running');
    } finally {
      await queue.stop();
      await db().delete(jobs).where(eq(jobs.id, alive));
    }
  });
});
