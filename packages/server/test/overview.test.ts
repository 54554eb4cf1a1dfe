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
  scatter: { points: [string, string][]; ahead: unknown[] };
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
  const ids: Record<'approved' | 'draft' | 'high' | 'tied' | 'low', string> = {
    approved: '',
    draft: '',
    high: '',
    tied: '',
    low: '',
  };

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    const preparer = await clientAs(server, world, 'preparer');
    const approver = await clientAs(server, world, 'unitApprover');
    const reviewer = await clientAs(server, world, 'departmentReviewer');
    finance = await clientAs(server, world, 'financeReviewer');
    // 甲区科技馆's own preparer.
    const other = await world.admin.post<{ id: string }>('/api/users', {
      username: 't-preparer-u1b',
      displayName: 'u1b',
      password: USER_PASSWORD,
      roles: [{ role: 'preparer', organisationId: world.orgs.u1b }],
    });
    const { createSession } = await import('../src/auth/sessions');
    const session = await createSession(server.database.db, other.body.id);
    const preparerU1b = new Client(server.url).setSessionCookies(session.token, session.csrfToken);
    const create = async (client: Client, unit: string, outputScore: string, total: string) => {
      const r = await client.post<{ id: string; totalScore: string }>(
        `/api/organisations/${unit}/evaluations`,
        {
          evaluation: seedOne(outputScore),
        },
      );
      expect(r.status).toBe(201);
      expect(r.body.totalScore).toBe(total);
      return r.body.id;
    };
    const submit = async (client: Client, id: string) => {
      const check = await client.post<{ findings: Finding[] }>(`/api/evaluations/${id}/check`, {});
      const acknowledgements = check.body.findings
        .filter((f) => f.severity === 'warning')
        .map((f) => ({ code: f.code, path: f.location.path, note: '已核实' }));
      const r = await client.post(`/api/evaluations/${id}/submit`, { version: 1, acknowledgements });
      expect(r.body, JSON.stringify(r.body)).toMatchObject({ status: 'submitted' });
    };
    // 甲区科协本级: one approved, 89.45 (良), and one draft, 20.45 for 50.45 → 59.45 (差).
    ids.approved = await create(preparer, world.orgs.u1, '50.45', '89.45');
    ids.draft = await create(preparer, world.orgs.u1, '20.45', '59.45');
    await submit(preparer, ids.approved);
    expect((await approver.post(`/api/evaluations/${ids.approved}/sign`, { version: 2 })).status).toBe(200);
    expect((await reviewer.post(`/api/evaluations/${ids.approved}/approve`, { version: 3 })).status).toBe(
      200,
    );
    // The default chain: the department's 初审, then the finance bureau's 复审 approves.
    expect((await finance.post(`/api/evaluations/${ids.approved}/approve`, { version: 4 })).status).toBe(200);
    // 甲区科技馆: three submitted, 79.45 twice (a tie) and 69.45, all 中.
    ids.high = await create(preparerU1b, world.orgs.u1b, '40.45', '79.45');
    ids.tied = await create(preparerU1b, world.orgs.u1b, '40.45', '79.45');
    ids.low = await create(preparerU1b, world.orgs.u1b, '30.45', '69.45');
    for (const id of [ids.high, ids.tied, ids.low]) await submit(preparerU1b, id);
  });
  afterAll(async () => {
    await server?.close();
  });

  const get = async (query: string) => {
    const r = await finance.get<Overview>(`/api/reports/overview?fiscalYear=2024${query}`);
    expect(r.status).toBe(200);
    return r.body;
  };

  it('leaves the draft out of the average and the counts: one approved 89.45 and one draft 59.45 average 89.45', async () => {
    const o = await get(`&organisationId=${world.orgs.u1}`);
    // With the draft it would be 2 evaluations averaging (89.45 + 59.45) / 2 = 74.45, one of them 差.
    expect(o).toMatchObject({
      counted: 1,
      notCounted: 1,
      units: 1,
      scored: 1,
      unscored: 0,
      averageScore: '89.45',
    });
    expect(o.grades).toEqual([
      { grade: 'excellent', count: 0 },
      { grade: 'good', count: 1 },
      { grade: 'fair', count: 0 },
      { grade: 'poor', count: 0 },
    ]);
    expect(o.rows.map((x) => [x.rank, x.id])).toEqual([[1, ids.approved]]);
  });

  it('counts distinct units, averages exactly and ranks with ties (1, 2, 2, 4) over the year', async () => {
    const o = await get('');
    // 4 counted in 2 units; (89.45 + 79.45 + 79.45 + 69.45) / 4 = 317.80 / 4 = 79.45.
    expect(o).toMatchObject({ counted: 4, notCounted: 1, units: 2, averageScore: '79.45' });
    expect(o.grades.map((g) => g.count)).toEqual([0, 1, 3, 0]);
    expect(o.rows.map((x) => [x.rank, x.totalScore, x.unitName, x.title])).toEqual([
      [1, '89.45', '甲区科协本级', '全区科普经费项目'],
      [2, '79.45', '甲区科技馆', '全区科普经费项目'],
      [2, '79.45', '甲区科技馆', '全区科普经费项目'],
      [4, '69.45', '甲区科技馆', '全区科普经费项目'],
    ]);
    expect(o.rows.every((x) => x.departmentName === '甲区科协')).toBe(true);
    expect(o.rows.some((x) => x.id === ids.draft)).toBe(false);
    expect(o.departments).toEqual([
      expect.objectContaining({
        departmentId: world.orgs.d1,
        departmentName: '甲区科协',
        units: 2,
        averageScore: '79.45',
      }),
    ]);
    // Seed 1 states no budget, so no execution rate: nothing to plot, not a point at 0.
    expect(o.scatter).toEqual({ points: [], ahead: [] });
    // Only 甲区科协 has counted evaluations; 乙区科协 is outside the finance reviewer's region anyway.
    expect(o.departmentChoices.map((d) => d.name)).toEqual(['甲区科协']);
  });

  it('ranks over the whole set before cutting the page', async () => {
    const o = await get('&page=2&pageSize=2');
    expect(o.rows.map((x) => [x.rank, x.totalScore])).toEqual([
      [2, '79.45'],
      [4, '69.45'],
    ]);
    expect(o.counted).toBe(4);
  });

  it('rounds a mean once, half up: (79.45 + 79.45 + 69.45) / 3 = 76.1166… → 76.12, ranks 1, 1, 3', async () => {
    const o = await get(`&organisationId=${world.orgs.u1b}`);
    expect(o).toMatchObject({ counted: 3, notCounted: 0, units: 1, averageScore: '76.12' });
    expect(o.rows.map((x) => x.rank)).toEqual([1, 1, 3]);
    // The department filter's choices do not follow the organisation filter.
    expect(o.departmentChoices.map((d) => d.name)).toEqual(['甲区科协']);
  });

  it('refuses a missing year with a message naming the field', async () => {
    const r = await finance.get<{
      error: { message: string; issues: { message: string; location: { path: string; label: string } }[] };
    }>('/api/reports/overview');
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('查询参数有 1 处不符合要求');
    expect(r.body.error.issues).toEqual([
      expect.objectContaining({ message: '须填写数字', location: { path: 'fiscalYear', label: '预算年度' } }),
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
      row.getCell(3).value,
      row.getCell(6).value,
      row.getCell(7).value,
      row.getCell(8).value,
    ]);
    // By department and unit (甲区科协本级 before 甲区科技馆, by code point); one unit's rows share year and title.
    expect(rows.map((x) => x[0])).toEqual(['甲区科协本级', '甲区科技馆', '甲区科技馆', '甲区科技馆']);
    rows.sort((x, y) => Number(y[3]) - Number(x[3]));
    expect(rows).toEqual([
      ['甲区科协本级', '甲区科协', '已审核', 89.45, '良'],
      ['甲区科技馆', '甲区科协', '已提交', 79.45, '中'],
      ['甲区科技馆', '甲区科协', '已提交', 79.45, '中'],
      ['甲区科技馆', '甲区科协', '已提交', 69.45, '中'],
    ]);
    expect(sheet?.getRow(2).getCell(7).numFmt).toBe('0.00');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
