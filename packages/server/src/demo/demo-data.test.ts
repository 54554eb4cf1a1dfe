import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/harness';
import { connectDatabase, type Database } from '../db/connect';
import { budgets, evaluations, organisations, projects } from '../db/schema';
import { loadDemoData } from './demo-data';

/**
 * The five seeds: 重庆市璧山区 twice (科学技术协会 2021, 科学技术局 2022), 北京市西城区 (the one project,
 * 2024), 湖南省益阳市资阳区 and 四川省乐山市市中区; none names a 主管部门, so each unit is its own
 * department with the unit (本级) under it.
 */
describe('demo data from the seed examples', () => {
  let database: Database;
  beforeAll(async () => {
    database = await connectDatabase({ pglite: (await openTestDatabase('pglite')).pglite });
  });
  afterAll(async () => {
    await database?.close();
  });

  const counts = async () => {
    const n = async (table: typeof organisations | typeof budgets | typeof projects | typeof evaluations) =>
      (await database.db.select({ n: count() }).from(table))[0]?.n;
    return {
      organisations: await n(organisations),
      budgets: await n(budgets),
      projects: await n(projects),
      evaluations: await n(evaluations),
    };
  };

  it('places each seed under 财政局 → 主管部门 → 单位, one bureau per region, all flagged demo', async () => {
    expect(await loadDemoData(database.db)).toBe(5);
    // 4 bureaus (璧山 shared), 5 departments, 5 units.
    expect(await counts()).toEqual({ organisations: 14, budgets: 5, projects: 1, evaluations: 5 });
    const orgs = await database.db.select().from(organisations);
    expect(orgs.every((o) => o.demo)).toBe(true);
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const bishan = orgs.filter((o) => o.kind === 'financeBureau' && o.name === '重庆市璧山区财政局（演示）');
    expect(bishan).toHaveLength(1);
    for (const unit of orgs.filter((o) => o.kind === 'unit')) {
      const department = byId.get(unit.parentId ?? '');
      const bureau = byId.get(department?.parentId ?? '');
      expect([department?.kind, bureau?.kind, bureau?.parentId]).toEqual([
        'department',
        'financeBureau',
        null,
      ]);
      expect(unit.path).toBe(`/${bureau?.id}/${department?.id}/${unit.id}/`);
      expect(unit.name.endsWith('（本级）')).toBe(true);
    }
    const [project] = await database.db.select().from(projects);
    const [projectEvaluation] = await database.db
      .select({ projectId: evaluations.projectId, organisationId: evaluations.organisationId })
      .from(evaluations)
      .where(eq(evaluations.kind, 'project'));
    expect(project?.name).toBe('全区科普经费项目');
    expect(projectEvaluation).toEqual({ projectId: project?.id, organisationId: project?.organisationId });
    expect(byId.get(project?.organisationId ?? '')?.name).toBe('西城区科协（本级）');
  });

  it('loaded again, finds the same organisations and budgets and adds only the evaluations and project', async () => {
    expect(await loadDemoData(database.db)).toBe(5);
    expect(await counts()).toEqual({ organisations: 14, budgets: 5, projects: 2, evaluations: 10 });
  });
});
