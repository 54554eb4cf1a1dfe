import type {
  Acknowledgement,
  EvaluationStatus,
  EvaluationTransition,
  TargetDeclaration,
} from '@jixiao/domain';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { declarationReviews } from '../db/schema';
import { organisationPathOf } from '../evaluations/read';
import { workflowOf } from '../evaluations/status';
import { invalid } from '../http/errors';
import { serverMessage as m } from '../messages';
import { asksFindings, enforceFindingsGate, reviewChainSentences } from '../workflow/requirements';
import { type StepRequest, stepNote, stepsFor, takeStep, type WorkflowKind } from '../workflow/transition';
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
 * (`workflowOf`: one workflow family, no second state machine), taken by the one transition service
 * (`workflow/transition.ts`). What a declaration adds: the 审核要点 checklist an approval carries (every point
 * passed), and the adjustment phase (调整指标值), whose final approval dates the adjusted targets. Every step
 * taken is a row in `declaration_reviews` besides its audit line.
 */

export interface DeclarationTransitionRequest extends StepRequest {
  checklist?: Checklist | undefined;
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

/** A declaration step as the transition service asks it: with the day an adjustment's approval dates. */
interface DeclarationStepRequest extends DeclarationTransitionRequest {
  today: string;
}

/** What a declaration step records besides the move: the acknowledged warnings of a submission. */
type DeclarationExtra = Acknowledgement[];

/**
 * The 绩效目标申报表 as a kind of the transition service: an approval carries the passed checklist (400), a
 * submission the findings gate of the target checks (409); the move is recorded with its review row, and the
 * last approval of an adjustment dates the adjusted targets in the same update.
 */
export const DECLARATION_KIND: WorkflowKind<
  DeclarationRow,
  EvaluationStatus,
  EvaluationTransition,
  DeclarationStepRequest,
  DeclarationExtra
> = {
  load: (tx, id) => loadDeclaration(tx, id),
  organisationPath: (tx, row) => organisationPathOf(tx, row.organisationId),
  workflow: (row) => workflowOf(row.ruleSetId),
  ...reviewChainSentences('declaration'),
  withdrawal: 'withdraw',
  lastMover: (tx, row) => lastMover(tx, row.id, row.status),
  check: async (tx, row, transition, requires, request) => {
    if (transition === 'approve') requireChecklist(request.checklist);
    return asksFindings(requires)
      ? enforceFindingsGate(
          await findingsOf(tx, row.organisationId, declarationOf(row)),
          request.acknowledgements ?? [],
          requires,
          (count) => m('declaration.errorsBlockSubmit', { count }),
        )
      : [];
  },
  record: async (tx, step) => {
    const { current, request } = step;
    // The last approval of an adjustment dates its adjusted targets (and so puts them in force).
    const declaration =
      step.to === 'approved' && current.phase === 'adjustment'
        ? dateAdjustments(declarationOf(current), request.today)
        : undefined;
    const row = await updateDeclarationVersioned(
      tx,
      current.id,
      request.version,
      step.userId,
      { status: step.to, ...(declaration ? { declaration } : {}) },
      step.transition,
      {
        ...stepNote(step),
        ...(step.extra.length > 0 ? { acknowledgements: step.extra } : {}),
        ...(request.checklist ? { checklist: request.checklist } : {}),
      },
    );
    await recordReview(tx, {
      declarationId: current.id,
      transition: step.transition,
      fromStatus: current.status,
      row,
      userId: step.userId,
      ...(step.comment ? { comment: step.comment } : {}),
      ...(request.checklist ? { checklist: request.checklist } : {}),
    });
    return row;
  },
};

/** What the principal may do with the declaration now (a withdrawal only for the one who took the last step). */
export const declarationActions = (
  db: DbOrTx,
  principal: Principal,
  row: DeclarationRow,
  organisationPath?: string,
): Promise<EvaluationTransition[]> => stepsFor(db, DECLARATION_KIND, principal, row, organisationPath);

/**
 * Takes one transition of the declaration's review chain, checked in the order evaluations are: status (409),
 * reason (400), whose step (403), checklist (400), submission gate (409); then one versioned update and its
 * review row, in one transaction.
 */
export const takeDeclarationTransition = (
  db: DbOrTx,
  principal: Principal,
  transition: EvaluationTransition,
  request: DeclarationTransitionRequest,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<DeclarationRow> => takeStep(db, DECLARATION_KIND, principal, transition, { ...request, today });
