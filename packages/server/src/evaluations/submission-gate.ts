import {
  type Acknowledgement,
  gateSubmission,
  localizedMessage,
  locationLabel,
  type Requirement,
} from '@jixiao/domain';
import { conflict } from '../http/errors';
import { serverMessage as m } from '../messages';
import { outcomeOf } from './derive';
import { modelOf } from './read';
import type { EvaluationRow } from './store';

/**
 * The `noErrors` and `warningsAcknowledged` requirements on the server's own checks: refused (409, every
 * finding listed) while errors remain or a warning lacks a note. Returns the notes to record.
 */
export function enforceSubmissionGate(
  row: EvaluationRow,
  given: readonly Acknowledgement[],
  requires: readonly Requirement[],
): Acknowledgement[] {
  const gate = gateSubmission(outcomeOf(modelOf(row)).findings, given);
  if (requires.includes('noErrors') && gate.errors.length > 0) {
    throw conflict(
      m('evaluation.errorsBlockSubmit', { count: gate.errors.length }),
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
