import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Evaluation, parseEvaluation } from '@jixiao/domain';
import { and, count, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { underPathColumn } from '../access/tree-path';
import { audit } from '../db/audit';
import type { Db, Tx } from '../db/connect';
import { budgets, evaluations, organisations, projects } from '../db/schema';
import { insertEvaluations } from '../evaluations/store';
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

type Place = { id: string; path: string };
type OrgKind = 'financeBureau' | 'department' | 'unit';

/**
 * The 财政局 → 主管部门 → 单位 of every seed, found by parent and name or made (flagged demo): one read of
 * the organisations bearing those names and one insert of the missing ones, whatever the number of seeds.
 */
async function demoUnits(tx: Tx, seeds: readonly { evaluation: Evaluation }[]): Promise<Place[]> {
  const levels = seeds.map(({ evaluation }) => {
    const regionName = evaluation.unit.region?.name ?? '示例地区';
    const regionCode = evaluation.unit.region?.code ?? null;
    const departmentName = evaluation.unit.department ?? evaluation.unit.name;
    const unitName =
      departmentName === evaluation.unit.name ? `${evaluation.unit.name}（本级）` : evaluation.unit.name;
    return { bureau: `${regionName}财政局（演示）`, department: departmentName, unit: unitName, regionCode };
  });
  const names = [...new Set(levels.flatMap((l) => [l.bureau, l.department, l.unit]))];
  const existing = await tx
    .select({
      id: organisations.id,
      path: organisations.path,
      parentId: organisations.parentId,
      name: organisations.name,
    })
    .from(organisations)
    .where(inArray(organisations.name, names));
  const key = (parentId: string | null, name: string) => `${parentId ?? ''}/${name}`;
  const known = new Map<string, Place>(existing.map((o) => [key(o.parentId, o.name), o]));
  const made: (typeof organisations.$inferInsert)[] = [];
  const placeOf = (parent: Place | null, kind: OrgKind, name: string, regionCode: string | null): Place => {
    const k = key(parent?.id ?? null, name);
    const found = known.get(k);
    if (found) return found;
    const id = crypto.randomUUID();
    const place = { id, path: `${parent?.path ?? '/'}${id}/` };
    made.push({ id, parentId: parent?.id ?? null, kind, name, regionCode, path: place.path, demo: true });
    known.set(k, place);
    return place;
  };
  const units = levels.map((l) => {
    const bureau = placeOf(null, 'financeBureau', l.bureau, l.regionCode);
    return placeOf(placeOf(bureau, 'department', l.department, l.regionCode), 'unit', l.unit, l.regionCode);
  });
  if (made.length > 0) await tx.insert(organisations).values(made);
  return units;
}

/**
 * Loads the seeds as demo data: per region a 财政局, per seed unit a 主管部门 with the unit itself (本级)
 * under it, its budget figures, project and evaluation — everything flagged demo so one command removes it.
 * Returns the number of evaluations loaded. One transaction of a few statements (each table in one insert):
 * all of it or none.
 */
export async function loadDemoData(db: Db, seeds = readSeeds()): Promise<number> {
  if (seeds.length === 0) return 0;
  return db.transaction(async (tx) => {
    const units = await demoUnits(tx, seeds);
    const placed = seeds.map(({ evaluation }, i) => {
      const unit = units[i];
      if (!unit) throw new Error('a demo seed without its unit');
      const projectId = evaluation.kind === 'project' && evaluation.project ? crypto.randomUUID() : null;
      return { evaluation, unit, projectId };
    });
    await tx
      .insert(budgets)
      .values(
        placed.map(({ evaluation, unit }) => ({
          organisationId: unit.id,
          fiscalYear: evaluation.fiscalYear,
          amountUnit: evaluation.amountUnit,
          initialBudget: evaluation.funds.total.initialBudget ?? null,
          adjustedBudget: evaluation.funds.total.adjustedBudget ?? null,
          executed: evaluation.funds.total.executed ?? null,
          demo: true,
        })),
      )
      .onConflictDoNothing();
    const projectRows = placed.flatMap(({ evaluation, unit, projectId }) =>
      projectId && evaluation.project
        ? [
            {
              id: projectId,
              organisationId: unit.id,
              fiscalYear: evaluation.fiscalYear,
              name: evaluation.project.name,
              code: evaluation.project.code ?? null,
              amountUnit: evaluation.amountUnit,
              budget: evaluation.funds.total.adjustedBudget ?? null,
              demo: true,
            },
          ]
        : [],
    );
    if (projectRows.length > 0) await tx.insert(projects).values(projectRows);
    await insertEvaluations(
      tx,
      placed.map(({ evaluation, unit, projectId }) => ({
        organisationId: unit.id,
        projectId,
        evaluation: { ...evaluation, meta: { ...evaluation.meta, demo: true } },
        userId: null,
        demo: true,
      })),
    );
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
