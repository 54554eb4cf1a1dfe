import { dec, type ResultSuggestion } from '@jixiao/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Principal } from '../auth/sessions';
import { audit } from '../db/audit';
import type { Db } from '../db/connect';
import { evaluations, resultOverrides } from '../db/schema';
import { conflict, invalid, notFound, staleVersion } from '../http/errors';
import { serverMessage as m } from '../messages';
import { knowRuleSet } from '../rule-sets/registry';
import { resultRowOf, resultsOf } from './list';

export interface OverrideInput {
  evaluationId: string;
  /** The entry's version as read: 0 while it has no override. */
  version: number;
  suggestion: ResultSuggestion;
  /** 万元, signed. */
  change: string;
  reason: string;
}

/** Audit entity of an override line; its id is the evaluation's. */
export const RESULT_ENTITY = 'result';

/**
 * The finance reviewer sets an approved evaluation's suggestion and amount, with a reason, at the version
 * read: the first override inserts the row (a concurrent first one finds it there: 409), a later one updates
 * it only where the version still matches. One audit line (`override`, before and after) in the same
 * transaction; a cut larger than the 全年预算数 is refused (400) and nothing is written.
 */
export async function overrideResult(db: Db, principal: Pick<Principal, 'userId'>, input: OverrideInput) {
  const reason = input.reason.trim();
  return db.transaction(async (tx) => {
    const [evaluation] = await tx
      .select({ status: evaluations.status, fiscalYear: evaluations.fiscalYear })
      .from(evaluations)
      .where(eq(evaluations.id, input.evaluationId));
    if (!evaluation) throw notFound('entity.evaluation');
    if (evaluation.status !== 'approved')
      throw conflict(m('results.notApproved', { status: m(`status.${evaluation.status}`) }));
    const before = await resultRowOf(tx, input.evaluationId);
    if (!before) throw notFound('entity.evaluation');
    await knowRuleSet(tx, before.ruleSetId);
    const change = dec(input.change);
    if (before.adjustedBudget !== null) {
      const [entry] = resultsOf([before]).list.departments[0]?.units[0]?.entries ?? [];
      const budget = entry?.budget ? dec(entry.budget) : undefined;
      if (budget && change.isNegative() && change.abs().greaterThan(budget)) {
        throw invalid(
          m('results.cutBeyondBudget', { change: change.abs().toFixed(), budget: budget.toFixed() }),
        );
      }
    }
    if (before.version !== input.version) throw staleVersion(before.version, input.version);
    const values = { suggestion: input.suggestion, change: change.toFixed(), reason };
    const written =
      before.version === 0
        ? await tx
            .insert(resultOverrides)
            .values({
              fiscalYear: evaluation.fiscalYear,
              evaluationId: input.evaluationId,
              ...values,
              updatedBy: principal.userId,
            })
            .onConflictDoNothing()
            .returning({ version: resultOverrides.version })
        : await tx
            .update(resultOverrides)
            .set({
              ...values,
              updatedBy: principal.userId,
              updatedAt: sql`now()`,
              version: sql`${resultOverrides.version} + 1`,
            })
            .where(
              and(
                eq(resultOverrides.fiscalYear, evaluation.fiscalYear),
                eq(resultOverrides.evaluationId, input.evaluationId),
                eq(resultOverrides.version, input.version),
              ),
            )
            .returning({ version: resultOverrides.version });
    if (written.length === 0) {
      const now = await resultRowOf(tx, input.evaluationId);
      throw staleVersion(now?.version ?? input.version + 1, input.version);
    }
    await audit(tx, {
      userId: principal.userId,
      action: 'override',
      entity: RESULT_ENTITY,
      entityId: input.evaluationId,
      before: { fiscalYear: evaluation.fiscalYear, override: before.override ?? null },
      after: { fiscalYear: evaluation.fiscalYear, override: values },
      keep: ['fiscalYear'],
    });
    const after = await resultRowOf(tx, input.evaluationId);
    if (!after) throw notFound('entity.evaluation');
    return resultsOf([after]);
  });
}
