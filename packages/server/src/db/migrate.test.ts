import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type Database } from './connect';
import { isUpToDate, MIGRATIONS_FOLDER, migrateDatabase } from './migrate';

function readJournal(file: string): { entries: { tag: string }[] } {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * 0001 was edited after release (EXECUTE FUNCTION → EXECUTE PROCEDURE). drizzle's migrator stores each file's
 * hash but never compares it: it applies the journal entries newer than the last one applied. So a database
 * migrated with the old text must move on to today's migrations without error, keeping its trigger.
 */
describe('migrating a database made before the queue moved to pg-boss', () => {
  let folder = '';
  let database: Database;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'jixiao-old-migrations-'));
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const trigger = join(folder, '0001_audit_append_only.sql');
    writeFileSync(trigger, readFileSync(trigger, 'utf8').replace('EXECUTE PROCEDURE', 'EXECUTE FUNCTION'));
    const journalFile = join(folder, 'meta/_journal.json');
    const journal = readJournal(journalFile);
    const released = journal.entries.filter((e) => e.tag < '0004');
    writeFileSync(journalFile, JSON.stringify({ ...journal, entries: released }));
    database = await connectDatabase({ pglite: await PGlite.create() });
    await database.applyMigrations(folder);
  });
  afterAll(async () => {
    await database?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('applies the new migrations and pg-boss, and the audit log stays append-only', async () => {
    const before = await database.executeSql('select count(*)::int as n from drizzle.__drizzle_migrations');
    expect(before.rows).toEqual([{ n: 4 }]);
    // Newer migrations and no pg-boss yet: a start must not take the shortcut.
    expect(await isUpToDate(database)).toBe(false);
    await migrateDatabase(database);
    expect(await isUpToDate(database)).toBe(true);

    const after = await database.executeSql('select count(*)::int as n from drizzle.__drizzle_migrations');
    // Every migration of today's folder, whatever later ones are added.
    const today = readJournal(join(MIGRATIONS_FOLDER, 'meta/_journal.json')).entries.length;
    expect(after.rows).toEqual([{ n: today }]);
    const lockedAt = await database.executeSql(
      "select column_name from information_schema.columns where table_name = 'jobs' and column_name = 'locked_at'",
    );
    expect(lockedAt.rows).toEqual([]);
    const queue = await database.executeSql('select name, retry_limit from pgboss.queue');
    expect(queue.rows).toEqual([{ name: 'bulk-import', retry_limit: 3 }]);

    await database.executeSql("insert into audit_log (action, entity, entity_id) values ('t', 't', $1)", [
      '1',
    ]);
    await expect(database.executeSql("update audit_log set action = 'changed'", [])).rejects.toThrow(
      'audit_log is append-only',
    );
  });
});
