import { type Evaluation, parseEvaluation } from '@jixiao/domain';
import { and, eq } from 'drizzle-orm';
import { audit } from '../db/audit';
import type { Db } from '../db/connect';
import { evaluations, organisations, projects } from '../db/schema';
import { deleteEvidenceOfEvaluation } from '../evidence/store';
import { invalid, notFound, staleVersion } from '../http/errors';
import { serverMessage as m } from '../messages';
import { withAssignedRuleSet } from '../rule-sets/assignments';
import { knowRuleSet, knowRuleSetOf } from '../rule-sets/registry';
import { outcomeOf } from './derive';
import { assertEditable } from './status';
import { type EvaluationRow, insertEvaluation, updateEvaluationVersionedAt } from './store';

/** A project named for a new evaluation or declaration must be one of the unit's (400 at `projectId`). */
export async function assertProjectOfUnit(db: Db, projectId: string, unitId: string): Promise<void> {
  const [project] = await db
    .select({ org: projects.organisationId })
    .from(projects)
    .where(eq(projects.id, projectId));
  if (project?.org === unitId) return;
  throw invalid(m('evaluation.projectNotOfUnit'), [
    {
      message: m('evaluation.projectNotOfUnit'),
      location: { path: 'projectId', label: m('label.project').text },
    },
  ]);
}

/** A new draft under a unit, optionally tied to one of the unit's projects. */
export async function createEvaluation(
  db: Db,
  input: { organisationId: string; projectId?: string; evaluation: unknown; userId: string },
): Promise<EvaluationRow> {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, input.organisationId));
  if (org?.kind !== 'unit') throw invalid(m('evaluation.onlyUnits'));
  // A region with a rule set assigned for the year scores its new evaluations with it (rule-sets/assignments.ts).
  const evaluation = await withAssignedRuleSet(db, org.path, parseEvaluation(input.evaluation));
  await knowRuleSet(db, evaluation.ruleSet);
  // Scores once before writing, so an unknown rule set is refused with its location, not stored.
  outcomeOf(evaluation);
  if (input.projectId) await assertProjectOfUnit(db, input.projectId, org.id);
  return db.transaction((tx) =>
    insertEvaluation(tx, {
      organisationId: org.id,
      projectId: input.projectId ?? null,
      evaluation,
      userId: input.userId,
    }),
  );
}

/**
 * Saves the content of an editable evaluation at the version the editor read. The status is checked on the
 * row the update's transaction reads (one read instead of two), before the body is parsed as before.
 * Answers the row, its document as parsed and its organisation's path, so the reply neither parses it again
 * nor looks the path up.
 */
export async function saveEvaluation(
  db: Db,
  input: { id: string; version: number; evaluation: unknown; userId: string },
): Promise<{ row: EvaluationRow; evaluation: Evaluation; organisationPath: string | undefined }> {
  await knowRuleSetOf(db, input.evaluation);
  let evaluation: Evaluation | undefined;
  const { row, organisationPath } = await updateEvaluationVersionedAt(
    db,
    input.id,
    input.version,
    input.userId,
    (current) => {
      assertEditable(current.status, 'edit');
      evaluation = parseEvaluation(input.evaluation);
      return { evaluation };
    },
    'update',
  );
  if (!evaluation) throw new Error('saved without a document');
  return { row, evaluation, organisationPath };
}

/** Deletes an editable evaluation at the version the editor read, audit-logged in the same transaction. */
export async function deleteEvaluation(
  db: Db,
  input: { id: string; version: number; userId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(evaluations).where(eq(evaluations.id, input.id));
    if (!current) throw notFound('entity.evaluation');
    assertEditable(current.status, 'delete');
    // Its 佐证材料 go with it, each with its own audit line (the FK's cascade only backs this up).
    await deleteEvidenceOfEvaluation(tx, current.id, input.userId);
    const [gone] = await tx
      .delete(evaluations)
      .where(and(eq(evaluations.id, current.id), eq(evaluations.version, input.version)))
      .returning({ id: evaluations.id });
    if (!gone) throw staleVersion(current.version, input.version);
    await audit(tx, {
      userId: input.userId,
      action: 'delete',
      entity: 'evaluation',
      entityId: current.id,
      // The document itself is in the log already (its create line and the changes since), so not again here.
      before: { status: current.status, version: current.version, title: current.title },
    });
  });
}
