/**
 * The calendar day of a request, in China's time zone (Asia/Shanghai, no summer time): the `today` the
 * domain's deadline and overdue functions take. The one place the rectification ledger reads a clock.
 */
const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function todayInChina(now: Date = new Date()): string {
  return DAY.format(now);
}
