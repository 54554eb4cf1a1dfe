import type { EvaluationStatus } from '../../api/types';
import { daysUntil } from '../home/deadlines';

/**
 * Overdue marks for the review list, from the deadlines GET /api/fiscal-years gives per year and stage.
 * Until the server serves deadlines (they come with the fiscal-year administration), nothing is overdue.
 * A stage's deadline is read as a record (`deadlines: { review: "2025-06-30" }`) or a list
 * (`deadlines: [{ stage: "review", date: "2025-06-30" }]`); the date's first ten characters are the day.
 */

/** The stages whose deadline an evaluation in review can miss: its own writing, then its review. */
export type DeadlineStage = 'selfEvaluation' | 'review';
export type YearDeadlines = Map<number, Partial<Record<DeadlineStage, string>>>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const dayOf = (v: unknown): string | undefined =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined;
const isStage = (s: unknown): s is DeadlineStage => s === 'selfEvaluation' || s === 'review';

/** The stage deadlines of one year's `deadlines`, whichever of the two shapes it takes. */
function stagesOf(d: unknown): Partial<Record<DeadlineStage, string>> {
  const of: Partial<Record<DeadlineStage, string>> = {};
  if (Array.isArray(d)) {
    for (const s of d) {
      if (!isRecord(s) || !isStage(s.stage)) continue;
      const date = dayOf(s.date) ?? dayOf(s.deadline);
      if (date) of[s.stage] = date;
    }
  } else if (isRecord(d)) {
    for (const stage of ['selfEvaluation', 'review'] as const) {
      const date = dayOf(d[stage]);
      if (date) of[stage] = date;
    }
  }
  return of;
}

export function yearDeadlines(years: readonly unknown[]): YearDeadlines {
  const out: YearDeadlines = new Map();
  for (const raw of years) {
    if (!isRecord(raw) || typeof raw.year !== 'number' || !Number.isInteger(raw.year)) continue;
    const of = stagesOf(raw.deadlines);
    if (of.selfEvaluation || of.review) out.set(raw.year, of);
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
