import { EVALUATION_WORKFLOW, isEditable, parseDeclaration, type TargetDeclaration } from '@jixiao/domain';
import { and, eq } from 'drizzle-orm';
import { audit } from '../db/audit';
import type { Db } from '../db/connect';
import { organisations, targetDeclarations } from '../db/schema';
import { assertProjectOfUnit } from '../evaluations/edit';
import { conflict, invalid, notFound, staleVersion } from '../http/errors';
import { serverMessage as m } from '../messages';
import { withAssignedRuleSet } from '../rule-sets/assignments';
import { knowRuleSet } from '../rule-sets/registry';
import { type DeclarationRow, declarationOf, insertDeclaration, updateDeclarationVersioned } from './store';

/** Content changes only in the workflow's editable statuses (草稿, 已退回); approved declarations are locked. */
function assertEditable(row: Pick<DeclarationRow, 'status'>, what: 'edit' | 'delete'): void {
  if (isEditable(EVALUATION_WORKFLOW, row.status)) return;
  const key = what === 'edit' ? 'declaration.notEditable' : 'declaration.notDeletable';
  throw conflict(m(key, { status: m(`status.${row.status}`) }));
}

/** A new draft declaration under a unit, optionally tied to one of the unit's projects. */
export async function createDeclaration(
  db: Db,
  input: {
    organisationId: string;
    projectId?: string;
    declaration: unknown;
    userId: string;
    action?: string;
  },
): Promise<DeclarationRow> {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, input.organisationId));
  if (org?.kind !== 'unit') throw invalid(m('declaration.onlyUnits'));
  const declaration = await withAssignedRuleSet(db, org.path, parseDeclaration(input.declaration));
  await knowRuleSet(db, declaration.ruleSet);
  if (input.projectId) await assertProjectOfUnit(db, input.projectId, org.id);
  return db.transaction((tx) =>
    insertDeclaration(tx, {
      organisationId: org.id,
      projectId: input.projectId ?? null,
      declaration,
      userId: input.userId,
      ...(input.action ? { action: input.action } : {}),
    }),
  );
}

/** Everything of a declaration but the adjustments of its indicators: what an adjustment may not change. */
function withoutAdjustments(d: TargetDeclaration): unknown {
  return { ...d, indicators: d.indicators.map(({ adjustment: _a, ...rest }) => rest) };
}

/**
 * While an adjustment is under way (phase `adjustment`, returned or withdrawn to the preparer), only the
 * adjusted targets and reasons may change; adjustments approved before stay as approved.
 */
function assertOnlyAdjustments(before: TargetDeclaration, after: TargetDeclaration): void {
  const same = JSON.stringify(withoutAdjustments(before)) === JSON.stringify(withoutAdjustments(after));
  const approvedKept = before.indicators.every(
    (b, i) =>
      b.adjustment?.approvedOn === undefined ||
      JSON.stringify(b.adjustment) === JSON.stringify(after.indicators[i]?.adjustment),
  );
  const noneDated = after.indicators.every(
    (a, i) =>
      a.adjustment?.approvedOn === undefined ||
      a.adjustment.approvedOn === before.indicators[i]?.adjustment?.approvedOn,
  );
  if (!same || !approvedKept || !noneDated) throw conflict(m('declaration.adjustOnlyTargets'));
}

/** Saves an editable declaration at the version the editor read (409 when stale). */
export async function saveDeclaration(
  db: Db,
  input: { id: string; version: number; declaration: unknown; userId: string },
): Promise<DeclarationRow> {
  const declaration = parseDeclaration(input.declaration);
  await knowRuleSet(db, declaration.ruleSet);
  return db.transaction((tx) =>
    updateDeclarationVersioned(
      tx,
      input.id,
      input.version,
      input.userId,
      (current) => {
        assertEditable(current, 'edit');
        if (current.phase === 'adjustment') assertOnlyAdjustments(declarationOf(current), declaration);
        return { declaration };
      },
      'update',
    ),
  );
}

/** Deletes a draft declaration (never one whose adjustment is under way) at the version read. */
export async function deleteDeclaration(
  db: Db,
  input: { id: string; version: number; userId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(targetDeclarations).where(eq(targetDeclarations.id, input.id));
    if (!current) throw notFound('entity.declaration');
    if (current.phase === 'adjustment')
      throw conflict(m('declaration.notDeletable', { status: m('label.adjustments') }));
    assertEditable(current, 'delete');
    const [gone] = await tx
      .delete(targetDeclarations)
      .where(and(eq(targetDeclarations.id, current.id), eq(targetDeclarations.version, input.version)))
      .returning({ id: targetDeclarations.id });
    if (!gone) throw staleVersion(current.version, input.version);
    await audit(tx, {
      userId: input.userId,
      action: 'delete',
      entity: 'declaration',
      entityId: current.id,
      before: { status: current.status, version: current.version, title: current.title },
    });
  });
}
