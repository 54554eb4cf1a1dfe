import { readDocx } from '@jixiao/formats';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../src/auth/sessions';
import { auditLog, evaluations } from '../src/db/schema';
import { resultsForPublication } from '../src/results/publication';
import { BACKENDS, Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, seedEvaluation, USER_PASSWORD, type World } from './world';

interface Entry {
  evaluationId: string;
  unitName: string;
  totalScore: string | null;
  grade: string | null;
  budget: string | null;
  suggestion: string | null;
  change: string | null;
  ruleChange: string | null;
  ruleText: string;
  overridden: boolean;
  reason: string | null;
  version: number;
}
interface List {
  fiscalYear: number;
  budget: string;
  change: string;
  departments: {
    departmentName: string | null;
    budget: string;
    change: string;
    units: { unitName: string; change: string; entries: Entry[] }[];
  }[];
}
interface ErrorBody {
  error: { code: string; message: string; issues?: { message: string }[] };
}

/**
 * Seed 1 (beijing-2024, 2024) with 全年预算数 137.85万元 (= its 全年执行数, so 执行率 100% and the execution
 * score stays the seed's 10): 10 + outputScore + 24.60 + 4.40. 40.45 → 79.45 (中), 50.45 → 89.45 (良),
 * 20.45 → 59.45 (差).
 */
function seedOne(outputScore: string): Record<string, unknown> {
  const evaluation = seedEvaluation(1);
  const [output] = evaluation.indicators as { score?: string; manualScore: { score: string } }[];
  if (!output) throw new Error('seed 1 has no indicators');
  output.manualScore.score = outputScore;
  output.score = outputScore;
  delete evaluation.stated;
  const funds = evaluation.funds as { total: Record<string, string> };
  funds.total.adjustedBudget = '137.85';
  return evaluation;
}

const entries = (l: List) => l.departments.flatMap((d) => d.units.flatMap((u) => u.entries));

