import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, createEvaluation, USER_PASSWORD, type World } from './world';

/** The administration pages' server side: the user list's filters, disabling, resets, the organisation tree. */
interface ErrorReply {
  error: {
    code: string;
    key?: string;
    message: string;
    issues?: { message: string; location?: { path?: string } }[];
  };
}
interface UserReply {
  id: string;
  username: string;
  active: boolean;
  mustChangePassword: boolean;
  version: number;
  oneTimePassword?: string;
}
interface OrgReply {
  id: string;
  name: string;
  code: string | null;
  regionCode: string | null;
  version: number;
}

describe.each(BACKENDS)('administration of users and organisations on %s', (backend) => {
  let server: TestServer;
  let world: World;
  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  const usernames = async (query: string) =>
    (await world.admin.get<{ items: UserReply[] }>(`/api/users?${query}`)).body.items.map((u) => u.username);
  const org = (body: Record<string, unknown>) =>
    world.admin.post<OrgReply & ErrorReply>('/api/organisations', body);
  const fieldOf = (r: { body: ErrorReply }) => r.body.error.issues?.map((i) => i.location?.path);
  /** A user of unit 甲区科协本级 with a known password, signed in. */
  const signedInAtU1 = async (username: string, role: 'preparer' | 'unitApprover') => {
    const created = await world.admin.post<UserReply>('/api/users', {
      username,
      displayName: username,
      password: USER_PASSWORD,
      roles: [{ role, organisationId: world.orgs.u1 }],
    });
    const person = new Client(server.url);
    expect((await person.login(username, USER_PASSWORD)).status).toBe(200);
    return { user: created.body, person };
  };

  it('filters the user list by a part of the name in any case, by role, by organisation and below it', async () => {
    expect(await usernames('q=PREPAR')).toEqual(['t-preparer']);
    expect(await usernames('role=departmentReviewer')).toEqual(['t-departmentReviewer']);
    // 甲区财政局 holds the finance reviewer; below it the department reviewer (科协) and both unit roles.
    expect(await usernames(`organisationId=${world.orgs.b1}`)).toEqual([
      't-departmentReviewer',
      't-financeReviewer',
      't-preparer',
      't-unitApprover',
    ]);
    expect(await usernames(`organisationId=${world.orgs.d1}&role=preparer`)).toEqual(['t-preparer']);
    expect(await usernames(`organisationId=${world.orgs.b2}`)).toEqual([]);
    // "%" is a character to look for, not a wildcard.
    expect(await usernames('q=%25')).toEqual([]);
  });

  it('refuses a list filter it cannot read, naming the field', async () => {
    const r = await world.admin.get<ErrorReply>('/api/users?status=sleeping');
    expect(r.status).toBe(400);
    expect(fieldOf(r)).toEqual(['status']);
  });

  it('disables a user: their sessions end at once, sign-in is refused, the list shows them as disabled; enabling lets them in again', async () => {
    const { user: created, person } = await signedInAtU1('to-disable', 'preparer');
    expect((await person.get('/api/evaluations')).status).toBe(200);
    const off = await world.admin.patch<UserReply>(`/api/users/${created.id}`, {
      version: created.version,
      active: false,
    });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await person.get('/api/evaluations')).status).toBe(401);
    expect((await new Client(server.url).login('to-disable', USER_PASSWORD)).status).toBe(401);
    expect(await usernames('status=disabled')).toEqual(['to-disable']);
    expect(await usernames('status=active')).not.toContain('to-disable');
    const on = await world.admin.patch<UserReply>(`/api/users/${created.id}`, {
      version: off.body.version,
      active: true,
    });
    expect(on.body.active).toBe(true);
    expect((await new Client(server.url).login('to-disable', USER_PASSWORD)).status).toBe(200);
  });

  it('resets a password to a new one-time password: the old one and the open sessions stop working, the new one must be changed', async () => {
    const { user: created, person } = await signedInAtU1('to-reset', 'unitApprover');
    const reset = await world.admin.post<UserReply>(`/api/users/${created.id}/reset-password`);
    expect(reset.status).toBe(200);
    expect(reset.body.oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(reset.body.mustChangePassword).toBe(true);
    expect((await person.get('/api/session')).status).toBe(401);
    expect((await new Client(server.url).login('to-reset', USER_PASSWORD)).status).toBe(401);
    const again = new Client(server.url);
    expect((await again.login('to-reset', reset.body.oneTimePassword ?? '')).status).toBe(200);
    expect((await again.get('/api/evaluations')).status).toBe(403);
    expect(await usernames('status=mustChangePassword')).toContain('to-reset');
  });

  it('does not let the administrator reset their own password (that is 修改密码)', async () => {
    const me = await world.admin.get<{ user: { id: string } }>('/api/session');
    const r = await world.admin.post<ErrorReply>(`/api/users/${me.body.user.id}/reset-password`);
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('不能重置自己的密码；请用「修改密码」');
  });

  it('accepts a 姓名 of 100 characters and refuses 101 in plain words on the field', async () => {
    const ok = await world.admin.post('/api/users', { username: 'long-name', displayName: '名'.repeat(100) });
    expect(ok.status).toBe(201);
    const r = await world.admin.post<ErrorReply>('/api/users', {
      username: 'longer-name',
      displayName: '名'.repeat(101),
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([
      expect.objectContaining({
        message: '姓名不能为空，最多 100 个字符',
        location: expect.objectContaining({ path: 'displayName' }),
      }),
    ]);
  });

  it('gives a new department and unit their bureau’s fiscal region, and refuses another one on the field', async () => {
    const dept = await org({ kind: 'department', name: '甲区教育局', parentId: world.orgs.b1 });
    expect(dept.status).toBe(201);
    expect(dept.body.regionCode).toBe('500227');
    const other = await org({ kind: 'unit', name: '甲区一中', parentId: dept.body.id, regionCode: '110102' });
    expect(other.status).toBe(400);
    expect(fieldOf(other)).toEqual(['regionCode']);
  });

  it('keeps a code unique within a fiscal region, on the code field, while another region may use it', async () => {
    const code = '12500227MB1234567X';
    expect((await org({ kind: 'unit', name: '甲区少年宫', parentId: world.orgs.d1, code })).status).toBe(201);
    const twice = await org({ kind: 'unit', name: '甲区图书馆', parentId: world.orgs.d1, code });
    expect(twice.status).toBe(400);
    expect(twice.body.error.issues?.[0]).toMatchObject({
      message: `同一财政区划内已有代码为「${code}」的组织`,
      location: { path: 'code' },
    });
    const b3 = await org({ kind: 'financeBureau', name: '丙区财政局', regionCode: '110102' });
    const d3 = await org({ kind: 'department', name: '丙区科协', parentId: b3.body.id });
    expect((await org({ kind: 'unit', name: '丙区少年宫', parentId: d3.body.id, code })).status).toBe(201);
  });

  it('renames an organisation, and refuses a sibling’s name on the name field instead of failing', async () => {
    const unit = await org({ kind: 'unit', name: '甲区文化馆', parentId: world.orgs.d1 });
    const renamed = await world.admin.patch<OrgReply>(`/api/organisations/${unit.body.id}`, {
      version: unit.body.version,
      name: '甲区文化艺术馆',
      code: '',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: '甲区文化艺术馆', code: null, version: 2 });
    const clash = await world.admin.patch<ErrorReply>(`/api/organisations/${unit.body.id}`, {
      version: 2,
      name: '甲区科技馆',
    });
    expect(clash.status).toBe(400);
    expect(clash.body.error.issues?.[0]).toMatchObject({
      message: '同一上级下已有名为「甲区科技馆」的组织',
      location: { path: 'name' },
    });
  });

  it('moves everything under a bureau to its new fiscal region, and refuses a region on a department', async () => {
    const b = await org({ kind: 'financeBureau', name: '丁区财政局', regionCode: '220102' });
    const d = await org({ kind: 'department', name: '丁区科协', parentId: b.body.id });
    const u = await org({ kind: 'unit', name: '丁区科协本级', parentId: d.body.id });
    const moved = await world.admin.patch<OrgReply>(`/api/organisations/${b.body.id}`, {
      version: 1,
      regionCode: '220103',
    });
    expect(moved.body.regionCode).toBe('220103');
    expect((await world.admin.get<OrgReply>(`/api/organisations/${u.body.id}`)).body.regionCode).toBe(
      '220103',
    );
    const r = await world.admin.patch<ErrorReply>(`/api/organisations/${d.body.id}`, {
      version: 1,
      regionCode: '220104',
    });
    expect(r.status).toBe(400);
    expect(fieldOf(r)).toEqual(['regionCode']);
  });

  it('refuses to move a bureau into a region where a code below it is taken, on the region field, changing nothing', async () => {
    const code = '12220105MB7654321Y';
    const here = await org({ kind: 'financeBureau', name: '戊区财政局', regionCode: '220105' });
    const hereDept = await org({ kind: 'department', name: '戊区科协', parentId: here.body.id, code });
    const there = await org({ kind: 'financeBureau', name: '己区财政局', regionCode: '220106' });
    await org({ kind: 'department', name: '己区科协', parentId: there.body.id, code });
    const r = await world.admin.patch<ErrorReply>(`/api/organisations/${here.body.id}`, {
      version: 1,
      regionCode: '220106',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues?.[0]).toMatchObject({
      message: '财政区划 220106 内已有组织使用了本财政局或其下级的代码，请先修改重复的代码',
      location: { path: 'regionCode' },
    });
    expect((await world.admin.get<OrgReply>(`/api/organisations/${hereDept.body.id}`)).body.regionCode).toBe(
      '220105',
    );
    expect((await world.admin.get<OrgReply>(`/api/organisations/${here.body.id}`)).body.version).toBe(1);
  });

  it('deletes an empty organisation, with an audit line', async () => {
    const unit = await org({ kind: 'unit', name: '甲区待删单位', parentId: world.orgs.d1 });
    const r = await world.admin.delete(`/api/organisations/${unit.body.id}?version=1`);
    expect(r.status).toBe(204);
    expect((await world.admin.get(`/api/organisations/${unit.body.id}`)).status).toBe(404);
    const log = await world.admin.get<{ items: { action: string; entityId: string }[] }>(
      `/api/audit-log?entity=organisation&entityId=${unit.body.id}`,
    );
    expect(log.body.items.map((l) => l.action)).toContain('delete');
  });

  it('refuses to delete an organisation that still holds users, evaluations or subordinates, saying what remains', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    await createEvaluation(preparer, world.orgs.u1, 1);
    const u1 = await world.admin.get<OrgReply>(`/api/organisations/${world.orgs.u1}`);
    const r = await world.admin.delete<ErrorReply>(
      `/api/organisations/${world.orgs.u1}?version=${u1.body.version}`,
    );
    expect(r.status).toBe(409);
    // t-preparer and t-unitApprover of the world, to-disable and to-reset of the tests above.
    expect(r.body.error.message).toBe(
      '「甲区科协本级」下还有 4 个用户、1 份自评，不能删除；请先删除或移走这些数据',
    );
    const d1 = await world.admin.get<OrgReply>(`/api/organisations/${world.orgs.d1}`);
    const dept = await world.admin.delete<ErrorReply>(
      `/api/organisations/${world.orgs.d1}?version=${d1.body.version}`,
    );
    expect(dept.status).toBe(409);
    expect(dept.body.error.message).toContain('个下级组织');
    expect((await world.admin.get(`/api/organisations/${world.orgs.u1}`)).status).toBe(200);
  });

  it('deletes nothing at a stale version', async () => {
    const unit = await org({ kind: 'unit', name: '甲区旧版单位', parentId: world.orgs.d1 });
    await world.admin.patch(`/api/organisations/${unit.body.id}`, { version: 1, name: '甲区新版单位' });
    const r = await world.admin.delete(`/api/organisations/${unit.body.id}?version=1`);
    expect(r.status).toBe(409);
    expect((await world.admin.get(`/api/organisations/${unit.body.id}`)).status).toBe(200);
  });

  it('refuses a version beyond the database’s integer range as bad input, not a server failure', async () => {
    const r = await world.admin.patch<ErrorReply>(`/api/organisations/${world.orgs.u1b}`, {
      version: Number.MAX_SAFE_INTEGER,
      name: '甲区科技馆',
    });
    expect(r.status).toBe(400);
    expect(fieldOf(r)).toEqual(['version']);
  });
});
