import { type Acknowledgement, gateSubmission, type Requirement } from '@jixiao/domain';
import { conflict } from '../http/errors';
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
      `自评还有 ${gate.errors.length} 个错误，改正后才能提交`,
      gate.errors.map((f) => ({
        message: f.message.zh,
        location: { path: f.location.path, label: f.location.label },
      })),
    );
  }
  if (requires.includes('warningsAcknowledged') && gate.unacknowledged.length > 0) {
    throw conflict(
      `还有 ${gate.unacknowledged.length} 条警告未说明：请对每条警告填写确认说明后再提交`,
      gate.unacknowledged.map((f) => ({
        message: `${f.message.zh}（${f.code}）`,
        location: { path: f.location.path, label: f.location.label },
      })),
    );
  }
  return gate.kept;
}
