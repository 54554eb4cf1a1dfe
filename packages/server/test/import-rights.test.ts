import { and, asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/access/roles';
import { auditLog, evaluations } from '../src/db/schema';
import { BACKENDS, startTestServer, type TestServer } from './harness';
import { evaluationWorkbook, form } from './import-workbooks';
import { buildWorld, clientAs, type World } from './world';

const UNIT = '甲区科协本级';
const YEAR = 2040;

/** One budget line for the unit: 全年预算数 in 万元, written as text so the cell reads exactly. */
async function budgetLine(adjusted: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('预算决算');
  ws.addRow(['单位名称', '预算年度', '全年预算数']);
  ws.addRow([UNIT, YEAR, adjusted]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface Reply {
  importId?: string;
  evaluations?: number;
  error?: { code: string; issues?: { key?: string; location?: { sheet?: string; row?: number } }[] };
}

/**
 * Each role imports, at its own organisation, one budget line (a value of its own) and one evaluation form.
 * The policy is the single routes': budget lines need budget.write (preparer, finance reviewer), drafts need
 * import.bulk; the unit approver and the admin lack import.bulk. Worked by hand: only the preparer's and
 * the finance reviewer's values land, in that order, each as one audited budget update.
 */
const CASES: { role: Role; at: keyof World['orgs']; value: string; status: number }[] = [
  { role: 'preparer', at: 'u1', value: '111.00', status: 200 },
  { role: 'unitApprover', at: 'u1', value: '333.00', status: 403 },
  { role: 'departmentReviewer', at: 'd1', value: '999999.00', status: 403 },
  { role: 'financeReviewer', at: 'b1', value: '222.00', status: 200 },
  { role: 'admin', at: 'b1', value: '555.00', status: 403 },
];

describe.each(BACKENDS)('who may bulk-import what, on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let budgetId: string;

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    const preparer = await clientAs(server, world, 'preparer');
    const r = await preparer.post<{ id: string }>(`/api/organisations/${world.orgs.u1}/budgets`, {
      fiscalYear: YEAR,
      adjustedBudget: '100.00',
    });
    expect(r.status).toBe(201);
    budgetId = r.body.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  const budgetLines = () =>
    server.database.db
      .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'budget'), eq(auditLog.entityId, budgetId)))
      .orderBy(asc(auditLog.id));

  it.each(CASES)(
    'answers $status to the $role importing budgets and a form',
    async ({ role, at, value, status }) => {
      const client = await clientAs(server, world, role);
      const files = [
        { name: 'budgets.xlsx', bytes: await budgetLine(value) },
        { name: 'form.xlsx', bytes: await evaluationWorkbook(UNIT) },
      ];
      const r = await client.post<Reply>(`/api/organisations/${world.orgs[at]}/imports`, form(files));
      expect(r.status).toBe(status);
      if (status !== 200) return;
      expect(r.body).toMatchObject({ evaluations: 1, budgets: 1 });
      const imported = await server.database.db
        .select({ id: evaluations.id })
        .from(evaluations)
        .where(eq(evaluations.importId, r.body.importId ?? ''));
      expect(imported).toHaveLength(1);
      const created = await server.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entity, 'evaluation'), eq(auditLog.entityId, imported[0]?.id ?? '')));
      expect(created).toEqual([{ action: 'create' }]);
    },
  );

  it('names the budget row a department reviewer may not write', async () => {
    const reviewer = await clientAs(server, world, 'departmentReviewer');
    const files = [{ name: 'budgets.xlsx', bytes: await budgetLine('999999.00') }];
    const r = await reviewer.post<Reply>(`/api/organisations/${world.orgs.d1}/imports`, form(files));
    expect(r.status).toBe(403);
    expect(r.body.error?.issues).toEqual([
      expect.objectContaining({
        key: 'import.mayNotWriteBudget',
        location: expect.objectContaining({ sheet: '预算决算', row: 2 }),
      }),
    ]);
  });

  it('lets the department reviewer import forms alone', async () => {
    const reviewer = await clientAs(server, world, 'departmentReviewer');
    const files = [{ name: 'form.xlsx', bytes: await evaluationWorkbook(UNIT) }];
    const r = await reviewer.post<Reply>(`/api/organisations/${world.orgs.d1}/imports`, form(files));
    expect(r.status).toBe(200);
    expect(r.body.evaluations).toBe(1);
  });

  it('refuses the same budget line run as a background job, with the row named in the failed job', async () => {
    const reviewer = await clientAs(server, world, 'departmentReviewer');
    const files = [{ name: 'budgets.xlsx', bytes: await budgetLine('999999.00') }];
    const queued = await reviewer.post<{ jobId: string }>(
      `/api/organisations/${world.orgs.d1}/import-jobs`,
      form(files),
    );
    expect(queued.status).toBe(202);
    let job: { status: string; error: Reply['error'] | null } = { status: 'queued', error: null };
    for (let i = 0; i < 200 && (job.status === 'queued' || job.status === 'running'); i++) {
      await new Promise((res) => setTimeout(res, 100));
      job = (await reviewer.get<typeof job>(`/api/jobs/${queued.body.jobId}`)).body;
    }
    expect(job.status).toBe('failed');
    expect(job.error).toMatchObject({ code: 'FORBIDDEN', issues: [{ key: 'import.mayNotWriteBudget' }] });
  });

  it('leaves the budget at the finance reviewer’s value, each allowed import one audited change', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const budget = await preparer.get<{ adjustedBudget: string; version: number }>(
      `/api/budgets/${budgetId}`,
    );
    expect(budget.body).toMatchObject({ adjustedBudget: '222.00', version: 3 });
    const lines = await budgetLines();
    expect(lines.map((l) => l.action)).toEqual(['create', 'update', 'update']);
    expect(lines[1]?.before).toMatchObject({ adjustedBudget: '100.00', version: 1 });
    expect(lines[1]?.after).toMatchObject({ adjustedBudget: '111.00', version: 2 });
    expect(lines[2]?.before).toMatchObject({ adjustedBudget: '111.00', version: 2 });
    expect(lines[2]?.after).toMatchObject({ adjustedBudget: '222.00', version: 3 });
    // Changes only: the figures the import left alone are not in the line.
    expect(lines[2]?.after).not.toHaveProperty('initialBudget');
  });
});
