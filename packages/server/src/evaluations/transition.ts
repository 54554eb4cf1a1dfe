import {
  type Acknowledgement,
  availableTransitions,
  can,
  type EvaluationTransition,
  nextStatus,
  pendingRole,
  requirementsFor,
} from '@jixiao/domain';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { auditLog, type EvaluationStatus } from '../db/schema';
import { conflict, forbidden, invalid } from '../http/errors';
import { serverMessage as m } from '../messages';
import { loadEvaluation, organisationPathOf } from './read';
import { chainOf, workflowOf } from './status';
import { type EvaluationRow, updateEvaluationVersioned } from './store';
import { enforceSubmissionGate } from './submission-gate';

export interface TransitionRequest {
  id: string;
  /** The evaluation's organisation path, as the access hook resolved it (looked up again if absent). */
  organisationPath?: string;
  version: number;
  comment?: string;
  acknowledgements?: Acknowledgement[];
}

/** The roles the principal holds over an organisation (at it or above it). */
export function rolesOver(principal: Principal, path: string | undefined): string[] {
  if (path === undefined) return [];
  return principal.grants.filter((g) => g.path === null || path.startsWith(g.path)).map((g) => g.role);
}

/** The steps forward recorded in the audit log (a status move each; a withdrawal undoes one). */
const STEPS: EvaluationTransition[] = ['submit', 'sign', 'approve'];

/**
 * Who took the step that put the evaluation in its current status: the newest step forward into that
 * status (a withdrawal since then went back past newer ones, so they no longer count).
 */
async function lastMover(db: DbOrTx, evaluationId: string, status: EvaluationStatus): Promise<string | null> {
  const [last] = await db
    .select({ userId: auditLog.userId })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, 'evaluation'),
        eq(auditLog.entityId, evaluationId),
        inArray(auditLog.action, STEPS),
        sql`${auditLog.after}->>'status' = ${status}`,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  return last?.userId ?? null;
}

/**
 * What the principal may do with the evaluation now: the transitions of its chain their roles over it
 * allow, a withdrawal only for the one who took the last step.
 */
export async function actionsFor(
  db: DbOrTx,
  principal: Principal,
  row: Pick<EvaluationRow, 'id' | 'status' | 'ruleSetId' | 'organisationId'>,
  organisationPath?: string,
): Promise<EvaluationTransition[]> {
  const path = organisationPath ?? (await organisationPathOf(db, row.organisationId));
  const actions = availableTransitions(workflowOf(row.ruleSetId), { roles: rolesOver(principal, path) }, row);
  if (!actions.includes('withdraw')) return actions;
  if ((await lastMover(db, row.id, row.status)) === principal.userId) return actions;
  return actions.filter((a) => a !== 'withdraw');
}

/**
 * Takes one workflow transition under the evaluation's review chain. The access hook has already checked
 * the transition's permission; here, in this order: the status allows it (409), a reason is given where
 * required (400), it is the actor's step — or, to withdraw, the actor took the last one (403), the
 * submission gate passes (409); then one versioned update. Pass a transaction to take several together.
 */
export async function takeTransition(
  db: DbOrTx,
  principal: Principal,
  transition: EvaluationTransition,
  request: TransitionRequest,
): Promise<EvaluationRow> {
  const current = await loadEvaluation(db, request.id);
  const workflow = workflowOf(current.ruleSetId);
  if (nextStatus(workflow, transition, current.status) === undefined) {
    const action = m(`action.${transition}`);
    throw conflict(m('evaluation.wrongStatus', { status: m(`status.${current.status}`), action }));
  }
  const requires = requirementsFor(workflow, transition);
  const comment = request.comment?.trim() || undefined;
  if (requires.includes('reason') && !comment) {
    throw invalid(m('evaluation.returnNeedsReason'), [
      {
        message: m('evaluation.writeReason'),
        location: { path: 'comment', label: m('label.returnReason').text },
      },
    ]);
  }
  const path = request.organisationPath ?? (await organisationPathOf(db, current.organisationId));
  const actor = { roles: rolesOver(principal, path) };
  const verdict = can(workflow, transition, actor, current);
  if (!verdict.ok) {
    const role = pendingRole(chainOf(current.ruleSetId), current.status);
    throw forbidden(
      transition === 'withdraw'
        ? m('evaluation.withdrawOwnStep')
        : role && transition !== 'submit'
          ? m('evaluation.notYourTurn', { status: m(`status.${current.status}`), role: m(`role.${role}`) })
          : undefined,
    );
  }
  if (transition === 'withdraw' && (await lastMover(db, current.id, current.status)) !== principal.userId) {
    throw forbidden(m('evaluation.withdrawOwnStep'));
  }
  const acknowledgements = requires.some((r) => r === 'noErrors' || r === 'warningsAcknowledged')
    ? enforceSubmissionGate(current, request.acknowledgements ?? [], requires)
    : [];
  return updateEvaluationVersioned(
    db,
    current.id,
    request.version,
    principal.userId,
    { status: verdict.to },
    transition,
    {
      fromStatus: current.status,
      ...(comment ? { comment } : {}),
      ...(acknowledgements.length > 0 ? { acknowledgements } : {}),
    },
  );
}
