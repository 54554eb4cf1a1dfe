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
