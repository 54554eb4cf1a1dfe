import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { evaluate, getRuleSet, parseEvaluation } from '@jixiao/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluations } from '../src/db/schema';
import { createServer } from '../src/index';
import { ADMIN_PASSWORD, BACKENDS, openTestDatabase, type TestDatabase } from './harness';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '../../cli/bin/jixiao.js');

/**
 * `jixiao db rescore` as an administrator runs it after a rule-set change, with the server stopped: the
 * real CLI in a child process, on a data folder (PGlite) or on PostgreSQL through DATABASE_URL.
 */
describe.each(BACKENDS)('jixiao db rescore (%s)', (backend) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jixiao-rescore-'));
  let tdb: TestDatabase | undefined;
  let databaseUrl: string | undefined;
  /** Opens the database the CLI uses (the demo data loads on the first open). */
  const open = () =>
    createServer({
      dataDir,
      databaseUrl,
      demo: true,
      adminPassword: ADMIN_PASSWORD,
      webRoot: false,
      logger: false,
    });
  const jixiao = (args: string[]) =>
    promisify(execFile)(process.execPath, [BIN, ...args, '--data', dataDir], {
      env: { ...process.env, JIXIAO_LANG: '', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    });

  beforeAll(async () => {
    if (backend === 'postgres') {
      tdb = await openTestDatabase('postgres');
      databaseUrl = tdb.databaseUrl;
    }
    const { database } = await open();
    try {
      // The demo data holds two 2022 evaluations; one gets a stored total the rules no longer give.
      const [first] = await database.db
        .select({ id: evaluations.id })
        .from(evaluations)
        .where(eq(evaluations.fiscalYear, 2022))
        .orderBy(asc(evaluations.title))
        .limit(1);
      if (!first) throw new Error('no 2022 demo evaluation');
      await database.db.update(evaluations).set({ totalScore: sql`1` }).where(eq(evaluations.id, first.id));
    } finally {
      await database.close();
    }
  }, 120_000);
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await tdb?.drop();
  });

  it('puts every stored score of the year back to what the engine gives, with a progress bar', async () => {
    const { stdout, stderr } = await jixiao(['db', 'rescore', '--year', '2022']);
    expect(stderr).toContain('100% 2/2');
    expect(stdout).toContain('2022 年度已重新评分 2 份自评，其中 1 份');
    const { database } = await open();
    try {
      const rows = await database.db.select().from(evaluations).where(eq(evaluations.fiscalYear, 2022));
      expect(rows).toHaveLength(2);
      for (const row of rows) {
        const evaluation = parseEvaluation(row.data);
        // An evaluation without indicators stores no total (domain scoring/scored.ts), not 0.
        const result = evaluate(evaluation, getRuleSet(evaluation.ruleSet)).result;
        expect(row.totalScore).toBe(result.scored ? result.totalScore.toString() : null);
        expect(row.totalScore).not.toBe('1');
      }
    } finally {
      await database.close();
    }
  }, 120_000);

  it('refuses a year that is not four digits with exit code 2', async () => {
    const run = jixiao(['db', 'rescore', '--year', '22']);
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('年度「22」无效') });
  }, 60_000);
});
