import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitoringReports, targetDeclarations } from '../src/db/schema';
import { storedBytes } from '../src/quota/org-quota';
import { PASSED_CHECKLIST, unitWideDeclaration } from './declaration-fixture';
import { BACKENDS, type Client, startTestServer, type TestServer } from './harness';
import { monitoringFixture } from './monitoring-fixture';
import { noise } from './noise';
import { buildWorld, clientAs, type World } from './world';

/**
 * How declarations, monitoring and evaluations meet on the server (issue 13 items 3, 5, 6): a monitoring
 * report started from an approved declaration, 生成自评 read beside the approved monitoring report, the
 * declaration checks with last year's evaluation and the stored library, and the overview's department
 * 执行进度 pooled over the amounts.
 */

interface Declared {
  id: string;
  version: number;
  status: string;
}
interface Monitored {
  id: string;
  version: number;
  status: string;
  declarationId: string | null;
  report: {
    fiscalYear: number;
    throughMonth?: number;
    unit: { name: string };
    funds: { total: { budget?: string; executed?: string } };
    indicators: { name: string; target: { comparator?: string; value?: string; unit?: string } }[];
  };
}
interface ErrorReply {
  error: { code: string; message: string; issues?: { location?: { path?: string } }[] };
}
interface Finding {
  code: string;
  message: { zh: string };
}
interface DepartmentLine {
  departmentName: string | null;
  reports: number;
  executionProgress: { value: string; text: string; explanation: { zh: string } } | null;
  timeProgress: string | null;
}

