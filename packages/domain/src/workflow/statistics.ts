import { EVALUATION_WORKFLOW, type EvaluationStatus } from './evaluation';
import { isEditable } from './machine';

/**
 * Whether an evaluation in this status counts in statistics (the overview's averages, grades, unit counts,
 * distributions, ranking, and the overview workbook): every status out of the preparer's hands, that is
 * every status but the editable ones (草稿 and 已退回). A status added for a further review step counts
 * without a change here; one that hands the work back to the preparer (editable) does not.
 */
export function countsInStatistics(status: EvaluationStatus): boolean {
  return !isEditable(EVALUATION_WORKFLOW, status);
}

/** The statuses that count, in the workflow's order (for a database filter). */
export const STATISTICS_STATUSES: readonly EvaluationStatus[] =
  EVALUATION_WORKFLOW.statuses.filter(countsInStatistics);

/** The statuses that do not count (shown apart, as a count of work not yet submitted). */
export const NOT_COUNTED_STATUSES: readonly EvaluationStatus[] = EVALUATION_WORKFLOW.statuses.filter(
  (s) => !countsInStatistics(s),
);
