import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type Client, startTestServer, type TestServer } from './harness';
import { monitoringFixture } from './monitoring-fixture';
import { buildWorld, clientAs, type World } from './world';

interface Figure {
  value: string;
  text: string;
}
interface Detail {
  id: string;
  version: number;
  status: string;
  round: number;
  report: { throughMonth?: number; round: number; financeFollowUp?: { rectificationNeeded?: boolean } };
  followUp: { rectificationNeeded?: boolean; requirement?: string } | null;
  computed: {
    timeProgress: Figure;
    funds: { executionProgress?: Figure };
    indicators: { light: string; progressPercent?: Figure; explanation: { zh: string } }[];
    focus: boolean;
  };
  actions: string[];
}
interface Summary {
  id: string;
  title: string;
  unitName: string;
  departmentName: string | null;
  status: string;
  executionProgress: string | null;
  timeProgress: string | null;
  yellowCount: number;
  redCount: number;
  focus: boolean;
  hasFollowUp: boolean;
}
interface ErrorReply {
  error: { code: string; message: string };
}

describe.each(BACKENDS)('monitoring reports over HTTP on %s', (backend) => {
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

  const create = async (over = {}) => {
    const r = await preparer.post<Detail>(`/api/organisations/${world.orgs.u1}/monitoring`, {
      report: monitoringFixture(over),
    });
    expect(r.status).toBe(201);
    return r.body;
  };

  it('answers every read with the figures the engine computes (58.33% time, 30.00% funds, a yellow light)', async () => {
    const made = await create();
    const read = await preparer.get<Detail>(`/api/monitoring/${made.id}`);
    expect(read.status).toBe(200);
    // 7 ÷ 12 × 100 = 58.33; 30 ÷ 100 × 100 = 30.00; 42 ÷ (120 ÷ 12 × 7) × 100 = 60.00 → yellow (60 ≤ p < 80)
    expect(read.body.computed.timeProgress.value).toBe('58.33');
    expect(read.body.computed.funds.executionProgress?.text).toBe('30.00%');
    expect(read.body.computed.indicators[0]?.light).toBe('yellow');
    expect(read.body.computed.indicators[0]?.progressPercent?.value).toBe('60.00');
    expect(read.body.computed.indicators[0]?.explanation.zh).toContain('42 ÷ (120 ÷ 12 × 7) = 60.00%');
    expect(read.body.actions).toEqual(['submit']);
  });

  it('refuses a save at a stale version with 409 and keeps what was stored', async () => {
    const made = await create();
    const saved = await preparer.patch<Detail>(`/api/monitoring/${made.id}`, {
      version: made.version,
      report: monitoringFixture({ funds: { total: { budget: '100', executed: '50' } } }),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(made.version + 1);
    // 50 ÷ 100 × 100 = 50.00
    expect(saved.body.computed.funds.executionProgress?.value).toBe('50.00');
    const stale = await preparer.patch<ErrorReply>(`/api/monitoring/${made.id}`, {
      version: made.version,
      report: monitoringFixture({ funds: { total: { budget: '100', executed: '70' } } }),
    });
    expect(stale.status).toBe(409);
    const read = await preparer.get<Detail>(`/api/monitoring/${made.id}`);
    expect(read.body.computed.funds.executionProgress?.value).toBe('50.00');
  });

  it('goes through the review chain step by step; the finance bureau sees it in the overview and records a follow-up', async () => {
    const made = await create();
    const early = await finance.post<ErrorReply>(`/api/monitoring/${made.id}/approve`, {
      version: made.version,
    });
    expect(early.status).toBe(409);
    const submitted = await preparer.post<Detail>(`/api/monitoring/${made.id}/submit`, {
      version: made.version,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    const locked = await preparer.patch<ErrorReply>(`/api/monitoring/${made.id}`, {
      version: submitted.body.version,
      report: monitoringFixture(),
    });
    expect(locked.status).toBe(409);
    const notYet = await finance.post<ErrorReply>(`/api/monitoring/${made.id}/approve`, {
      version: submitted.body.version,
    });
    expect(notYet.status).toBe(409);
    const signed = await approver.post<Detail>(`/api/monitoring/${made.id}/sign`, {
      version: submitted.body.version,
    });
    expect(signed.body.status).toBe('signed');
    const skip = await finance.post<ErrorReply>(`/api/monitoring/${made.id}/approve`, {
      version: signed.body.version,
    });
    expect(skip.status).toBe(403);

    const overview = await finance.get<{
      items: Summary[];
      departments: { departmentName: string; yellow: number }[];
    }>('/api/monitoring/overview?year=2024&period=7&sort=executionProgress&order=asc');
    expect(overview.status).toBe(200);
    const row = overview.body.items.find((i) => i.id === made.id);
    expect(row).toMatchObject({
      title: '科普宣传项目',
      unitName: '甲区科协本级',
      departmentName: '甲区科协',
      status: 'signed',
      executionProgress: '30.00',
      timeProgress: '58.33',
      yellowCount: 1,
      redCount: 0,
    });
    expect(
      overview.body.departments.find((d) => d.departmentName === '甲区科协')?.yellow,
    ).toBeGreaterThanOrEqual(1);

    const followed = await finance.put<Detail>(`/api/monitoring/${made.id}/follow-up`, {
      version: signed.body.version,
      followUp: { rectificationNeeded: true, requirement: '加快讲座进度' },
    });
    expect(followed.status).toBe(200);
    expect(followed.body.followUp).toEqual({ rectificationNeeded: true, requirement: '加快讲座进度' });
    expect(followed.body.report.financeFollowUp?.rectificationNeeded).toBe(true);
    const history = await preparer.get<{ items: { action: string }[] }>(`/api/monitoring/${made.id}/history`);
    expect(history.body.items.map((i) => i.action)).toEqual(['create', 'submit', 'sign', 'followUp']);
  });

  it('lets no one outside the organisation read a report, and a department reviewer only their department', async () => {
    const made = await create();
    await preparer.post(`/api/monitoring/${made.id}/submit`, { version: made.version });
    const byDepartment = await department.get<{ items: Summary[] }>('/api/monitoring/overview?year=2024');
    expect(byDepartment.body.items.some((i) => i.id === made.id)).toBe(true);
    const drafts = await finance.get<{ items: Summary[] }>('/api/monitoring/overview?year=2024');
    expect(drafts.body.items.every((i) => i.status !== 'draft')).toBe(true);
  });

  it('refuses a second round when the rule set has none', async () => {
    const made = await create();
    const r = await finance.post<ErrorReply>(`/api/monitoring/${made.id}/second-round`);
    expect(r.status).toBe(409);
  });

  it('exports the overview as an .xlsx workbook', async () => {
    const res = await fetch(`${server.url}/api/monitoring/overview.xlsx?year=2024`, {
      headers: finance.headers(),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A zip starts with "PK".
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it('deletes a draft at its version and not a submitted one', async () => {
    const draft = await create();
    const gone = await preparer.delete(`/api/monitoring/${draft.id}?version=${draft.version}`);
    expect(gone.status).toBe(204);
    const sent = await create();
    const s = await preparer.post<Detail>(`/api/monitoring/${sent.id}/submit`, { version: sent.version });
    const kept = await preparer.delete(`/api/monitoring/${sent.id}?version=${s.body.version}`);
    expect(kept.status).toBe(409);
  });

  it('exports a report as the 监控表 .xlsx and imports it back as a new draft with the same figures', async () => {
    const made = await create();
    const res = await fetch(`${server.url}/api/monitoring/${made.id}/export`, {
      headers: preparer.headers(),
    });
    expect(res.status).toBe(200);
    const fd = new FormData();
    fd.append('file', new Blob([await res.arrayBuffer()]), '监控表.xlsx');
    const imported = await preparer.post<Detail>(`/api/organisations/${world.orgs.u1}/monitoring/import`, fd);
    expect(imported.status).toBe(201);
    expect(imported.body.id).not.toBe(made.id);
    // The same figures as the original: 30 ÷ 100 = 30.00%; 42 ÷ 70 = 60.00% → yellow.
    expect(imported.body.computed.funds.executionProgress?.text).toBe('30.00%');
    expect(imported.body.computed.indicators[0]?.light).toBe('yellow');
  });

  it('refuses an unreadable upload with a located message and creates nothing', async () => {
    const before = await preparer.get<{ items: Summary[] }>('/api/monitoring');
    const fd = new FormData();
    fd.append('file', new Blob(['{"kind":"project"}']), 'bad.json');
    const r = await preparer.post<ErrorReply>(`/api/organisations/${world.orgs.u1}/monitoring/import`, fd);
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('bad.json');
    const after = await preparer.get<{ items: Summary[] }>('/api/monitoring');
    expect(after.body.items.length).toBe(before.body.items.length);
  });
});
