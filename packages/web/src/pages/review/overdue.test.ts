import { describe, expect, it } from 'vitest';
import { missedDeadline, yearDeadlines } from './overdue';

describe('overdue marks in the review list', () => {
  it('marks nothing while the fiscal years carry no deadlines', () => {
    const deadlines = yearDeadlines([
      { year: 2024, deadlines: { declaration: null, monitoring: null, selfEvaluation: null, review: null } },
    ]);
    expect(deadlines.size).toBe(0);
    expect(missedDeadline({ fiscalYear: 2024, status: 'signed' }, deadlines, '2030-01-01')).toBeUndefined();
  });

  it('keeps the self-evaluation and review deadlines of each year, not the other stages', () => {
    const deadlines = yearDeadlines([
      { year: 2024, deadlines: { review: '2025-06-30', selfEvaluation: '2025-04-30' } },
      { year: 2023, deadlines: { declaration: '2023-01-31', selfEvaluation: null, review: '2024-06-30' } },
    ]);
    expect([...deadlines.entries()]).toEqual([
      [2024, { selfEvaluation: '2025-04-30', review: '2025-06-30' }],
      [2023, { review: '2024-06-30' }],
    ]);
  });

  it('is overdue under review only after the review deadline day, and while writing after the self-evaluation one', () => {
    const deadlines = yearDeadlines([
      { year: 2024, deadlines: { selfEvaluation: '2025-04-30', review: '2025-06-30' } },
    ]);
    const at = (status: 'draft' | 'submitted' | 'departmentApproved' | 'approved', today: string) =>
      missedDeadline({ fiscalYear: 2024, status }, deadlines, today);
    expect(at('submitted', '2025-06-30')).toBeUndefined();
    expect(at('submitted', '2025-07-01')).toBe('2025-06-30');
    expect(at('departmentApproved', '2025-07-01')).toBe('2025-06-30');
    expect(at('draft', '2025-05-01')).toBe('2025-04-30');
    expect(at('draft', '2025-04-30')).toBeUndefined();
    // Approved is finished: never overdue.
    expect(at('approved', '2026-01-01')).toBeUndefined();
    expect(missedDeadline({ fiscalYear: 2023, status: 'signed' }, deadlines, '2030-01-01')).toBeUndefined();
  });
});
