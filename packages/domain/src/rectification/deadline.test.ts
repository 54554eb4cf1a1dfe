import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rectificationRulesSchema } from '../rules/rectification-rules';
import { getRuleSet } from '../rules/registry';
import { addDays, dayNumber, isoDate } from './dates';
import { daysOverdue, isOverdue, rectificationDeadline } from './deadline';

const national = getRuleSet('mof-2020');

describe('the deadline of a rectification item is the day it is raised plus the rule set days for its source', () => {
  it.each([
    // kind, raised on, days by default, deadline (raised + days, counted on the calendar)
    ['finding', '2026-12-01', 30, '2026-12-31'], // 1 + 30 = 31 December
    ['audit', '2026-12-01', 30, '2026-12-31'],
    ['manual', '2026-12-15', 30, '2027-01-14'], // 15 + 30 = 45 → 45 − 31 = 14 January
    ['return', '2026-12-15', 20, '2027-01-04'], // 15 + 20 = 35 → 35 − 31 = 4 January
    ['monitoring', '2026-08-07', 20, '2026-08-27'], // 7 + 20 = 27 August
    ['monitoring', '2028-02-20', 20, '2028-03-11'], // 2028 is a leap year: 20 + 20 = 40 → 40 − 29 = 11 March
    ['return', '2027-02-20', 20, '2027-03-12'], // 2027 is not: 40 − 28 = 12 March
  ] as const)('%s raised %s → +%i days → %s', (kind, raised, days, due) => {
    expect(rectificationRulesSchema.parse({}).deadlineDays[kind]).toBe(days);
    expect(rectificationDeadline(kind, raised, national)).toBe(due);
  });

  it('takes a region own days from its rule set', () => {
    const region = { rectification: rectificationRulesSchema.parse({ deadlineDays: { finding: 15 } }) };
    expect(rectificationDeadline('finding', '2026-12-01', region)).toBe('2026-12-16'); // 1 + 15
    expect(rectificationDeadline('return', '2026-12-01', region)).toBe('2026-12-21'); // default 20 kept
  });

  it('refuses a rule set with zero days', () => {
    expect(rectificationRulesSchema.safeParse({ deadlineDays: { return: 0 } }).success).toBe(false);
  });
});

describe('an item is overdue only after its deadline day and only while not closed out', () => {
  it.each([
    // deadline, today, status, overdue, days over (today − deadline)
    ['2026-12-31', '2026-12-30', 'pending', false, 0], // the day before
    ['2026-12-31', '2026-12-31', 'inProgress', false, 0], // the deadline day itself is still in time
    ['2026-12-31', '2027-01-01', 'inProgress', true, 1], // the day after: 1 day over
    ['2026-12-31', '2027-01-01', 'reported', true, 1], // reported but not yet closed out counts
    ['2026-12-31', '2027-02-01', 'pending', true, 32], // 31 + 1
    ['2026-12-31', '2027-02-01', 'closed', false, 0], // closed out: never overdue
  ] as const)('deadline %s, today %s, %s → %s (%i days)', (deadline, today, status, overdue, days) => {
    expect(isOverdue({ deadline, status }, today)).toBe(overdue);
    expect(daysOverdue({ deadline, status }, today)).toBe(days);
  });
});

describe('calendar days', () => {
  it('reads only real dates', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-02-29')).toBeUndefined();
    // 1970 → 2028: 58 × 365 + 14 leap days (1972 … 2024) = 21184 for 1 January 2028; + 31 (January) + 28 = 21243
    expect(dayNumber('2028-02-29')).toBe(21_243);
    expect(dayNumber('2028-03-01')).toBe(21_244);
    expect(dayNumber('2026-13-01')).toBeUndefined();
    expect(dayNumber('2026-1-01')).toBeUndefined();
  });

  it('round-trips every day and adds as the calendar does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.integer({ min: 0, max: 400 }),
        (day, days) => {
          const iso = isoDate(day);
          expect(dayNumber(iso)).toBe(day);
          expect(dayNumber(addDays(iso, days) ?? '')).toBe(day + days);
        },
      ),
    );
  });
});
