import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, type World } from './world';

/**
 * The instance keeps principals a few seconds (auth/principal-cache.ts); on the instance that made a change,
 * the next request must already see it: a logout, a removed role, a deactivated user.
 */
describe.each(BACKENDS)('sessions kept in memory, on %s', (backend) => {
  let server: TestServer;
  let world: World;

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  /** A second client holding the same session cookies as `client` (a stolen copy, another tab). */
  const copyOf = (client: Client) => {
    const [token, csrf] = ['jixiao_session', 'jixiao_csrf'].map(
      (name) => client.headers().cookie?.match(new RegExp(`${name}=([^;]+)`))?.[1],
    );
    if (!token || !csrf) throw new Error('no session cookies');
    return new Client(server.url).setSessionCookies(token, csrf);
  };

  it('refuses a session at once after its logout', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const copy = copyOf(preparer);
    expect((await copy.get('/api/evaluations')).status).toBe(200);
    expect((await preparer.delete('/api/session')).status).toBe(204);
    expect((await copy.get('/api/evaluations')).status).toBe(401);
  });

  /** Changes the user through the admin routes at the version read, answering the status. */
  const patchUser = async (id: string, change: Record<string, unknown>) => {
    const user = await world.admin.get<{ version: number }>(`/api/users/${id}`);
    return (await world.admin.patch(`/api/users/${id}`, { version: user.body.version, ...change })).status;
  };

  it('ends the sessions of a user whose roles change, at the next request', async () => {
    const reviewer = await clientAs(server, world, 'departmentReviewer');
    expect((await reviewer.get(`/api/organisations/${world.orgs.d1}`)).status).toBe(200);
    expect(await patchUser(world.users.departmentReviewer.id, { roles: [] })).toBe(200);
    expect((await reviewer.get(`/api/organisations/${world.orgs.d1}`)).status).toBe(401);
  });

  it('refuses a deactivated user at the next request', async () => {
    const approver = await clientAs(server, world, 'unitApprover');
    expect((await approver.get('/api/evaluations')).status).toBe(200);
    expect(await patchUser(world.users.unitApprover.id, { active: false })).toBe(200);
    expect((await approver.get('/api/evaluations')).status).toBe(401);
  });
});
