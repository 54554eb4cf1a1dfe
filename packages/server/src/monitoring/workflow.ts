import {
  availableTransitions,
  can,
  type EvaluationTransition,
  type EvaluationWorkflow,
  isEditable,
  localizedMessage,
  locationLabel,
  nextStatus,
  pendingRole,
  requirementsFor,
} from '@jixiao/domain';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import type { EvaluationStatus } from '../db/schema';
import { chainOf, workflowOf } from '../evaluations/status';
import { lastMover as lastEvaluationMover, rolesOver } from '../evaluations/transition';
import { conflict, forbidden, invalid } from '../http/errors';
import { serverMessage as m } from '../messages';
import { computeMonitoring } from './engine';
import { loadMonitoring, type MonitoringRow, monitoringOf } from './read';
import { MONITORING_ENTITY, updateMonitoringVersioned } from './store';

/**
 * A monitoring report follows the evaluation workflow family (domain/src/workflow), built from its rule
 * set's review chain: the unit submits, the chain reviews step by step, the last approval locks it. The one
 * difference is what submitting asks for: the engine's findings hold no error (a monitoring form has no
 * warnings to acknowledge one by one), so `submit` requires only `noErrors`.
 */
const WORKFLOWS = new Map<string, EvaluationWorkflow>();
export function monitoringWorkflowOf(ruleSetId: string): EvaluationWorkflow {
  const base = workflowOf(ruleSetId);
  let made = WORKFLOWS.get(base.id);
  if (!made) {
    made = {
      ...base,
      id: base.id.replace(/^evaluation:/, 'monitoring:'),
      transitions: { ...base.transitions, submit: { ...base.transitions.submit, requires: ['noErrors'] } },
    };
    WORKFLOWS.set(base.id, made);
  }
  return made;
}

export const monitoringPermission = (t: EvaluationTransition) => `monitoring.${t}` as const;

/** Content changes (save, delete, import over) only in the workflow's editable statuses. */
export function assertMonitoringEditable(
  row: Pick<MonitoringRow, 'status' | 'ruleSetId'>,
  what: 'edit' | 'delete',
) {
  if (isEditable(monitoringWorkflowOf(row.ruleSetId), row.status)) return;
  const key = what === 'edit' ? 'monitoring.notEditable' : 'monitoring.notDeletable';
  throw conflict(m(key, { status: m(`status.${row.status}`) }));
}

/** Who took the step that put the report in its status (the evaluation's rule, on this entity's audit lines). */
const lastMover = (db: DbOrTx, id: string, status: EvaluationStatus) =>
  lastEvaluationMover(db, id, status, MONITORING_ENTITY);

/** What the principal may do with the report now (a withdrawal only for whoever took the last step). */
export async function monitoringActionsFor(
  db: DbOrTx,
  principal: Principal,
  row: Pick<MonitoringRow, 'id' | 'status' | 'ruleSetId'>,
  path: string | undefined,
): Promise<EvaluationTransition[]> {
  const workflow = monitoringWorkflowOf(row.ruleSetId);
  const actions = availableTransitions(workflow, { roles: rolesOver(principal, path) }, row);
  if (!actions.includes('withdraw')) return actions;
  if ((await lastMover(db, row.id, row.status)) === principal.userId) return actions;
  return actions.filter((a) => a !== 'withdraw');
}

/**
 * One transition, checked in the order the evaluation's are: status (409), reason (400), whose step (403),
 * the engine's errors on submit (409); then one versioned update with its audit line.
 */
export async function takeMonitoringTransition(
  db: DbOrTx,
  principal: Principal,
  transition: EvaluationTransition,
  request: { id: string; path: string | undefined; version: number; comment?: string | undefined },
): Promise<MonitoringRow> {
  const current = await loadMonitoring(db, request.id);
  const workflow = monitoringWorkflowOf(current.ruleSetId);
  if (nextStatus(workflow, transition, current.status) === undefined) {
    const action = m(`action.${transition}`);
    throw conflict(m('monitoring.wrongStatus', { status: m(`status.${current.status}`), action }));
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
  const verdict = can(workflow, transition, { roles: rolesOver(principal, request.path) }, current);
  if (!verdict.ok) {
    const role = pendingRole(chainOf(current.ruleSetId), current.status);
    throw forbidden(
      transition === 'withdraw'
        ? m('evaluation.withdrawOwnStep')
        : role && transition !== 'submit'
          ? m('monitoring.notYourTurn', { status: m(`status.${current.status}`), role: m(`role.${role}`) })
          : undefined,
    );
  }
  if (transition === 'withdraw' && (await lastMover(db, current.id, current.status)) !== principal.userId) {
    throw forbidden(m('evaluation.withdrawOwnStep'));
  }
  if (requires.includes('noErrors')) {
    const errors = computeMonitoring(monitoringOf(current)).findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      throw conflict(
        m('evaluation.errorsBlockSubmit', { count: errors.length }),
        errors.map((f) => ({
          message: localizedMessage(f.message, f.code),
          location: { path: f.location.path, label: locationLabel(f.location) },
        })),
      );
    }
  }
  return updateMonitoringVersioned(
    db,
    current.id,
    request.version,
    principal.userId,
    { status: verdict.to },
    transition,
    { fromStatus: current.status, ...(comment ? { comment } : {}) },
  );
}
