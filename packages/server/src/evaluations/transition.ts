import {
  type Acknowledgement,
  can,
  EVALUATION_WORKFLOW,
  type EvaluationTransition,
  type Message,
  nextStatus,
  requirementsFor,
} from '@jixiao/domain';
import type { Principal } from '../auth/sessions';
import type { Db } from '../db/connect';
import { conflict, forbidden, invalid } from '../http/errors';
import { serverMessage as m } from '../messages';
import { loadEvaluation, organisationPathOf } from './read';
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
function rolesOver(principal: Principal, path: string | undefined): string[] {
  if (path === undefined) return [];
  return principal.grants.filter((g) => g.path === null || path.startsWith(g.path)).map((g) => g.role);
}

const ROLE_REFUSAL: Partial<Record<EvaluationTransition, Message>> = {
  return: m('evaluation.returnSignedByReviewer'),
};

/**
 * Takes one workflow transition. The access hook has already checked the transition's permission; here,
 * in this order: the status allows it (409), a reason is given where required (400), the actor's roles
 * allow it from this status (403), the submission gate passes (409); then one versioned update.
 */
export async function takeTransition(
  db: Db,
  principal: Principal,
  transition: EvaluationTransition,
  request: TransitionRequest,
): Promise<EvaluationRow> {
  const current = await loadEvaluation(db, request.id);
  if (nextStatus(EVALUATION_WORKFLOW, transition, current.status) === undefined) {
    const action = m(`action.${transition}`);
    throw conflict(m('evaluation.wrongStatus', { status: m(`status.${current.status}`), action }));
  }
  const requires = requirementsFor(EVALUATION_WORKFLOW, transition);
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
  const verdict = can(EVALUATION_WORKFLOW, transition, actor, current);
  if (!verdict.ok) throw forbidden(ROLE_REFUSAL[transition]);
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
