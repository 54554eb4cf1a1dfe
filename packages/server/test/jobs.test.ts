import { count, eq } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, jobFiles, jobs } from '../src/db/schema';
import { MAX_ATTEMPTS, recordBulkImport, runBulkImportJob } from '../src/jobs/bulk-import-job';
import { openJobQueue, QUEUE } from '../src/jobs/queue';
import { BACKENDS, startTestServer, type TestServer } from './harness';
import { budgetWorkbook, form } from './import-workbooks';
import { buildWorld, clientAs, type World } from './world';

const log = pino({ level: 'silent' });
const UNIT = { code: 'JQ1', name: '队列单位' };

describe.each(BACKENDS)('bulk-import jobs on pg-boss, on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let workbook: Buffer;

  const db = () => server.database.db;
  const imports = async () =>
    (await db().select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'bulkImport')))[0]?.n;
  const job = async (id: string) => (await db().select().from(jobs).where(eq(jobs.id, id)))[0];
  const files = async (id: string) =>
    (await db().select({ n: count() }).from(jobFiles).where(eq(jobFiles.jobId, id)))[0]?.n;
  /** A job row with its file, as the route records it, but not handed to pg-boss. */
  const record = () =>
    db().transaction((tx) =>
      recordBulkImport(tx, {
        organisationId: world.orgs.b1,
        files: [{ name: 'budgets.xlsx', bytes: new Uint8Array(workbook) }],
        userId: world.users.financeReviewer.id,
      }),
    );

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

  it('imports once when a finished job is delivered again, and keeps its first result', async () => {
    const before = await imports();
    const id = await record();
    await runBulkImportJob(db(), id, log);
    const done = await job(id);
    expect(done).toMatchObject({ status: 'done', attempts: 1, result: { budgets: 2, evaluations: 0 } });
    expect(await files(id)).toBe(0);

    await runBulkImportJob(db(), id, log);
    expect(await job(id)).toEqual(done);
    expect(await imports()).toBe((before ?? 0) + 1);
  });

  it('imports once when two deliveries of one job run at the same time', async () => {
    const before = await imports();
    const id = await record();
    await Promise.all([runBulkImportJob(db(), id, log), runBulkImportJob(db(), id, log)]);
    expect(await job(id)).toMatchObject({ status: 'done', attempts: 2, error: null });
    expect(await imports()).toBe((before ?? 0) + 1);
  });

  it('fails a job delivered again after its last attempt, without importing', async () => {
    const before = await imports();
    const id = await record();
    await db().update(jobs).set({ status: 'running', attempts: MAX_ATTEMPTS }).where(eq(jobs.id, id));
    await runBulkImportJob(db(), id, log);
    expect(await job(id)).toMatchObject({
      status: 'failed',
      attempts: MAX_ATTEMPTS + 1,
      error: { code: 'INTERNAL' },
    });
    expect(await files(id)).toBe(0);
    expect(await imports()).toBe(before);
  });

  it('queues a job through the route in pg-boss under the id the status API reports', async () => {
    const boss = new PgBoss({ db: server.database, schedule: false, supervise: false, migrate: false });
    await boss.start();
    try {
      const finance = await clientAs(server, world, 'financeReviewer');
      const r = await finance.post<{ jobId: string }>(
        `/api/organisations/${world.orgs.b1}/import-jobs`,
        form([{ name: 'budgets.xlsx', bytes: workbook }]),
      );
      expect(r.status).toBe(202);
      expect(await boss.getJobById(QUEUE, r.body.jobId)).toMatchObject({ id: r.body.jobId, name: QUEUE });
      expect(await job(r.body.jobId)).toMatchObject({ kind: 'bulkImport', organisationId: world.orgs.b1 });
    } finally {
      await boss.stop({ graceful: false });
    }
  });

  it('runs a job recorded without a pg-boss entry (from the queue before pg-boss) once a queue starts', async () => {
    const id = await record();
    const queue = await openJobQueue(server.database, log, { work: true });
    try {
      for (let i = 0; i < 100 && (await job(id))?.status !== 'done'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await job(id)).toMatchObject({ status: 'done', attempts: 1 });
    } finally {
      await queue.stop();
    }
  });
});
