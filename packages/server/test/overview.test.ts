import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, seedEvaluation, USER_PASSWORD, type World } from './world';

interface Finding {
  code: string;
  severity: string;
  location: { path: string };
}
interface Overview {
  counted: number;
  notCounted: number;
  units: number;
  scored: number;
  unscored: number;
  averageScore: string | null;
  grades: { grade: string; count: number }[];
  departments: {
    departmentId: string | null;
    departmentName: string | null;
    units: number;
    averageScore: string | null;
  }[];
  rows: {
    id: string;
    rank: number | null;
    title: string;
    unitName: string;
    departmentName: string | null;
    totalScore: string | null;
  }[];
  departmentChoices: { id: string; name: string }[];
}

/**
 * Seed 1 (西城区科协 · 全区科普经费项目, beijing-2024, fiscal year 2024) scores 10 + 50.45 + 24.60 + 4.40 = 89.45
 * (良). `outputScore` replaces its 项目产出 hand-set score of 50.45, so the total moves by the difference.
 */
function seedOne(outputScore: string): Record<string, unknown> {
  const evaluation = seedEvaluation(1);
  const [output] = evaluation.indicators as { score?: string; manualScore: { score: string } }[];
  if (!output) throw new Error('seed 1 has no indicators');
  output.manualScore.score = outputScore;
  output.score = outputScore;
  // The report's stated total, grade and block scores are seed 1's; they would contradict a changed score.
  if (outputScore !== '50.45') delete evaluation.stated;
  return evaluation;
}

