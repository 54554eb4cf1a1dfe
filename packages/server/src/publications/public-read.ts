import { and, asc, count, desc, eq, ilike, isNull, or, type SQL, sql } from 'drizzle-orm';
import { escapeLike } from '../access/tree-path';
import type { DbOrTx } from '../db/connect';
import { publications } from '../db/schema';
import { notFound } from '../http/errors';
import type { PublicationRow } from './publish';

/**
 * What the public site reads: live (not withdrawn) publications only, every query through `live()`, so a
 * withdrawn or never-published item cannot reach a public answer. Nothing here reads another table.
 */

/** The one condition every public read carries. */
const live = (...more: (SQL | undefined)[]) => and(isNull(publications.withdrawnAt), ...more);

export interface PublicFilter {
  year?: number | undefined;
  region?: string | undefined;
  department?: string | undefined;
  unit?: string | undefined;
  kind?: PublicationRow['kind'] | undefined;
  q?: string | undefined;
}

function conditions(f: PublicFilter): SQL | undefined {
  const q = f.q?.trim();
  const pattern = q ? `%${escapeLike(q)}%` : undefined;
  return live(
    f.year !== undefined ? eq(publications.fiscalYear, f.year) : undefined,
    f.region ? eq(publications.regionName, f.region) : undefined,
    f.department ? eq(publications.departmentName, f.department) : undefined,
    f.unit ? eq(publications.unitName, f.unit) : undefined,
    f.kind ? eq(publications.kind, f.kind) : undefined,
    pattern
      ? or(
          ilike(publications.title, pattern),
          ilike(publications.unitName, pattern),
          ilike(publications.departmentName, pattern),
          ilike(publications.regionName, pattern),
        )
      : undefined,
  );
}

/** The list columns: everything but the document bytes (whose presence is told by two booleans). */
const listColumns = {
  id: publications.id,
  kind: publications.kind,
  fiscalYear: publications.fiscalYear,
  regionName: publications.regionName,
  departmentName: publications.departmentName,
  unitName: publications.unitName,
  title: publications.title,
  evaluationKind: publications.evaluationKind,
  score: publications.score,
  grade: publications.grade,
  gradeWord: publications.gradeWord,
  budgetWanYuan: publications.budgetWanYuan,
  executedWanYuan: publications.executedWanYuan,
  executionRate: publications.executionRate,
  errorCount: publications.errorCount,
  warningCount: publications.warningCount,
  infoCount: publications.infoCount,
  publishedAt: publications.publishedAt,
  hasReport: sql<boolean>`${publications.reportPdf} is not null`,
  hasTable: sql<boolean>`${publications.tableXlsx} is not null`,
};

/** One live publication as the list reads it. */
export type PublicListRow = Awaited<ReturnType<typeof publishedEvaluations>>[number];

export async function listPublic(db: DbOrTx, f: PublicFilter, page: number, pageSize: number) {
  const where = conditions(f);
  const [items, [total], facets] = await Promise.all([
    db
      .select(listColumns)
      .from(publications)
      .where(where)
      .orderBy(desc(publications.publishedAt), asc(publications.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(publications).where(where),
    facetsOf(db),
  ]);
  return { items, total: total?.n ?? 0, page, pageSize, facets };
}

/** The values the filters offer: what live publications have, each list sorted. */
async function facetsOf(db: DbOrTx) {
  const rows = await db
    .selectDistinct({
      year: publications.fiscalYear,
      region: publications.regionName,
      department: publications.departmentName,
      unit: publications.unitName,
    })
    .from(publications)
    .where(live());
  const sorted = <T extends string | number>(values: (T | null)[]) =>
    [...new Set(values.filter((v): v is T => v !== null))].sort((a, b) =>
      typeof a === 'number' && typeof b === 'number' ? b - a : String(a).localeCompare(String(b), 'zh'),
    );
  return {
    years: sorted(rows.map((r) => r.year)),
    regions: sorted(rows.map((r) => r.region)),
    departments: sorted(rows.map((r) => r.department)),
    units: sorted(rows.map((r) => r.unit)),
  };
}

export async function publicItem(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ ...listColumns, snapshot: publications.snapshot })
    .from(publications)
    .where(live(eq(publications.id, id)));
  if (!row) throw notFound('entity.publication');
  return row;
}

/** The bytes of one frozen document, or undefined when the publication has none; 404 when not live. */
export async function publicFile(db: DbOrTx, id: string, file: 'pdf' | 'xlsx') {
  const column = file === 'pdf' ? publications.reportPdf : publications.tableXlsx;
  const [row] = await db
    .select({
      bytes: column,
      title: publications.title,
      fiscalYear: publications.fiscalYear,
      kind: publications.kind,
    })
    .from(publications)
    .where(live(eq(publications.id, id)));
  if (!row) throw notFound('entity.publication');
  return row;
}

/** Every live published evaluation (the open-data rows), oldest year first, then by names. */
export async function publishedEvaluations(db: DbOrTx, year?: number) {
  return db
    .select(listColumns)
    .from(publications)
    .where(
      live(
        eq(publications.kind, 'evaluation'),
        year !== undefined ? eq(publications.fiscalYear, year) : undefined,
      ),
    )
    .orderBy(
      asc(publications.fiscalYear),
      asc(publications.regionName),
      asc(publications.departmentName),
      asc(publications.unitName),
      asc(publications.title),
      asc(publications.id),
    );
}
