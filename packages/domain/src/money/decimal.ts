import { Decimal, parsePlain } from './exact';

export type { DecimalValue, Rounding } from './exact';
/**
 * One decimal type for money, rates and scores: an owned scaled integer (money/exact.ts) that gives
 * exactly what the decimal.js clone it replaced gave (precision 40, half-up); 40 significant digits keep
 * every 元/万元 conversion and every ratio of realistic budgets exact until the documented rounding step.
 */
export { Decimal };

/** A decimal written as a string at every boundary (JSON, DB, CLI): "1209.56", "-3", "0.4242". */
export type DecimalString = string;

const DECIMAL_PATTERN = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

export function isDecimalString(value: string): boolean {
  return DECIMAL_PATTERN.test(value.trim());
}

/** Parses a plain decimal string; throws RangeError on anything else (callers turn it into a located error). */
export function dec(value: DecimalString | number | Decimal): Decimal {
  // Strings first: they are the common case.
  if (typeof value === 'string') return parseString(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`不是整数，请用字符串表示小数：${value}`);
    return new Decimal(value);
  }
  return value;
}

function parseString(value: DecimalString): Decimal {
  // The scan refuses spaces; only then is the text trimmed and read again.
  const parsed = parsePlain(value) ?? parsePlain(value.trim());
  if (parsed === undefined) throw new RangeError(`不是有效的数字：「${value}」`);
  return parsed;
}

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), ZERO);
}

export function minDec(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function maxDec(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}
