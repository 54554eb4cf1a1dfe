import {
  type Acknowledgement,
  type EvaluationStatus,
  type EvaluationTransition,
  type Finding,
  gateSubmission,
  localizedMessage,
  locationLabel,
  type Message,
  pendingRole,
  type Requirement,
} from '@jixiao/domain';
import { chainOf } from '../evaluations/status';
import { conflict } from '../http/errors';
import { serverMessage as m } from '../messages';

/**
 * The `noErrors` and `warningsAcknowledged` requirements on an item's findings: refused (409, every finding
 * listed) while errors remain or a warning lacks a note. `errors` words the first refusal (each kind says
 * what it is). Returns the notes to record.
 */
export function enforceFindingsGate(
  findings: readonly Finding[],
  given: readonly Acknowledgement[],
  requires: readonly Requirement[],
  errors: (count: number) => Message,
): Acknowledgement[] {
  const gate = gateSubmission(findings, given);
  if (requires.includes('noErrors') && gate.errors.length > 0) {
    throw conflict(
      errors(gate.errors.length),
      gate.errors.map((f) => ({
        message: localizedMessage(f.message, f.code),
        location: { path: f.location.path, label: locationLabel(f.location) },
      })),
    );
  }
  if (requires.includes('warningsAcknowledged') && gate.unacknowledged.length > 0) {
    throw conflict(
      m('evaluation.warningsNeedNotes', { count: gate.unacknowledged.length }),
      gate.unacknowledged.map((f) => ({
        message: m('evaluation.findingWithCode', { message: f.message, code: f.code }),
        location: { path: f.location.path, label: locationLabel(f.location) },
      })),
    );
  }
  return gate.kept;
}

/** Whether a transition's requirements ask for the findings gate at all. */
export const asksFindings = (requires: readonly Requirement[]) =>
  requires.some((r) => r === 'noErrors' || r === 'warningsAcknowledged');

/**
 * The two refusals of a kind that follows the review chain of its rule set (自评, 申报, 监控), in that kind's
 * words: the status does not allow the action; it is another role's turn (a submission names no turn).
 */
export function reviewChainSentences(kind: 'evaluation' | 'declaration' | 'monitoring'): {
  wrongStatus(row: { status: EvaluationStatus }, transition: EvaluationTransition): Message;
  notYourTurn(
    row: { status: EvaluationStatus; ruleSetId: string },
    transition: EvaluationTransition,
  ): Message | undefined;
} {
  return {
    wrongStatus: (row, transition) =>
      m(`${kind}.wrongStatus`, { status: m(`status.${row.status}`), action: m(`action.${transition}`) }),
    notYourTurn: (row, transition) => {
      const role = pendingRole(chainOf(row.ruleSetId), row.status);
      return role && transition !== 'submit'
        ? m(`${kind}.notYourTurn`, { status: m(`status.${row.status}`), role: m(`role.${role}`) })
        : undefined;
    },
  };
}
