import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Evaluation, evaluate, getRuleSet, parseEvaluation } from '@jixiao/domain';
import { writeSelfEvaluationXlsx } from '@jixiao/formats';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluations } from '../src/db/schema';
import { SEEDS_FOLDER } from '../src/demo/demo-data';
import { BACKENDS, type Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, type World } from './world';

/**
 * Importing one evaluation file checks what it imports: the sheet's 单位、主管部门 and year against the
 * unit and year imported into (a difference is shown and must be confirmed), and the rule set the file
 * names is kept. Every seed written as the 自评表 jixiao writes comes back with the source's findings.
 */
const SEEDS = readdirSync(SEEDS_FOLDER)
  .filter((f) => /^seed-\d+\.json$/.test(f))
  .sort();
const seed = (file: string) => parseEvaluation(JSON.parse(readFileSync(join(SEEDS_FOLDER, file), 'utf8')));

async function sheetOf(evaluation: Evaluation): Promise<Uint8Array> {
  const ruleSet = getRuleSet(evaluation.ruleSet);
  const { result } = evaluate(evaluation, ruleSet);
  return new Uint8Array(await writeSelfEvaluationXlsx(evaluation, result, ruleSet));
}

function upload(name: string, bytes: Uint8Array | string): FormData {
  const fd = new FormData();
  fd.append('file', new Blob([bytes]), name);
  return fd;
}

/** A finding as compared across the round trip: what it says and where, not the file it names. */
const plain = (e: Evaluation) =>
  evaluate(e, getRuleSet(e.ruleSet)).findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    path: f.location.path,
    message: f.message.zh,
  }));

interface Comparison {
  title: string;
  sheet: { unitName: string; department?: string; fiscalYear?: number };
  target: { unitName: string; department?: string; fiscalYear?: number };
  mismatches: string[];
  ruleSet: { id: string; from: string };
}
interface ErrorReply {
  error: { code: string; message: string; issues: { message: string }[] };
}

