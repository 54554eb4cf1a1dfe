import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Evaluation, parseEvaluation } from '@jixiao/domain';
import { and, count, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { underPathColumn } from '../access/tree-path';
import { audit } from '../db/audit';
import type { Db, Tx } from '../db/connect';
import { budgets, evaluations, organisations, projects } from '../db/schema';
import { insertEvaluation } from '../evaluations/store';
import { conflict } from '../http/errors';
import { serverMessage as m } from '../messages';

/** The five seed examples (examples/seeds), real self-evaluations, shown on an empty database. */
export const SEEDS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), '../../../../examples/seeds');

export function readSeeds(folder = SEEDS_FOLDER): { file: string; evaluation: Evaluation }[] {
  const files = readdirSync(folder)
    .filter((f) => /^seed-\d+\.json$/.test(f))
    .sort();
  return files.map((file) => ({
    file,
    evaluation: parseEvaluation(JSON.parse(readFileSync(join(folder, file), 'utf8')), { file }),
  }));
}

async function findOrCreateOrg(
  tx: Tx,
  parent: { id: string; path: string } | null,
  kind: 'financeBureau' | 'department' | 'unit',
  name: string,
  regionCode: string | null,
): Promise<{ id: string; path: string }> {
  const [existing] = await tx
    .select({ id: organisations.id, path: organisations.path })
    .from(organisations)
    .where(
      and(
        parent ? eq(organisations.parentId, parent.id) : isNull(organisations.parentId),
        eq(organisations.name, name),
      ),
    );
  if (existing) return existing;
  const id = crypto.randomUUID();
  const path = `${parent?.path ?? '/'}${id}/`;
  await tx
    .insert(organisations)
    .values({ id, parentId: parent?.id ?? null, kind, name, regionCode, path, demo: true });
  return { id, path };
}

/**
 * Loads the seeds as demo data: per region a 财政局, per seed unit a 主管部门 with the unit itself (本级)
 * under it, its budget figures, project and evaluation — everything flagged demo so one command removes it.
 * Returns the number of evaluations loaded. One transaction: all of it or none.
 */
export async function loadDemoData(db: Db, seeds = readSeeds()): Promise<number> {
  return db.transaction(async (tx) => {
    for (const { evaluation } of seeds) {
      const regionName = evaluation.unit.region?.name ?? '示例地区';
      const regionCode = evaluation.unit.region?.code ?? null;
      const bureau = await findOrCreateOrg(
        tx,
        null,
        'financeBureau',
        `${regionName}财政局（演示）`,
        regionCode,
      );
      const departmentName = evaluation.unit.department ?? evaluation.unit.name;
      const department = await findOrCreateOrg(tx, bureau, 'department', departmentName, regionCode);
      const unitName =
        departmentName === evaluation.unit.name ? `${evaluation.unit.name}（本级）` : evaluation.unit.name;
      const unit = await findOrCreateOrg(tx, department, 'unit', unitName, regionCode);
      const total = evaluation.funds.total;
      await tx
        .insert(budgets)
        .values({
          organisationId: unit.id,
          fiscalYear: evaluation.fiscalYear,
          amountUnit: evaluation.amountUnit,
          initialBudget: total.initialBudget ?? null,
          adjustedBudget: total.adjustedBudget ?? null,
          executed: total.executed ?? null,
          demo: true,
        })
        .onConflictDoNothing();
      let projectId: string | null = null;
      if (evaluation.kind === 'project' && evaluation.project) {
        const [p] = await tx
          .insert(projects)
          .values({
            organisationId: unit.id,
            fiscalYear: evaluation.fiscalYear,
            name: evaluation.project.name,
            code: evaluation.project.code ?? null,
            amountUnit: evaluation.amountUnit,
            budget: total.adjustedBudget ?? null,
            demo: true,
          })
          .returning({ id: projects.id });
        projectId = p?.id ?? null;
      }
      const marked = { ...evaluation, meta: { ...evaluation.meta, demo: true } };
      await insertEvaluation(tx, {
        organisationId: unit.id,
        projectId,
        evaluation: marked,
        userId: null,
        demo: true,
      });
    }
    return seeds.length;
  });
}

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisations);
  return (row?.n ?? 0) === 0;
}

/** Removes everything flagged demo; the audit log keeps its lines (it is append-only). */
export async function removeDemoData(
  db: Db,
  userId: string | null,
): Promise<{ organisations: number; evaluations: number }> {
  return db.transaction(async (tx) => {
    // Real work placed under a demo organisation would go with it (cascades): refuse instead.
    const demoOrg = alias(organisations, 'demo_org');
    const [below] = await tx
      .select({ n: count() })
      .from(organisations)
      .innerJoin(demoOrg, underPathColumn(organisations.path, demoOrg.path))
      .where(and(eq(demoOrg.demo, true), eq(organisations.demo, false)));
    let mixedRows = below?.n ?? 0;
    for (const table of [evaluations, budgets, projects]) {
      const [row] = await tx
        .select({ n: count() })
        .from(table)
        .innerJoin(organisations, eq(organisations.id, table.organisationId))
        .where(and(eq(organisations.demo, true), eq(table.demo, false)));
      mixedRows += row?.n ?? 0;
    }
    if (mixedRows > 0) {
      throw conflict(m('demo.hasRealData'));
    }
    const evs = await tx
      .delete(evaluations)
      .where(eq(evaluations.demo, true))
      .returning({ id: evaluations.id });
    await tx.delete(projects).where(eq(projects.demo, true));
    await tx.delete(budgets).where(eq(budgets.demo, true));
    // Children first would be needed without cascades; organisations cascade to what hangs below them.
    const orgs = await tx
      .delete(organisations)
      .where(eq(organisations.demo, true))
      .returning({ id: organisations.id });
    await audit(tx, {
      userId,
      action: 'removeDemo',
      entity: 'demo',
      entityId: 'demo',
      after: { organisations: orgs.length, evaluations: evs.length },
    });
    return { organisations: orgs.length, evaluations: evs.length };
  });
}
