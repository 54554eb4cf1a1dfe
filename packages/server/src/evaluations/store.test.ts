import { parseEvaluation } from '@jixiao/domain';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/harness';
import { seedEvaluation } from '../../test/world';
import { connectDatabase, type Database } from '../db/connect';
import { migrateDatabase } from '../db/migrate';
import { auditLog, evaluations, organisations } from '../db/schema';
import { deriveColumns } from './derive';
import { insertEvaluation, insertEvaluations } from './store';

/** Seed 1 (a project evaluation) under another project name. */
function evaluationOf(name: string) {
  const seed = seedEvaluation(1);
  return parseEvaluation({ ...seed, project: { ...Object(seed.project), name } });
}

describe.each(BACKENDS)('inserting drafts in bulk (%s)', (backend) => {
  let tdb: TestDatabase;
  let database: Database;
  let organisationId: string;
  // Quotes, a backslash, braces and a comma: the rows travel as one JSON parameter, so they must survive it.
  const names = ['甲"引号"', '乙\\反斜杠', '丙{花括号},逗号'];
  const made = names.map(evaluationOf);
  let ids: { id: string; organisationId: string }[] = [];

  beforeAll(async () => {
    tdb = await openTestDatabase(backend);
    database = await connectDatabase({ pglite: tdb.pglite, databaseUrl: tdb.databaseUrl });
    await migrateDatabase(database, tdb.databaseUrl);
    organisationId = crypto.randomUUID();
    await database.db
      .insert(organisations)
      .values({ id: organisationId, kind: 'unit', name: '测试单位', path: `/${organisationId}/` });
    ids = await insertEvaluations(
      database.db,
      made.map((evaluation) => ({ organisationId, evaluation, userId: null })),
    );
  });

  afterAll(async () => {
    await database?.close();
    await tdb?.drop();
  });

  it('answers one id per draft, in the order given, each with its organisation', () => {
    expect(ids).toHaveLength(3);
    expect(new Set(ids.map((r) => r.id)).size).toBe(3);
    expect(ids.every((r) => r.organisationId === organisationId)).toBe(true);
  });

  it('stores each document as given, with its list columns, at version 1 as a draft', async () => {
    for (const [i, { id }] of ids.entries()) {
      const [row] = await database.db.select().from(evaluations).where(eq(evaluations.id, id));
      expect(row?.data).toEqual(made[i]);
      expect(row?.title).toBe(names[i]);
      expect(row?.status).toBe('draft');
      expect(row?.version).toBe(1);
      // The numeric columns come back as the text they were derived as (through the JSON parameter).
      const derived = deriveColumns(made[i] ?? evaluationOf('?'));
      expect([row?.totalScore, row?.executionRate]).toEqual([derived.totalScore, derived.executionRate]);
    }
  });

  it('writes one create line per draft naming it, with its document and no before', async () => {
    const lines = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'evaluation'), eq(auditLog.action, 'create')))
      .orderBy(asc(auditLog.id));
    expect(lines.map((l) => l.entityId)).toEqual(ids.map((r) => r.id));
    expect(lines.map((l) => l.after)).toEqual(made);
    expect(lines.every((l) => l.before === null && l.userId === null)).toBe(true);
  });

  it('answers the whole stored row for a single insert', async () => {
    const row = await insertEvaluation(database.db, {
      organisationId,
      evaluation: evaluationOf('丁'),
      userId: null,
    });
    expect(row.title).toBe('丁');
    expect(row.organisationId).toBe(organisationId);
    expect(row.version).toBe(1);
  });
});
