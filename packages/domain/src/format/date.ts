/**
 * 成文日期 as GB/T 9704-2012 §7.3.5.3 prescribes: Arabic numerals, the year in full, month and day
 * without padding ("2023年3月28日", never "2023年03月28日" nor "二〇二三年"). The data's report date
 * arrives as typed — "2023-03-28", "2023/3/28", "2023.3.28" or already "2023年3月28日".
 */
const WRITTEN = /^\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?\s*$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The date in document form, or undefined when the text is not a real calendar date. */
export function formatDocumentDate(text: string | undefined): string | undefined {
  const m = text === undefined ? null : WRITTEN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const last = month === 2 && !isLeap(year) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > last) return undefined;
  return `${year}年${month}月${day}日`;
}

/**
 * The calendar day of an instant in China ("2026-12-01"), whatever the machine's zone: a report made at
 * 07:00 Beijing time is dated that day, not the day before. Pure: the caller reads the clock.
 */
export function dateInChina(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(instant);
}