describe.each(BACKENDS)('结果应用: the next-year suggestion list on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let finance: Client;
  const ids = { fair: '', good: '', draft: '', other: '' };

  const preparerAt = async (username: string, organisationId: string) => {
    const u = await world.admin.post<{ id: string }>('/api/users', {
      username,
      displayName: username,
      password: USER_PASSWORD,
      roles: [{ role: 'preparer', organisationId }],
    });
    const s = await createSession(server.database.db, u.body.id);
    return new Client(server.url).setSessionCookies(s.token, s.csrfToken);
  };
  const create = async (client: Client, unit: string, outputScore: string, total: string) => {
    const r = await client.post<{ id: string; totalScore: string }>(
      `/api/organisations/${unit}/evaluations`,
      {
        evaluation: seedOne(outputScore),
      },
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.totalScore).toBe(total);
    return r.body.id;
  };

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    finance = await clientAs(server, world, 'financeReviewer');
    const preparer = await clientAs(server, world, 'preparer');
    const preparerU1b = await preparerAt('t-preparer-u1b', world.orgs.u1b);
    const preparerU2 = await preparerAt('t-preparer-u2', world.orgs.u2);
    ids.fair = await create(preparer, world.orgs.u1, '40.45', '79.45');
    ids.draft = await create(preparer, world.orgs.u1, '20.45', '59.45');
    ids.good = await create(preparerU1b, world.orgs.u1b, '50.45', '89.45');
    ids.other = await create(preparerU2, world.orgs.u2, '20.45', '59.45');
    // The review chain has its own tests (workflow.test.ts); here the three are approved as it would leave them.
    for (const id of [ids.fair, ids.good, ids.other]) {
      await server.database.db.update(evaluations).set({ status: 'approved' }).where(eq(evaluations.id, id));
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  const list = async (client: Client) => {
    const r = await client.get<List>('/api/results?fiscalYear=2024');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body;
  };

  it('gives the finance reviewer its region: 中 137.85 × −10% = −13.785 → −13.79, 良 0; 甲区科协 −13.79', async () => {
    const l = await list(finance);
    expect(l.departments.map((d) => [d.departmentName, d.budget, d.change])).toEqual([
      ['甲区科协', '275.7', '-13.79'],
    ]);
    expect(
      entries(l).map((e) => [e.unitName, e.totalScore, e.grade, e.suggestion, e.change, e.version]),
    ).toEqual([
      ['甲区科协本级', '79.45', 'fair', 'reduce', '-13.79', 0],
      ['甲区科技馆', '89.45', 'good', 'asNeeded', '0', 0],
    ]);
    expect(entries(l)[0]?.ruleText).toBe(
      '等级「中」（优 ≥90、良 80–90、中 60–80、差 <60）：核减；全年预算数 137.85万元 × -10% = -13.79万元',
    );
  });

  it('scopes the list: the department its subtree, a unit only its own, the admin every region', async () => {
    const ofRole = async (role: 'departmentReviewer' | 'preparer' | 'unitApprover' | 'admin') =>
      entries(await list(await clientAs(server, world, role))).map((e) => e.evaluationId);
    expect(await ofRole('departmentReviewer')).toEqual([ids.fair, ids.good]);
    expect(await ofRole('preparer')).toEqual([ids.fair]);
    expect(await ofRole('unitApprover')).toEqual([ids.fair]);
    const all = await list(world.admin);
    // 乙区科协 before 甲区科协 (by code point: 乙 U+4E59 < 甲 U+7532).
    expect(entries(all).map((e) => e.evaluationId)).toEqual([ids.other, ids.fair, ids.good]);
    // −13.79 (甲区科协) + 137.85 × −100% = −137.85 (乙区科协, 差) = −151.64
    expect(all.change).toBe('-151.64');
    expect(entries(all).some((e) => e.evaluationId === ids.draft)).toBe(false);
  });

  it('refuses an override without a reason, in Chinese, and changes nothing', async () => {
    const r = await finance.patch<ErrorBody>(`/api/results/${ids.fair}`, {
      version: 0,
      suggestion: 'reduce',
      change: '-20.00',
      reason: '  ',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues?.map((i) => i.message)).toEqual(['请填写调整理由（1–500 个字符）']);
    expect(entries(await list(finance))[0]).toMatchObject({
      overridden: false,
      change: '-13.79',
      version: 0,
    });
  });

  it('refuses a cut beyond the 全年预算数 (200 > 137.85) and an unapproved evaluation', async () => {
    const beyond = await finance.patch<ErrorBody>(`/api/results/${ids.fair}`, {
      version: 0,
      suggestion: 'cancelOrSuspend',
      change: '-200',
      reason: '取消',
    });
    expect(beyond.status).toBe(400);
    expect(beyond.body.error.message).toBe('核减金额 200万元 超过了全年预算数 137.85万元');
    const draft = await finance.patch<ErrorBody>(`/api/results/${ids.draft}`, {
      version: 0,
      suggestion: 'reduce',
      change: '-1',
      reason: '草稿',
    });
    expect(draft.status).toBe(409);
    expect(draft.body.error.message).toContain('只有审核通过的自评');
  });

  it('lets the finance reviewer override with a reason, audit-logged; the department total follows (−20 + 0)', async () => {
    const r = await finance.patch<Entry>(`/api/results/${ids.fair}`, {
      version: 0,
      suggestion: 'reduce',
      change: '-20.00',
      reason: '连续两年为中',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      change: '-20',
      ruleChange: '-13.79',
      overridden: true,
      reason: '连续两年为中',
      version: 1,
    });
    const l = await list(finance);
    expect(l.departments[0]?.change).toBe('-20');
    const lines = await server.database.db.select().from(auditLog).where(eq(auditLog.entityId, ids.fair));
    const line = lines.find((x) => x.entity === 'result');
    expect(line).toMatchObject({ action: 'override', userId: world.users.financeReviewer.id });
    expect(JSON.stringify(line?.after)).toContain('连续两年为中');
  });

  it('answers 409 to a stale version and keeps the first override', async () => {
    const stale = await finance.patch<ErrorBody>(`/api/results/${ids.fair}`, {
      version: 0,
      suggestion: 'cancelOrSuspend',
      change: '-137.85',
      reason: '另一位审核人',
    });
    expect(stale.status).toBe(409);
    expect(entries(await list(finance))[0]).toMatchObject({ change: '-20', version: 1 });
    const next = await finance.patch<Entry>(`/api/results/${ids.fair}`, {
      version: 1,
      suggestion: 'reduce',
      change: '-15',
      reason: '复核后调整',
    });
    expect(next.body).toMatchObject({ change: '-15', version: 2 });
  });

  it('refuses the override to every other role and to another region', async () => {
    const reviewer = await clientAs(server, world, 'departmentReviewer');
    const body = { version: 2, suggestion: 'reduce', change: '-1', reason: '试' };
    expect((await reviewer.patch(`/api/results/${ids.fair}`, body)).status).toBe(403);
    expect((await finance.patch(`/api/results/${ids.other}`, { ...body, version: 0 })).status).toBe(403);
  });

  it('exports the list as .xlsx with the figures, the 小计 and the 合计', async () => {
    const r = await fetch(`${server.url}/api/results.xlsx?fiscalYear=2024`, { headers: finance.headers() });
    expect(r.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await r.arrayBuffer());
    const sheet = book.getWorksheet('结果应用建议');
    expect(sheet?.getRow(1).getCell(10).value).toBe('建议调整金额（万元）');
    const rows = (sheet?.getRows(2, (sheet?.rowCount ?? 1) - 1) ?? []).map((row) => [
      row.getCell(1).value,
      row.getCell(2).value,
      row.getCell(5).value,
      row.getCell(6).value,
      row.getCell(7).value,
      row.getCell(8).value,
      row.getCell(10).value,
      row.getCell(12).value,
    ]);
    expect(rows).toEqual([
      ['甲区科协', '甲区科协本级', 79.45, '中', 137.85, '核减', -15, '复核后调整'],
      ['甲区科协', '甲区科技馆', 89.45, '良', 137.85, '据实保障', 0, null],
      ['甲区科协 小计', null, null, null, 275.7, null, -15, null],
      ['合计', null, null, null, 275.7, null, -15, null],
    ]);
    expect(sheet?.getRow(2).getCell(10).numFmt).toBe('0.00');
  });

  it('opens the report’s 结果应用情况 with the entry in force (核减 15.00万元, its reason)', async () => {
    const r = await fetch(`${server.url}/api/evaluations/${ids.fair}/export?format=docx`, {
      headers: finance.headers(),
    });
    expect(r.status).toBe(200);
    const doc = await readDocx(new Uint8Array(await r.arrayBuffer()), 'report.docx');
    const texts = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    const heading = texts.findIndex((t) => t.endsWith('结果应用情况'));
    expect(heading).toBeGreaterThan(0);
    expect(texts[heading + 1]).toBe(
      '根据2024年度绩效自评结果（得分79.45分，等级“中”），财政部门对下一年度预算的结果应用建议为“核减”，核减预算15.00万元。调整理由：复核后调整。',
    );
  });

  it('gives the region’s list as plain JSON for publication, without the reason', async () => {
    const published = await resultsForPublication(server.database.db, {
      fiscalYear: 2024,
      organisationId: world.orgs.b1,
    });
    expect(published).toMatchObject({ format: 'jixiao.results', fiscalYear: 2024, change: '-15' });
    expect(published.departments.map((d) => d.name)).toEqual(['甲区科协']);
    expect(published.departments[0]?.units[0]?.entries[0]).toMatchObject({
      suggestionText: '核减',
      change: '-15',
      adjusted: true,
    });
    expect(JSON.stringify(published)).not.toContain('复核后调整');
  });

  it('publishes the bureau’s list (POST /api/results/publish): the rule’s publisher only, once, with its workbook', async () => {
    // mof-2020's publisher is the 财政局: the 主管部门 reviewer passes the hook but is refused by the rule.
    const department = await clientAs(server, world, 'departmentReviewer');
    const refused = await department.post<ErrorBody>('/api/results/publish?fiscalYear=2024', {});
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('由财政局公开');

    const r = await finance.post<{ id: string; kind: string; title: string }>(
      '/api/results/publish?fiscalYear=2024',
      {},
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ kind: 'results', title: '2024年度绩效自评结果应用清单' });
    const item = await new Client(server.url).get<{ kind: string; title: string; tableUrl: string | null }>(
      `/api/public/publications/${r.body.id}`,
    );
    expect(item.status).toBe(200);
    expect(item.body).toMatchObject({ kind: 'results', title: '2024年度绩效自评结果应用清单' });
    expect(JSON.stringify(item.body)).not.toContain('复核后调整');
    expect(item.body.tableUrl).toBe(`/api/public/publications/${r.body.id}/table.xlsx`);
    const table = await fetch(`${server.url}${item.body.tableUrl}`);
    expect(table.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await table.arrayBuffer());
    // The same rows as GET /api/results.xlsx: 甲区科协本级 (中, −15 after the override) and 甲区科技馆 (良, 0).
    const column = book.worksheets[0]?.getColumn(2).values ?? [];
    expect(column).toContain('甲区科协本级');
    expect(column).toContain('甲区科技馆');
    const [line] = await server.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, r.body.id));
    expect(line?.action).toBe('publish');

    // Live already: withdraw first. A year without an approved evaluation has nothing to publish.
    const again = await finance.post<ErrorBody>('/api/results/publish?fiscalYear=2024', {});
    expect(again.status).toBe(409);
    const empty = await finance.post<ErrorBody>('/api/results/publish?fiscalYear=2031', {});
    expect(empty.status).toBe(409);
    expect(empty.body.error.message).toContain('2031年度还没有审核通过的自评');
    const noYear = await finance.post<ErrorBody>('/api/results/publish', {});
    expect(noYear.status).toBe(400);
  });
});
