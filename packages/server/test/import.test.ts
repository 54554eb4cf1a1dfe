import { count, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgets, evaluations } from '../src/db/schema';
import { BACKENDS, startTestServer, type TestServer } from './harness';
import { budgetWorkbook, evaluationWorkbook, form } from './import-workbooks';
import { buildWorld, clientAs, type World } from './world';

interface ErrorReply {
  error: {
    code: string;
    message: string;
    issues: { message: string; location: { file?: string; sheet?: string; row?: number; column?: string } }[];
  };
}

const UNITS = 30;
const YEARS = 50; // 30 × 50 = 1500 rows × 6 columns = 9000 cells

describe.each(BACKENDS)('bulk import, all or nothing, on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let units: { code: string; name: string }[];

  const counts = async () => {
    const db = server.database.db;
    const [b] = await db.select({ n: count() }).from(budgets);
    const [e] = await db.select({ n: count() }).from(evaluations);
    return { budgets: b?.n, evaluations: e?.n };
  };

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    units = Array.from({ length: UNITS }, (_, i) => ({
      code: `U${String(i).padStart(3, '0')}`,
      name: `批量单位${i}`,
    }));
    for (const u of units) {
      const r = await world.admin.post('/api/organisations', { kind: 'unit', parentId: world.orgs.d1, ...u });
      expect(r.status).toBe(201);
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it('writes nothing when one cell among 9000 is bad, and names that cell', async () => {
    const before = await counts();
    // Data row 777 (Excel row 777), column F (全年执行数).
    const bad = await budgetWorkbook(units, YEARS, { row: 777, column: 6, text: '12a.5' });
    const ev = await evaluationWorkbook('甲区科协本级');
    const finance = await clientAs(server, world, 'financeReviewer');
    const r = await finance.post<ErrorReply>(
      `/api/organisations/${world.orgs.b1}/imports`,
      form([
        { name: 'budgets.xlsx', bytes: bad },
        { name: 'evaluation.xlsx', bytes: ev },
      ]),
    );
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('INVALID_INPUT');
    expect(r.body.error.issues).toEqual([
      {
        key: 'import.badAmount',
        message: expect.stringContaining('12a.5'),
        location: expect.objectContaining({ file: 'budgets.xlsx', sheet: '预算决算', row: 777, column: 'F' }),
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('imports every row and sheet in one go when all cells are good', async () => {
    const before = await counts();
    const good = await budgetWorkbook(units, YEARS);
    const ev = await evaluationWorkbook('甲区科协本级');
    const finance = await clientAs(server, world, 'financeReviewer');
    const r = await finance.post<{ evaluations: number; budgets: number }>(
      `/api/organisations/${world.orgs.b1}/imports`,
      form([
        { name: 'budgets.xlsx', bytes: good },
        { name: 'evaluation.xlsx', bytes: ev },
      ]),
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ evaluations: 1, budgets: UNITS * YEARS });
    expect(await counts()).toEqual({
      budgets: (before.budgets ?? 0) + UNITS * YEARS,
      evaluations: (before.evaluations ?? 0) + 1,
    });
    // Exact decimals went in: unit 0, year 2003 → 全年预算数 120.5 + 3 = 123.5.
    const list = await finance.get<{
      items: { fiscalYear: number; adjustedBudget: string; executed: string }[];
    }>('/api/budgets?fiscalYear=2003');
    expect(list.body.items).toHaveLength(UNITS);
    expect(list.body.items[0]).toMatchObject({ adjustedBudget: '123.50', executed: '102.25' });
  });

  it('refuses rows for units outside the importer’s organisation, naming the cell', async () => {
    const before = await counts();
    const wb = await budgetWorkbook([{ code: 'X1', name: '乙区科协本级' }], 1);
    const dept = await clientAs(server, world, 'departmentReviewer');
    const r = await dept.post<ErrorReply>(
      `/api/organisations/${world.orgs.d1}/imports`,
      form([{ name: 'other.xlsx', bytes: wb }]),
    );
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]?.location).toMatchObject({ sheet: '预算决算', row: 2, column: 'A' });
    expect(r.body.error.issues[0]?.message).toContain('X1');
    expect(await counts()).toEqual(before);
  });

  it('takes a .zip of files like the files themselves, naming the bad cell inside it', async () => {
    const before = await counts();
    const zip = new JSZip();
    zip.file(
      '预算/budgets.xlsx',
      await budgetWorkbook(units.slice(0, 3), 2, { row: 4, column: 5, text: '一百' }),
    );
    zip.file('自评/evaluation.xlsx', await evaluationWorkbook('甲区科协本级'));
    zip.file('__MACOSX/._budgets.xlsx', 'resource fork');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const finance = await clientAs(server, world, 'financeReviewer');
    const r = await finance.post<ErrorReply>(
      `/api/organisations/${world.orgs.b1}/imports`,
      form([{ name: 'all.zip', bytes }]),
    );
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([
      {
        key: 'import.badAmount',
        message: expect.stringContaining('一百'),
        location: expect.objectContaining({
          file: 'all.zip/预算/budgets.xlsx',
          sheet: '预算决算',
          row: 4,
          column: 'E',
        }),
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('runs the same import as a background job: failed with every bad cell, or done with the summary', async () => {
    const finance = await clientAs(server, world, 'financeReviewer');
    const waitForJob = async (id: string) => {
      for (let i = 0; i < 200; i++) {
        const r = await finance.get<{ status: string; result: unknown; error: ErrorReply['error'] | null }>(
          `/api/jobs/${id}`,
        );
        if (r.body.status === 'done' || r.body.status === 'failed') return r.body;
        await new Promise((res) => setTimeout(res, 100));
      }
      throw new Error('job did not finish');
    };
    const before = await counts();
    const bad = await budgetWorkbook(units.slice(0, 2), 3, { row: 3, column: 4, text: '-1' });
    const queued = await finance.post<{ jobId: string }>(
      `/api/organisations/${world.orgs.b1}/import-jobs`,
      form([{ name: 'bad.xlsx', bytes: bad }]),
    );
    expect(queued.status).toBe(202);
    const failed = await waitForJob(queued.body.jobId);
    expect(failed.status).toBe('failed');
    expect(failed.error?.issues).toEqual([
      {
        key: 'import.badAmount',
        message: expect.stringContaining('-1'),
        location: expect.objectContaining({ sheet: '预算决算', row: 3, column: 'D' }),
      },
    ]);
    expect(await counts()).toEqual(before);

    await world.admin.post('/api/organisations', {
      kind: 'unit',
      parentId: world.orgs.d1,
      code: 'JOB1',
      name: '作业单位',
    });
    const good = await budgetWorkbook([{ code: 'JOB1', name: '作业单位' }], 2);
    const ok = await finance.post<{ jobId: string }>(
      `/api/organisations/${world.orgs.b1}/import-jobs`,
      form([{ name: 'good.xlsx', bytes: good }]),
    );
    const done = await waitForJob(ok.body.jobId);
    expect(done.status).toBe('done');
    expect(done.result).toMatchObject({ budgets: 2, evaluations: 0 });
    expect(await counts()).toEqual({ budgets: (before.budgets ?? 0) + 2, evaluations: before.evaluations });
  });

  it('lands an imported evaluation as a draft at version 1', async () => {
    const [row] = await server.database.db
      .select()
      .from(evaluations)
      .where(eq(evaluations.unitName, '甲区科协本级'));
    expect(row?.status).toBe('draft');
    expect(row?.version).toBe(1);
  });

  it('records each imported evaluation in its own history as created, as a single save does', async () => {
    const rows = await server.database.db
      .select({ id: evaluations.id, importId: evaluations.importId })
      .from(evaluations)
      .where(eq(evaluations.unitName, '甲区科协本级'));
    expect(rows.length).toBeGreaterThan(0);
    const finance = await clientAs(server, world, 'financeReviewer');
    for (const row of rows) {
      expect(row.importId).not.toBeNull();
      const r = await finance.get<{ items: { action: string; fromStatus: null; toStatus: string }[] }>(
        `/api/evaluations/${row.id}/history`,
      );
      expect(r.status).toBe(200);
      expect(r.body.items).toEqual([
        expect.objectContaining({ action: 'create', fromStatus: null, toStatus: 'draft' }),
      ]);
    }
  });
});
