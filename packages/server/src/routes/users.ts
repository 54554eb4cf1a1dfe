import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { ROLE_LABEL, ROLE_ORGANISATION_KIND, ROLES } from '../access/roles';
import { hashPassword, passwordProblem, randomPassword } from '../auth/password';
import { deleteUserSessions } from '../auth/sessions';
import { audit } from '../db/audit';
import type { Tx } from '../db/connect';
import { organisations, roleAssignments, users } from '../db/schema';
import type { App, Deps } from '../http/app-types';
import { conflict, errorBodySchema, invalid, notFound, staleVersion } from '../http/errors';
import { serverMessage as m } from '../messages';
import { stamps, timestampsOut, versionField } from './common';

const roleIn = z.object({ role: z.enum(ROLES), organisationId: z.uuid().nullable().default(null) });
const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  roles: z.array(
    z.object({ role: z.enum(ROLES), roleLabel: z.string(), organisationId: z.string().nullable() }),
  ),
  ...timestampsOut,
});
const withPassword = userSchema.extend({
  oneTimePassword: z.string().optional().describe('系统生成的一次性密码，只显示这一次；用户首次登录后须修改'),
});

type UserRow = typeof users.$inferSelect;
type RoleRow = { userId: string; role: string; organisationId: string | null };

function userOut(u: UserRow, roles: RoleRow[]) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    active: u.active,
    locked: u.lockedUntil !== null && u.lockedUntil.getTime() > Date.now(),
    mustChangePassword: u.mustChangePassword,
    roles: roles
      .filter((r) => r.userId === u.id)
      .map((r) => {
        const role = roleIn.shape.role.parse(r.role);
        return { role, roleLabel: ROLE_LABEL[role], organisationId: r.organisationId };
      }),
    ...stamps(u),
  };
}

const userIdParams = z.object({ id: z.uuid('schema.badId') });

/** Each role is held at an organisation of the right kind (填报人 at a 单位 …); 系统管理员 everywhere. */
async function replaceRoles(tx: Tx, userId: string, roles: z.infer<typeof roleIn>[]): Promise<void> {
  const ids = roles.map((r) => r.organisationId).filter((id): id is string => id !== null);
  const orgs = ids.length ? await tx.select().from(organisations).where(inArray(organisations.id, ids)) : [];
  roles.forEach((r, i) => {
    const kind = ROLE_ORGANISATION_KIND[r.role];
    const org = orgs.find((o) => o.id === r.organisationId);
    const path = `roles.${i}.organisationId`;
    if (kind === null && r.organisationId !== null)
      throw invalid(m('user.adminHasNoOrganisation'), [
        { message: m('user.shouldBeEmpty'), location: { path } },
      ]);
    if (kind !== null && (!org || org.kind !== kind)) {
      const message = m('user.roleNeedsOrganisation', { role: m(`role.${r.role}`), kind: m(`kind.${kind}`) });
      throw invalid(message, [{ message, location: { path } }]);
    }
  });
  await tx.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
  if (roles.length) {
    await tx
      .insert(roleAssignments)
      .values(roles.map((r) => ({ userId, role: r.role, organisationId: r.organisationId })))
      .onConflictDoNothing();
  }
}

