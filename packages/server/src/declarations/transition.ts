import {
  type Acknowledgement,
  can,
  type EvaluationTransition,
  gateSubmission,
  localizedMessage,
  locationLabel,
  nextStatus,
  pendingRole,
  requirementsFor,
  type TargetDeclaration,
} from '@jixiao/domain';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { declarationReviews, type EvaluationStatus } from '../db/schema';
import { organisationPathOf } from '../evaluations/read';
import { chainOf, workflowOf } from '../evaluations/status';
import { rolesOver } from '../evaluations/transition';
import { conflict, forbidden, invalid } from '../http/errors';
import { serverMessage as m } from '../messages';
import { type Checklist, failedDimensions } from './checklist';
import {
  type DeclarationRow,
  declarationOf,
  findingsOf,
  loadDeclaration,
  updateDeclarationVersioned,
} from './store';

/**
 * The declaration's workflow is the self-evaluation's, built from the same review chain of its rule set
 * (`workflowOf`: one workflow family, no second state machine). What a declaration adds: the 审核要点 checklist
 * an approval carries (every point passed), and the adjustment phase (调整指标值), whose final approval dates
 * the adjusted targets. Every step taken is a row in `declaration_reviews` besides its audit line.
 */

export interface DeclarationTransitionRequest {
  id: string;
  organisationPath?: string;
  version: number;
  comment?: string;
  acknowledgements?: Acknowledgement[];
  checklist?: Checklist;
}

/** The steps forward (a withdrawal undoes one); `adjust` puts an approved declaration under review again. */
const STEPS = ['submit', 'sign', 'approve', 'adjust'];

/** Who took the step that put the declaration in its current status (the newest step forward into it). */
async function lastMover(db: DbOrTx, id: string, status: EvaluationStatus): Promise<string | null> {
  const [last] = await db
    .select({ userId: declarationReviews.userId })
    .from(declarationReviews)
    .where(
      and(
        eq(declarationReviews.declarationId, id),
        inArray(declarationReviews.transition, STEPS),
        eq(declarationReviews.toStatus, status),
      ),
    )
    .orderBy(desc(declarationReviews.at), desc(declarationReviews.id))
    .limit(1);
  return last?.userId ?? null;
}

/** What the principal may do with the declaration now (a withdrawal only for the one who took the last step). */
export async function declarationActions(
  db: DbOrTx,
  principal: Principal,
  row: Pick<DeclarationRow, 'id' | 'status' | 'ruleSetId' | 'organisationId'>,
  organisationPath?: string,
): Promise<EvaluationTransition[]> {
  const path = organisationPath ?? (await organisationPathOf(db, row.organisationId));
  const roles = rolesOver(principal, path);
  const workflow = workflowOf(row.ruleSetId);
  const actions = workflow.statuses.includes(row.status)
    ? (Object.keys(workflow.transitions) as EvaluationTransition[]).filter(
        (t) => can(workflow, t, { roles }, row).ok,
      )
    : [];
  if (!actions.includes('withdraw')) return actions;
  if ((await lastMover(db, row.id, row.status)) === principal.userId) return actions;
  return actions.filter((a) => a !== 'withdraw');
}

/** Refused (409, every error listed) while the target checks find errors or a warning lacks a note. */
async function gate(
  tx: DbOrTx,
  row: DeclarationRow,
  given: readonly Acknowledgement[],
): Promise<Acknowledgement[]> {
  const result = gateSubmission(await findingsOf(tx, row.organisationId, declarationOf(row)), given);
  if (result.errors.length > 0) {
    throw conflict(
      m('declaration.errorsBlockSubmit', { count: result.errors.length }),
      result.errors.map((f) => ({
        message: localizedMessage(f.message, f.code),
        location: { path: f.location.path, label: locationLabel(f.location) },
      })),
    );
  }
  if (result.unacknowledged.length > 0) {
    throw conflict(
      m('evaluation.warningsNeedNotes', { count: result.unacknowledged.length }),
      result.unacknowledged.map((f) => ({
        message: m('evaluation.findingWithCode', { message: f.message, code: f.code }),
        location: { path: f.location.path, label: locationLabel(f.location) },
      })),
    );
  }
  return result.kept;
}

