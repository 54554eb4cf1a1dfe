import { checkDeclaration, type Finding, parseDeclaration, type TargetDeclaration } from '@jixiao/domain';
import { and, eq } from 'drizzle-orm';
import { audit } from '../db/audit';
import type { DbOrTx } from '../db/connect';
import { type DeclarationPhase, type EvaluationStatus, targetDeclarations } from '../db/schema';
import { priorYearEvaluation } from '../evaluations/prior-year';
import { notFound, staleVersion } from '../http/errors';
import { libraryItems } from '../library/store';
import { ruleSetFor } from '../rule-sets/registry';

/**
 * Target declarations stored as evaluations are: the domain's JSON plus list columns recomputed from it on
 * every write, a `version` for optimistic concurrency (one UPDATE … WHERE version = $v, 409 when stale) and
 * an audit line per change in the same transaction (entity `declaration`).
 */

export type DeclarationRow = typeof targetDeclarations.$inferSelect;

/**
 * The target checks of a declaration under its rule set (domain `checkDeclaration`), with what only the
 * database knows: last year's self-evaluation of the same project or unit (evaluations/prior-year.ts, so
 * `target.too-low` fires), and the indicator library as the server serves it — the builtin entries with
 * the ones the finance bureau added or changed (library/store.ts) — so their library ids are known.
 */
export async function findingsOf(
  db: DbOrTx,
  organisationId: string,
  declaration: TargetDeclaration,
): Promise<Finding[]> {
  const { project } = declaration;
  const priorYear = await priorYearEvaluation(db, {
    organisationId,
    kind: declaration.kind,
    fiscalYear: declaration.fiscalYear,
    project: project ? { code: project.code || undefined, name: project.name || undefined } : undefined,
  });
  const library = (await libraryItems(db)).map((item) => item.entry);
  return checkDeclaration(declaration, ruleSetFor(declaration.ruleSet), {
    library,
    ...(priorYear ? { priorYear } : {}),
  });
}

/** The list columns, recomputed from the document. */
export function declarationColumns(declaration: TargetDeclaration, findings: readonly Finding[]) {
  return {
    kind: declaration.kind,
    fiscalYear: declaration.fiscalYear,
    title:
      declaration.kind === 'project' && declaration.project
        ? declaration.project.name
        : declaration.unit.name,
    unitName: declaration.unit.name,
    ruleSetId: declaration.ruleSet,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
  };
}

/** The stored JSON parsed again, so defaults of newer schema versions apply. */
export const declarationOf = (row: DeclarationRow): TargetDeclaration => parseDeclaration(row.data);

export async function loadDeclaration(db: DbOrTx, id: string): Promise<DeclarationRow> {
  const [row] = await db.select().from(targetDeclarations).where(eq(targetDeclarations.id, id));
  if (!row) throw notFound('entity.declaration');
  return row;
}

export async function insertDeclaration(
  tx: DbOrTx,
  input: {
    organisationId: string;
    projectId: string | null;
    declaration: TargetDeclaration;
    userId: string;
    action?: string;
  },
): Promise<DeclarationRow> {
  const [row] = await tx
    .insert(targetDeclarations)
    .values({
      organisationId: input.organisationId,
      projectId: input.projectId,
      data: input.declaration,
      ...declarationColumns(input.declaration, await findingsOf(tx, input.organisationId, input.declaration)),
      updatedBy: input.userId,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await audit(tx, {
    userId: input.userId,
    action: input.action ?? 'create',
    entity: 'declaration',
    entityId: row.id,
    after: { status: row.status, version: row.version, data: input.declaration },
  });
  return row;
}

/** What a versioned update changes: the document, the status, the phase, the generated evaluation. */
export interface DeclarationChange {
  declaration?: TargetDeclaration;
  status?: EvaluationStatus;
  phase?: DeclarationPhase;
  evaluationId?: string;
}

/**
 * The row changes only at the version the editor read; `change` may be a function of the row as the
 * transaction reads it (refusing by throwing). The audit line stores the changed paths only.
 */
export async function updateDeclarationVersioned(
  tx: DbOrTx,
  id: string,
  version: number,
  userId: string,
  change: DeclarationChange | ((before: DeclarationRow) => DeclarationChange),
  action: string,
  note: Record<string, unknown> = {},
): Promise<DeclarationRow> {
  const before = await loadDeclaration(tx, id);
  const { declaration, ...rest } = typeof change === 'function' ? change(before) : change;
  const [row] = await tx
    .update(targetDeclarations)
    .set({
      ...(declaration
        ? {
            data: declaration,
            ...declarationColumns(declaration, await findingsOf(tx, before.organisationId, declaration)),
          }
        : {}),
      ...rest,
      version: version + 1,
      updatedAt: new Date(),
      updatedBy: userId,
    })
    .where(and(eq(targetDeclarations.id, id), eq(targetDeclarations.version, version)))
    .returning();
  if (!row) throw staleVersion(before.version, version);
  await audit(tx, {
    userId,
    action,
    entity: 'declaration',
    entityId: id,
    before: {
      status: before.status,
      phase: before.phase,
      version: before.version,
      data: declaration ? before.data : undefined,
    },
    after: { status: row.status, phase: row.phase, version: row.version, data: declaration, ...note },
    keep: ['status', 'phase', 'checklist'],
  });
  return row;
}