/** Accounts and their roles: 系统管理员 only. */
export function userRoutes(app: App, { db }: Deps): void {
  async function load(id: string) {
    const [u] = await db.select().from(users).where(eq(users.id, id));
    if (!u) throw notFound('entity.user');
    const roles = await db.select().from(roleAssignments).where(eq(roleAssignments.userId, id));
    return userOut(u, roles);
  }

  app.get(
    '/api/users',
    {
      config: { access: { permission: 'user.read' } },
      schema: {
        tags: ['用户'],
        summary: '用户列表',
        response: { 200: z.object({ items: z.array(userSchema) }) },
      },
    },
    async () => {
      const rows = await db.select().from(users).orderBy(asc(users.username));
      const roles = await db.select().from(roleAssignments);
      return { items: rows.map((u) => userOut(u, roles)) };
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { access: { permission: 'user.read' } },
      schema: {
        tags: ['用户'],
        summary: '读取用户',
        params: userIdParams,
        response: { 200: userSchema, 404: errorBodySchema },
      },
    },
    async (request) => load(request.params.id),
  );

  app.post(
    '/api/users',
    {
      config: { access: { permission: 'user.write' } },
      schema: {
        tags: ['用户'],
        summary: '新建用户（不给密码时生成一次性密码）',
        body: z.object({
          username: z
            .string()
            .trim()
            .regex(/^[A-Za-z0-9_.@-]{2,64}$/, 'schema.username'),
          displayName: z.string().trim().min(1).max(100),
          password: z.string().max(200).optional(),
          roles: z.array(roleIn).default([]),
        }),
        response: { 201: withPassword, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { username, displayName, password, roles } = request.body;
      if (password !== undefined) {
        const problem = passwordProblem(password);
        if (problem) throw invalid(problem, [{ message: problem, location: { path: 'password' } }]);
      }
      const oneTime = password === undefined ? randomPassword() : undefined;
      const passwordHash = await hashPassword(password ?? oneTime ?? '');
      const id = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(users)
          .values({
            username,
            displayName,
            passwordHash,
            mustChangePassword: oneTime !== undefined,
            updatedBy: principal.userId,
          })
          .onConflictDoNothing()
          .returning({ id: users.id });
        if (!created) throw conflict(m('user.usernameTaken', { username }));
        await replaceRoles(tx, created.id, roles);
        await audit(tx, {
          userId: principal.userId,
          action: 'create',
          entity: 'user',
          entityId: created.id,
          after: { username, displayName, roles },
        });
        return created.id;
      });
      const out = await load(id);
      return reply.status(201).send(oneTime ? { ...out, oneTimePassword: oneTime } : out);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: { permission: 'user.write' } },
      schema: {
        tags: ['用户'],
        summary: '修改用户（姓名、启用、角色；须带版本号）',
        params: userIdParams,
        body: z.object({
          version: versionField,
          displayName: z.string().trim().min(1).max(100).optional(),
          active: z.boolean().optional(),
          unlock: z.boolean().optional().describe('解除因多次密码错误造成的锁定'),
          roles: z.array(roleIn).optional(),
        }),
        response: { 200: userSchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { version, roles, unlock, ...change } = request.body;
      const id = request.params.id;
      if (id === principal.userId && (change.active === false || roles !== undefined)) {
        throw invalid(m('user.cannotChangeSelf'));
      }
      await db.transaction(async (tx) => {
        const [before] = await tx.select().from(users).where(eq(users.id, id));
        if (!before) throw notFound('entity.user');
        const [row] = await tx
          .update(users)
          .set({
            ...change,
            ...(unlock ? { lockedUntil: null, failedLogins: 0 } : {}),
            version: sql`${users.version} + 1`,
            updatedAt: new Date(),
            updatedBy: principal.userId,
          })
          .where(and(eq(users.id, id), eq(users.version, version)))
          .returning();
        if (!row) throw staleVersion(before.version, version);
        if (roles) await replaceRoles(tx, id, roles);
        if (change.active === false || roles) await deleteUserSessions(tx, id);
        await audit(tx, {
          userId: principal.userId,
          action: 'update',
          entity: 'user',
          entityId: id,
          before: { displayName: before.displayName, active: before.active },
          after: { ...change, roles, unlock },
        });
      });
      return load(id);
    },
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      config: { access: { permission: 'user.write' } },
      schema: {
        tags: ['用户'],
        summary: '重置密码：生成一次性密码，该用户的会话全部失效',
        params: userIdParams,
        response: { 200: withPassword },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const id = request.params.id;
      const oneTime = randomPassword();
      const passwordHash = await hashPassword(oneTime);
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(users)
          .set({
            passwordHash,
            mustChangePassword: true,
            failedLogins: 0,
            lockedUntil: null,
            version: sql`${users.version} + 1`,
            updatedAt: new Date(),
            updatedBy: principal.userId,
          })
          .where(eq(users.id, id))
          .returning({ id: users.id });
        if (!row) throw notFound('entity.user');
        await deleteUserSessions(tx, id);
        await audit(tx, { userId: principal.userId, action: 'resetPassword', entity: 'user', entityId: id });
      });
      return { ...(await load(id)), oneTimePassword: oneTime };
    },
  );
}
