import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireDataLock } from './data-lock';
import * as schema from './schema';

/** The one database type the code sees, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** Inside `db.transaction(async (tx) => …)` use only `tx` (with `db` PGlite deadlocks). */
export type Tx = PgTransaction<PgQueryResultHKT, typeof schema, ExtractTablesWithRelations<typeof schema>>;
export type DbOrTx = Db | Tx;

/** Raw SQL on the database's own connection: what pg-boss's `db` option expects. */
export interface SqlExecutor {
  /** Without values the text may hold several statements (simple protocol); the last one's rows come back. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface Database extends SqlExecutor {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Where the data is, for logs (a folder, or the URL without its password). */
  describe: string;
  /** Applies the SQL migrations in the folder with the driver's migrator. */
  applyMigrations(migrationsFolder: string): Promise<void>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** PostgreSQL URL; when absent the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string;
  /** Folder of the embedded database (created when missing). */
  dataDir?: string;
  /** An already opened PGlite (tests give each file a clone of a migrated template). */
  pglite?: PGlite;
}

export async function connectDatabase(options: ConnectOptions): Promise<Database> {
  if (options.pglite) return wrapPglite(options.pglite, 'PGlite (memory)');
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // Fail now with a clear error rather than on the first request.
    const client = await pool.connect();
    client.release();
    const db = drizzlePg(pool, { schema });
    return {
      db,
      driver: 'postgres',
      describe: redactUrl(options.databaseUrl),
      applyMigrations: (migrationsFolder) => migratePg(db, { migrationsFolder }),
      executeSql: async (text, values) => lastResult(await pool.query(text, values)),
      close: () => pool.end(),
    };
  }
  const dir = options.dataDir ?? './data';
  mkdirSync(dir, { recursive: true });
  const release = acquireDataLock(dir);
  try {
    const client = await PGlite.create({ dataDir: `${dir}/pglite` });
    return wrapPglite(client, `PGlite ${dir}`, release);
  } catch (error) {
    release();
    throw error;
  }
}

function wrapPglite(client: PGlite, describe: string, release: () => void = () => {}): Database {
  let closed = false;
  const db = drizzlePglite(client, { schema });
  return {
    db,
    driver: 'pglite',
    describe,
    applyMigrations: (migrationsFolder) => migratePglite(db, { migrationsFolder }),
    // PGlite is one connection: both calls wait for any open transaction, so they never run inside one.
    async executeSql(text, values) {
      if (values?.length) return client.query(text, values);
      return lastResult(await client.exec(text));
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
      release();
    },
  };
}

/** pg answers a multi-statement text with one result per statement; callers want the last. */
function lastResult(result: { rows: unknown[] } | { rows: unknown[] }[]): { rows: unknown[] } {
  if (!Array.isArray(result)) return result;
  return result[result.length - 1] ?? { rows: [] };
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'PostgreSQL';
  }
}
