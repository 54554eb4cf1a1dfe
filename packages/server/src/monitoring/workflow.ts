import {
  type EvaluationStatus,
  type EvaluationTransition,
  type EvaluationWorkflow,
  isEditable,
} from '@jixiao/domain';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { organisationPathOf } from '../evaluations/read';
import { workflowOf } from '../evaluations/status';
import { conflict } from '../http/errors';
import { serverMessage as m } from '../messages';
import { asksFindings, enforceFindingsGate, reviewChainSentences } from '../workflow/requirements';
import { lastMoverInAudit, stepNote, stepsFor, takeStep, type WorkflowKind } from '../workflow/transition';
import { computeMonitoring } from './engine';
import { secondRoundOnApproval } from './follow-up';
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

/** The steps forward recorded in the audit log (a status move each; a withdrawal undoes one). */
const STEPS: readonly EvaluationTransition[] = ['submit', 'sign', 'approve'];

/**
 * The 绩效监控表 as a kind of the transition service: its workflow (submit asks only that the engine's
 * findings hold no error), its audit lines, and the second round a focus project's last approval opens when
 * the rule set has one.
 */
export const MONITORING_KIND: WorkflowKind<MonitoringRow, EvaluationStatus, EvaluationTransition> = {
  load: (tx, id) => loadMonitoring(tx, id),
  organisationPath: (tx, row) => organisationPathOf(tx, row.organisationId),
  workflow: (row) => monitoringWorkflowOf(row.ruleSetId),
  ...reviewChainSentences('monitoring'),
  withdrawal: 'withdraw',
  lastMover: (tx, row) => lastMoverInAudit(tx, MONITORING_ENTITY, row.id, row.status, STEPS),
  check: async (_tx, row, _transition, requires) => {
    if (asksFindings(requires)) {
      enforceFindingsGate(computeMonitoring(monitoringOf(row)).findings, [], requires, (count) =>
        m('evaluation.errorsBlockSubmit', { count }),
      );
    }
    return undefined;
  },
  record: (tx, step) =>
    updateMonitoringVersioned(
      tx,
      step.current.id,
      step.request.version,
      step.userId,
      { status: step.to },
      step.transition,
      stepNote(step),
    ),
  // The last approval of a focus project opens its second round when the rule set has one.
  after: async (db, principal, row, transition) => {
    if (transition === 'approve') await secondRoundOnApproval(db, principal, row);
  },
};

/** What the principal may do with the report now (a withdrawal only for whoever took the last step). */
export const monitoringActionsFor = (
  db: DbOrTx,
  principal: Principal,
  row: MonitoringRow,
  path: string | undefined,
): Promise<EvaluationTransition[]> => stepsFor(db, MONITORING_KIND, principal, row, path);

/**
 * One transition, checked in the order the evaluation's are: status (409), reason (400), whose step (403),
 * the engine's errors on submit (409); then one versioned update with its audit line.
 */
export const takeMonitoringTransition = (
  db: DbOrTx,
  principal: Principal,
  transition: EvaluationTransition,
  request: { id: string; path: string | undefined; version: number; comment?: string | undefined },
): Promise<MonitoringRow> =>
  takeStep(db, MONITORING_KIND, principal, transition, {
    id: request.id,
    organisationPath: request.path,
    version: request.version,
    comment: request.comment,
  });