describe.each(BACKENDS)('the overview counts submitted and later evaluations only, on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let finance: Client;
  let ids: { approved: string; submitted: string; draft: string };

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    const preparer = await clientAs(server, world, 'preparer');
    const approver = await clientAs(server, world, 'unitApprover');
    const reviewer = await clientAs(server, world, 'departmentReviewer');
    finance = await clientAs(server, world, 'financeReviewer');
    // 甲区科技馆's own preparer, for the draft there.
    const other = await world.admin.post<{ id: string }>('/api/users', {
      username: 't-preparer-u1b',
      displayName: 'u1b',
      password: USER_PASSWORD,
      roles: [{ role: 'preparer', organisationId: world.orgs.u1b }],
    });
    const { createSession } = await import('../src/auth/sessions');
    const session = await createSession(server.database.db, other.body.id);
    const preparerU1b = new Client(server.url).setSessionCookies(session.token, session.csrfToken);
    const create = async (unit: string, outputScore: string) => {
      const client = unit === world.orgs.u1b ? preparerU1b : preparer;
      const r = await client.post<{ id: string; totalScore: string }>(
        `/api/organisations/${unit}/evaluations`,
        {
          evaluation: seedOne(outputScore),
        },
      );
      expect(r.status).toBe(201);
      return r.body;
    };
    const submit = async (id: string) => {
      const check = await preparer.post<{ findings: Finding[] }>(`/api/evaluations/${id}/check`, {});
      const acknowledgements = check.body.findings
        .filter((f) => f.severity === 'warning')
        .map((f) => ({ code: f.code, path: f.location.path, note: '已核实' }));
      const r = await preparer.post<{ status: string }>(`/api/evaluations/${id}/submit`, {
        version: 1,
        acknowledgements,
      });
      expect(r.body, JSON.stringify(r.body)).toMatchObject({ status: 'submitted' });
    };
    // 89.45 (良), approved; 40.45 for 50.45 → 79.45 (中), submitted; both in the same unit, 甲区科协本级.
    const approved = await create(world.orgs.u1, '50.45');
    const submitted = await create(world.orgs.u1, '40.45');
    // 20.45 for 50.45 → 59.45 (差), a draft in 甲区科技馆: it counts apart and nowhere else.
    const draft = await create(world.orgs.u1b, '20.45');
    expect([approved.totalScore, submitted.totalScore, draft.totalScore]).toEqual([
      '89.45',
      '79.45',
      '59.45',
    ]);
    await submit(approved.id);
    await submit(submitted.id);
    expect((await approver.post(`/api/evaluations/${approved.id}/sign`, { version: 2 })).status).toBe(200);
    expect((await reviewer.post(`/api/evaluations/${approved.id}/approve`, { version: 3 })).status).toBe(200);
    ids = { approved: approved.id, submitted: submitted.id, draft: draft.id };
  });
  afterAll(async () => {
    await server?.close();
  });

  it('averages, grades and counts units over the approved and the submitted one, the draft shown apart', async () => {
    const r = await finance.get<Overview>('/api/reports/overview?fiscalYear=2024');
    expect(r.status).toBe(200);
    const o = r.body;
    expect(o.counted).toBe(2);
    expect(o.notCounted).toBe(1);
    // Two evaluations of one unit: one unit. (89.45 + 79.45) / 2 = 84.45; with the draft it would be 76.12.
    expect(o.units).toBe(1);
    expect(o.averageScore).toBe('84.45');
    expect(o.grades).toEqual([
      { grade: 'excellent', count: 0 },
      { grade: 'good', count: 1 },
      { grade: 'fair', count: 1 },
      { grade: 'poor', count: 0 },
    ]);
    expect(o.departments).toEqual([
      expect.objectContaining({
        departmentId: world.orgs.d1,
        departmentName: '甲区科协',
        units: 1,
        averageScore: '84.45',
      }),
    ]);
    expect(o.rows.map((x) => [x.rank, x.id, x.title, x.unitName, x.departmentName])).toEqual([
      [1, ids.approved, '全区科普经费项目', '甲区科协本级', '甲区科协'],
      [2, ids.submitted, '全区科普经费项目', '甲区科协本级', '甲区科协'],
    ]);
    expect(o.rows.some((x) => x.id === ids.draft)).toBe(false);
    // Only 甲区科协 has counted evaluations; 乙区科协 is outside the finance reviewer's region anyway.
    expect(o.departmentChoices.map((d) => d.name)).toEqual(['甲区科协']);
  });

  it('counts nothing for a unit whose only evaluation is a draft', async () => {
    const r = await finance.get<Overview>(
      `/api/reports/overview?fiscalYear=2024&organisationId=${world.orgs.u1b}`,
    );
    expect(r.body).toMatchObject({ counted: 0, notCounted: 1, units: 0, averageScore: null, rows: [] });
    // The department filter's choices do not follow the organisation filter.
    expect(r.body.departmentChoices.map((d) => d.name)).toEqual(['甲区科协']);
  });

  it('refuses a missing year with a message naming the field', async () => {
    const r = await finance.get<{
      error: { message: string; issues: { message: string; location: { path: string; label: string } }[] };
    }>('/api/reports/overview');
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('查询参数有 1 处不符合要求');
    expect(r.body.error.issues).toEqual([
      expect.objectContaining({ message: '应为数字', location: { path: 'fiscalYear', label: '预算年度' } }),
    ]);
  });

  it('writes the workbook over the same set, with the grade as its word', async () => {
    const r = await fetch(`${server.url}/api/reports/overview.xlsx?fiscalYear=2024`, {
      headers: finance.headers(),
    });
    expect(r.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await r.arrayBuffer());
    const sheet = book.getWorksheet('总览');
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      '年度',
      '单位',
      '主管部门',
      '类型',
      '名称',
      '状态',
      '总分',
      '等级',
      '预算执行率(%)',
      '错误数',
      '警告数',
    ]);
    const rows = (sheet?.getRows(2, (sheet?.rowCount ?? 1) - 1) ?? []).map((row) => [
      row.getCell(2).value,
      row.getCell(6).value,
      row.getCell(7).value,
      row.getCell(8).value,
    ]);
    // The two rows share unit, year and title; the approved one scores higher.
    rows.sort((a, b) => Number(b[2]) - Number(a[2]));
    expect(rows).toEqual([
      ['甲区科协本级', '已审核', 89.45, '良'],
      ['甲区科协本级', '已提交', 79.45, '中'],
    ]);
    expect(sheet?.getRow(2).getCell(7).numFmt).toBe('0.00');
  });
});
