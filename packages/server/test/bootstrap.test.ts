import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureAdministrator } from '../src/auth/bootstrap';
import { connectDatabase, type Database } from '../src/db/connect';
import { migrateDatabase } from '../src/db/migrate';
import { users } from '../src/db/schema';
import { BACKENDS, openTestDatabase, type TestDatabase } from './harness';

describe.each(BACKENDS)('the first administrator (%s)', (backend) => {
  let tdb: TestDatabase | undefined;
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    await tdb?.drop();
  });

  async function open(): Promise<Database> {
    tdb = await openTestDatabase(backend);
    database = await connectDatabase({ pglite: tdb.pglite, databaseUrl: tdb.databaseUrl });
    await migrateDatabase(database, tdb.databaseUrl);
    return database;
  }

  it('refuses a JIXIAO_ADMIN_PASSWORD that breaks the password rules', async () => {
    const db = (await open()).db;
    await expect(ensureAdministrator(db, { password: 'admin12345', mustChange: true })).rejects.toMatchObject(
      {
        code: 'INVALID_INPUT',
        message: expect.stringContaining('JIXIAO_ADMIN_PASSWORD'),
      },
    );
    expect(await db.select().from(users)).toEqual([]);
  });

  it('makes the administrator change JIXIAO_ADMIN_PASSWORD at first sign-in', async () => {
    const db = (await open()).db;
    expect(await ensureAdministrator(db, { password: 'Env-admin-pass-2026', mustChange: true })).toEqual({
      username: 'admin',
    });
    const [admin] = await db.select().from(users).where(eq(users.usernameKey, 'admin'));
    expect(admin?.mustChangePassword).toBe(true);
  });
});
