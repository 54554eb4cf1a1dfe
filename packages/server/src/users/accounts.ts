import { and, asc, eq, exists, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { ROLE_LABEL, ROLE_ORGANISATION_KIND } from '../access/roles';
import { escapeLike, underPath } from '../access/tree-path';
import { unlockAccount } from '../auth/login';
import { hashPassword, passwordProblem, randomPassword } from '../auth/password';
import { deleteUserSessions } from '../auth/sessions';
import { usernameKey } from '../auth/username';
import { audit } from '../db/audit';
import type { Db, DbOrTx, Tx } from '../db/connect';
import { organisations, roleAssignments, users } from '../db/schema';
import { conflict, invalid, notFound, staleVersion } from '../http/errors';
import { serverMessage as m } from '../messages';
import { stamps } from '../routes/common';
import {
  type createUserBody,
  type RoleIn,
  roleIn,
  type UserListQuery,
  type UserOut,
  type UserStatus,
  type updateUserBody,
} from '../routes/user-schemas';

/** Accounts and their roles: reading, creating, changing and resetting them, each change audited. */

type UserRow = typeof users.$inferSelect;
type RoleRow = { userId: string; role: string; organisationId: string | null };

function userOut(u: UserRow, roles: RoleRow[]): UserOut {
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

export async function loadUser(db: DbOrTx, id: string): Promise<UserOut> {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  if (!u) throw notFound('entity.user');
  const roles = await db.select().from(roleAssignments).where(eq(roleAssignments.userId, id));
  return userOut(u, roles);
}

const STATUS_CONDITION: Record<UserStatus, () => SQL> = {
  active: () => sql`${users.active} and (${users.lockedUntil} is null or ${users.lockedUntil} <= now())`,
  disabled: () => sql`not ${users.active}`,
  locked: () => sql`${users.lockedUntil} > now()`,
  mustChangePassword: () => sql`${users.mustChangePassword}`,
};

/** The role assignments a filter asks for: the role, an organisation or anywhere below it, or both. */
async function holdsCondition(db: DbOrTx, filter: UserListQuery): Promise<SQL | undefined> {
  if (!filter.role && !filter.organisationId) return undefined;
  const conds: SQL[] = [eq(roleAssignments.userId, users.id)];
  if (filter.role) conds.push(eq(roleAssignments.role, filter.role));
  let held = db.select({ one: sql`1` }).from(roleAssignments).$dynamic();
  if (filter.organisationId) {
    const [chosen] = await db
      .select({ path: organisations.path })
      .from(organisations)
      .where(eq(organisations.id, filter.organisationId));
    if (!chosen) return sql`false`;
    held = held.innerJoin(organisations, eq(organisations.id, roleAssignments.organisationId));
    conds.push(underPath(organisations.path, chosen.path));
  }
  return exists(held.where(and(...conds)));
}

/**
 * Accounts by username, filtered by name (a part of the username or 姓名, any case), role, organisation
 * (a role held there or below) and status.
 */
export async function listUsers(db: Db, filter: UserListQuery = {}): Promise<UserOut[]> {
  const conds: (SQL | undefined)[] = [await holdsCondition(db, filter)];
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conds.push(sql`(${users.username} ilike ${pattern} or ${users.displayName} ilike ${pattern})`);
  }
  if (filter.status) conds.push(STATUS_CONDITION[filter.status]());
  const rows = await db
    .select()
    .from(users)
    .where(and(...conds))
    .orderBy(asc(users.username));
  const ids = rows.map((u) => u.id);
  const roles = ids.length
    ? await db.select().from(roleAssignments).where(inArray(roleAssignments.userId, ids))
    : [];
  return rows.map((u) => userOut(u, roles));
}

/** Each role is held at an organisation of the right kind (填报人 at a 单位 …); 系统管理员 everywhere. */
async function replaceRoles(tx: Tx, userId: string, roles: RoleIn[]): Promise<void> {
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

/** A new account; without a password it gets a one-time password, returned once. */
export async function createUser(
  db: Db,
  byUserId: string,
  input: z.infer<typeof createUserBody>,
): Promise<{ id: string; oneTimePassword?: string }> {
  const { username, displayName, password, roles } = input;
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
        // Unique: `Admin` or full-width `ａｄｍｉｎ` is refused beside `admin`, as the same name.
        usernameKey: usernameKey(username),
        displayName,
        passwordHash,
        mustChangePassword: oneTime !== undefined,
        updatedBy: byUserId,
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!created) {
      const message = m('user.usernameTaken', { username });
      throw conflict(message, [{ message, location: { path: 'username' } }]);
    }
    await replaceRoles(tx, created.id, roles);
    await audit(tx, {
      userId: byUserId,
      action: 'create',
      entity: 'user',
      entityId: created.id,
      after: { username, displayName, roles },
    });
    return created.id;
  });
  return oneTime ? { id, oneTimePassword: oneTime } : { id };
}

/** Name, active, unlock and roles, at the version the editor read; a stale version changes nothing. */
export async function updateUser(
  db: Db,
  byUserId: string,
  id: string,
  input: z.infer<typeof updateUserBody>,
): Promise<void> {
  const { version, roles, unlock, ...change } = input;
  if (id === byUserId && (change.active === false || roles !== undefined)) {
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
        updatedBy: byUserId,
      })
      .where(and(eq(users.id, id), eq(users.version, version)))
      .returning();
    if (!row) throw staleVersion(before.version, version);
    if (roles) await replaceRoles(tx, id, roles);
    if (unlock) await unlockAccount(tx, before.username);
    if (change.active === false || roles) await deleteUserSessions(tx, id);
    await audit(tx, {
      userId: byUserId,
      action: 'update',
      entity: 'user',
      entityId: id,
      before: { displayName: before.displayName, active: before.active },
      after: { ...change, roles, unlock },
    });
  });
}

/** A fresh one-time password; every session of the user ends. */
export async function resetPassword(db: Db, byUserId: string, id: string): Promise<string> {
  if (id === byUserId) throw invalid(m('user.cannotResetSelf'));
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
        updatedBy: byUserId,
      })
      .where(eq(users.id, id))

      .returning({ id: users.id, username: users.username });
    if (!row) throw notFound('entity.user');
    await unlockAccount(tx, row.username);
    await deleteUserSessions(tx, id);
    await audit(tx, { userId: byUserId, action: 'resetPassword', entity: 'user', entityId: id });
  });
  return oneTime;
}
