import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priorRectificationOf } from '../src/rectification/prior-year';
import { insertRectification } from '../src/rectification/store';
import { todayInChina } from '../src/rectification/today';
import { BACKENDS, type Client, startTestServer, type TestServer } from './harness';
import { monitoringFixture } from './monitoring-fixture';
import { buildWorld, clientAs, createEvaluation, type World } from './world';

interface Item {
  id: string;
  organisationId: string;
  unitName: string;
  departmentName: string | null;
  fiscalYear: number;
  source: { kind: string; evaluationId?: string; monitoringId?: string; code?: string; path?: string };
  problem: string;
  measure: string;
  deadline: string;
  status: string;
  overdue: boolean;
  report: string | null;
  actions: string[];
  version: number;
}
interface ErrorReply {
  error: { code: string; message: string; issues?: { message: string; location?: { label: string } }[] };
}
interface Finding {
  code: string;
  location: { path: string };
  message: { zh: string };
}

/** Days after an ISO date, by hand: the tests compare with deadlines the server works out. */
function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe.each(BACKENDS)('the rectification ledger over HTTP on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let preparer: Client;
  let approver: Client;
  let department: Client;
  let finance: Client;

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    preparer = await clientAs(server, world, 'preparer');
    approver = await clientAs(server, world, 'unitApprover');
    department = await clientAs(server, world, 'departmentReviewer');
    finance = await clientAs(server, world, 'financeReviewer');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('records an item by hand with the rule set deadline (30 days) and lists it for the unit', async () => {
    const today = todayInChina();
    const made = await department.post<Item>(`/api/organisations/${world.orgs.u1}/rectification`, {
      fiscalYear: 2024,
      problem: '项目资金未按计划支出',
      measure: '制定支出计划，按月报送',
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      source: { kind: 'manual' },
      status: 'pending',
      overdue: false,
      unitName: '甲区科协本级',
      departmentName: '甲区科协',
      deadline: plusDays(today, 30),
      version: 1,
    });
    // The unit sees it with its moves; the reviewer above sees it with none yet (nothing reported).
    const mine = await preparer.get<{ items: Item[] }>('/api/rectification?year=2024');
    expect(mine.body.items.find((i) => i.id === made.body.id)?.actions).toEqual(['start']);
    const read = await finance.get<Item>(`/api/rectification/${made.body.id}`);
    expect(read.body.actions).toEqual([]);
  });

  it('refuses bad input with the field named in Chinese and writes nothing', async () => {
    const before = await finance.get<{ items: Item[] }>('/api/rectification');
    const bad = await department.post<ErrorReply>(`/api/organisations/${world.orgs.u1}/rectification`, {
      fiscalYear: 2024,
      problem: '问题',
      measure: '   ',
      deadline: '2024-02-30',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues?.map((i) => `${i.location?.label}：${i.message}`)).toEqual([
      '整改要求：不能为空',
      '整改期限：须填写日期，格式为 年-月-日，例如 2026-12-01',
    ]);
    const onDepartment = await department.post<ErrorReply>(
      `/api/organisations/${world.orgs.d1}/rectification`,
      {
        fiscalYear: 2024,
        problem: '问题',
        measure: '要求',
      },
    );
    expect(onDepartment.status).toBe(400);
    expect(onDepartment.body.error.message).toBe('整改事项的责任单位须是单位（预算单位）');
    const after = await finance.get<{ items: Item[] }>('/api/rectification');
    expect(after.body.items.length).toBe(before.body.items.length);
  });

  it('raises an item from a check finding of an evaluation, once', async () => {
    // Seed 2 has one finding: expenditure.excess-without-source (a warning).
    const ev = await createEvaluation(preparer, world.orgs.u1, 2);
    const check = await department.post<{ findings: Finding[] }>(`/api/evaluations/${ev.id}/check`, {});
    const finding = check.body.findings[0];
    if (!finding) throw new Error('seed 2 has no finding to raise');
    const body = {
      from: 'finding',
      code: finding.code,
      path: finding.location.path,
      measure: '核对数据后重新填报',
    };
    const made = await department.post<Item>(`/api/evaluations/${ev.id}/rectification`, body);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      source: { kind: 'finding', evaluationId: ev.id, code: finding.code, path: finding.location.path },
      problem: finding.message.zh,
      deadline: plusDays(todayInChina(), 30),
      organisationId: world.orgs.u1,
    });
    const again = await department.post<ErrorReply>(`/api/evaluations/${ev.id}/rectification`, body);
    expect(again.status).toBe(409);
    const none = await department.post<ErrorReply>(`/api/evaluations/${ev.id}/rectification`, {
      ...body,
      code: 'no.such-check',
    });
    expect(none.status).toBe(400);
    expect(none.body.error.issues?.[0]?.location?.label).toBe('审核规则代码');
  });

  it('raises an item from a review return with its reason and 20 days', async () => {
    const ev = await createEvaluation(preparer, world.orgs.u1, 1);
    const none = await department.post<ErrorReply>(`/api/evaluations/${ev.id}/rectification`, {
      from: 'return',
      measure: '按意见修改',
    });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toBe('该自评没有被退回过，没有可登记的退回意见');
    await preparer.post(`/api/evaluations/${ev.id}/submit`, { version: 1 });
    await approver.post(`/api/evaluations/${ev.id}/sign`, { version: 2 });
    const returned = await department.post(`/api/evaluations/${ev.id}/return`, {
      version: 3,
      comment: '满意度指标缺少调查依据',
    });
    expect(returned.status).toBe(200);
    const made = await department.post<Item>(`/api/evaluations/${ev.id}/rectification`, {
      from: 'return',
      measure: '补充满意度调查问卷及统计表',
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      source: { kind: 'return', evaluationId: ev.id },
      problem: '满意度指标缺少调查依据',
      deadline: plusDays(todayInChina(), 20),
    });
  });

  it('raises an item from a 重点监控 trigger of a monitoring report', async () => {
    const report = await preparer.post<{ id: string }>(`/api/organisations/${world.orgs.u1}/monitoring`, {
      report: monitoringFixture({ funds: { total: { budget: '100', executed: '0', expectedAnnual: '90' } } }),
    });
    expect(report.status).toBe(201);
    const made = await finance.post<Item>(`/api/monitoring/${report.body.id}/rectification`, {
      code: 'monitoring.zero-execution',
      measure: '加快支出进度',
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      source: { kind: 'monitoring', monitoringId: report.body.id, code: 'monitoring.zero-execution' },
      problem: '资金执行率为 0',
      deadline: plusDays(todayInChina(), 20),
    });
  });

  it('flags an item overdue the day after its deadline, filters by it, and counts it for the home page', async () => {
    const today = todayInChina();
    const late = await department.post<Item>(`/api/organisations/${world.orgs.u1b}/rectification`, {
      fiscalYear: 2024,
      problem: '固定资产未入账',
      measure: '完成资产登记',
      deadline: plusDays(today, -1),
    });
    const due = await department.post<Item>(`/api/organisations/${world.orgs.u1b}/rectification`, {
      fiscalYear: 2024,
      problem: '合同未归档',
      measure: '归档',
      deadline: today,
    });
    expect(late.body.overdue).toBe(true);
    expect(due.body.overdue).toBe(false); // the deadline day itself is still in time
    const overdue = await department.get<{ items: Item[] }>(
      `/api/rectification?overdue=true&organisationId=${world.orgs.u1b}`,
    );
    expect(overdue.body.items.map((i) => i.id)).toEqual([late.body.id]);
    const counts = await department.get<{ open: number; overdue: number }>('/api/rectification/counts');
    expect(counts.body.overdue).toBeGreaterThanOrEqual(1);
    const overview = await finance.get<{ departments: { departmentName: string; overdue: number }[] }>(
      '/api/rectification/overview?year=2024',
    );
    expect(
      overview.body.departments.find((d) => d.departmentName === '甲区科协')?.overdue,
    ).toBeGreaterThanOrEqual(1);
  });

  it('edits an open item at its version and refuses a stale one', async () => {
    const made = await department.post<Item>(`/api/organisations/${world.orgs.u1}/rectification`, {
      fiscalYear: 2024,
      problem: '问题甲',
      measure: '要求甲',
    });
    const edited = await department.patch<Item>(`/api/rectification/${made.body.id}`, {
      version: 1,
      measure: '要求乙',
      deadline: '2030-01-31',
    });
    expect(edited.body).toMatchObject({ measure: '要求乙', deadline: '2030-01-31', version: 2 });
    const stale = await department.patch<ErrorReply>(`/api/rectification/${made.body.id}`, {
      version: 1,
      measure: '要求丙',
    });
    expect(stale.status).toBe(409);
    const byUnit = await preparer.patch(`/api/rectification/${made.body.id}`, { version: 2, measure: 'x' });
    expect(byUnit.status).toBe(403);
  });

  it("gives last year's items of a unit, open and closed, for next year's declaration", async () => {
    const prior = await preparer.get<{ fiscalYear: number; items: Item[] }>(
      `/api/organisations/${world.orgs.u1}/rectification/prior-year?year=2025`,
    );
    expect(prior.body.fiscalYear).toBe(2024);
    expect(prior.body.items.length).toBeGreaterThan(0);
    expect(prior.body.items.every((i) => i.fiscalYear === 2024 && i.organisationId === world.orgs.u1)).toBe(
      true,
    );
    // The same items feed the 2025 report's 存在的问题 (domain narrative/rectification.ts renders them).
    const forReport = await priorRectificationOf(server.database.db, world.orgs.u1, 2025);
    expect(forReport.fiscalYear).toBe(2024);
    expect(forReport.items.map((i) => i.problem).sort()).toEqual(
      prior.body.items.map((i) => i.problem).sort(),
    );
    const none = await preparer.get<{ items: Item[] }>(
      `/api/organisations/${world.orgs.u1}/rectification/prior-year?year=2024`,
    );
    expect(none.body.items).toEqual([]);
  });

  it("refuses another region's unit and hides its items", async () => {
    const other = await department.post<ErrorReply>(`/api/organisations/${world.orgs.u2}/rectification`, {
      fiscalYear: 2024,
      problem: '问题',
      measure: '要求',
    });
    expect(other.status).toBe(403);
    const mine = await department.get<{ items: Item[] }>('/api/rectification');
    expect(mine.body.items.every((i) => i.organisationId !== world.orgs.u2)).toBe(true);
  });

  const step = (client: Client, id: string, action: string, body: object) =>
    client.post<Item & ErrorReply>(`/api/rectification/${id}/${action}`, body);

  it('goes 待整改 → 整改中 → 待销号 → (退回) 整改中 → 待销号 → 已销号, each step by its side, then is locked', async () => {
    const made = await department.post<Item>(`/api/organisations/${world.orgs.u1}/rectification`, {
      fiscalYear: 2024,
      problem: '绩效目标不够细化',
      measure: '细化年度绩效目标',
    });
    const id = made.body.id;
    // Reviewers cannot start for the unit; the unit cannot report before it started.
    expect((await step(department, id, 'start', { version: 1 })).status).toBe(403);
    expect((await step(preparer, id, 'report', { version: 1, comment: '已细化' })).status).toBe(409);
    const started = await step(preparer, id, 'start', { version: 1 });
    expect(started.body).toMatchObject({ status: 'inProgress', actions: ['report'] });
    const blank = await step(approver, id, 'report', { version: 2, comment: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.message).toBe('报送整改情况须写明理由');
    expect(blank.body.error.issues?.[0]?.location?.label).toBe('整改情况');
    const reported = await step(approver, id, 'report', { version: 2, comment: '已将目标细化为 6 项' });
    expect(reported.body).toMatchObject({ status: 'reported', report: '已将目标细化为 6 项', actions: [] });
    // The unit cannot close out its own item; a return needs a reason.
    expect((await step(preparer, id, 'close', { version: 3 })).status).toBe(403);
    const noReason = await step(department, id, 'return', { version: 3 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues?.[0]?.location?.label).toBe('退回理由');
    const back = await step(department, id, 'return', { version: 3, comment: '缺少量化指标' });
    expect(back.body).toMatchObject({ status: 'inProgress' });
    await step(preparer, id, 'report', { version: 4, comment: '补充 3 项数量指标' });
    // A stale version writes nothing.
    expect((await step(finance, id, 'close', { version: 4 })).status).toBe(409);
    const closed = await step(finance, id, 'close', { version: 5 });
    expect(closed.body).toMatchObject({ status: 'closed', overdue: false, actions: [] });
    const edit = await department.patch<ErrorReply>(`/api/rectification/${id}`, { version: 6, measure: 'x' });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toBe('整改事项当前状态为「已销号」，已销号的事项不能修改');
    const history = await preparer.get<{
      items: { action: string; status: string; comment: string | null }[];
    }>(`/api/rectification/${id}/history`);
    expect(
      history.body.items.map((h) => `${h.action}→${h.status}${h.comment ? `（${h.comment}）` : ''}`),
    ).toEqual([
      'create→pending',
      'start→inProgress',
      'report→reported（已将目标细化为 6 项）',
      'return→inProgress（缺少量化指标）',
      'report→reported（补充 3 项数量指标）',
      'close→closed',
    ]);
  });

  it("refuses every step on another region's item", async () => {
    const item = await insertRectification(server.database.db, {
      organisationId: world.orgs.u2,
      fiscalYear: 2024,
      source: { kind: 'manual' },
      problem: '乙区问题',
      measure: '乙区要求',
      deadline: '2024-12-31',
      userId: world.users.admin.id,
    });
    expect((await step(preparer, item.id, 'start', { version: 1 })).status).toBe(403);
    expect((await step(finance, item.id, 'close', { version: 1 })).status).toBe(403);
    expect((await department.get(`/api/rectification/${item.id}`)).status).toBe(403);
  });
});