describe.each(BACKENDS)('importing one evaluation file into a unit, on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let preparer: Client;
  const stored = async () => {
    const [n] = await server.database.db.select({ n: count() }).from(evaluations);
    return n?.n;
  };
  const importUrl = (query: string) => `/api/organisations/${world.orgs.u1}/evaluations/import${query}`;

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    preparer = await clientAs(server, world, 'preparer');
    await world.admin.post('/api/fiscal-years', { year: 2023, ruleSetId: 'beijing-2024' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('previews another unit’s sheet with both names and years, and keeps the rule set the sheet names', async () => {
    const before = await stored();
    const sheet = await sheetOf(seed('seed-004.json'));
    const r = await preparer.post<Comparison>(
      importUrl('/preview?fiscalYear=2024'),
      upload('004.xlsx', sheet),
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      sheet: { unitName: '重庆市璧山区科学技术局', fiscalYear: 2022 },
      target: { unitName: '甲区科协本级', department: '甲区科协', fiscalYear: 2024 },
      mismatches: ['unit', 'fiscalYear'],
      ruleSet: { id: 'chongqing-unit-wide', from: 'file' },
    });
    expect(await stored()).toBe(before);
  });

  it('refuses the import with 409 naming both units while it is not confirmed, and stores nothing', async () => {
    const before = await stored();
    const sheet = await sheetOf(seed('seed-004.json'));
    const r = await preparer.post<ErrorReply>(importUrl('?fiscalYear=2024'), upload('004.xlsx', sheet));
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('CONFLICT');
    expect(r.body.error.issues.map((i) => i.message)).toEqual([
      '表中的单位是「重庆市璧山区科学技术局」，要导入到的单位是「甲区科协本级」',
      '表中的预算年度是 2022 年，要导入的年度是 2024 年',
    ]);
    expect(await stored()).toBe(before);
  });

  it('files a confirmed import under the unit, keeping the sheet’s own unit name, year and rule set', async () => {
    const sheet = await sheetOf(seed('seed-004.json'));
    const r = await preparer.post<{ id: string }>(
      importUrl('?fiscalYear=2024&confirm=true'),
      upload('004.xlsx', sheet),
    );
    expect(r.status).toBe(201);
    const [row] = await server.database.db.select().from(evaluations).where(eq(evaluations.id, r.body.id));
    expect(row?.organisationId).toBe(world.orgs.u1);
    expect([row?.unitName, row?.fiscalYear, row?.ruleSetId]).toEqual([
      '重庆市璧山区科学技术局',
      2022,
      'chongqing-unit-wide',
    ]);
  });

  it('finds nothing to confirm in a sheet of the unit itself and of the year imported for', async () => {
    const own = { ...seed('seed-003.json'), unit: { name: '甲区科协（本级）', department: '甲区 科协' } };
    const r = await preparer.post<Comparison>(
      importUrl('/preview?fiscalYear=2022'),
      upload('own.xlsx', await sheetOf(own)),
    );
    expect(r.body.mismatches).toEqual([]);
    const done = await preparer.post(importUrl('?fiscalYear=2022'), upload('own.xlsx', await sheetOf(own)));
    expect(done.status).toBe(201);
  });

  it('names a different 主管部门 as a difference of its own', async () => {
    const other = { ...seed('seed-003.json'), unit: { name: '甲区科协本级', department: '乙区科协' } };
    const r = await preparer.post<Comparison>(
      importUrl('/preview?fiscalYear=2022'),
      upload('d.xlsx', await sheetOf(other)),
    );
    expect(r.body.mismatches).toEqual(['department']);
    expect(r.body.sheet.department).toBe('乙区科协');
  });

  it('scores a file that names no rule set with the one assigned to its year', async () => {
    const { ruleSet: _ruleSet, ...json } = JSON.parse(
      readFileSync(join(SEEDS_FOLDER, 'seed-001.json'), 'utf8'),
    );
    const text = JSON.stringify({ ...json, fiscalYear: 2023 });
    const r = await preparer.post<Comparison>(importUrl('/preview'), upload('no-rule-set.json', text));
    expect(r.body.ruleSet).toEqual({ id: 'beijing-2024', from: 'assignment' });
  });

  it('prefers the rule set an administrator assigned to the region and year over the year’s default', async () => {
    const { ruleSet: _ruleSet, ...json } = JSON.parse(
      readFileSync(join(SEEDS_FOLDER, 'seed-001.json'), 'utf8'),
    );
    const text = JSON.stringify({ ...json, fiscalYear: 2023 });
    const put = await world.admin.put<{ version: number }>(
      `/api/organisations/${world.orgs.b1}/rule-set-assignments/2023`,
      { ruleSetId: 'hubei' },
    );
    expect(put.status).toBe(200);
    try {
      const r = await preparer.post<Comparison>(importUrl('/preview'), upload('no-rule-set.json', text));
      // 2023's default is beijing-2024 (set above); the region's assignment, hubei, wins.
      expect(r.body.ruleSet).toEqual({ id: 'hubei', from: 'assignment' });
      // A file that names its own keeps it, assignment or not.
      const named = await preparer.post<Comparison>(
        importUrl('/preview'),
        upload('named.json', JSON.stringify({ ...json, fiscalYear: 2023, ruleSet: 'mof-2020' })),
      );
      expect(named.body.ruleSet).toEqual({ id: 'mof-2020', from: 'file' });
    } finally {
      const gone = await world.admin.delete(
        `/api/organisations/${world.orgs.b1}/rule-set-assignments/2023?version=${put.body.version}`,
      );
      expect(gone.status).toBe(204);
    }
  });

  it.each(SEEDS)('imports %s written as the 自评表 with the very findings of its source', async (file) => {
    const source = seed(file);
    const r = await preparer.post<{ id: string }>(
      importUrl('?confirm=true'),
      upload(`${file}.xlsx`, await sheetOf(source)),
    );
    expect(r.status).toBe(201);
    const [row] = await server.database.db.select().from(evaluations).where(eq(evaluations.id, r.body.id));
    const back = parseEvaluation(row?.data);
    const { findings } = evaluate(source, getRuleSet(source.ruleSet));
    expect(back.ruleSet).toBe(source.ruleSet);
    expect(plain(back)).toEqual(plain(source));
    expect(row?.errorCount).toBe(findings.filter((f) => f.severity === 'error').length);
    expect(row?.warningCount).toBe(findings.filter((f) => f.severity === 'warning').length);
  });
});
