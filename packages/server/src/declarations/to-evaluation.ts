import {
  compareWithDeclaration,
  type Evaluation,
  evaluationFromDeclaration,
  type Finding,
  parseEvaluation,
} from '@jixiao/domain';
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connect';
import { targetDeclarations } from '../db/schema';
import { insertEvaluation } from '../evaluations/store';
import { conflict } from '../http/errors';
import { serverMessage as m } from '../messages';
import { latestApprovedMonitoring } from '../monitoring/latest-approved';
import { knowRuleSet } from '../rule-sets/registry';
import { type DeclarationRow, declarationOf, loadDeclaration, updateDeclarationVersioned } from './store';

/**
 * 生成自评: the unit's self-evaluation of the project and year, made from the approved declaration (its
 * adjusted targets in force) by the domain's `evaluationFromDeclaration`, so nothing declared is typed twice.
 * The unit's latest approved monitoring report of the same year and subject (monitoring/latest-approved.ts)
 * is passed as its second argument: its 全年预算数 becomes the evaluation's (a budget changed during the
 * year) and the source note names its period; its progress and forecasts prefill nothing.
 * The declaration keeps the evaluation's id: one evaluation per declaration, and the evaluation's checks
 * compare it with the declaration (`declarationFindings`).
 */
export async function evaluationFromStoredDeclaration(
  db: Db,
  input: { id: string; version: number; userId: string },
): Promise<{ declaration: DeclarationRow; evaluationId: string }> {
  return db.transaction(async (tx) => {
    const current = await loadDeclaration(tx, input.id);
    if (current.status !== 'approved') throw conflict(m('declaration.evaluationOnlyApproved'));
    if (current.evaluationId) throw conflict(m('declaration.evaluationExists'));
    const declared = declarationOf(current);
    const monitoring = await latestApprovedMonitoring(tx, {
      organisationId: current.organisationId,
      fiscalYear: declared.fiscalYear,
      kind: declared.kind,
      projectId: current.projectId,
    });
    const evaluation = parseEvaluation(evaluationFromDeclaration(declared, monitoring));
    await knowRuleSet(tx, evaluation.ruleSet);
    const made = await insertEvaluation(tx, {
      organisationId: current.organisationId,
      projectId: current.projectId,
      evaluation,
      userId: input.userId,
    });
    const declaration = await updateDeclarationVersioned(
      tx,
      current.id,
      input.version,
      input.userId,
      { evaluationId: made.id },
      'evaluation',
      { evaluationId: made.id },
    );
    return { declaration, evaluationId: made.id };
  });
}

/**
 * The evaluation's findings against the declaration it was generated from (`target.changed-in-evaluation`
 * and the others of `compareWithDeclaration`); none for an evaluation not made from a declaration.
 */
export async function declarationFindings(
  db: DbOrTx,
  evaluationId: string,
  evaluation: Evaluation,
): Promise<Finding[]> {
  const [row] = await db
    .select()
    .from(targetDeclarations)
    .where(eq(targetDeclarations.evaluationId, evaluationId));
  return row ? compareWithDeclaration(evaluation, declarationOf(row)) : [];
}
