import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../../packages/server/src/access/roles';
import { SEEDS_FOLDER } from '../../packages/server/src/demo/demo-data';
import { Client } from '../../packages/server/test/harness';
import { ADMIN_PASSWORD, type Running } from './server';

/**
 * The organisations and users every scenario works with, made over HTTP on the child server as a person
 * would: 财政局 B1 → 主管部门 D1 → 单位 U1, U1b, and one user per role in region 1 (admin everywhere).
 */
export interface World {
  url: string;
  orgs: { b1: string; d1: string; u1: string; u1b: string };
  /** Where each role's user holds its role (admin: U1, as admins hold everywhere). */
  home: Record<Role, string>;
  users: Record<Role, { id: string; username: string }>;
  /** A new session of the role's user (a real sign-in). */
  signIn(role: Role): Promise<Client>;
  admin: Client;
}

export const USER_PASSWORD = 'Resilience-user-2026';
export const ROLE_LIST: Role[] = [
  'preparer',
  'unitApprover',
  'departmentReviewer',
  'financeReviewer',
  'admin',
];

export function seedEvaluation(n = 1): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SEEDS_FOLDER, `seed-00${n}.json`), 'utf8'));
}

export async function expectStatus<T>(
  p: Promise<{ status: number; body: unknown }>,
  expected: number,
  what: string,
): Promise<T> {
  const r = await p;
  if (r.status !== expected)
    throw new Error(
      `${what}: expected ${expected}, got ${r.status}: ${JSON.stringify(r.body).slice(0, 500)}`,
    );
  return r.body as T;
}

export async function signInAs(url: string, username: string, password: string): Promise<Client> {
  const c = new Client(url);
  await expectStatus(c.login(username, password), 200, `sign-in of ${username}`);
  return c;
}

export async function buildWorld(server: Running): Promise<World> {
  const url = server.url;
  const first = await signInAs(url, 'admin', ADMIN_PASSWORD);
  // JIXIAO_ADMIN_PASSWORD must be changed at first sign-in.
  const adminPassword = `${ADMIN_PASSWORD}-changed`;
  await expectStatus(
    first.post('/api/session/password', { currentPassword: ADMIN_PASSWORD, newPassword: adminPassword }),
    200,
    'admin password change',
  );
  const admin = await signInAs(url, 'admin', adminPassword);
  const org = async (kind: string, name: string, parentId?: string) =>
    (
      await expectStatus<{ id: string }>(
        admin.post('/api/organisations', { kind, name, parentId, regionCode: '500227' }),
        201,
        `organisation ${name}`,
      )
    ).id;
  const b1 = await org('financeBureau', '韧性测试财政局');
  const d1 = await org('department', '韧性测试部门', b1);
  const u1 = await org('unit', '韧性测试单位', d1);
  const u1b = await org('unit', '韧性测试二单位', d1);
  const home: Record<Role, string> = {
    preparer: u1,
    unitApprover: u1,
    departmentReviewer: d1,
    financeReviewer: b1,
    admin: u1,
  };
  const users = {} as World['users'];
  for (const role of ROLE_LIST) {
    const username = `r-${role}`;
    const body = await expectStatus<{ id: string }>(
      admin.post('/api/users', {
        username,
        displayName: role,
        password: USER_PASSWORD,
        roles: [{ role, organisationId: role === 'admin' ? null : home[role] }],
      }),
      201,
      `user ${username}`,
    );
    users[role] = { id: body.id, username };
  }
  return {
    url,
    orgs: { b1, d1, u1, u1b },
    home,
    users,
    admin,
    signIn: (role) => signInAs(url, users[role].username, USER_PASSWORD),
  };
}

export async function createEvaluation(
  client: Client,
  unitId: string,
  edit?: (e: Record<string, unknown>) => void,
): Promise<{ id: string; version: number }> {
  const evaluation = seedEvaluation(1);
  edit?.(evaluation);
  return expectStatus(
    client.post(`/api/organisations/${unitId}/evaluations`, { evaluation }),
    201,
    'evaluation create',
  );
}

/** Nearest-rank percentile of a list of durations (ms). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
