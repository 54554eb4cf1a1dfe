import {
  nextStatus,
  RECTIFICATION_WORKFLOW,
  type RectificationStatus,
  type RectificationTransition,
  requirementsFor,
} from '@jixiao/domain';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { organisationPathOf } from '../evaluations/read';
import { invalid } from '../http/errors';
import { serverMessage as m } from '../messages';
import { stepNote, stepsFor, takeStep, type WorkflowKind } from '../workflow/transition';
import { loadRectification, type RectificationRow, updateRectificationVersioned } from './store';

/**
 * A rectification item as a kind of the one transition service (workflow/transition.ts), over the domain's
 * RECTIFICATION_WORKFLOW: the unit starts and reports (the comment is the 整改情况, stored on the item), the
 * reviewer over the unit closes out or sends back. No withdrawal, no requirement beyond a reason.
 */
export const RECTIFICATION_KIND: WorkflowKind<
  RectificationRow,
  RectificationStatus,
  RectificationTransition
> = {
  load: (tx, id) => loadRectification(tx, id),
  organisationPath: (tx, row) => organisationPathOf(tx, row.organisationId),
  workflow: () => RECTIFICATION_WORKFLOW,
  wrongStatus: (row, transition) =>
    m('rectification.wrongStatus', { status: m(`status.${row.status}`), action: m(`action.${transition}`) }),
  notYourTurn: () => undefined,
  check: async () => undefined,
  record: (tx, step) =>
    updateRectificationVersioned(
      tx,
      {
        id: step.current.id,
        version: step.request.version,
        userId: step.userId,
        action: step.transition,
        comment: stepNote(step).comment,
      },
      { status: step.to, ...(step.transition === 'report' && step.comment ? { report: step.comment } : {}) },
    ),
};

export const rectificationPermission = (t: RectificationTransition) => `rectification.${t}` as const;

export const rectificationActionsFor = (
  db: DbOrTx,
  principal: Principal,
  row: RectificationRow,
  path: string | undefined,
): Promise<RectificationTransition[]> => stepsFor(db, RECTIFICATION_KIND, principal, row, path);

/**
 * One step through the service. A reason the step needs is asked for in the ledger's own words first (整改情况
 * for a report, 退回理由 for a return) when the status allows the step; the service checks everything else.
 */
export async function takeRectificationStep(
  db: DbOrTx,
  principal: Principal,
  transition: RectificationTransition,
  request: { id: string; path: string | undefined; version: number; comment?: string | undefined },
): Promise<RectificationRow> {
  const current = await loadRectification(db, request.id);
  const leaves = nextStatus(RECTIFICATION_WORKFLOW, transition, current.status) !== undefined;
  if (
    leaves &&
    requirementsFor(RECTIFICATION_WORKFLOW, transition).includes('reason') &&
    !request.comment?.trim()
  ) {
    const report = transition === 'report';
    throw invalid(m('rectification.needsReason', { action: m(`action.${transition}`) }), [
      {
        message: m(report ? 'rectification.writeReport' : 'rectification.writeReturnReason'),
        location: {
          path: 'comment',
          label: m(report ? 'label.rectificationReport' : 'label.returnReason').text,
        },
      },
    ]);
  }
  return takeStep(db, RECTIFICATION_KIND, principal, transition, {
    id: request.id,
    organisationPath: request.path,
    version: request.version,
    comment: request.comment,
  });
}
