import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../src/db/connect';
import { type CreatedServer, createServer } from '../src/index';
import { ADMIN_PASSWORD, type Client, openTestDatabase, type TestServer } from './harness';
import { buildWorld, clientAs, createEvaluation, seedEvaluation } from './world';

/**
 * Reads that may be slightly stale (the evaluation list, the overview) go to a streaming replica when one
 * is given; writes and the reads after them go to the primary. The replica half runs when .ci/run has
 * started a replica of the test cluster (TEST_REPLICA_URL, `pg_basebackup -R` on port 5433).
 */

describe('the read handle without a replica', () => {
  it('is the primary itself on the embedded database', async () => {
    const database = await connectDatabase({ pglite: (await openTestDatabase('pglite')).pglite });
    try {
      expect(database.readDb).toBe(database.db);
    } finally {
      await database.close();
    }
  });

  it('refuses a replica URL without a primary URL, in Chinese, before opening anything', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jixiao-read-url-'));
    try {
      await expect(
        connectDatabase({ dataDir, databaseReadUrl: 'postgres://postgres@127.0.0.1:5433/postgres' }),
      ).rejects.toThrow('设置了 DATABASE_READ_URL（只读副本）却没有设置 DATABASE_URL（主库）');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

const PRIMARY = process.env.TEST_DATABASE_URL;
const REPLICA = process.env.TEST_REPLICA_URL;
const CLUSTERS = PRIMARY && REPLICA ? [{ primary: PRIMARY, replica: REPLICA }] : [];

/** Replication is asynchronous: waits until `check` holds, for at most 30 s. */
async function eventually(what: string, check: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + 30_000;
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error(`the replica did not catch up within 30 s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function query<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe.each(CLUSTERS)('reads from a streaming replica', ({ primary, replica }) => {
  const name = `jixiao_replica_${randomBytes(6).toString('hex')}`;
  let created: CreatedServer | undefined;
  let server: TestServer;
  let preparer: Client;
  let unitId: string;

  /** The replica has replayed everything the primary has written so far. */
  const caughtUp = () =>
    eventually('WAL replay', async () => {
      const [p] = await query<{ lsn: string }>(primary, 'select pg_current_wal_lsn()::text as lsn');
      const [r] = await query<{ behind: boolean }>(
        replica,
        'select pg_last_wal_replay_lsn() < $1::pg_lsn as behind',
        [p?.lsn],
      );
      return r?.behind === false;
    });
  const pauseReplay = () => query(replica, 'select pg_wal_replay_pause()');
  const resumeReplay = () => query(replica, 'select pg_wal_replay_resume()');

  beforeAll(async () => {
    await query(primary, `create database ${name}`);
    await eventually('the new database', async () => {
      await query(withDatabase(replica, name), 'select 1');
      return true;
    });
    created = await createServer({
      databaseUrl: withDatabase(primary, name),
      databaseReadUrl: withDatabase(replica, name),
      webRoot: false,
      demo: false,
      adminPassword: ADMIN_PASSWORD,
      logger: false,
      trustedProxies: [],
    });
    const url = await created.app.listen({ host: '127.0.0.1', port: 0 });
    server = { ...created, url, backend: 'postgres', close: async () => {} };
    const world = await buildWorld(server);
    preparer = await clientAs(server, world, 'preparer');
    unitId = world.orgs.u1;
    await createEvaluation(preparer, unitId, 1);
    await caughtUp();
  });

  afterAll(async () => {
    await resumeReplay().catch(() => undefined);
    await created?.app.close();
    await query(primary, `drop database if exists ${name} with (force)`);
  });

  const listed = async () => {
    const r = await preparer.get<{ items: { id: string; version: number }[]; total: number }>(
      '/api/evaluations?pageSize=500',
    );
    expect(r.status).toBe(200);
    return r.body;
  };
  // The overview counts evaluations past draft; these are drafts (of seed 1's year and seed 2's), which
  // it reports as one count apart per year.
  const overviewDrafts = async () => {
    let drafts = 0;
    for (const seed of [1, 2]) {
      const r = await preparer.get<{ notCounted: number }>(
        `/api/reports/overview?fiscalYear=${seedEvaluation(seed).fiscalYear}`,
      );
      expect(r.status).toBe(200);
      drafts += r.body.notCounted;
    }
    return drafts;
  };

  it('keeps a read connection open on the replica, named jixiao-read', async () => {
    await listed();
    const rows = await query<{ n: number }>(
      replica,
      "select count(*)::int as n from pg_stat_activity where datname = $1 and application_name = 'jixiao-read'",
      [name],
    );
    expect(rows[0]?.n).toBeGreaterThan(0);
  });

  it('answers the list and the overview from the replica, and reads a save back from the primary at once', async () => {
    const before = await listed();
    expect(before.total).toBe(1);
    expect(await overviewDrafts()).toBe(1);
    const first = before.items[0];
    if (!first) throw new Error('no evaluation listed');

    // With the replica's replay paused, what the primary takes from now on exists only on the primary.
    await pauseReplay();
    const saved = await preparer.put<{ version: number }>(`/api/evaluations/${first.id}`, {
      version: first.version,
      evaluation: seedEvaluation(1),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(first.version + 1);
    const added = await createEvaluation(preparer, unitId, 2);

    // Read back after the writes: the primary has both at once.
    const reread = await preparer.get<{ version: number }>(`/api/evaluations/${first.id}`);
    expect(reread.body.version).toBe(first.version + 1);
    expect((await preparer.get(`/api/evaluations/${added.id}`)).status).toBe(200);

    // The list and the overview do not have them yet: they were answered by the paused replica.
    const stale = await listed();
    expect(stale.total).toBe(1);
    expect(stale.items.map((i) => [i.id, i.version])).toEqual([[first.id, first.version]]);
    expect(await overviewDrafts()).toBe(1);

    await resumeReplay();
    await caughtUp();
    const fresh = await listed();
    expect(fresh.total).toBe(2);
    expect(fresh.items.find((i) => i.id === first.id)?.version).toBe(first.version + 1);
    expect(await overviewDrafts()).toBe(2);
  });
});
