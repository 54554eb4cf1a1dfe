import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * "Within this subtree" in SQL: an organisation's path ("/root/dept/unit/") starts with the subtree's.
 * Written without starts_with, a function of PostgreSQL 11+ that openGauss and other 9.x-derived databases lack.
 */

/** The text as a LIKE pattern matching itself only (backslash is LIKE's default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `column` lies under the given path: a LIKE prefix, which a btree index can serve. */
export function underPath(column: AnyPgColumn, path: string): SQL {
  return sql`${column} like ${`${escapeLike(path)}%`}`;
}

/** `column` lies under the path held in another column (joins) or a subquery: compares the leading characters. */
export function underPathColumn(column: AnyPgColumn, pathColumn: AnyPgColumn | SQL): SQL {
  return sql`left(${column}, length(${pathColumn})) = ${pathColumn}`;
}
