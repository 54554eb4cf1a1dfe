import type { Acknowledgement, EvaluationStatus, EvaluationTransition } from '@jixiao/domain';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { serverMessage as m } from '../messages';
import { asksFindings, enforceFindingsGate, reviewChainSentences } from '../workflow/requirements';
import {
  lastMoverInAudit,
  type StepRequest,
  stepNote,
  stepsFor,
  takeStep,
  type WorkflowKind,
} from '../workflow/transition';
import { outcomeOf } from './derive';
import { loadEvaluation, modelOf, organisationPathOf } from './read';
import { workflowOf } from './status';
import { type EvaluationRow, updateEvaluationVersioned } from './store';

export { rolesOver } from '../workflow/transition';

export type TransitionRequest = StepRequest;

/** The steps forward recorded in the audit log (a status move each; a withdrawal undoes one). */
const STEPS: readonly EvaluationTransition[] = ['submit', 'sign', 'approve'];

/**
 * The 自评 as a kind of the transition service: its rule set's review chain, the findings gate of its own
 * checks on submit (errors refuse it, warnings need a note, the notes recorded), its audit lines.
 */
export const EVALUATION_KIND: WorkflowKind<
  EvaluationRow,
  EvaluationStatus,
  EvaluationTransition,
  TransitionRequest,
  Acknowledgement[]
> = {
  load: (tx, id) => loadEvaluation(tx, id),
  organisationPath: (tx, row) => organisationPathOf(tx, row.organisationId),
  workflow: (row) => workflowOf(row.ruleSetId),
  ...reviewChainSentences('evaluation'),
  withdrawal: 'withdraw',
  lastMover: (tx, row) => lastMoverInAudit(tx, 'evaluation', row.id, row.status, STEPS),
  check: async (_tx, row, _transition, requires, request) =>
    asksFindings(requires)
      ? enforceFindingsGate(
          outcomeOf(modelOf(row)).findings,
          request.acknowledgements ?? [],
          requires,
          (count) => m('evaluation.errorsBlockSubmit', { count }),
        )
      : [],
  record: (tx, step) =>
    updateEvaluationVersioned(
      tx,
      step.current.id,
      step.request.version,
      step.userId,
      { status: step.to },
      step.transition,
      {
        ...stepNote(step),
        ...(step.extra.length > 0 ? { acknowledgements: step.extra } : {}),
      },
    ),
};

/** What the principal may do with the evaluation now (a withdrawal only for the one who took the last step). */
export const actionsFor = (
  db: DbOrTx,
  principal: Principal,
  row: EvaluationRow,
  organisationPath?: string,
): Promise<EvaluationTransition[]> => stepsFor(db, EVALUATION_KIND, principal, row, organisationPath);

/** Takes one transition of the evaluation's review chain (see `workflow/transition.ts` for the checks). */
export const takeTransition = (
  db: DbOrTx,
  principal: Principal,
  transition: EvaluationTransition,
  request: TransitionRequest,
): Promise<EvaluationRow> => takeStep(db, EVALUATION_KIND, principal, transition, request);
