import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, BACKENDS, Client, startTestServer, TEST_WEB_PAGE, type TestServer } from './harness';
import { buildWorld, clientAs, createEvaluation, seedEvaluation, USER_PASSWORD, type World } from './world';

interface ErrorReply {
  error: {
    code: string;
    message: string;
    field?: string;
    issues?: { message: string; location?: { path?: string } }[];
  };
}
interface EvaluationReply {
  id: string;
  version: number;
  status: string;
  totalScore: string | null;
  evaluation: { indicators: unknown[]; unit: { name: string } };
}

describe.each(BACKENDS)('the API over HTTP on %s', (backend) => {
  let server: TestServer;
  let world: World;
  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers the health check without a session', async () => {
    const r = await new Client(server.url).get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: 'ok', database: backend });
  });

  it('serves the web app at / and its index.html for page paths, but JSON 404s under /api', async () => {
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toBe(TEST_WEB_PAGE);
    const page = await fetch(`${server.url}/evaluations/123`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(TEST_WEB_PAGE);
  });

  it('sends security headers and no stack trace on an unknown route', async () => {
    const r = await new Client(server.url).get('/api/nope');
    expect(r.status).toBe(404);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(r.body).toEqual({
      error: { code: 'NOT_FOUND', key: 'http.noRoute', message: expect.stringContaining('找不到') },
    });
  });

  it('logs in with an HttpOnly SameSite session cookie and a CSRF token', async () => {
    const res = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const session = res.headers.getSetCookie().find((c) => c.startsWith('jixiao_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const body = (await res.json()) as { csrfToken: string };
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('answers "who is signed in?" with 200 and session null when nobody is, and the session when someone is', async () => {
    const visitor = new Client(server.url);
    const before = await visitor.get('/api/session/current');
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ session: null });
    await visitor.login(world.users.preparer.username, world.users.preparer.password);
    const during = await visitor.get<{ session: { user: { username: string }; csrfToken: string } | null }>(
      '/api/session/current',
    );
    expect(during.status).toBe(200);
    expect(during.body.session?.user.username).toBe('t-preparer');
    expect(during.body.session?.csrfToken).toBe(visitor.csrfToken);
    expect((await visitor.delete('/api/session')).status).toBe(204);
    expect((await visitor.get('/api/session/current')).body).toEqual({ session: null });
  });

  it('refuses a state-changing request without the CSRF token, and changes nothing', async () => {
    const admin = await clientAs(server, world, 'admin');
    const r = await admin.request(
      'POST',
      '/api/organisations',
      { kind: 'financeBureau', name: '无令牌财政局' },
      { csrf: false },
    );
    expect(r.status).toBe(403);
    const list = await admin.get<{ items: { name: string }[] }>('/api/organisations');
    expect(list.body.items.map((o) => o.name)).not.toContain('无令牌财政局');
  });

  it('locks an account after five wrong passwords, even for the right one', async () => {
    await world.admin.post('/api/users', {
      username: 'lockme',
      displayName: '锁定测试',
      password: USER_PASSWORD,
    });
    const c = new Client(server.url);
    for (let i = 0; i < 5; i++) expect((await c.login('lockme', 'wrong-password-1')).status).toBe(401);
    const locked = await c.login('lockme', USER_PASSWORD);
    expect(locked.status).toBe(429);
    expect((locked.body as ErrorReply).error.message).toContain('暂停登录');
  });

  it('rejects an invalid evaluation with located Chinese issues in the one error shape', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const bad = seedEvaluation(1);
    (bad.funds as { total: { adjustedBudget: string } }).total.adjustedBudget = '-5';
    const r = await preparer.post<ErrorReply>(`/api/organisations/${world.orgs.u1}/evaluations`, {
      evaluation: bad,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('INVALID_INPUT');
    expect(r.body.error.issues?.[0]).toMatchObject({
      message: '不能为负数',
      location: { path: 'evaluation.funds.total.adjustedBudget' },
    });
    expect(JSON.stringify(r.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('stores and sends no total and no grade for an evaluation it cannot score (seed 002, no indicator)', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const created = await createEvaluation(preparer, world.orgs.u1, 2);
    const r = await preparer.get<EvaluationReply & { grade: string | null }>(
      `/api/evaluations/${created.id}`,
    );
    expect(r.body.totalScore).toBeNull();
    expect(r.body.grade).toBeNull();
    const score = await preparer.post<{ result: Record<string, unknown> }>(
      `/api/evaluations/${created.id}/score`,
    );
    expect(score.status).toBe(200);
    expect(score.body.result).toMatchObject({
      scored: false,
      unscoredReason: 'noIndicators',
      totalScore: null,
      grade: null,
    });
    const list = await preparer.get<{
      items: { id: string; totalScore: string | null; grade: string | null }[];
    }>('/api/evaluations?fiscalYear=2021&pageSize=50');
    const row = list.body.items.find((i) => i.id === created.id);
    expect(row).toMatchObject({ totalScore: null, grade: null });
  });

  it('creates, reads, scores and lists an evaluation with decimal strings', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const created = await createEvaluation(preparer, world.orgs.u1, 1);
    const r = await preparer.get<EvaluationReply>(`/api/evaluations/${created.id}`);
    expect(r.status).toBe(200);
    expect(r.body.version).toBe(1);
    expect(r.body.status).toBe('draft');
    expect(typeof r.body.totalScore).toBe('string');
    const score = await preparer.post<{ result: { totalScore: string } }>(
      `/api/evaluations/${created.id}/score`,
    );
    expect(score.status).toBe(200);
    expect(score.body.result.totalScore).toBe(r.body.totalScore);
    const list = await preparer.get<{ items: { id: string }[]; total: number }>(
      '/api/evaluations?fiscalYear=2024&kind=project&pageSize=10',
    );
    expect(list.body.items.map((i) => i.id)).toContain(created.id);
    const none = await preparer.get<{ total: number }>('/api/evaluations?fiscalYear=1999');
    expect(none.body.total).toBe(0);
  });

  it('two editors saving the same version: one 200, one 409, and the winner is kept intact', async () => {
    const a = await clientAs(server, world, 'preparer');
    const b = await clientAs(server, world, 'preparer');
    const created = await createEvaluation(a, world.orgs.u1, 1);
    const evA = seedEvaluation(1);
    (evA.unit as { name: string }).name = '编辑甲的单位名称';
    const evB = seedEvaluation(1);
    (evB.unit as { name: string }).name = '编辑乙的单位名称';
    const [ra, rb] = await Promise.all([
      a.put<EvaluationReply>(`/api/evaluations/${created.id}`, { version: 1, evaluation: evA }),
      b.put<EvaluationReply>(`/api/evaluations/${created.id}`, { version: 1, evaluation: evB }),
    ]);
    const statuses = [ra.status, rb.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = ra.status === 200 ? '编辑甲的单位名称' : '编辑乙的单位名称';
    const loser = ra.status === 409 ? ra : rb;
    expect((loser.body as unknown as ErrorReply).error.code).toBe('CONFLICT');
    const now = await a.get<EvaluationReply>(`/api/evaluations/${created.id}`);
    expect(now.body.version).toBe(2);
    expect(now.body.evaluation.unit.name).toBe(winner);
    // The loser reloads and saves on the new version: nothing is lost.
    const retry = await (ra.status === 409 ? a : b).put<EvaluationReply>(`/api/evaluations/${created.id}`, {
      version: 2,
      evaluation: ra.status === 409 ? evA : evB,
    });
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(3);
  });

  it('deletes a draft only from its current version', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const created = await createEvaluation(preparer, world.orgs.u1, 1);
    const stale = await preparer.delete<ErrorReply>(`/api/evaluations/${created.id}?version=7`);
    expect(stale.status).toBe(409);
    expect((await preparer.get(`/api/evaluations/${created.id}`)).status).toBe(200);
    expect((await preparer.delete(`/api/evaluations/${created.id}?version=1`)).status).toBe(204);
    expect((await preparer.get(`/api/evaluations/${created.id}`)).status).toBe(404);
  });

  it('moves an evaluation draft → submitted → signed → departmentApproved → approved and then refuses edits', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const approver = await clientAs(server, world, 'unitApprover');
    const reviewer = await clientAs(server, world, 'departmentReviewer');
    const finance = await clientAs(server, world, 'financeReviewer');
    const created = await createEvaluation(preparer, world.orgs.u1, 1);
    const submitted = await preparer.post<EvaluationReply>(`/api/evaluations/${created.id}/submit`, {
      version: 1,
    });
    expect(submitted.body.status).toBe('submitted');
    const signed = await approver.post<EvaluationReply>(`/api/evaluations/${created.id}/sign`, {
      version: 2,
    });
    expect(signed.body.status).toBe('signed');
    const first = await reviewer.post<EvaluationReply>(`/api/evaluations/${created.id}/approve`, {
      version: 3,
    });
    expect(first.body.status).toBe('departmentApproved');
    const approved = await finance.post<EvaluationReply>(`/api/evaluations/${created.id}/approve`, {
      version: 4,
    });
    expect(approved.body.status).toBe('approved');
    const edit = await preparer.put<ErrorReply>(`/api/evaluations/${created.id}`, {
      version: 5,
      evaluation: seedEvaluation(1),
    });
    expect(edit.status).toBe(409);
    const history = await preparer.get<{ items: { action: string }[] }>(
      `/api/evaluations/${created.id}/history`,
    );
    expect(history.body.items.map((i) => i.action)).toEqual([
      'create',
      'submit',
      'sign',
      'approve',
      'approve',
    ]);
  });

  it('documents every registered route in the OpenAPI document served to /api/docs', async () => {
    const r = await new Client(server.url).get<{
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    }>('/api/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toMatch(/^3\./);
    const documented = Object.entries(r.body.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const routes = server.app.registeredRoutes
      .filter((x) => x.url.startsWith('/api/') && !x.url.startsWith('/api/docs'))
      .map((x) => `${x.method} ${x.url}`);
    expect(routes.length).toBeGreaterThan(30);
    expect(documented.sort()).toEqual(routes.sort());
    const page = await fetch(`${server.url}/api/docs/json`);
    expect(Object.keys(((await page.json()) as { paths: object }).paths).sort()).toEqual(
      Object.keys(r.body.paths).sort(),
    );
  });

  it('filters lists to the organisations each role holds, instead of refusing', async () => {
    const { createSession } = await import('../src/auth/sessions');
    const other = await world.admin.post<{ id: string }>('/api/users', {
      username: 'list-preparer-u2',
      displayName: '乙区填报人',
      password: USER_PASSWORD,
      roles: [{ role: 'preparer', organisationId: world.orgs.u2 }],
    });
    const s = await createSession(server.database.db, other.body.id);
    const p2 = new Client(server.url).setSessionCookies(s.token, s.csrfToken);
    const inU2 = await createEvaluation(p2, world.orgs.u2, 1);
    const inU1 = await createEvaluation(await clientAs(server, world, 'preparer'), world.orgs.u1, 1);
    const ids = async (role: 'preparer' | 'departmentReviewer' | 'financeReviewer' | 'admin') => {
      const c = await clientAs(server, world, role);
      const r = await c.get<{ items: { id: string }[] }>('/api/evaluations?pageSize=500');
      return r.body.items.map((i) => i.id);
    };
    for (const role of ['preparer', 'departmentReviewer', 'financeReviewer'] as const) {
      const seen = await ids(role);
      expect(seen).toContain(inU1.id);
      expect(seen).not.toContain(inU2.id);
    }
    expect(await ids('admin')).toEqual(expect.arrayContaining([inU1.id, inU2.id]));
    expect(
      (await p2.get<{ items: { id: string }[] }>('/api/evaluations')).body.items.map((i) => i.id),
    ).toEqual([inU2.id]);
  });

  it('exports an evaluation as JSON and as the official xlsx, and imports the JSON back as a new draft', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const created = await createEvaluation(preparer, world.orgs.u1, 1);
    const json = await preparer.get<Record<string, unknown>>(
      `/api/evaluations/${created.id}/export?format=json`,
    );
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toContain('attachment');
    expect(json.body).toMatchObject({ format: 'jixiao.evaluation', kind: 'project', fiscalYear: 2024 });
    const text = JSON.stringify(json.body);
    const xlsx = await preparer.request('GET', `/api/evaluations/${created.id}/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const fd = new FormData();
    fd.append('file', new Blob([text]), 'back.json');
    // The seed is 西城区科协's, imported into 甲区科协本级: a difference the preparer confirms.
    const imported = await preparer.post<{ id: string; version: number; title: string }>(
      `/api/organisations/${world.orgs.u1}/evaluations/import?confirm=true`,
      fd,
    );
    expect(imported.status).toBe(201);
    expect(imported.body.title).toBe('全区科普经费项目');
    expect(imported.body.id).not.toBe(created.id);
  });

  it('creates a user with a one-time password that must be changed before anything else', async () => {
    const created = await world.admin.post<{ id: string; oneTimePassword: string }>('/api/users', {
      username: 'first-timer',
      displayName: '新用户',
      roles: [{ role: 'preparer', organisationId: world.orgs.u1 }],
    });
    expect(created.status).toBe(201);
    expect(created.body.oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/);
    const c = new Client(server.url);
    expect((await c.login('first-timer', created.body.oneTimePassword)).status).toBe(200);
    expect((await c.get('/api/evaluations')).status).toBe(403);
    const weak = await c.post<ErrorReply>('/api/session/password', {
      currentPassword: created.body.oneTimePassword,
      newPassword: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.field).toBe('newPassword');
    const ok = await c.post('/api/session/password', {
      currentPassword: created.body.oneTimePassword,
      newPassword: 'Better-pass-2026',
    });
    expect(ok.status).toBe(200);
    expect((await c.get('/api/evaluations')).status).toBe(200);
  });

  it('limits login attempts per client address (run last: it uses up this address’s window)', async () => {
    const c = new Client(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await c.login(`nobody-${i}`, 'wrong-password-1')).status);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(statuses.at(-1)).toBe(429);
    const limited = await c.login('admin', ADMIN_PASSWORD);
    expect(limited.status).toBe(429);
    expect((limited.body as ErrorReply).error).toEqual({
      code: 'RATE_LIMITED',
      key: 'auth.tooManyAttempts',
      message: expect.stringContaining('登录尝试过于频繁'),
    });
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await expect(server.database.db.execute(sql`update audit_log set action = 'tampered'`)).rejects.toThrow();
    await expect(server.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });
});
