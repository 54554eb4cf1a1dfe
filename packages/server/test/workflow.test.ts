import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, createEvaluation, seedEvaluation, type World } from './world';

interface ErrorReply {
  error: { code: string; message: string; issues?: { message: string; location?: { path?: string } }[] };
}
interface Detail {
  id: string;
  version: number;
  status: string;
  fiscalYear: number;
  totalScore: string | null;
  updatedByName: string | null;
  priorYear: { id: string; fiscalYear: number; totalScore: string | null } | null;
}
interface HistoryItem {
  action: string;
  userName: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  comment?: string;
  path?: string;
  acknowledgements?: { code: string; path: string; note: string }[];
}
interface Finding {
  code: string;
  severity: string;
  location: { path: string };
}

describe.each(BACKENDS)('the review workflow over HTTP on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let preparer: Client;
  let approver: Client;
  let finance: Client;
  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    preparer = await clientAs(server, world, 'preparer');
    approver = await clientAs(server, world, 'unitApprover');
    finance = await clientAs(server, world, 'financeReviewer');
  });
  afterAll(async () => {
    await server?.close();
  });

  const move = (client: Client, id: string, action: string, body: object) =>
    client.post<Detail & ErrorReply>(`/api/evaluations/${id}/${action}`, body);

  it('goes submit → sign → return with a reason → resubmit → sign → approve, then is locked', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1, 1);
    expect((await move(preparer, id, 'submit', { version: 1 })).body.status).toBe('submitted');
    // The unit approver cannot approve; only sign.
    expect((await move(approver, id, 'approve', { version: 2 })).status).toBe(403);
    expect((await move(approver, id, 'sign', { version: 2 })).body.status).toBe('signed');
    // A signed evaluation is returned by a reviewer above the unit, never by the unit approver.
    expect((await move(approver, id, 'return', { version: 3, comment: '再看看' })).status).toBe(403);
    const noReason = await move(finance, id, 'return', { version: 3, comment: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('退回理由');
    const returned = await move(finance, id, 'return', { version: 3, comment: '执行率说明不足' });
    expect(returned.body.status).toBe('returned');
    const saved = await preparer.put<Detail>(`/api/evaluations/${id}`, {
      version: 4,
      evaluation: seedEvaluation(1),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.updatedByName).toBe('preparer');
    expect((await move(preparer, id, 'submit', { version: 5 })).body.status).toBe('submitted');
    expect((await move(approver, id, 'sign', { version: 6 })).body.status).toBe('signed');
    const approved = await move(finance, id, 'approve', { version: 7, comment: '同意' });
    expect(approved.body.status).toBe('approved');
    const edit = await preparer.put<ErrorReply>(`/api/evaluations/${id}`, {
      version: 8,
      evaluation: seedEvaluation(1),
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toContain('已审核');
    expect((await move(finance, id, 'return', { version: 8, comment: '撤回' })).status).toBe(409);

    const history = (await preparer.get<{ items: HistoryItem[] }>(`/api/evaluations/${id}/history`)).body
      .items;
    expect(history.map((h) => `${h.action}:${h.fromStatus}→${h.toStatus}`)).toEqual([
      'create:null→draft',
      'submit:draft→submitted',
      'sign:submitted→signed',
      'return:signed→returned',
      'update:returned→returned',
      'submit:returned→submitted',
      'sign:submitted→signed',
      'approve:signed→approved',
    ]);
    expect(history[3]).toMatchObject({ comment: '执行率说明不足', userName: 'financeReviewer' });
    expect(history[7]?.comment).toBe('同意');
  });

  it('refuses to submit while the checks find errors, listing them', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1, 3);
    const r = await move(preparer, id, 'submit', { version: 1 });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain('2 个错误');
    expect(r.body.error.issues?.map((i) => i.location?.path).sort()).toEqual([
      'income.items[0].statedShare',
      'income.statedTotal',
    ]);
    expect((await preparer.get<Detail>(`/api/evaluations/${id}`)).body.status).toBe('draft');
  });

  it('refuses to submit with unacknowledged warnings and accepts once each has a note', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1, 2);
    const check = await preparer.post<{ findings: Finding[] }>(`/api/evaluations/${id}/check`, {});
    const warnings = check.body.findings.filter((f) => f.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    const none = await move(preparer, id, 'submit', { version: 1 });
    expect(none.status).toBe(409);
    expect(none.body.error.message).toContain(`${warnings.length} 条警告未说明`);
    const acks = warnings.map((w) => ({ code: w.code, path: w.location.path, note: '已核实，原报告如此' }));
    const blankNote = acks.map((a, i) => (i === 0 ? { ...a, note: ' ' } : a));
    const partly = await move(preparer, id, 'submit', { version: 1, acknowledgements: blankNote });
    expect(partly.status).toBe(409);
    expect(partly.body.error.issues).toHaveLength(1);
    const ok = await move(preparer, id, 'submit', { version: 1, acknowledgements: acks });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('submitted');
    const history = (await preparer.get<{ items: HistoryItem[] }>(`/api/evaluations/${id}/history`)).body
      .items;
    expect(history.find((h) => h.action === 'submit')?.acknowledgements).toEqual(acks);
  });

  it('stores field comments in any status and shows them in the history', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1, 1);
    const empty = await finance.post<ErrorReply>(`/api/evaluations/${id}/comments`, { path: 'x', text: '' });
    expect(empty.status).toBe(400);
    const c = await finance.post<{ id: string; path: string; text: string; userName: string }>(
      `/api/evaluations/${id}/comments`,
      { path: 'indicators[0].actual', text: '实际值请附依据' },
    );
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({
      path: 'indicators[0].actual',
      text: '实际值请附依据',
      userName: 'financeReviewer',
    });
    const list = await preparer.get<{ items: { id: string }[] }>(`/api/evaluations/${id}/comments`);
    expect(list.body.items.map((i) => i.id)).toEqual([c.body.id]);
    const history = (await preparer.get<{ items: HistoryItem[] }>(`/api/evaluations/${id}/history`)).body
      .items;
    expect(history.map((h) => h.action)).toEqual(['create', 'comment']);
    expect(history[1]).toMatchObject({ path: 'indicators[0].actual', comment: '实际值请附依据' });
  });

  it("shows last year's evaluation of the same unit and kind as priorYear", async () => {
    // Years no other test uses, so the unit has exactly one evaluation in each.
    const thisYear = { ...seedEvaluation(1), fiscalYear: 2031 };
    const lastYear = { ...seedEvaluation(1), fiscalYear: 2030 };
    const older = await preparer.post<Detail>(`/api/organisations/${world.orgs.u1}/evaluations`, {
      evaluation: lastYear,
    });
    const newer = await preparer.post<Detail>(`/api/organisations/${world.orgs.u1}/evaluations`, {
      evaluation: thisYear,
    });
    expect(newer.status).toBe(201);
    expect(newer.body.priorYear).toMatchObject({
      id: older.body.id,
      fiscalYear: 2030,
      totalScore: older.body.totalScore,
    });
    expect(older.body.priorYear).toBeNull();
  });

  it('filters the list by hasErrors', async () => {
    const withErrors = await preparer.get<{ items: { errorCount: number }[]; total: number }>(
      '/api/evaluations?hasErrors=true&pageSize=100',
    );
    expect(withErrors.body.total).toBeGreaterThan(0);
    expect(withErrors.body.items.every((i) => i.errorCount > 0)).toBe(true);
    const clean = await preparer.get<{ items: { errorCount: number }[]; total: number }>(
      '/api/evaluations?hasErrors=false&pageSize=100',
    );
    expect(clean.body.total).toBeGreaterThan(0);
    expect(clean.body.items.every((i) => i.errorCount === 0)).toBe(true);
  });

  it('exports the 自评报告 as .docx with the title and total score, under a UTF-8 file name', async () => {
    const created = await preparer.post<Detail & { title: string }>(
      `/api/organisations/${world.orgs.u1}/evaluations`,
      { evaluation: seedEvaluation(4) },
    );
    const r = await fetch(`${server.url}/api/evaluations/${created.body.id}/export?format=docx`, {
      headers: preparer.headers(),
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(`${created.body.title}-${created.body.fiscalYear}-自评报告`)}.docx`,
    );
    const zip = await JSZip.loadAsync(await r.arrayBuffer());
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // Seed 004 states total 94.24 (grade 优); the report writes the score as stated.
    expect(created.body.totalScore).toBe('94.24');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('94.24');
    expect(xml.replace(/<[^>]+>/g, '')).toContain(created.body.title);
  });

  it('exports the overview table as .xlsx with scores as 2-decimal numbers, drafts and returned ones left out', async () => {
    const r = await fetch(`${server.url}/api/reports/overview.xlsx`, { headers: finance.headers() });
    expect(r.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await r.arrayBuffer());
    const sheet = book.getWorksheet('总览');
    expect(sheet?.getRow(1).getCell(7).value).toBe('总分');
    // A scored row holds its total as a number; one without indicators says 未评分, never a 0.
    const rows = sheet?.getRows(2, (sheet?.rowCount ?? 1) - 1) ?? [];
    const scores = rows.map((row) => row.getCell(7).value);
    for (const v of scores) expect(typeof v === 'number' || v === '未评分').toBe(true);
    expect(scores).toContain('未评分');
    const row = rows.find((r) => typeof r.getCell(7).value === 'number');
    expect(row?.getCell(7).numFmt).toBe('0.00');
    // Every evaluation this suite made is in the finance reviewer's region, so all that count appear:
    // submitted and later, never a draft or a returned one.
    const list = await finance.get<{ items: { status: string }[] }>('/api/evaluations?pageSize=100');
    const counted = list.body.items.filter((e) => e.status !== 'draft' && e.status !== 'returned');
    expect(counted.length).toBeLessThan(list.body.items.length);
    expect((sheet?.rowCount ?? 0) - 1).toBe(counted.length);
  });
});