/** An approval by a reviewer carries the checklist, every point passed (a failed point means: return it). */
function requireChecklist(checklist: Checklist | undefined): void {
  const location = { path: 'checklist', label: m('label.checklist').text };
  if (!checklist) {
    throw invalid(m('declaration.checklistRequired'), [
      { message: m('declaration.checklistRequired'), location },
    ]);
  }
  const failed = failedDimensions(checklist);
  if (failed.length > 0) {
    const dimensions = failed.map((d) => m(`declaration.dimension.${d}`).text).join('、');
    throw invalid(m('declaration.checklistNotPassed', { dimensions }), [
      { message: m('declaration.checklistNotPassed', { dimensions }), location },
    ]);
  }
}

/** The adjusted targets not yet approved get the day of approval: from then on they are the ones in force. */
function dateAdjustments(declaration: TargetDeclaration, on: string): TargetDeclaration {
  return {
    ...declaration,
    indicators: declaration.indicators.map((i) =>
      i.adjustment && i.adjustment.approvedOn === undefined
        ? { ...i, adjustment: { ...i.adjustment, approvedOn: on } }
        : i,
    ),
  };
}

/** Records a step in `declaration_reviews` (with its checklist) in the transaction of the move. */
export async function recordReview(
  tx: DbOrTx,
  entry: {
    declarationId: string;
    transition: string;
    fromStatus: EvaluationStatus;
    row: DeclarationRow;
    userId: string;
    comment?: string;
    checklist?: Checklist;
  },
): Promise<void> {
  await tx.insert(declarationReviews).values({
    declarationId: entry.declarationId,
    transition: entry.transition,
    fromStatus: entry.fromStatus,
    toStatus: entry.row.status,
    phase: entry.row.phase,
    checklist: entry.checklist ?? null,
    comment: entry.comment ?? null,
    userId: entry.userId,
  });
}

/**
 * Takes one transition of the declaration's review chain, checked in the order evaluations are: status (409),
 * reason (400), whose step (403), checklist (400), submission gate (409); then one versioned update and its
 * review row, in one transaction.
 */
export async function takeDeclarationTransition(
  db: DbOrTx,
  principal: Principal,
  transition: EvaluationTransition,
  request: DeclarationTransitionRequest,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<DeclarationRow> {
  return db.transaction(async (tx) => {
    const current = await loadDeclaration(tx, request.id);
    const workflow = workflowOf(current.ruleSetId);
    if (nextStatus(workflow, transition, current.status) === undefined) {
      throw conflict(
        m('declaration.wrongStatus', {
          status: m(`status.${current.status}`),
          action: m(`action.${transition}`),
        }),
      );
    }
    const comment = request.comment?.trim() || undefined;
    const requires = requirementsFor(workflow, transition);
    if (requires.includes('reason') && !comment) {
      throw invalid(m('evaluation.returnNeedsReason'), [
        {
          message: m('evaluation.writeReason'),
          location: { path: 'comment', label: m('label.returnReason').text },
        },
      ]);
    }
    const path = request.organisationPath ?? (await organisationPathOf(tx, current.organisationId));
    const verdict = can(workflow, transition, { roles: rolesOver(principal, path) }, current);
    if (!verdict.ok) {
      const role = pendingRole(chainOf(current.ruleSetId), current.status);
      throw forbidden(
        transition === 'withdraw'
          ? m('evaluation.withdrawOwnStep')
          : role && transition !== 'submit'
            ? m('declaration.notYourTurn', { status: m(`status.${current.status}`), role: m(`role.${role}`) })
            : undefined,
      );
    }
    if (transition === 'withdraw' && (await lastMover(tx, current.id, current.status)) !== principal.userId) {
      throw forbidden(m('evaluation.withdrawOwnStep'));
    }
    if (transition === 'approve') requireChecklist(request.checklist);
    const acknowledgements =
      transition === 'submit' ? await gate(tx, current, request.acknowledgements ?? []) : [];
    // The last approval of an adjustment dates its adjusted targets (and so puts them in force).
    const declaration =
      verdict.to === 'approved' && current.phase === 'adjustment'
        ? dateAdjustments(declarationOf(current), today)
        : undefined;
    const row = await updateDeclarationVersioned(
      tx,
      current.id,
      request.version,
      principal.userId,
      { status: verdict.to, ...(declaration ? { declaration } : {}) },
      transition,
      {
        fromStatus: current.status,
        ...(comment ? { comment } : {}),
        ...(acknowledgements.length > 0 ? { acknowledgements } : {}),
        ...(request.checklist ? { checklist: request.checklist } : {}),
      },
    );
    await recordReview(tx, {
      declarationId: current.id,
      transition,
      fromStatus: current.status,
      row,
      userId: principal.userId,
      ...(comment ? { comment } : {}),
      ...(request.checklist ? { checklist: request.checklist } : {}),
    });
    return row;
  });
}
