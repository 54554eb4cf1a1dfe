/**
 * Calendar days as plain numbers, so deadlines need no clock and no time zone: an ISO date "2026-12-01"
 * becomes its day number since 1970-01-01 and back (Howard Hinnant's days-from-civil, proleptic Gregorian).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-12-01" → days since 1970-01-01; undefined for anything that is not a real calendar day. */
export function dayNumber(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const month = Number(m[2]);
  const d = Number(m[3]);
  if (month < 1 || month > 12 || d < 1 || d > daysInMonth(y, month)) return undefined;
  const yy = month <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 → "2026-12-01". */
export function isoDate(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, month: number): number {
  if (month === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The ISO date `days` calendar days after `iso` (undefined when `iso` is not a date). */
export function addDays(iso: string, days: number): string | undefined {
  const n = dayNumber(iso);
  return n === undefined ? undefined : isoDate(n + days);
}
