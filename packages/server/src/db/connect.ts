import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type QueryOptions, type Transaction } from '@electric-sql/pglite';
import { JixiaoError } from '@jixiao/domain';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { serverMessage as m } from '../messages';
import { acquireDataLock } from './data-lock';
import * as schema from './schema';
import { restoreEmptySnapshot } from './snapshot';

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
  /**
   * For reads that may be slightly stale (lists, the overview): a streaming replica when DATABASE_READ_URL
   * is set, else the same handle as `db`. Writes, and whatever is read back after a write, use `db`.
   */
  readDb: Db;
  driver: 'pglite' | 'postgres';
  /**
   * PGlite only: how many statements (and transactions) have been started on the one connection, but those
   * whose text begins with PURE_READ. Unchanged between two moments, nothing was written between them:
   * what a cache of reads is keyed by (evaluations/list-cache.ts). Undefined on PostgreSQL, where other
   * instances write to the same database unseen.
   */
  changeCount?: () => number;
  /** Where the data is, for logs (a folder, or the URL without its password). */
  describe: string;
  /** Applies the SQL migrations in the folder with the driver's migrator. */
  applyMigrations(migrationsFolder: string): Promise<void>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** PostgreSQL URL; when absent the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string;
  /** PostgreSQL URL of a streaming replica of `databaseUrl`, for `readDb` (optional). */
  databaseReadUrl?: string;
  /** Folder of the embedded database (created when missing). */
  dataDir?: string;
  /** An already opened PGlite (tests give each file a clone of a migrated template). */
  pglite?: PGlite;
}

export async function connectDatabase(options: ConnectOptions): Promise<Database> {
  if (options.databaseReadUrl && !options.databaseUrl)
    throw new JixiaoError('INVALID_INPUT', m('data.readUrlWithoutPrimary'));
  if (options.pglite) return wrapPglite(options.pglite, 'PGlite (memory)');
  if (options.databaseUrl) return connectPostgres(options.databaseUrl, options.databaseReadUrl);
  const dir = options.dataDir ?? './data';
  mkdirSync(dir, { recursive: true });
  const release = acquireDataLock(dir);
  try {
    const folder = join(dir, 'pglite');
    // A new folder is copied from the build's migrated empty database (no initdb; see snapshot.ts).
    restoreEmptySnapshot(folder);
    const client = await PGlite.create({ dataDir: folder });
    return wrapPglite(client, `PGlite ${dir}`, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** A pool that has answered once: a wrong URL fails now with a clear error rather than on the first request. */
async function openPool(url: string, applicationName: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: 10, application_name: applicationName });
  // An idle client whose connection the server ended (restart, failover, a dropped database) emits 'error'
  // on the pool; with no listener that is an uncaught exception that stops the process. The pool drops
  // that client and opens a new one on the next query, and the query that then fails reports it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
    return pool;
  } catch (error) {
    await pool.end();
    throw error;
  }
}

async function connectPostgres(url: string, readUrl: string | undefined): Promise<Database> {
  const pool = await openPool(url, 'jixiao');
  const readPool = readUrl ? await openPool(readUrl, 'jixiao-read').catch(endFirst(pool)) : undefined;
  const db = drizzlePg(pool, { schema });
  return {
    db,
    readDb: readPool ? drizzlePg(readPool, { schema }) : db,
    driver: 'postgres',
    describe: readUrl ? `${redactUrl(url)} (reads: ${redactUrl(readUrl)})` : redactUrl(url),
    applyMigrations: (migrationsFolder) => migratePg(db, { migrationsFolder }),
    executeSql: async (text, values) => lastResult(await pool.query(text, values)),
    close: async () => {
      await Promise.all([pool.end(), readPool?.end()]);
    },
  };
}

/** Closes the pool already opened, then lets the error go on. */
function endFirst(pool: pg.Pool): (error: unknown) => Promise<never> {
  return async (error) => {
    await pool.end();
    throw error;
  };
}

/**
 * The comment a statement may begin with when it only reads (no write, no volatile function): it does not
 * move the PGlite change count. Only this code writes statement texts (input travels as parameters).
 */
export const PURE_READ = '/* pure read */';

/**
 * Counts what starts on the PGlite connection: every query and exec (drizzle's statements, pg-boss's,
 * migrations, analyses), each transaction once when it is begun, and statements inside it are its own
 * (they run while it holds the connection, so nothing reads between them). Counted when called, before
 * PGlite queues them: a read started after a call runs after it (PGlite runs one at a time, in order).
 */
function countChanges(client: PGlite): () => number {
  let count = 0;
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  const transaction = client.transaction.bind(client);
  client.query = <T>(text: string, params?: unknown[], options?: QueryOptions) => {
    if (!text.startsWith(PURE_READ)) count += 1;
    return query<T>(text, params, options);
  };
  client.exec = (text: string, options?: QueryOptions) => {
    count += 1;
    return exec(text, options);
  };
  client.transaction = <T>(callback: (tx: Transaction) => Promise<T>) => {
    count += 1;
    return transaction(callback);
  };
  return () => count;
}

function wrapPglite(client: PGlite, describe: string, release: () => void = () => {}): Database {
  let closed = false;
  const changeCount = countChanges(client);
  const db = drizzlePglite(client, { schema });
  return {
    db,
    changeCount,
    // One embedded database, one connection: nothing to read from but itself.
    readDb: db,
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
