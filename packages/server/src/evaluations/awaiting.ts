import type { EvaluationWorkflowRole } from '@jixiao/domain';
import { and, count, eq, inArray, isNull, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { scopeCondition } from '../access/scope';
import { underPath } from '../access/tree-path';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { evaluationComments, evaluations, organisations, targetDeclarations } from '../db/schema';
import { awaitedStatuses } from './status';

/**
 * 待办: what awaits the principal. Each query joins evaluations to organisations (`organisations.path`)
 * and counts under the principal's grants, so a count never includes what the user cannot open.
 */

const REVIEWING: readonly EvaluationWorkflowRole[] = [
  'unitApprover',
  'departmentReviewer',
  'financeReviewer',
];
const isReviewing = (role: string): role is EvaluationWorkflowRole => REVIEWING.some((r) => r === role);

const within = (path: string | null): SQL | undefined =>
  path === null ? undefined : underPath(organisations.path, path);

/** The status and rule-set columns of a table reviewed under a review chain (evaluations, target declarations). */
export interface Reviewed {
  status: AnyPgColumn;
  ruleSetId: AnyPgColumn;
}

/** The item waits in a status where this role's step is next, under its rule set's chain. */
function waitingFor(role: EvaluationWorkflowRole, table: Reviewed): SQL {
  const { others, byRuleSet } = awaitedStatuses(role);
  const parts: (SQL | undefined)[] = byRuleSet
    .filter((b) => b.statuses.length > 0)
    .map((b) => and(eq(table.ruleSetId, b.ruleSetId), inArray(table.status, b.statuses)));
  if (others.length > 0) {
    const listed = byRuleSet.map((b) => b.ruleSetId);
    parts.push(
      and(listed.length > 0 ? notInArray(table.ruleSetId, listed) : undefined, inArray(table.status, others)),
    );
  }
  return or(...parts) ?? sql`false`;
}

/** Evaluations (or, given its table, declarations) whose next review step is the principal's (at their organisation or below). */
export function awaitingReview(principal: Principal, table: Reviewed = evaluations): SQL {
  const parts = principal.grants.flatMap((g) =>
    isReviewing(g.role) ? [and(within(g.path), waitingFor(g.role, table))] : [],
  );
  return or(...parts) ?? sql`false`;
}

/** Returned evaluations of the units where the principal prepares. */
export function returnedToMe(principal: Principal): SQL {
  const parts = principal.grants.flatMap((g) => (g.role === 'preparer' ? [within(g.path) ?? sql`true`] : []));
  const where = or(...parts);
  return where ? (and(eq(evaluations.status, 'returned'), where) ?? sql`false`) : sql`false`;
}

export interface TodoCounts {
  /** Evaluations waiting for the principal's review step. */
  review: number;
  /** Returned evaluations of the units the principal prepares for. */
  returned: number;
  /** Open (unresolved) comments on evaluations the principal may read whose thread waits for their answer. */
  comments: number;
  /** Target declarations (and adjustments) waiting for the principal's review step, shown in the same review desk. */
  declarations: number;
}

async function countDeclarations(db: DbOrTx, where: SQL): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(targetDeclarations)
    .innerJoin(organisations, eq(organisations.id, targetDeclarations.organisationId))
    .where(where);
  return row?.n ?? 0;
}

async function countEvaluations(db: DbOrTx, where: SQL): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .where(where);
  return row?.n ?? 0;
}

/**
 * An open comment waits for the principal when someone else wrote the newest message of its thread (the
 * comment, or its newest reply): a reviewer's question waits for the preparer, the answer for the reviewer.
 */
async function openComments(db: DbOrTx, principal: Principal): Promise<number> {
  const reply = sql`(select r.user_id from ${evaluationComments} r where r.parent_id = ${evaluationComments.id}
    order by r.at desc, r.id desc limit 1)`;
  const [row] = await db
    .select({ n: count() })
    .from(evaluationComments)
    .innerJoin(evaluations, eq(evaluations.id, evaluationComments.evaluationId))
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .where(
      and(
        scopeCondition(principal, 'evaluation.read', organisations.path),
        isNull(evaluationComments.parentId),
        isNull(evaluationComments.resolvedAt),
        sql`coalesce(${reply}, ${evaluationComments.userId}) is distinct from ${principal.userId}`,
      ),
    );
  return row?.n ?? 0;
}

export async function todoCounts(db: DbOrTx, principal: Principal): Promise<TodoCounts> {
  return {
    review: await countEvaluations(db, awaitingReview(principal)),
    returned: await countEvaluations(db, returnedToMe(principal)),
    comments: await openComments(db, principal),
    declarations: await countDeclarations(db, awaitingReview(principal, targetDeclarations)),
  };
}
