import { z } from 'zod';
import type { Finding } from '../checks/finding';

/** A preparer's note on one warning, matched to it by check code and location path. */
export const acknowledgementSchema = z.object({
  code: z.string().min(1).max(200),
  path: z.string().max(500),
  note: z.string().max(2000),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

/**
 * The submission gate, for the `noErrors` and `warningsAcknowledged` requirements: which errors still
 * block, which warnings lack a non-empty note, and the notes kept (those that answer a current warning;
 * notes on warnings that have since gone are dropped rather than recorded).
 */
export interface GateResult {
  errors: Finding[];
  unacknowledged: Finding[];
  kept: Acknowledgement[];
}

const answers = (a: Acknowledgement, f: Finding) => a.code === f.code && a.path === f.location.path;

export function gateSubmission(findings: readonly Finding[], given: readonly Acknowledgement[]): GateResult {
  const noted = given.filter((a) => a.note.trim() !== '');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return {
    errors: findings.filter((f) => f.severity === 'error'),
    unacknowledged: warnings.filter((f) => !noted.some((a) => answers(a, f))),
    kept: noted.filter((a) => warnings.some((f) => answers(a, f))),
  };
}
