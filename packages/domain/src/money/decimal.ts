import DecimalJs from 'decimal.js';

/**
 * One decimal type for money, rates and scores. A private clone so that nobody's global
 * Decimal settings change ours; 40 significant digits keeps every 元/万元 conversion and every
 * ratio of realistic budgets exact until the documented rounding step.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

/** A decimal written as a string at every boundary (JSON, DB, CLI): "1209.56", "-3", "0.4242". */
export type DecimalString = string;

const DECIMAL_PATTERN = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

export function isDecimalString(value: string): boolean {
  return DECIMAL_PATTERN.test(value.trim());
}

/** Parses a plain decimal string; throws RangeError on anything else (callers turn it into a located error). */
export function dec(value: DecimalString | number | Decimal): Decimal {
  // Strings first: they are the common case, and decimal.js's instanceof check is a function call.
  if (typeof value === 'string') return parseString(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`不是整数，请用字符串表示小数：${value}`);
    return new Decimal(value);
  }
  return value;
}

function parseString(value: DecimalString): Decimal {
  const cached = PARSED.get(value);
  if (cached !== undefined) return cached;
  const trimmed = value.trim();
  if (!DECIMAL_PATTERN.test(trimmed)) throw new RangeError(`不是有效的数字：「${value}」`);
  const parsed = new Decimal(trimmed);
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  PARSED.set(value, parsed);
  return parsed;
}

/**
 * Parsed strings, kept because scoring reads the same figures again and again (weights, rule-set
 * constants, the same target in the score and in every check). Decimals are immutable, so sharing one
 * instance is safe. The map is small and emptied when full: it only has to hold one evaluation's figures
 * and the common weights, and a large one outlives the young generation and makes garbage collection dear.
 */
const PARSED = new Map<string, Decimal>();
const PARSED_LIMIT = 2_000;

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
