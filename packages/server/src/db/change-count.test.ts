import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type Database, PURE_READ } from './connect';

describe('the PGlite change count', () => {
  let database: Database;
  const count = () => database.changeCount?.() ?? Number.NaN;

  beforeAll(async () => {
    database = await connectDatabase({ pglite: await PGlite.create() });
    await database.db.execute(sql`create table t (n int)`);
  });
  afterAll(async () => {
    await database.close();
  });

  it('moves with every statement, transaction and raw SQL on the connection', async () => {
    let before = count();
    await database.db.execute(sql`insert into t values (1)`);
    expect(count()).toBe(before + 1);
    before = count();
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into t values (2)`);
    });
    expect(count()).toBeGreaterThan(before);
    before = count();
    await database.executeSql('insert into t values (3)');
    await database.executeSql('insert into t values (4); insert into t values (5)');
    expect(count()).toBe(before + 2);
    // A read that is not marked counts too: the count cannot tell it from a write.
    before = count();
    await database.db.execute(sql`select count(*) from t`);
    expect(count()).toBe(before + 1);
  });

  it('stands still for a statement marked as a pure read', async () => {
    const before = count();
    const r = await database.db.execute(sql`${sql.raw(PURE_READ)} select count(*)::int as n from t`);
    expect(r).toMatchObject({ rows: [{ n: 5 }] });
    expect(count()).toBe(before);
  });

  it('is not kept on PostgreSQL, where other instances write unseen', async () => {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) return;
    const pg = await connectDatabase({ databaseUrl: url });
    try {
      expect(pg.changeCount).toBeUndefined();
    } finally {
      await pg.close();
    }
  });
});
