import {
  convertAmount,
  type Finding,
  isFinal,
  type Publisher,
  publisherOf,
  scoredTotal,
} from '@jixiao/domain';
import { writeDeclarationXlsx } from '@jixiao/formats';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Principal } from '../auth/sessions';
import { audit } from '../db/audit';
import type { Db, DbOrTx } from '../db/connect';
import { type EvaluationStatus, organisations, publications } from '../db/schema';
import { declarationOf, findingsOf, loadDeclaration } from '../declarations/store';
import { outcomeOf } from '../evaluations/derive';
import { exportEvaluation } from '../evaluations/export';
import { loadEvaluationAt, modelOf } from '../evaluations/read';
import { workflowOf } from '../evaluations/status';
import type { HeavyPool } from '../heavy/pool';
import { conflict, forbidden, invalid, notFound } from '../http/errors';
import { serverMessage as m } from '../messages';
import { ruleSetFor } from '../rule-sets/registry';

/**
 * 信息公开: publishing freezes a snapshot of an approved item — names, figures, findings counts and the
 * document bytes — in `publications`, so the public site reads only that table. Who publishes is rule-set
 * data (`publication.publisher`: 财政局 by default, or 主管部门 by local rule); a withdrawal needs a reason.
 * Both are audit-logged (entity `publication`) in the transaction that writes the row.
 */

export type PublicationRow = typeof publications.$inferSelect;
type NewPublication = typeof publications.$inferInsert;

/** The role whose holders publish under each rule; the 财政局's reviewer or the 主管部门's reviewer. */
const PUBLISHER_ROLE = { financeBureau: 'financeReviewer', department: 'departmentReviewer' } as const;

/** Refuses (403) a principal who does not hold the publishing role at or above the organisation. */
export function assertPublisher(principal: Principal, publisher: Publisher, organisationPath: string): void {
  const role = PUBLISHER_ROLE[publisher];
  const holds = principal.grants.some(
    (g) => g.role === role && (g.path === null || organisationPath.startsWith(g.path)),
  );
  if (!holds)
    throw forbidden(
      m(publisher === 'financeBureau' ? 'publication.publisherFinance' : 'publication.publisherDepartment'),
    );
}

/** The names along an organisation path: the root (区划, its 财政局), the 主管部门 and the 单位. */
export async function namesOnPath(
  db: DbOrTx,
  path: string,
): Promise<{ region: string; department: string | null; unit: string | null }> {
  const ids = path.split('/').filter((s) => s !== '');
  const rows = ids.length
    ? await db
        .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
        .from(organisations)
        .where(inArray(organisations.id, ids))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const chain = ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
  return {
    region: chain[0]?.name ?? '',
    department: chain.find((r) => r.kind === 'department')?.name ?? null,
    unit: chain.find((r) => r.kind === 'unit')?.name ?? null,
  };
}

function counts(findings: readonly Finding[]) {
  const of = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return { errorCount: of('error'), warningCount: of('warning'), infoCount: of('info') };
}

const statusText = (status: EvaluationStatus) => m(`status.${status}`);

async function refuseLiveDuplicate(db: DbOrTx, kind: PublicationRow['kind'], itemId: string): Promise<void> {
  const [live] = await db
    .select({ id: publications.id })
    .from(publications)
    .where(
      and(eq(publications.kind, kind), eq(publications.itemId, itemId), isNull(publications.withdrawnAt)),
    );
  if (live) throw conflict(m('publication.alreadyPublished'));
}

/** Writes the row and its audit line in one transaction; a concurrent second publish hits the unique index. */
async function insertPublication(db: Db, row: NewPublication): Promise<PublicationRow> {
  return db.transaction(async (tx) => {
    if (row.itemId) await refuseLiveDuplicate(tx, row.kind, row.itemId);
    const [inserted] = await tx.insert(publications).values(row).returning();
    if (!inserted) throw new Error('insert returned no publication');
    await audit(tx, {
      userId: row.publishedBy,
      action: 'publish',
      entity: 'publication',
      entityId: inserted.id,
      after: { kind: row.kind, itemId: row.itemId ?? null, title: row.title, fiscalYear: row.fiscalYear },
    });
    return inserted;
  });
}

/**
 * Publishes an approved (final) self-evaluation: its 自评表 .xlsx and its report as PDF are made now (the PDF in
 * a slot of the heavy pool), before the transaction, so a failed conversion writes nothing.
 */
