import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../src/auth/sessions';
import { BACKENDS, Client, startTestServer, type TestServer } from './harness';
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
  actions: string[];
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
  let department: Client;
  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    preparer = await clientAs(server, world, 'preparer');
    approver = await clientAs(server, world, 'unitApprover');
    finance = await clientAs(server, world, 'financeReviewer');
    department = await clientAs(server, world, 'departmentReviewer');
  });

  /** Another preparer, at the given unit, signed in through a session made in the DB. */
  async function preparerAt(unitId: string, username: string): Promise<Client> {
    const made = await world.admin.post<{ id: string }>('/api/users', {
      username,
      displayName: username,
      password: 'Test-pass-2026',
      roles: [{ role: 'preparer', organisationId: unitId }],
    });
    const { token, csrfToken } = await createSession(server.database.db, made.body.id);
    return new Client(server.url).setSessionCookies(token, csrfToken);
  }
  afterAll(async () => {
    await server?.close();
  });

  const move = (client: Client, id: string, action: string, body: object) =>
    client.post<Detail & ErrorReply>(`/api/evaluations/${id}/${action}`, body);

  it('goes submit → sign → department → finance, each step in order, with a return on the way, then is locked', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1, 1);
    expect((await move(preparer, id, 'submit', { version: 1 })).body.status).toBe('submitted');
    // The unit approver cannot approve; only sign. The reviewers above cannot act before the signature.
    expect((await move(approver, id, 'approve', { version: 2 })).status).toBe(403);
    // The department's approval does not leave submitted at all (status before role: 409).
    expect((await move(department, id, 'approve', { version: 2 })).status).toBe(409);
    expect((await move(finance, id, 'return', { version: 2, comment: '先退回' })).status).toBe(403);
    const signed = await move(approver, id, 'sign', { version: 2 });
    expect(signed.body).toMatchObject({ status: 'signed', actions: ['withdraw'] });
    // 财政局 cannot approve or return before 主管部门初审, and is told whose turn it is.
    const early = await move(finance, id, 'approve', { version: 3 });
    expect(early.status).toBe(403);
    expect(early.body.error.message).toBe(
      '自评当前状态为「单位已签批（待审核）」，现在应由主管部门审核人处理，审核须按流程逐级进行',
    );
    expect((await finance.get<Detail>(`/api/evaluations/${id}`)).body.actions).toEqual([]);
    expect((await department.get<Detail>(`/api/evaluations/${id}`)).body.actions).toEqual([
      'approve',
      'return',
    ]);
    // A signed evaluation is returned by the reviewer whose turn it is, never by the unit approver.
    expect((await move(approver, id, 'return', { version: 3, comment: '再看看' })).status).toBe(403);
    const noReason = await move(department, id, 'return', { version: 3, comment: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('退回理由');
    const returned = await move(department, id, 'return', { version: 3, comment: '执行率说明不足' });
    expect(returned.body.status).toBe('returned');
    const saved = await preparer.put<Detail>(`/api/evaluations/${id}`, {
      version: 4,
      evaluation: seedEvaluation(1),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.updatedByName).toBe('preparer');
    expect((await move(preparer, id, 'submit', { version: 5 })).body.status).toBe('submitted');
    expect((await move(approver, id, 'sign', { version: 6 })).body.status).toBe('signed');
    const first = await move(department, id, 'approve', { version: 7, comment: '初审同意' });
    expect(first.body).toMatchObject({ status: 'departmentApproved', actions: ['withdraw'] });
    // Its step is done: the next approval is the finance bureau's.
    expect((await move(department, id, 'approve', { version: 8 })).status).toBe(403);
    const approved = await move(finance, id, 'approve', { version: 8, comment: '同意' });
    expect(approved.body).toMatchObject({ status: 'approved', actions: [] });
    const edit = await preparer.put<ErrorReply>(`/api/evaluations/${id}`, {
      version: 9,
      evaluation: seedEvaluation(1),
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toContain('已审核');
    expect((await move(finance, id, 'return', { version: 9, comment: '撤回' })).status).toBe(409);
    expect((await move(department, id, 'withdraw', { version: 9 })).status).toBe(409);

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
      'approve:signed→departmentApproved',
      'approve:departmentApproved→approved',
    ]);
    expect(history[3]).toMatchObject({ comment: '执行率说明不足', userName: 'departmentReviewer' });
    expect(history[7]).toMatchObject({ comment: '初审同意', userName: 'departmentReviewer' });
    expect(history[8]).toMatchObject({ comment: '同意', userName: 'financeReviewer' });
  });

  it('lets whoever took the last step withdraw it before the next step acts, and no one else', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1, 1);
    await move(preparer, id, 'submit', { version: 1 });
    // Another preparer of the same unit did not submit it: the withdrawal is the submitter's.
    const colleague = await preparerAt(world.orgs.u1, 't-preparer-colleague');
    const notMine = await move(colleague, id, 'withdraw', { version: 2 });
    expect(notMine.status).toBe(403);
    expect(notMine.body.error.message).toBe('只有完成上一步操作的本人可以撤回');
    expect((await colleague.get<Detail>(`/api/evaluations/${id}`)).body.actions).toEqual([]);
    expect((await preparer.get<Detail>(`/api/evaluations/${id}`)).body.actions).toEqual(['withdraw']);
    expect((await move(preparer, id, 'withdraw', { version: 2 })).body.status).toBe('draft');
    await move(preparer, id, 'submit', { version: 3 });
    await move(approver, id, 'sign', { version: 4 });
    // Signed: the submitter can no longer withdraw; the signer can, back to submitted.
    expect((await move(preparer, id, 'withdraw', { version: 5 })).status).toBe(403);
    expect((await move(approver, id, 'withdraw', { version: 5 })).body.status).toBe('submitted');
    // Back in submitted, the last step forward is the submission again: the submitter's to withdraw.
    expect((await preparer.get<Detail>(`/api/evaluations/${id}`)).body.actions).toEqual(['withdraw']);
    await move(approver, id, 'sign', { version: 6 });
    await move(department, id, 'approve', { version: 7 });
    expect((await move(approver, id, 'withdraw', { version: 8 })).status).toBe(403);
    expect((await move(department, id, 'withdraw', { version: 8 })).body.status).toBe('signed');
    const history = (await preparer.get<{ items: HistoryItem[] }>(`/api/evaluations/${id}/history`)).body
      .items;
    expect(
      history
        .filter((h) => h.action === 'withdraw')
        .map((h) => `${h.userName}:${h.fromStatus}→${h.toStatus}`),
    ).toEqual([
      'preparer:submitted→draft',
      'unitApprover:signed→submitted',
      'departmentReviewer:departmentApproved→signed',
    ]);
  });

  it('approves or returns a batch all or nothing, naming every item that cannot be moved', async () => {
    const a = await createEvaluation(preparer, world.orgs.u1, 1);
    const b = await createEvaluation(preparer, world.orgs.u1, 1);
    const c = await createEvaluation(preparer, world.orgs.u1, 1);
    for (const e of [a, b, c]) await move(preparer, e.id, 'submit', { version: 1 });
    await move(approver, a.id, 'sign', { version: 2 });
    await move(approver, c.id, 'sign', { version: 2 });
    // b is only submitted (not signed) and c's version is stale: the whole batch is refused.
    const refused = await department.post<ErrorReply>('/api/evaluations/batch/approve', {
      items: [
        { id: a.id, version: 3 },
        { id: b.id, version: 2 },
        { id: c.id, version: 2 },
      ],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('2 条自评不能处理');
    expect(refused.body.error.issues?.map((i) => i.location?.path)).toEqual(['items[1]', 'items[2]']);
    expect((await preparer.get<Detail>(`/api/evaluations/${a.id}`)).body.status).toBe('signed');
    const ok = await department.post<{ items: { id: string; status: string; version: number }[] }>(
      '/api/evaluations/batch/approve',
      {
        items: [
          { id: a.id, version: 3 },
          { id: c.id, version: 3 },
        ],
        comment: '同意',
      },
    );
    expect(ok.status).toBe(200);
    expect(ok.body.items.map((i) => [i.status, i.version])).toEqual([
      ['departmentApproved', 4],
      ['departmentApproved', 4],
    ]);
    const noReason = await finance.post<ErrorReply>('/api/evaluations/batch/return', {
      items: [{ id: a.id, version: 4 }],
    });
    expect(noReason.status).toBe(409);
    expect(noReason.body.error.issues?.[0]?.message).toContain('退回时必须填写退回理由');
    const back = await finance.post<{ items: { status: string }[] }>('/api/evaluations/batch/return', {
      items: [
        { id: a.id, version: 4 },
        { id: c.id, version: 4 },
      ],
      comment: '附件不全',
    });
    expect(back.body.items.map((i) => i.status)).toEqual(['returned', 'returned']);
    const history = (await preparer.get<{ items: HistoryItem[] }>(`/api/evaluations/${c.id}/history`)).body
      .items;
    expect(history.at(-1)).toMatchObject({
      action: 'return',
      comment: '附件不全',
      userName: 'financeReviewer',
    });
  });

  it('refuses a batch holding an evaluation outside the reviewer’s organisation, as if it did not exist', async () => {
    const region2 = await preparerAt(world.orgs.u2, 't-preparer-batch2');
    const elsewhere = await createEvaluation(region2, world.orgs.u2, 1);
    const mine = await createEvaluation(preparer, world.orgs.u1, 1);
    await move(preparer, mine.id, 'submit', { version: 1 });
    const r = await approver.post<ErrorReply>('/api/evaluations/batch/sign', {
      items: [
        { id: mine.id, version: 2 },
        { id: elsewhere.id, version: 1 },
      ],
    });
    expect(r.status).toBe(409);
    expect(r.body.error.issues?.map((i) => i.location?.path)).toEqual(['items[1]']);
    expect(r.body.error.issues?.[0]?.message).toContain('不存在');
    // All or nothing: the one that could be signed was not.
    expect((await preparer.get<Detail>(`/api/evaluations/${mine.id}`)).body.status).toBe('submitted');
  });

  it('counts what awaits each user: their review step, returns, comments waiting for their answer', async () => {
    const counts = async (c: Client) =>
      (await c.get<{ review: number; returned: number; comments: number }>('/api/todo-counts')).body;
    const region2 = await preparerAt(world.orgs.u2, 't-preparer-region2');
    const before = {
      approver: await counts(approver),
      department: await counts(department),
      finance: await counts(finance),
      preparer: await counts(preparer),
    };
    const { id } = await createEvaluation(preparer, world.orgs.u1, 1);
    await move(preparer, id, 'submit', { version: 1 });
    expect((await counts(approver)).review).toBe(before.approver.review + 1);
    expect((await counts(department)).review).toBe(before.department.review);
    await move(approver, id, 'sign', { version: 2 });
    expect((await counts(approver)).review).toBe(before.approver.review);
    expect((await counts(department)).review).toBe(before.department.review + 1);
    expect((await counts(finance)).review).toBe(before.finance.review);
    await move(department, id, 'approve', { version: 3 });
    expect((await counts(department)).review).toBe(before.department.review);
    expect((await counts(finance)).review).toBe(before.finance.review + 1);
    await finance.post(`/api/evaluations/${id}/comments`, { path: 'indicators[0].actual', text: '请附依据' });
    expect((await counts(preparer)).comments).toBe(before.preparer.comments + 1);
    expect((await counts(finance)).comments).toBe(before.finance.comments);
    await move(finance, id, 'return', { version: 4, comment: '请补充' });
    expect(await counts(preparer)).toMatchObject({ returned: before.preparer.returned + 1 });
    expect((await counts(finance)).review).toBe(before.finance.review);
    // Another region's preparer sees none of it.
    expect(await counts(region2)).toEqual({ review: 0, returned: 0, comments: 0, declarations: 0 });
  });

  it('answers a comment and resolves it (author or reviewer), reopening it again, all in the history', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1, 1);
    const c = await department.post<{ id: string }>(`/api/evaluations/${id}/comments`, {
      path: 'indicators[0].actual',
      text: '实际值依据？',
    });
    const reply = await preparer.post<{ id: string; path: string; parentId: string }>(
      `/api/evaluations/${id}/comments`,
      { path: 'ignored', text: '见附件 3', parentId: c.body.id },
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ path: 'indicators[0].actual', parentId: c.body.id });
    const toReply = await finance.post<ErrorReply>(`/api/evaluations/${id}/comments`, {
      path: 'x',
      text: '再问',
      parentId: reply.body.id,
    });
    expect(toReply.status).toBe(400);
    // The preparer neither wrote the comment nor reviews: cannot resolve it.
    const refused = await preparer.patch<ErrorReply>(`/api/evaluations/${id}/comments/${c.body.id}`, {
      resolved: true,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('只有批注人或审核人可以标记批注为已解决或重新打开');
    const resolved = await department.patch<{
      items: { id: string; resolvedAt: string | null; resolvedByName: string | null }[];
    }>(`/api/evaluations/${id}/comments/${c.body.id}`, { resolved: true });
    expect(resolved.body.items.find((i) => i.id === c.body.id)).toMatchObject({
      resolvedByName: 'departmentReviewer',
    });
    // A reviewer other than the author may reopen it.
    const reopened = await finance.patch<{ items: { id: string; resolvedAt: string | null }[] }>(
      `/api/evaluations/${id}/comments/${c.body.id}`,
      { resolved: false },
    );
    expect(reopened.body.items.find((i) => i.id === c.body.id)?.resolvedAt).toBeNull();
    const history = (await preparer.get<{ items: HistoryItem[] }>(`/api/evaluations/${id}/history`)).body
      .items;
    expect(history.map((h) => `${h.action}:${h.userName}:${h.comment ?? ''}`)).toEqual([
      'create:preparer:',
      'comment:departmentReviewer:实际值依据？',
      'reply:preparer:见附件 3',
      'resolve:departmentReviewer:实际值依据？',
      'reopen:financeReviewer:实际值依据？',
    ]);
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
