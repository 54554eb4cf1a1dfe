import { describe, expect, it } from 'vitest';
import { EVALUATION_STATUSES } from './evaluation';
import { countsInStatistics, NOT_COUNTED_STATUSES, STATISTICS_STATUSES } from './statistics';

describe('which evaluations count in statistics', () => {
  it('counts submitted, signed, approved by the department and approved, and leaves drafts and returned ones out', () => {
    expect(STATISTICS_STATUSES).toEqual(['submitted', 'signed', 'approved', 'departmentApproved']);
    expect(NOT_COUNTED_STATUSES).toEqual(['draft', 'returned']);
    expect(countsInStatistics('draft')).toBe(false);
    expect(countsInStatistics('returned')).toBe(false);
    expect(countsInStatistics('approved')).toBe(true);
    expect(countsInStatistics('departmentApproved')).toBe(true);
  });

  it('splits every status of the workflow into exactly one of the two sets', () => {
    expect([...STATISTICS_STATUSES, ...NOT_COUNTED_STATUSES].sort()).toEqual([...EVALUATION_STATUSES].sort());
  });
});