export async function publishEvaluation(
  db: Db,
  heavy: HeavyPool,
  principal: Principal,
  id: string,
  ticket?: string,
): Promise<PublicationRow> {
  const { row, organisationPath } = await loadEvaluationAt(db, id);
  if (organisationPath === undefined) throw notFound('entity.evaluation');
  const ruleSet = ruleSetFor(row.ruleSetId);
  const publisher = publisherOf(ruleSet);
  assertPublisher(principal, publisher, organisationPath);
  if (!isFinal(workflowOf(row.ruleSetId), row.status))
    throw conflict(
      m('publication.notApproved', { what: m('entity.evaluation'), status: statusText(row.status) }),
    );
  await refuseLiveDuplicate(db, 'evaluation', row.id);
  const evaluation = modelOf(row);
  const outcome = outcomeOf(evaluation);
  const base = `${row.title}-${row.fiscalYear}`;
  const table = await exportEvaluation(evaluation, 'xlsx', base);
  const report = await heavy.run(() => exportEvaluation(evaluation, 'pdf', base), ticket);
  const names = await namesOnPath(db, organisationPath);
  const { execution } = outcome.result;
  const wan = (v: typeof execution.budget) =>
    v === undefined ? null : convertAmount(v, evaluation.amountUnit, 'wanYuan').toFixed();
  const score = scoredTotal(outcome.result);
  return insertPublication(db, {
    kind: 'evaluation',
    itemId: row.id,
    fiscalYear: row.fiscalYear,
    organisationId: row.organisationId,
    organisationPath,
    regionName: names.region,
    departmentName: names.department,
    unitName: names.unit ?? row.unitName,
    title: row.title,
    evaluationKind: row.kind,
    score: score?.toFixed() ?? null,
    grade: outcome.result.grade?.key ?? null,
    gradeWord: outcome.result.grade?.label ?? null,
    budgetWanYuan: wan(execution.budget),
    executedWanYuan: wan(execution.executed),
    executionRate: execution.ratePercent?.toFixed() ?? null,
    ...counts(outcome.findings),
    snapshot: { ruleSet: ruleSet.id, ruleSetName: ruleSet.name, status: row.status, version: row.version },
    reportPdf: Buffer.from(bytesOf(report.body)),
    tableXlsx: Buffer.from(bytesOf(table.body)),
    publisher,
    publishedBy: principal.userId,
  });
}

function bytesOf(body: string | Buffer | Uint8Array): Uint8Array {
  return typeof body === 'string' ? new TextEncoder().encode(body) : body;
}

/** Publishes an approved 绩效目标申报表 with its .xlsx (a declaration has no report and no score). */
export async function publishDeclaration(
  db: Db,
  principal: Principal,
  id: string,
  organisationPath: string,
): Promise<PublicationRow> {
  const row = await loadDeclaration(db, id);
  const publisher = publisherOf(ruleSetFor(row.ruleSetId));
  assertPublisher(principal, publisher, organisationPath);
  if (row.status !== 'approved')
    throw conflict(
      m('publication.notApproved', { what: m('entity.declaration'), status: statusText(row.status) }),
    );
  await refuseLiveDuplicate(db, 'declaration', row.id);
  const declaration = declarationOf(row);
  const findings = await findingsOf(db, row.organisationId, declaration);
  const xlsx = await writeDeclarationXlsx(declaration);
  const names = await namesOnPath(db, organisationPath);
  return insertPublication(db, {
    kind: 'declaration',
    itemId: row.id,
    fiscalYear: row.fiscalYear,
    organisationId: row.organisationId,
    organisationPath,
    regionName: names.region,
    departmentName: names.department,
    unitName: names.unit ?? row.unitName,
    title: row.title,
    evaluationKind: row.kind,
    ...counts(findings),
    snapshot: { ruleSet: row.ruleSetId, phase: row.phase, version: row.version },
    tableXlsx: Buffer.from(xlsx),
    publisher,
    publishedBy: principal.userId,
  });
}

/**
 * The interface for the 结果应用 list (built on h/results): a plain JSON snapshot of the list and, optionally,
 * its .xlsx, published by the bureau (or department) whose organisation it covers. Not yet behind a route.
 */
export interface ResultsListSnapshot {
  organisationId: string;
  fiscalYear: number;
  title: string;
  /** Published as it is: whatever plain JSON the list is (rows of department, unit, grade, suggestion …). */
  data: Record<string, unknown>;
  xlsx?: Uint8Array;
}

export async function publishResultsList(
  db: Db,
  principal: Principal,
  list: ResultsListSnapshot,
  ruleSetId: string,
): Promise<PublicationRow> {
  const [org] = await db
    .select({ path: organisations.path })
    .from(organisations)
    .where(eq(organisations.id, list.organisationId));
  if (!org) throw notFound('entity.organisation');
  const publisher = publisherOf(ruleSetFor(ruleSetId));
  assertPublisher(principal, publisher, org.path);
  const names = await namesOnPath(db, org.path);
  return insertPublication(db, {
    kind: 'results',
    itemId: null,
    fiscalYear: list.fiscalYear,
    organisationId: list.organisationId,
    organisationPath: org.path,
    regionName: names.region,
    departmentName: names.department,
    unitName: names.unit,
    title: list.title,
    snapshot: list.data,
    tableXlsx: list.xlsx ? Buffer.from(list.xlsx) : null,
    publisher,
    publishedBy: principal.userId,
  });
}

/** 撤回: with a reason, by the publisher's role; the row stays (withdrawn_*) and leaves every public answer. */
export async function withdrawPublication(
  db: Db,
  principal: Principal,
  id: string,
  reason: string,
): Promise<PublicationRow> {
  const trimmed = reason.trim();
  if (trimmed === '') {
    const message = m('publication.reasonRequired');
    throw invalid(message, [{ message, location: { path: 'reason' } }]);
  }
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(publications).where(eq(publications.id, id)).for('update');
    if (!row) throw notFound('entity.publication');
    assertPublisher(principal, row.publisher, row.organisationPath);
    if (row.withdrawnAt) throw conflict(m('publication.alreadyWithdrawn'));
    const [updated] = await tx
      .update(publications)
      .set({ withdrawnAt: new Date(), withdrawnBy: principal.userId, withdrawReason: trimmed })
      .where(eq(publications.id, id))
      .returning();
    if (!updated) throw notFound('entity.publication');
    await audit(tx, {
      userId: principal.userId,
      action: 'withdraw',
      entity: 'publication',
      entityId: id,
      before: { withdrawnAt: null },
      after: { withdrawnAt: updated.withdrawnAt?.toISOString() ?? null, reason: trimmed },
    });
    return updated;
  });
}
