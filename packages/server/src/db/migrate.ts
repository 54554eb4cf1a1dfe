import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Database } from './connect';

export const MIGRATIONS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Arbitrary constant: several instances starting together on one PostgreSQL migrate one at a time. */
const MIGRATION_LOCK = 4_711_001;

/**
 * Applies the committed SQL migrations (packages/server/drizzle); applied ones are skipped.
 * On PostgreSQL a session advisory lock on its own connection keeps concurrent starts from racing.
 */
export async function migrateDatabase(database: Database, databaseUrl?: string): Promise<void> {
  if (database.driver === 'pglite' || !databaseUrl) {
    await database.applyMigrations(MIGRATIONS_FOLDER);
    return;
  }
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await database.applyMigrations(MIGRATIONS_FOLDER);
  } finally {
    await lock.end();
  }
}
