import type { EvaluationStatus } from '../../api/types';
import { daysUntil } from '../home/deadlines';

/**
 * Overdue marks for the review list, from the deadlines GET /api/fiscal-years gives per year and stage
 * (set by the administrator at /admin/years; a stage without one is never overdue).
 */

/** The stages whose deadline an evaluation in review can miss: its own writing, then its review. */
export type DeadlineStage = 'selfEvaluation' | 'review';
export type YearDeadlines = Map<number, Partial<Record<DeadlineStage, string>>>;

export function yearDeadlines(
  years: readonly { year: number; deadlines: Readonly<Partial<Record<string, string | null>>> }[],
): YearDeadlines {
  const out: YearDeadlines = new Map();
  for (const { year, deadlines } of years) {
    const of: Partial<Record<DeadlineStage, string>> = {};
    if (deadlines.selfEvaluation) of.selfEvaluation = deadlines.selfEvaluation;
    if (deadlines.review) of.review = deadlines.review;
    if (of.selfEvaluation || of.review) out.set(year, of);
  }
  return out;
}

/** Statuses still being written (the self-evaluation deadline applies) and under review (the review one). */
const WRITING: readonly EvaluationStatus[] = ['draft', 'returned'];
const REVIEWING: readonly EvaluationStatus[] = ['submitted', 'signed', 'departmentApproved'];

/** The deadline the evaluation has missed ("YYYY-MM-DD"), or undefined (on time, finished, or no deadline). */
export function missedDeadline(
  row: { fiscalYear: number; status: EvaluationStatus },
  deadlines: YearDeadlines,
  today: string,
): string | undefined {
  const of = deadlines.get(row.fiscalYear);
  const date = WRITING.includes(row.status)
    ? of?.selfEvaluation
    : REVIEWING.includes(row.status)
      ? of?.review
      : undefined;
  return date !== undefined && daysUntil(today, date) < 0 ? date : undefined;
}
