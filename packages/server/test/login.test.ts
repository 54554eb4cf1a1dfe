import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema';
import { ADMIN_PASSWORD, adminClient, BACKENDS, Client, startTestServer, type TestServer } from './harness';

const STRONG = 'Login-test-2026';

interface ErrorReply {
  error: { code: string; key?: string; message: string; field?: string };
}

/** An account with a role (a user without one may not even sign out), here 系统管理员 for want of an organisation. */
async function createAccount(admin: Client, username: string): Promise<string> {
  const roles = [{ role: 'admin', organisationId: null }];
  const r = await admin.post<{ id: string }>('/api/users', {
    username,
    displayName: username,
    password: STRONG,
    roles,
  });
  expect(r.status).toBe(201);
  return r.body.id;
}

/** A client whose requests a trusted proxy forwards from the given address. */
function from(server: TestServer, address: string): Client {
  const c = new Client(server.url);
  c.forwardedFor = address;
  return c;
}

const answer = (r: { status: number; body: unknown }) => ({
  status: r.status,
  key: (r.body as ErrorReply).error?.key,
  message: (r.body as ErrorReply).error?.message,
});

describe.each(BACKENDS)('login protection behind a trusted proxy (%s)', (backend) => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    server = await startTestServer(backend, { trustedProxies: ['127.0.0.1'] });
    admin = await adminClient(server);
  }, 60_000);
  afterAll(async () => server?.close());

  it('locks an account after 25 parallel wrong passwords from 25 addresses; the right one then fails too', async () => {
    const id = await createAccount(admin, 'burst');
    const burst = await Promise.all(
      Array.from({ length: 25 }, (_, i) => from(server, `10.0.0.${i + 1}`).login('burst', 'Wrong-pass-2026')),
    );
    const statuses = burst.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(20).fill(429)]);
    const right = await from(server, '10.0.1.1').login('burst', STRONG);
    expect(answer(right)).toMatchObject({ status: 429, key: 'auth.locked' });
    const trail = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'session'), eq(auditLog.entityId, id)));
    expect(trail.filter((e) => e.action === 'loginFailed')).toHaveLength(26);
    expect(trail.filter((e) => e.action === 'lock')).toHaveLength(1);
  });

  it('shows the pause to the administrator, whose unlock ends it', async () => {
    const id = await createAccount(admin, 'unlockme');
    const c = from(server, '10.0.7.1');
    for (let i = 0; i < 5; i++) expect((await c.login('unlockme', 'Wrong-pass-2026')).status).toBe(401);
    expect((await c.login('unlockme', STRONG)).status).toBe(429);
    const shown = await admin.get<{ locked: boolean; version: number }>(`/api/users/${id}`);
    expect(shown.body.locked).toBe(true);
    const unlock = await admin.patch(`/api/users/${id}`, { version: shown.body.version, unlock: true });
    expect(unlock.status).toBe(200);
    expect((await c.login('unlockme', STRONG)).status).toBe(200);
  });

  it('answers an unknown username exactly as an existing one, before and after the lock', async () => {
    await createAccount(admin, 'known');
    const seven = async (username: string, address: string) => {
      const c = from(server, address);
      const out = [];
      for (let i = 0; i < 7; i++) out.push(answer(await c.login(username, 'Wrong-pass-2026')));
      return out;
    };
    const known = await seven('known', '10.0.2.1');
    const unknown = await seven('nobody-here', '10.0.2.2');
    expect(unknown).toEqual(known);
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('gives each forwarded address of a trusted proxy its own failure count', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      statuses.push((await from(server, `10.0.3.${i + 1}`).login(`ghost-${i}`, 'Wrong-pass-2026')).status);
    }
    expect(new Set(statuses)).toEqual(new Set([401]));
  });

  it('does not count successful logins against the address (an office behind one NAT)', async () => {
    await createAccount(admin, 'office');
    for (let i = 0; i < 32; i++) {
      expect((await from(server, '10.0.4.1').login('office', STRONG)).status).toBe(200);
    }
    expect((await from(server, '10.0.4.1').login('office', 'Wrong-pass-2026')).status).toBe(401);
  });

  it('finds an account whatever the case or width of the name typed', async () => {
    expect((await from(server, '10.0.5.1').login('ＡＤＭＩＮ', ADMIN_PASSWORD)).status).toBe(200);
  });

  it.each(['Admin', 'ADMIN'])('refuses a new user %s beside admin', async (username) => {
    const r = await admin.post<ErrorReply>('/api/users', {
      username,
      displayName: '系统管理员',
      password: STRONG,
    });
    expect(answer(r)).toMatchObject({ status: 409, key: 'user.usernameTaken' });
  });

  it('records logins and logouts in the audit log', async () => {
    const id = await createAccount(admin, 'audited');
    const c = from(server, '10.0.6.1');
    expect((await c.login('audited', STRONG)).status).toBe(200);
    expect((await c.delete('/api/session')).status).toBe(204);
    const trail = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'session'), eq(auditLog.entityId, id)));
    expect(trail.map((e) => e.action)).toEqual(['login', 'logout']);
  });
});

describe.each(BACKENDS)('login protection without a trusted proxy (%s)', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  }, 60_000);
  afterAll(async () => server?.close());

  it('ignores X-Forwarded-For from a peer it does not trust: all failures count for the peer', async () => {
    const answers = [];
    for (let i = 0; i < 31; i++) {
      answers.push(answer(await from(server, `10.9.0.${i + 1}`).login(`ghost-${i}`, 'Wrong-pass-2026')));
    }
    expect(answers.slice(0, 30).map((a) => a.status)).toEqual(Array(30).fill(401));
    expect(answers[30]).toMatchObject({ status: 429, key: 'auth.tooManyAttempts' });
  });
});

describe.each(BACKENDS)('changing one’s password (%s)', (backend) => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    server = await startTestServer(backend);
    admin = await adminClient(server);
  }, 60_000);
  afterAll(async () => server?.close());

  const change = (c: Client, currentPassword: string, newPassword: string) =>
    c.post<ErrorReply>('/api/session/password', { currentPassword, newPassword });

  it('limits guesses of the current password: after five wrong ones even the right one is refused', async () => {
    await createAccount(admin, 'guessed');
    const c = new Client(server.url);
    expect((await c.login('guessed', STRONG)).status).toBe(200);
    for (let i = 0; i < 5; i++) {
      expect((await change(c, `Guess-${i}-pass-2026`, 'Another-pass-2026')).status).toBe(400);
    }
    const right = await change(c, STRONG, 'Another-pass-2026');
    expect(answer(right)).toMatchObject({ status: 429, key: 'auth.passwordAttempts' });
  });

  it('refuses a new password equal to the current one', async () => {
    await createAccount(admin, 'same');
    const c = new Client(server.url);
    expect((await c.login('same', STRONG)).status).toBe(200);
    const r = await change(c, STRONG, STRONG);
    expect(answer(r)).toMatchObject({ status: 400, key: 'password.sameAsOld' });
    expect(r.body.error.field).toBe('newPassword');
  });

  it.each(['password12', 'admin12345', '          ', '1a', 'Password1234', 'aaaaaaaaaaaaaaaa'])(
    'refuses %j for a new user',
    async (password) => {
      const r = await admin.post<ErrorReply>('/api/users', {
        username: 'weak',
        displayName: 'weak',
        password,
      });
      expect(r.status).toBe(400);
    },
  );
});
