/** Whole days from `today` to `deadline`, both "YYYY-MM-DD" (calendar days, no time-zone drift). */
export function daysUntil(today: string, deadline: string): number {
  const a = Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  const b = Date.UTC(
    Number(deadline.slice(0, 4)),
    Number(deadline.slice(5, 7)) - 1,
    Number(deadline.slice(8, 10)),
  );
  return Math.round((b - a) / 86_400_000);
}

/** One stage's deadline of one fiscal year, as the home page lists it. */
export interface DueItem<Stage extends string = string> {
  year: number;
  stage: Stage;
  date: string;
  /** Calendar days left (0 on the day, negative once overdue). */
  days: number;
}

/**
 * The deadlines of the open fiscal years, soonest first (overdue ones first of all), each with the days
 * left. Closed years are done with; stages without a date are not listed.
 */
export function dueItems<Stage extends string>(
  years: readonly { year: number; status: string; deadlines: Record<Stage, string | null> }[],
  stages: readonly Stage[],
  today: string,
): DueItem<Stage>[] {
  const items: DueItem<Stage>[] = [];
  for (const y of years) {
    if (y.status !== 'open') continue;
    for (const stage of stages) {
      const date = y.deadlines[stage];
      if (date) items.push({ year: y.year, stage, date, days: daysUntil(today, date) });
    }
  }
  return items.sort(
    (a, b) => a.date.localeCompare(b.date) || stages.indexOf(a.stage) - stages.indexOf(b.stage),
  );
}

/** How a deadline is marked: overdue, due within a week, or later. */
export function dueMark(days: number): 'overdue' | 'soon' | 'later' {
  if (days < 0) return 'overdue';
  return days <= 7 ? 'soon' : 'later';
}
