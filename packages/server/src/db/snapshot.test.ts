import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/harness';
import { buildEmptySnapshot } from './build-snapshot';
import { connectDatabase, type SqlExecutor } from './connect';
import { isUpToDate, migrateDatabase } from './migrate';
import { restoreEmptySnapshot, snapshotPath } from './snapshot';

/** Everything the migrations and pg-boss's installer make, in a stable order: equal text, equal schema. */
const SCHEMA_QUERIES = [
  `select table_schema, table_name, column_name, data_type, is_nullable, column_default
     from information_schema.columns where table_schema not in ('pg_catalog', 'information_schema')
     order by 1, 2, 3`,
  `select schemaname, tablename, indexname, indexdef from pg_indexes
     where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2, 3`,
  `select conrelid::regclass::text as rel, conname, pg_get_constraintdef(c.oid) as def
     from pg_constraint c join pg_namespace n on n.oid = c.connamespace
     where n.nspname not in ('pg_catalog', 'information_schema') order by 1, 2`,
  `select tgrelid::regclass::text as rel, tgname, pg_get_triggerdef(t.oid) as def
     from pg_trigger t where not tgisinternal order by 1, 2`,
  `select n.nspname, p.proname, md5(p.prosrc) as body from pg_proc p
     join pg_namespace n on n.oid = p.pronamespace
     where n.nspname not in ('pg_catalog', 'information_schema') order by 1, 2, 3`,
  `select n.nspname, t.typname from pg_type t join pg_namespace n on n.oid = t.typnamespace
     where t.typtype = 'e' order by 1, 2`,
  'select id, hash, created_at::text from drizzle.__drizzle_migrations order by id',
  'select version from pgboss.version',
  'select name, policy, retry_limit, expire_seconds from pgboss.queue order by name',
];

async function schemaOf(sql: SqlExecutor): Promise<unknown[][]> {
  const out: unknown[][] = [];
  for (const text of SCHEMA_QUERIES) out.push((await sql.executeSql(text, [])).rows);
  return out;
}

describe('a new data folder restored from the build snapshot', () => {
  let root = '';
  let cache = '';

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'jixiao-snapshot-'));
    cache = join(root, 'cache');
    // A snapshot of an earlier set of migrations, to be pruned when today's is made.
    mkdirSync(join(cache, 'pglite-empty-0123456789abcdef'), { recursive: true });
    const first = await buildEmptySnapshot(cache);
    expect(first.built).toBe(true);
  }, 300_000);
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('is made once per set of migrations, replacing the snapshots of earlier ones', async () => {
    expect(await buildEmptySnapshot(cache)).toEqual({ path: snapshotPath(cache), built: false });
    expect(readdirSync(cache)).toEqual([snapshotPath(cache).slice(cache.length + 1)]);
  });

  it('has exactly the schema and migration journal of a database migrated from scratch', async () => {
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    expect(restoreEmptySnapshot(join(dataDir, 'pglite'), cache)).toBe(true);
    const restored = await connectDatabase({ dataDir });
    const scratch = await connectDatabase({ pglite: (await openTestDatabase('pglite')).pglite });
    try {
      // Nothing is left to migrate, and migrating anyway (as every start does) changes nothing.
      expect(await isUpToDate(restored)).toBe(true);
      const before = await schemaOf(restored);
      await migrateDatabase(restored);
      const expected = await schemaOf(scratch);
      expect(before).toEqual(expected);
      expect(await schemaOf(restored)).toEqual(expected);
      // Not two empty answers compared: the journal holds every migration, the tables are there.
      expect(before[6]?.length).toBeGreaterThan(0);
      expect(before[0]?.length).toBeGreaterThan(50);
    } finally {
      await restored.close();
      await scratch.close();
    }
  });

  it('is copied only into a folder PGlite has never written, and only when a snapshot exists', () => {
    const used = join(root, 'used', 'pglite');
    mkdirSync(used, { recursive: true });
    writeFileSync(join(used, 'PG_VERSION'), '17\n');
    expect(restoreEmptySnapshot(used, cache)).toBe(false);
    expect(readdirSync(used)).toEqual(['PG_VERSION']);
    expect(restoreEmptySnapshot(join(root, 'other', 'pglite'), join(root, 'no-cache'))).toBe(false);
  });
});
