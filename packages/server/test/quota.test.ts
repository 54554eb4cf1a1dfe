import { NARRATIVE_SECTIONS } from '@jixiao/domain';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluations, jobs } from '../src/db/schema';
import { recordBulkImport } from '../src/jobs/bulk-import-job';
import { orgQuotaBytes, storedBytes } from '../src/quota/org-quota';
import { BACKENDS, startTestServer, type TestServer } from './harness';
import { noise } from './noise';
import { buildWorld, clientAs, seedEvaluation, type World } from './world';

/** Seed evaluation 1 with `sections` narrative sections of 20,000 characters (60 kB of UTF-8, about 45 kB stored). */
function bigEvaluation(sections: number, seed: number): Record<string, unknown> {
  const narrative = Object.fromEntries(
    NARRATIVE_SECTIONS.slice(0, sections).map((n, i) => [n, noise(20_000, seed + i)]),
  );
  return { ...seedEvaluation(1), narrative };
}

interface ErrorReply {
  error: { code: string; message: string };
}

describe('the quota setting', () => {
  it('reads JIXIAO_ORG_QUOTA_MB in MB, decimals allowed, and falls back to 200 MB on anything else', () => {
    expect(orgQuotaBytes({})).toBe(200 * 1024 * 1024);
    expect(orgQuotaBytes({ JIXIAO_ORG_QUOTA_MB: '0.25' })).toBe(262_144);
    expect(orgQuotaBytes({ JIXIAO_ORG_QUOTA_MB: '-5' })).toBe(200 * 1024 * 1024);
    expect(orgQuotaBytes({ JIXIAO_ORG_QUOTA_MB: 'lots' })).toBe(200 * 1024 * 1024);
  });
});

