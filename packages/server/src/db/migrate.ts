import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { z } from 'zod';
import { installJobQueue, QUEUE } from '../jobs/queue';
import type { Database, SqlExecutor } from './connect';

export const MIGRATIONS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Arbitrary constant: several instances starting together on one PostgreSQL migrate one at a time. */
const MIGRATION_LOCK = 4_711_001;

/**
 * Applies the committed SQL migrations (packages/server/drizzle; applied ones are skipped), then installs
 * or upgrades pg-boss's schema. On PostgreSQL a session advisory lock on its own connection keeps
 * concurrent starts from racing.
 */
export async function migrateDatabase(database: Database, databaseUrl?: string): Promise<void> {
  if (await isUpToDate(database)) return;
  if (database.driver === 'pglite' || !databaseUrl) {
    await applyAll(database);
    return;
  }
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await applyAll(database);
  } finally {
    await lock.end();
  }
}

async function applyAll(database: Database): Promise<void> {
  await database.applyMigrations(MIGRATIONS_FOLDER);
  await installJobQueue(database);
}

/** pg-boss's schema version, as its installer writes it into pgboss.version. */
const BOSS_SCHEMA = z
  .object({ schema: z.number() })
  .parse(createRequire(import.meta.url)('pg-boss/version.json')).schema;

const journalFile = z.object({ entries: z.array(z.object({ when: z.number() })) });
const tablesRow = z.object({ ready: z.boolean() });
const stateRow = z.object({ last: z.string().nullable(), boss: z.number().nullable(), queues: z.number() });

/** When the newest migration in the folder was made (drizzle applies every one newer than the last applied). */
function newestMigration(folder = MIGRATIONS_FOLDER): number {
  const journal = journalFile.parse(JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')));
  return Math.max(0, ...journal.entries.map((e) => e.when));
}

/**
 * Whether migrating would change nothing: drizzle's journal holds the newest migration, pg-boss's schema is
 * today's version and the import queue exists. Two reads instead of the migrator (which reads and hashes
 * every file) and pg-boss's installer: a few hundred milliseconds of every later start. Anything else (a new
 * database, a new migration, a pg-boss upgrade) runs them.
 */
export async function isUpToDate(sql: SqlExecutor, folder = MIGRATIONS_FOLDER): Promise<boolean> {
  const tables = await sql.executeSql(
    "select to_regclass('drizzle.__drizzle_migrations') is not null and to_regclass('pgboss.version') is not null and to_regclass('pgboss.queue') is not null as ready",
    [],
  );
  if (!tablesRow.parse(tables.rows[0]).ready) return false;
  const { rows } = await sql.executeSql(
    `select (select max(created_at)::text from drizzle.__drizzle_migrations) as last,
            (select max(version) from pgboss.version) as boss,
            (select count(*)::int from pgboss.queue where name = $1) as queues`,
    [QUEUE],
  );
  const row = stateRow.parse(rows[0]);
  return (
    row.last !== null &&
    Number(row.last) >= newestMigration(folder) &&
    row.boss === BOSS_SCHEMA &&
    row.queues === 1
  );
}
