import {
  assertRuleSet,
  type EvaluationInput,
  evaluate,
  getRuleSet,
  parseEvaluation,
  type RuleSet,
  scoreEvaluation,
} from '@jixiao/domain';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/harness';
import { connectDatabase, type Database } from '../db/connect';
import { migrateDatabase } from '../db/migrate';
import { auditLog, evaluations, organisations } from '../db/schema';
import { type RescoreProgress, rescoreEvaluations } from './rescore';
import { insertEvaluations } from './store';

/**
 * A project evaluation under mof-2020 with indicators of 20 + 20 (产出), 30 (效益), 10 (满意度): 80 points,
 * which is what the changed rule set below gives the indicators. `executed` of a budget of 100; the benefit
 * indicator reaches `benefitActual` of a target ≥ 100 (score 30 × actual / 100), the others meet theirs.
 */
function evaluationOf(name: string, fiscalYear: number, executed: string, benefitActual: string) {
  const met = (level1: string, level2: string, weight: string, actual = '100') => ({
    level1,
    level2,
    name: `${level2}${weight}`,
    weight,
    target: { comparator: '>=' as const, value: '100', unit: '个' },
    actual: { value: actual },
  });
  const input = {
    kind: 'project',
    fiscalYear,
    ruleSet: 'mof-2020',
    amountUnit: 'wanYuan',
    unit: { name: '测试单位' },
    project: { name },
    funds: { total: { initialBudget: '100', adjustedBudget: '100', executed } },
    indicators: [
      met('产出指标', '数量指标', '20'),
      met('产出指标', '质量指标', '20'),
      met('效益指标', '社会效益指标', '30', benefitActual),
      met('满意度指标', '服务对象满意度指标', '10'),
    ],
  } satisfies EvaluationInput;
  return parseEvaluation(input);
}

/** mof-2020 with the weights moved: execution 10 → 20, indicators 90 → 80, 产出 50 → 40. */
function changedRuleSet(): RuleSet {
  const base = getRuleSet('mof-2020');
  return assertRuleSet(
    {
      ...base,
      execution: { ...base.execution, weight: '20' },
      indicatorWeight: '80',
      blocks: base.blocks.map((b) => (b.key === 'output' ? { ...b, weight: '40' } : b)),
    },
    'changed mof-2020',
  );
}

describe.each(BACKENDS)('re-scoring after a rule-set change (%s)', (backend) => {
  let tdb: TestDatabase;
  let database: Database;
  const changed = changedRuleSet();
  const ruleSetFor = (id: string) => (id === 'mof-2020' ? changed : getRuleSet(id));

  beforeAll(async () => {
    tdb = await openTestDatabase(backend);
    database = await connectDatabase({ pglite: tdb.pglite, databaseUrl: tdb.databaseUrl });
    await migrateDatabase(database, tdb.databaseUrl);
    const id = crypto.randomUUID();
    await database.db.insert(organisations).values({ id, kind: 'unit', name: '测试单位', path: `/${id}/` });
    const made = [
      evaluationOf('甲', 2024, '80', '50'),
      evaluationOf('乙', 2024, '100', '100'),
      evaluationOf('丙', 2023, '80', '50'),
      // Enough rows for several batches of two, in whatever order their ids fall.
      ...Array.from({ length: 5 }, (_, i) =>
        evaluationOf(`丁${i}`, 2024, String(60 + 7 * i), String(40 + 11 * i)),
      ),
    ];
    await insertEvaluations(
      database.db,
      made.map((evaluation) => ({ organisationId: id, evaluation, userId: null })),
    );
  });

  afterAll(async () => {
    await database?.close();
    await tdb?.drop();
  });

  const row = async (title: string) => {
    const [r] = await database.db.select().from(evaluations).where(eq(evaluations.title, title));
    if (!r) throw new Error(`no evaluation ${title}`);
    return r;
  };

  it('stores the scores of the rule set as it was before the change', async () => {
    // 8 + 20 + 20 + 15 + 10 under mof-2020's execution weight of 10.
    expect((await row('甲')).totalScore).toBe('73');
    expect((await row('甲')).grade).toBe('fair');
  });

  it('re-scores every evaluation of the year in batches, reporting progress up to the total', async () => {
    const progress: RescoreProgress[] = [];
    const summary = await rescoreEvaluations(database.db, {
      fiscalYear: 2024,
      userId: null,
      ruleSetFor,
      batchSize: 2,
      onProgress: (p) => progress.push(p),
    });
    expect(summary.total).toBe(7);
    expect(summary.done).toBe(7);
    expect(summary.batches).toBe(4);
    expect(summary.changed).toBe(7);
    expect(progress.map((p) => p.done)).toEqual([0, 2, 4, 6, 7]);
    expect(progress.every((p) => p.total === 7)).toBe(true);

    // Worked by hand: 甲 executes 80 of 100 → 20 × 80% = 16, plus 20 + 20 + 30 × 50 / 100 + 10 = 81 → 良.
    expect((await row('甲')).totalScore).toBe('81');
    expect((await row('甲')).grade).toBe('good');
    // 乙: 20 + 80 = 100 → 优.
    expect((await row('乙')).totalScore).toBe('100');
    expect((await row('乙')).grade).toBe('excellent');
    // Another year is left as it was.
    expect((await row('丙')).totalScore).toBe('73');
  });

  it('leaves every evaluation of the year with exactly what the engine gives under the changed rule set', async () => {
    const rows = await database.db
      .select()
      .from(evaluations)
      .where(eq(evaluations.fiscalYear, 2024))
      .orderBy(asc(evaluations.id));
    for (const r of rows) {
      const evaluation = parseEvaluation(r.data);
      const result = scoreEvaluation(evaluation, changed);
      const { findings } = evaluate(evaluation, changed);
      expect(r.totalScore).toBe(result.scored ? result.totalScore.toString() : null);
      expect(r.grade).toBe(result.grade?.key ?? null);
      expect(r.errorCount).toBe(findings.filter((f) => f.severity === 'error').length);
      // The document and its version are untouched: an editor's open form stays current.
      expect(r.version).toBe(1);
    }
  });

  it('writes one audit line per re-scored evaluation with its figures before and after', async () => {
    const first = await row('甲');
    const lines = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'rescore'), eq(auditLog.entityId, first.id)));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.before).toMatchObject({ totalScore: '73', grade: 'fair' });
    expect(lines[0]?.after).toMatchObject({ totalScore: '81', grade: 'good' });
    const all = await database.db.select().from(auditLog).where(eq(auditLog.action, 'rescore'));
    expect(all).toHaveLength(7);
  });

  it('changes nothing and logs nothing when run again under the same rules', async () => {
    const summary = await rescoreEvaluations(database.db, { fiscalYear: 2024, userId: null, ruleSetFor });
    expect(summary).toMatchObject({ total: 7, done: 7, changed: 0, skipped: 0 });
    const all = await database.db.select().from(auditLog).where(eq(auditLog.action, 'rescore'));
    expect(all).toHaveLength(7);
  });

  it('re-scores only the rule set asked for', async () => {
    const summary = await rescoreEvaluations(database.db, {
      fiscalYear: 2023,
      ruleSetId: 'beijing-2024',
      userId: null,
      ruleSetFor,
    });
    expect(summary).toMatchObject({ total: 0, done: 0, changed: 0 });
    expect((await row('丙')).totalScore).toBe('73');
  });
});