describe.each(BACKENDS)('per-organisation storage quota, on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let previous: string | undefined;
  const db = () => server.database.db;
  const evaluationCount = async (org: string) =>
    (await db().select({ n: count() }).from(evaluations).where(eq(evaluations.organisationId, org)))[0]?.n;

  beforeAll(async () => {
    previous = process.env.JIXIAO_ORG_QUOTA_MB;
    // 256 kB: room for one evaluation with three big narrative sections, not for two (nor one with six).
    process.env.JIXIAO_ORG_QUOTA_MB = '0.25';
    server = await startTestServer(backend);
    world = await buildWorld(server);
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env.JIXIAO_ORG_QUOTA_MB;
    else process.env.JIXIAO_ORG_QUOTA_MB = previous;
    await server?.close();
  });

  it('stores drafts up to the quota, then refuses the next with 413 naming quota and use, writing nothing', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const path = `/api/organisations/${world.orgs.u1}/evaluations`;
    const first = await preparer.post<{ id: string; version: number }>(path, {
      evaluation: bigEvaluation(3, 1),
    });
    expect(first.status).toBe(201);
    const used = await storedBytes(db(), world.orgs.u1);
    // Three sections of 20,000 three-byte characters that compress little: 180 kB of text, over 100 kB stored.
    expect(used).toBeGreaterThan(100_000);
    expect(used).toBeLessThan(262_144);

    const second = await preparer.post<ErrorReply>(path, { evaluation: bigEvaluation(3, 100) });
    expect(second.status).toBe(413);
    expect(second.body.error.code).toBe('TOO_LARGE');
    const usedMb = (used / 1024 / 1024).toFixed(2);
    expect(second.body.error.message).toContain(`本单位已存储 ${usedMb} MB`);
    expect(second.body.error.message).toContain('超过 0.25 MB 的存储配额，未保存任何内容');
    expect(await evaluationCount(world.orgs.u1)).toBe(1);
    expect(await storedBytes(db(), world.orgs.u1)).toBe(used);
  });

  it('refuses an edit that grows a draft past the quota (version unchanged) and allows one that shrinks it', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const list = await db()
      .select({ id: evaluations.id, version: evaluations.version })
      .from(evaluations)
      .where(eq(evaluations.organisationId, world.orgs.u1));
    const row = list[0];
    if (!row) throw new Error('no evaluation');
    const used = await storedBytes(db(), world.orgs.u1);
    const grown = await preparer.put<ErrorReply>(`/api/evaluations/${row.id}`, {
      version: row.version,
      evaluation: bigEvaluation(6, 1),
    });
    expect(grown.status).toBe(413);
    // The use named is the one before the edit, measured once after it (the sum less the growth).
    expect(grown.body.error.message).toContain(`本单位已存储 ${(used / 1024 / 1024).toFixed(2)} MB`);
    expect(await storedBytes(db(), world.orgs.u1)).toBe(used);
    const [after] = await db()
      .select({ version: evaluations.version })
      .from(evaluations)
      .where(eq(evaluations.id, row.id));
    expect(after?.version).toBe(row.version);

    const shrunk = await preparer.put(`/api/evaluations/${row.id}`, {
      version: row.version,
      evaluation: bigEvaluation(1, 1),
    });
    expect(shrunk.status).toBe(200);
  });

  it('lets an organisation over its quota save a draft that does not grow, and refuses one that grows', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const made = await preparer.post<{ id: string; version: number; evaluation: unknown }>(
      `/api/organisations/${world.orgs.u1}/evaluations`,
      { evaluation: seedEvaluation(1) },
    );
    expect(made.status).toBe(201);
    const quota = process.env.JIXIAO_ORG_QUOTA_MB;
    // A quota below what U1 stores already: the same document again is allowed, a bigger one is not.
    process.env.JIXIAO_ORG_QUOTA_MB = '0.000001';
    try {
      const same = await preparer.put<{ version: number }>(`/api/evaluations/${made.body.id}`, {
        version: made.body.version,
        evaluation: made.body.evaluation,
      });
      expect(same.status).toBe(200);
      const bigger = await preparer.put<ErrorReply>(`/api/evaluations/${made.body.id}`, {
        version: same.body.version,
        evaluation: bigEvaluation(1, 5),
      });
      expect(bigger.status).toBe(413);
    } finally {
      process.env.JIXIAO_ORG_QUOTA_MB = quota;
    }
  });

  it('measures two growing saves in one organisation one after the other: of two that fit only alone, one is kept', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const path = `/api/organisations/${world.orgs.u1}/evaluations`;
    const drafts = await Promise.all(
      [1, 2].map(
        async () =>
          (await preparer.post<{ id: string; version: number }>(path, { evaluation: seedEvaluation(1) }))
            .body,
      ),
    );
    const used = await storedBytes(db(), world.orgs.u1);
    const quota = process.env.JIXIAO_ORG_QUOTA_MB;
    // Two sections each: about 90 kB stored per draft; room for 130 kB more, so for one of the two.
    process.env.JIXIAO_ORG_QUOTA_MB = ((used + 130_000) / 1024 / 1024).toFixed(6);
    try {
      const saves = await Promise.all(
        drafts.map((d, i) =>
          preparer.put(`/api/evaluations/${d.id}`, {
            version: d.version,
            evaluation: bigEvaluation(2, 300 + 10 * i),
          }),
        ),
      );
      expect(saves.map((r) => r.status).sort()).toEqual([200, 413]);
      expect(await storedBytes(db(), world.orgs.u1)).toBeLessThanOrEqual(orgQuotaBytes());
    } finally {
      process.env.JIXIAO_ORG_QUOTA_MB = quota;
    }
  });

  it('counts the files an import job keeps: past the quota the job and its files are not recorded', async () => {
    const jobsOf = async () =>
      (await db().select({ n: count() }).from(jobs).where(eq(jobs.organisationId, world.orgs.b1)))[0]?.n;
    const bytes = new TextEncoder().encode(noise(200_000, 7));
    await expect(
      db().transaction((tx) =>
        recordBulkImport(tx, {
          organisationId: world.orgs.b1,
          files: [{ name: 'budgets.xlsx', bytes }],
          userId: world.users.financeReviewer.id,
        }),
      ),
    ).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(await jobsOf()).toBe(0);
  });
});
