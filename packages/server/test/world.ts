import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../src/access/roles';
import { createSession } from '../src/auth/sessions';
import { SEEDS_FOLDER } from '../src/demo/demo-data';
import { adminClient, Client, type TestServer } from './harness';

/**
 * Two regions, so every role has an "own" and an "other" organisation:
 *   财政局 B1 → 主管部门 D1 → 单位 U1, U1b        财政局 B2 → 主管部门 D2 → 单位 U2
 * One user per role holds it in region 1 (preparer/unitApprover at U1, departmentReviewer at D1,
 * financeReviewer at B1, admin everywhere).
 */
export interface World {
  orgs: Record<'b1' | 'd1' | 'u1' | 'u1b' | 'b2' | 'd2' | 'u2', string>;
  users: Record<Role, { id: string; username: string; password: string }>;
  admin: Client;
}

export const USER_PASSWORD = 'Test-pass-2026';

export function seedEvaluation(n = 1): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SEEDS_FOLDER, `seed-00${n}.json`), 'utf8'));
}

async function ok<T>(p: Promise<{ status: number; body: unknown }>, expected: number): Promise<T> {
  const r = await p;
  if (r.status !== expected)
    throw new Error(`expected ${expected}, got ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body as T;
}

export async function buildWorld(server: TestServer): Promise<World> {
  const admin = await adminClient(server);
  const org = async (kind: string, name: string, parentId?: string) =>
    (
      await ok<{ id: string }>(
        admin.post('/api/organisations', { kind, name, parentId, regionCode: '500227' }),
        201,
      )
    ).id;
  const b1 = await org('financeBureau', '甲区财政局');
  const d1 = await org('department', '甲区科协', b1);
  const u1 = await org('unit', '甲区科协本级', d1);
  const u1b = await org('unit', '甲区科技馆', d1);
  const b2 = await org('financeBureau', '乙区财政局');
  const d2 = await org('department', '乙区科协', b2);
  const u2 = await org('unit', '乙区科协本级', d2);
  const holds: Record<Role, string | null> = {
    preparer: u1,
    unitApprover: u1,
    departmentReviewer: d1,
    financeReviewer: b1,
    admin: null,
  };
  const users = {} as World['users'];
  for (const [role, organisationId] of Object.entries(holds) as [Role, string | null][]) {
    const username = `t-${role}`;
    const body = await ok<{ id: string }>(
      admin.post('/api/users', {
        username,
        displayName: role,
        password: USER_PASSWORD,
        roles: [{ role, organisationId }],
      }),
      201,
    );
    users[role] = { id: body.id, username, password: USER_PASSWORD };
  }
  return { orgs: { b1, d1, u1, u1b, b2, d2, u2 }, users, admin };
}

/** A client signed in as the role's user through a session made directly in the DB (no login rate limit). */
export async function clientAs(server: TestServer, world: World, role: Role): Promise<Client> {
  const { token, csrfToken } = await createSession(server.database.db, world.users[role].id);
  return new Client(server.url).setSessionCookies(token, csrfToken);
}

export async function createEvaluation(
  client: Client,
  unitId: string,
  n = 1,
): Promise<{ id: string; version: number }> {
  return ok(client.post(`/api/organisations/${unitId}/evaluations`, { evaluation: seedEvaluation(n) }), 201);
}
