import { type Evaluation, parseEvaluation } from '@jixiao/domain';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connect';
import { evaluations, organisations, users } from '../db/schema';
import { notFound } from '../http/errors';
import { knowRuleSet } from '../rule-sets/registry';
import type { EvaluationRow } from './store';

export async function loadEvaluation(db: DbOrTx, id: string): Promise<EvaluationRow> {
  return (await loadEvaluationAt(db, id)).row;
}

/**
 * The row and its organisation's tree path in one statement: the record's reply needs the path for the
 * principal's next moves (transition.ts `actionsFor`), which was a second query per read.
 */
export async function loadEvaluationAt(
  db: DbOrTx,
  id: string,
): Promise<{ row: EvaluationRow; organisationPath: string | undefined }> {
  const [found] = await db
    .select({ row: evaluations, path: organisations.path })
    .from(evaluations)
    .leftJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .where(eq(evaluations.id, id));
  if (!found) throw notFound('entity.evaluation');
  await knowRuleSet(db, found.row.ruleSetId);
  return { row: found.row, organisationPath: found.path ?? undefined };
}

/** The stored JSON is the domain model; parse again so defaults of newer schema versions apply. */
export const modelOf = (row: EvaluationRow): Evaluation => parseEvaluation(row.data);

export async function nameOf(db: DbOrTx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [u] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return u?.name ?? null;
}

/** The tree path of the evaluation's organisation ("/root/dept/unit/"), or undefined if it is gone. */
export async function organisationPathOf(db: DbOrTx, organisationId: string): Promise<string | undefined> {
  const [org] = await db
    .select({ path: organisations.path })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return org?.path;
}
