import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysUntil, dueItems, dueMark } from './deadlines';

describe('daysUntil', () => {
  it('counts calendar days across a month end: 2023-02-27 → 2023-03-31 is 32 days', () => {
    expect(daysUntil('2023-02-27', '2023-03-31')).toBe(32);
  });
  it('is negative for a past deadline and 0 on the day', () => {
    expect(daysUntil('2023-04-02', '2023-03-31')).toBe(-2);
    expect(daysUntil('2023-03-31', '2023-03-31')).toBe(0);
  });
});

describe('dueItems', () => {
  const STAGES = ['declaration', 'monitoring', 'selfEvaluation', 'review'] as const;
  const none = { declaration: null, monitoring: null, selfEvaluation: null, review: null };
  it('lists the set deadlines of open years soonest first, with the days left counted from today', () => {
    const years = [
      {
        year: 2025,
        status: 'open',
        deadlines: { ...none, selfEvaluation: '2026-03-31', review: '2026-04-30' },
      },
      { year: 2024, status: 'open', deadlines: { ...none, review: '2026-01-15' } },
    ];
    expect(dueItems(years, STAGES, '2026-01-20')).toEqual([
      { year: 2024, stage: 'review', date: '2026-01-15', days: -5 },
      // 2026-01-20 → 2026-03-31: 11 + 28 + 31 = 70 days.
      { year: 2025, stage: 'selfEvaluation', date: '2026-03-31', days: 70 },
      { year: 2025, stage: 'review', date: '2026-04-30', days: 100 },
    ]);
  });
  it('leaves out closed years and puts stages due the same day in their order', () => {
    const years = [
      { year: 2023, status: 'closed', deadlines: { ...none, review: '2026-01-01' } },
      { year: 2025, status: 'open', deadlines: { ...none, review: '2026-02-01', declaration: '2026-02-01' } },
    ];
    expect(dueItems(years, STAGES, '2026-01-01').map((d) => d.stage)).toEqual(['declaration', 'review']);
  });
});

describe('dueMark', () => {
  it('marks a passed day overdue, the day itself to a week ahead soon, further later', () => {
    expect([-1, 0, 7, 8].map(dueMark)).toEqual(['overdue', 'soon', 'soon', 'later']);
  });
});

describe('dueItems over any years', () => {
  const STAGES = ['declaration', 'monitoring', 'selfEvaluation', 'review'] as const;
  const day = fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const year = fc.record({
    year: fc.integer({ min: 2020, max: 2030 }),
    status: fc.constantFrom('open', 'closed'),
    deadlines: fc.record({
      declaration: fc.option(day, { nil: null }),
      monitoring: fc.option(day, { nil: null }),
      selfEvaluation: fc.option(day, { nil: null }),
      review: fc.option(day, { nil: null }),
    }),
  });
  it('lists each set deadline of an open year once, in date order, with its days from today', () => {
    fc.assert(
      fc.property(fc.array(year, { maxLength: 6 }), day, (years, today) => {
        const items = dueItems(years, STAGES, today);
        const expected = years
          .filter((y) => y.status === 'open')
          .flatMap((y) => STAGES.filter((s) => y.deadlines[s] !== null)).length;
        expect(items).toHaveLength(expected);
        for (let i = 1; i < items.length; i++)
          expect((items[i - 1]?.date ?? '') <= (items[i]?.date ?? '')).toBe(true);
        for (const item of items) expect(item.days).toBe(daysUntil(today, item.date));
      }),
    );
  });
});