describe.each(BACKENDS)('declarations, monitoring and evaluations together on %s', (backend) => {
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

  async function declare(over: Record<string, unknown> = {}): Promise<Declared> {
    const r = await preparer.post<Declared>(`/api/organisations/${world.orgs.u1}/declarations`, {
      declaration: { ...unitWideDeclaration(), ...over },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  }

  /** Submitted, signed and approved by both reviewers (the declaration chain with its checklist). */
  async function approvedDeclaration(over: Record<string, unknown> = {}): Promise<Declared> {
    let at = await declare(over);
    for (const [client, move, body] of [
      [preparer, 'submit', {}],
      [approver, 'sign', {}],
      [department, 'approve', { checklist: PASSED_CHECKLIST }],
      [finance, 'approve', { checklist: PASSED_CHECKLIST }],
    ] as const) {
      const r = await client.post<Declared>(`/api/declarations/${at.id}/${move}`, {
        version: at.version,
        ...body,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      at = r.body;
    }
    expect(at.status).toBe('approved');
    return at;
  }

  /** A monitoring report through its chain: submitted, signed, approved by the department, then the bureau. */
  async function approveMonitoring(made: Monitored): Promise<Monitored> {
    let at = made;
    for (const [client, move] of [
      [preparer, 'submit'],
      [approver, 'sign'],
      [department, 'approve'],
      [finance, 'approve'],
    ] as const) {
      const r = await client.post<Monitored>(`/api/monitoring/${at.id}/${move}`, { version: at.version });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      at = r.body;
    }
    expect(at.status).toBe('approved');
    return at;
  }

  const startFrom = (declarationId: string, over: Record<string, unknown> = {}) =>
    preparer.post<Monitored & ErrorReply>(`/api/organisations/${world.orgs.u1}/monitoring`, {
      declarationId,
      ...over,
    });

  const findings = async (id: string) => {
    const r = await preparer.post<{ findings: Finding[] }>(`/api/declarations/${id}/check`, {});
    expect(r.status).toBe(200);
    return r.body.findings;
  };

  it('starts a monitoring draft from an approved declaration with its year, unit, budget and targets', async () => {
    const declared = await approvedDeclaration({ fiscalYear: 2023 });
    const r = await startFrom(declared.id);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.status).toBe('draft');
    expect(r.body.declarationId).toBe(declared.id);
    expect(r.body.report.fiscalYear).toBe(2023);
    // the rule set's monitoring month (1–7月) when none is given
    expect(r.body.report.throughMonth).toBe(7);
    expect(r.body.report.unit.name).toBe('甲区科协本级');
    expect(r.body.report.funds.total.budget).toBe('2931.88');
    expect(r.body.report.funds.total.executed).toBeUndefined();
    expect(r.body.report.indicators).toHaveLength(9);
    expect(r.body.report.indicators[0]).toMatchObject({
      name: '新增科技型企业数量',
      target: { comparator: '>=', value: '150', unit: '家' },
    });

    // A second first-round report of the same declaration and period is refused; another month is not.
    const again = await startFrom(declared.id);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('这份申报表 1—7 月的绩效监控表已经建立');
    const six = await startFrom(declared.id, { throughMonth: 6 });
    expect(six.status).toBe(201);
    expect(six.body.report.throughMonth).toBe(6);
  });

  it('refuses a declaration not yet approved (409) and one that is not the unit’s (400), writing nothing', async () => {
    const draft = await declare({ fiscalYear: 2023 });
    const early = await startFrom(draft.id);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('只有审核通过的绩效目标申报表才能开始监控');
    expect(early.body.error.issues?.[0]?.location?.path).toBe('declarationId');

    // The same declaration moved to the unit's sibling: asked for under U1, it is not U1's.
    const db = server.database.db;
    const other = await approvedDeclaration({ fiscalYear: 2019 });
    await db
      .update(targetDeclarations)
      .set({ organisationId: world.orgs.u1b })
      .where(eq(targetDeclarations.id, other.id));
    const foreign = await startFrom(other.id);
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toBe('该单位没有这份绩效目标申报表，只能从本单位的申报表开始监控');
    expect(foreign.body.error.issues?.[0]?.location?.path).toBe('declarationId');
    // An id that names nothing gets the same answer, so other units' ids cannot be probed.
    const none = await startFrom('00000000-0000-4000-8000-000000000000');
    expect(none.status).toBe(400);
    expect(none.body.error.message).toBe(foreign.body.error.message);

    const made = await db
      .select({ id: monitoringReports.id })
      .from(monitoringReports)
      .where(and(eq(monitoringReports.fiscalYear, 2019)));
    expect(made).toEqual([]);
  });

  it('generates the self-evaluation beside the approved monitoring report: its 全年预算数 and its period', async () => {
    const declared = await approvedDeclaration({ fiscalYear: 2022 });
    const started = await startFrom(declared.id);
    expect(started.status).toBe(201);
    // The budget was changed during the year: 2931.88 → 3000 万元, 1800 executed.
    const report = { ...started.body.report, funds: { total: { budget: '3000', executed: '1800' } } };
    const saved = await preparer.patch<Monitored>(`/api/monitoring/${started.body.id}`, {
      version: started.body.version,
      report,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await approveMonitoring(saved.body);

    const made = await preparer.post<{ evaluationId: string }>(
      `/api/declarations/${declared.id}/evaluation`,
      {
        version: declared.version,
      },
    );
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const evaluation = await preparer.get<{
      evaluation: {
        funds: { total: { initialBudget?: string; adjustedBudget?: string; executed?: string } };
        meta: { source?: string };
      };
    }>(`/api/evaluations/${made.body.evaluationId}`);
    expect(evaluation.status).toBe(200);
    // 年初预算数 from the declaration, 全年预算数 from the approved monitoring; no 执行数 prefilled.
    expect(evaluation.body.evaluation.funds.total).toEqual({
      initialBudget: '2931.88',
      adjustedBudget: '3000',
    });
    expect(evaluation.body.evaluation.meta.source).toBe(
      '由 2022 年绩效目标申报表生成，参照 1—7 月绩效运行监控',
    );
  });

  it('generates it from the declaration alone while the monitoring report is not approved', async () => {
    const declared = await approvedDeclaration({ fiscalYear: 2021 });
    const started = await startFrom(declared.id);
    await preparer.patch(`/api/monitoring/${started.body.id}`, {
      version: started.body.version,
      report: { ...started.body.report, funds: { total: { budget: '3000', executed: '1800' } } },
    });
    const made = await preparer.post<{ evaluationId: string }>(
      `/api/declarations/${declared.id}/evaluation`,
      {
        version: declared.version,
      },
    );
    expect(made.status).toBe(201);
    const evaluation = await preparer.get<{
      evaluation: { funds: { total: { initialBudget?: string; adjustedBudget?: string } } };
    }>(`/api/evaluations/${made.body.evaluationId}`);
    expect(evaluation.body.evaluation.funds.total).toEqual({
      initialBudget: '2931.88',
      adjustedBudget: '2931.88',
    });
  });

  it('checks a declaration against last year’s self-evaluation of the unit: target.too-low', async () => {
    const declared = await declare({ fiscalYear: 2026 });
    expect((await findings(declared.id)).map((f) => f.code)).not.toContain('target.too-low');
    const prior = await preparer.post(`/api/organisations/${world.orgs.u1}/evaluations`, {
      evaluation: {
        kind: 'unitWide',
        fiscalYear: 2025,
        ruleSet: 'chongqing-unit-wide',
        unit: { name: '甲区科协本级' },
        funds: { total: { adjustedBudget: '2900', executed: '2800' } },
        indicators: [
          {
            level1: '产出指标',
            level2: '数量指标',
            name: '新增科技型企业数量',
            weight: '15',
            target: { comparator: '>=', value: '120', unit: '家' },
            actual: { value: '200' },
          },
        ],
      },
    });
    expect(prior.status, JSON.stringify(prior.body)).toBe(201);
    // 2025 achieved 200 家 ≥ 1.2 × 150 = 180: the 2026 target ≥150 is set too low.
    const tooLow = (await findings(declared.id)).filter((f) => f.code === 'target.too-low');
    expect(tooLow).toHaveLength(1);
    expect(tooLow[0]?.message.zh).toContain('2025 年实际完成 200家');
    expect(tooLow[0]?.message.zh).toContain('1.2 × 150 = 180');
  });

  it('knows the library entries the finance bureau added: a quantifiable one written as 定性 is flagged', async () => {
    const entry = {
      id: 'custom.youth-science-camps',
      level1: '产出指标',
      level2: '数量指标',
      name: '开展青少年科技营期数',
      categories: ['popularScience'],
      comparator: '>=',
      unit: '期',
      basis: 'plan',
      quantitative: true,
      guidance: '写明期数，如 ≥2期',
    };
    const [first, ...rest] = unitWideDeclaration().indicators ?? [];
    if (!first) throw new Error('fixture has indicators');
    const declared = await declare({
      fiscalYear: 2018,
      indicators: [
        {
          ...first,
          libraryId: entry.id,
          name: entry.name,
          target: { comparator: 'qualitative', text: '按计划开展' },
        },
        ...rest,
      ],
    });
    const before = await findings(declared.id);
    expect(before.map((f) => f.code)).not.toContain('target.should-be-quantitative');
    const added = await finance.post('/api/indicator-library', entry);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const after = (await findings(declared.id)).filter((f) => f.code === 'target.should-be-quantitative');
    expect(after).toHaveLength(1);
    expect(after[0]?.message.zh).toContain('custom.youth-science-camps');
  });

  it('pools each department’s 执行进度 as Σ executed ÷ Σ budget beside 时序进度', async () => {
    const hand = async (over: Record<string, unknown>) => {
      const made = await preparer.post<Monitored>(`/api/organisations/${world.orgs.u1}/monitoring`, {
        report: monitoringFixture({ fiscalYear: 2017, ...over }),
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      const r = await preparer.post(`/api/monitoring/${made.body.id}/submit`, { version: made.body.version });
      expect(r.status).toBe(200);
    };
    // 100 万元 budget, 30 executed (30.00%); 9,000,000 元 = 900 万元 budget, 100,000 元 = 10 万元 executed (1.11%).
    await hand({ project: { name: '科普宣传项目' } });
    await hand({
      project: { name: '科技馆运行项目' },
      amountUnit: 'yuan',
      funds: { total: { budget: '9000000', executed: '100000' } },
    });
    // A draft is not handed in and counts for nothing.
    await preparer.post(`/api/organisations/${world.orgs.u1}/monitoring`, {
      report: monitoringFixture({ fiscalYear: 2017, funds: { total: { budget: '1', executed: '1' } } }),
    });
    const overview = await finance.get<{ departments: DepartmentLine[] }>(
      '/api/monitoring/overview?year=2017&period=7',
    );
    expect(overview.status).toBe(200);
    const line = overview.body.departments.find((d) => d.departmentName === '甲区科协');
    // (30 + 10) ÷ (100 + 900) = 40 ÷ 1000 = 4.00% — not the mean of 30.00% and 1.11%; 时序进度 7 ÷ 12 = 58.33%
    expect(line).toMatchObject({
      reports: 2,
      executionProgress: { value: '4.00', text: '4.00%' },
      timeProgress: '58.33',
    });
    expect(line?.executionProgress?.explanation.zh).toBe('执行进度 = 执行数 40 ÷ 预算数 1000 = 4.00%');
  });
});

/** The fixture with `rows` indicators whose 保障措施 are 20,000 characters each (60 kB of UTF-8, ~45 kB stored). */
function bigReport(rows: number, seed: number) {
  const indicator = monitoringFixture().indicators?.[0];
  if (!indicator) throw new Error('the fixture has an indicator');
  return monitoringFixture({
    indicators: Array.from({ length: rows }, (_, i) => ({ ...indicator, measures: noise(20_000, seed + i) })),
  });
}

describe.each(BACKENDS)('monitoring reports against the storage quota on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let previous: string | undefined;
  beforeAll(async () => {
    previous = process.env.JIXIAO_ORG_QUOTA_MB;
    // 256 kB: room for one report with three big rows, not for two (nor one with five).
    process.env.JIXIAO_ORG_QUOTA_MB = '0.25';
    server = await startTestServer(backend);
    world = await buildWorld(server);
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env.JIXIAO_ORG_QUOTA_MB;
    else process.env.JIXIAO_ORG_QUOTA_MB = previous;
    await server?.close();
  });

  it('counts a report in the unit’s use, refuses the next past the quota with 413 and a save that grows it', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const path = `/api/organisations/${world.orgs.u1}/monitoring`;
    const db = server.database.db;
    const before = await storedBytes(db, world.orgs.u1);
    const first = await preparer.post<Monitored>(path, { report: bigReport(3, 1) });
    expect(first.status, JSON.stringify(first.body).slice(0, 300)).toBe(201);
    const used = await storedBytes(db, world.orgs.u1);
    // Three rows of 20,000 three-byte characters that compress little: over 100 kB stored.
    expect(used - before).toBeGreaterThan(100_000);

    const second = await preparer.post<ErrorReply>(path, { report: bigReport(3, 100) });
    expect(second.status).toBe(413);
    expect(second.body.error.code).toBe('TOO_LARGE');
    expect(second.body.error.message).toContain('超过 0.25 MB 的存储配额，未保存任何内容');
    expect(await storedBytes(db, world.orgs.u1)).toBe(used);

    const grown = await preparer.patch<ErrorReply>(`/api/monitoring/${first.body.id}`, {
      version: first.body.version,
      report: bigReport(5, 1),
    });
    expect(grown.status).toBe(413);
    expect(await storedBytes(db, world.orgs.u1)).toBe(used);
    const [row] = await db
      .select({ version: monitoringReports.version })
      .from(monitoringReports)
      .where(eq(monitoringReports.id, first.body.id));
    expect(row?.version).toBe(first.body.version);

    const shrunk = await preparer.patch(`/api/monitoring/${first.body.id}`, {
      version: first.body.version,
      report: bigReport(1, 1),
    });
    expect(shrunk.status).toBe(200);
  });
});
