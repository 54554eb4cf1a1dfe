import { type EvaluationInput, parseEvaluation } from '@jixiao/domain';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/harness';
import { connectDatabase, type Database } from '../db/connect';
import { migrateDatabase } from '../db/migrate';
import { auditLog, evaluations, organisations } from '../db/schema';
import { insertEvaluation, insertEvaluations } from './store';

/**
 * A project of budget 100 (万元) with `executed` spent and one quantity indicator of weight 90 that meets
 * its target: 执行率 = executed / 100, and the indicators give their full 90 points.
 */
function evaluationOf(name: string, executed: string) {
  const input = {
    kind: 'project',
    fiscalYear: 2024,
    ruleSet: 'mof-2020',
    amountUnit: 'wanYuan',
    unit: { name: '测试单位' },
    project: { name },
    funds: { total: { initialBudget: '100', adjustedBudget: '100', executed } },
    indicators: [
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '完成数量',
        weight: '90',
        target: { comparator: '>=', value: '10', unit: '个' },
        actual: { value: '10' },
      },
    ],
  } satisfies EvaluationInput;
  return parseEvaluation(input);
}

describe.each(BACKENDS)('inserting drafts in bulk (%s)', (backend) => {
  let tdb: TestDatabase;
  let database: Database;
  let organisationId: string;
  // Quotes, a backslash, braces and a comma: the rows travel as one JSON parameter, so they must survive it.
  const names = ['甲"引号"', '乙\\反斜杠', '丙{花括号},逗号'];
  const made = names.map((name, i) => evaluationOf(name, String(50 + 10 * i)));
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
      // 执行率 = executed / 100 budget: 50, 60, 70 (%).
      expect(row?.executionRate).toMatch(new RegExp(`^${50 + 10 * i}(\\.0+)?$`));
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
      evaluation: evaluationOf('丁', '100'),
      userId: null,
    });
    expect(row.title).toBe('丁');
    expect(row.organisationId).toBe(organisationId);
    expect(row.executionRate).toMatch(/^100(\.0+)?$/);
  });
});
