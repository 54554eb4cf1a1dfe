import { describe, expect, it } from 'vitest';
import { daysUntil } from './deadlines';

describe('daysUntil', () => {
  it('counts calendar days across a month end: 2023-02-27 → 2023-03-31 is 32 days', () => {
    expect(daysUntil('2023-02-27', '2023-03-31')).toBe(32);
  });
  it('is negative for a past deadline and 0 on the day', () => {
    expect(daysUntil('2023-04-02', '2023-03-31')).toBe(-2);
    expect(daysUntil('2023-03-31', '2023-03-31')).toBe(0);
  });
});
