import {
  type Acknowledgement,
  can,
  EVALUATION_WORKFLOW,
  type EvaluationTransition,
  nextStatus,
  requirementsFor,
} from '@jixiao/domain';
import type { Principal } from '../auth/sessions';
import type { Db } from '../db/connect';
import { conflict, forbidden, invalid } from '../http/errors';
import { loadEvaluation, organisationPathOf } from './read';
import { EVALUATION_STATUS_LABEL, TRANSITION_LABEL } from './status';
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

const ROLE_REFUSAL: Partial<Record<EvaluationTransition, string>> = {
  return: '单位已签批的自评只能由主管部门或财政局审核人退回',
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
  const label = TRANSITION_LABEL[transition];
  if (nextStatus(EVALUATION_WORKFLOW, transition, current.status) === undefined) {
    throw conflict(`自评当前状态为「${EVALUATION_STATUS_LABEL[current.status]}」，不能${label}`);
  }
  const requires = requirementsFor(EVALUATION_WORKFLOW, transition);
  const comment = request.comment?.trim() || undefined;
  if (requires.includes('reason') && !comment) {
    throw invalid(`${label}时必须填写${label}理由`, [
      { message: `请填写${label}理由`, location: { path: 'comment', label: `${label}理由` } },
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
