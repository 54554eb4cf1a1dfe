import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { installJobQueue } from '../jobs/queue';
import type { Database } from './connect';

export const MIGRATIONS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Arbitrary constant: several instances starting together on one PostgreSQL migrate one at a time. */
const MIGRATION_LOCK = 4_711_001;

/**
 * Applies the committed SQL migrations (packages/server/drizzle; applied ones are skipped), then installs
 * or upgrades pg-boss's schema. On PostgreSQL a session advisory lock on its own connection keeps
 * concurrent starts from racing.
 */
export async function migrateDatabase(database: Database, databaseUrl?: string): Promise<void> {
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
