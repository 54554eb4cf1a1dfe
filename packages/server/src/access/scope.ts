import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Grant, Principal } from '../auth/sessions';
import { type Permission, rolesFor } from './policies';
import { underPath } from './tree-path';

/** The grants of the principal that carry the permission (a job, run later, passes only the grants). */
export function grantsFor(principal: Pick<Principal, 'grants'>, permission: Permission): Grant[] {
  const roles: readonly string[] = rolesFor(permission);
  return principal.grants.filter((g) => roles.includes(g.role));
}

/** True when the organisation (by its tree path) lies within a grant carrying the permission. */
export function inScope(
  principal: Pick<Principal, 'grants'>,
  permission: Permission,
  organisationPath: string,
): boolean {
  return grantsFor(principal, permission).some((g) => g.path === null || organisationPath.startsWith(g.path));
}

/**
 * SQL condition limiting a list to the organisations the user may see with this permission;
 * `pathColumn` is organisations.path of the joined row. Undefined means everything.
 */
export function scopeCondition(
  principal: Principal,
  permission: Permission,
  pathColumn: AnyPgColumn,
): SQL | undefined {
  const grants = grantsFor(principal, permission);
  if (grants.some((g) => g.path === null)) return undefined;
  const prefixes = grants.map((g) => g.path).filter((p): p is string => p !== null);
  if (prefixes.length === 0) return sql`false`;
  const anyOf = sql.join(
    prefixes.map((p) => underPath(pathColumn, p)),
    sql` or `,
  );
  return sql`(${anyOf})`;
}
