/**
 * The owned exact decimal behind `Decimal` (money/decimal.ts): a scaled integer. A value is
 * `coefficient × 10^−scale` with scale ≥ 0; the coefficient is a JS number while it is a safe integer
 * (−0 included, so the sign of zero survives as decimal.js keeps it) and a BigInt beyond. The form is
 * canonical — no trailing zero in the coefficient when scale > 0, a number whenever it fits — so equal
 * values have equal fields.
 *
 * It behaves exactly as the decimal.js clone it replaces (precision 40, ROUND_HALF_UP, toExpNeg −30,
 * toExpPos 40): +, −, × are exact and then rounded to 40 significant digits half-up, ÷ is the
 * 40-significant-digit half-up quotient, and every rendering and rounding method gives decimal.js's
 * text. `exact.property.test.ts` checks every operation and rounding mode against decimal.js.
 * Most figures (two-place amounts, weights, scores) stay on the number path: one floating-point
 * operation that is exact because its result is a safe integer, checked by `Number.isSafeInteger`.
 * Division by zero, NaN and infinities throw: no figure of the engine is ever infinite.
 */

/** decimal.js's rounding modes, by the same numbers. */
export const ROUND_UP: 0 = 0;
export const ROUND_DOWN: 1 = 1;
export const ROUND_CEIL: 2 = 2;
export const ROUND_FLOOR: 3 = 3;
export const ROUND_HALF_UP: 4 = 4;
export const ROUND_HALF_DOWN: 5 = 5;
export const ROUND_HALF_EVEN: 6 = 6;
export const ROUND_HALF_CEIL: 7 = 7;
export const ROUND_HALF_FLOOR: 8 = 8;
export type Rounding = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** Significant digits kept by +, −, ×, ÷ (the decimal.js clone's precision). */
export const PRECISION = 40;
const TO_EXP_NEG = -30;
const TO_EXP_POS = 40;

type Coefficient = number | bigint;
export type DecimalValue = string | number | bigint | Decimal;

const MAX = Number.MAX_SAFE_INTEGER;
const BIG_MAX = BigInt(MAX);
const BIG_MIN = -BIG_MAX;
/** 10^i as exact doubles (exact up to 10^22). */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);
const BIG_POW10: bigint[] = [1n];

function bigPow10(n: number): bigint {
  for (let i = BIG_POW10.length; i <= n; i++) BIG_POW10.push((BIG_POW10[i - 1] ?? 1n) * 10n);
  return BIG_POW10[n] ?? 1n;
}

/** Digits of a non-negative safe integer (1 for 0). */
function digitsOf(n: number): number {
  let d = 1;
  while (d < 16 && n >= (POW10[d] ?? Number.POSITIVE_INFINITY)) d++;
  return d;
}

/** Digits of a non-negative BigInt. */
function bigDigitsOf(n: bigint): number {
  if (n <= BIG_MAX) return digitsOf(Number(n));
  let d = Math.floor(Math.log10(Number(n))) + 1;
  // The float estimate can be one off at a power of ten.
  if (n < bigPow10(d - 1)) d--;
  else if (n >= bigPow10(d)) d++;
  return d;
}

function isNegativeCoefficient(c: Coefficient): boolean {
  return typeof c === 'number' ? c < 0 || Object.is(c, -0) : c < 0n;
}

/** Whether to add one unit to a truncated magnitude, by mode: `half` compares the dropped part with a half (−1 below, 0 at, 1 above). */
function roundsUp(rm: Rounding, negative: boolean, dropped: boolean, half: number, odd: boolean): boolean {
  if (!dropped) return false;
  switch (rm) {
    case ROUND_UP:
      return true;
    case ROUND_DOWN:
      return false;
    case ROUND_CEIL:
      return !negative;
    case ROUND_FLOOR:
      return negative;
    case ROUND_HALF_UP:
      return half >= 0;
    case ROUND_HALF_DOWN:
      return half > 0;
    case ROUND_HALF_EVEN:
      return half > 0 || (half === 0 && odd);
    case ROUND_HALF_CEIL:
      return half > 0 || (half === 0 && !negative);
    default:
      return half > 0 || (half === 0 && negative);
  }
}

/** |c| with `drop` digits removed under `rm` (the sign is the caller's); a number or BigInt magnitude. */
function dropDigits(magnitude: Coefficient, drop: number, rm: Rounding, negative: boolean): Coefficient {
  if (typeof magnitude === 'number') {
    if (drop > 22) {
      // 10^drop exceeds every safe integer many times over: the whole value is below a half.
      return roundsUp(rm, negative, magnitude !== 0, -1, false) ? 1 : 0;
    }
    const p = POW10[drop] ?? 1;
    const r = magnitude % p;
    const q = (magnitude - r) / p;
    const twice = r * 2;
    return roundsUp(rm, negative, r !== 0, twice < p ? -1 : twice === p ? 0 : 1, q % 2 === 1) ? q + 1 : q;
  }
  const p = bigPow10(drop);
  const q = magnitude / p;
  const r = magnitude - q * p;
  const twice = r * 2n;
  const up = roundsUp(rm, negative, r !== 0n, twice < p ? -1 : twice === p ? 0 : 1, (q & 1n) === 1n);
  return up ? q + 1n : q;
}

/** The canonical Decimal for a signed coefficient and a scale that may be negative or carry trailing zeros. */
function make(c: Coefficient, scale: number): Decimal {
  if (typeof c === 'number') {
    if (c === 0) return new Decimal(c, 0);
    if (scale < 0) {
      const scaled = c * (POW10[-scale] ?? Number.POSITIVE_INFINITY);
      if (-scale <= 22 && Number.isSafeInteger(scaled)) return new Decimal(scaled, 0);
      return make(BigInt(c), scale);
    }
    while (scale > 0 && c % 10 === 0) {
      c /= 10;
      scale--;
    }
    return new Decimal(c, scale);
  }
  if (c === 0n) return new Decimal(0, 0);
  if (scale < 0) {
    c *= bigPow10(-scale);
    scale = 0;
  }
  // Odd coefficients (half of them) have no trailing zero: skip the BigInt modulo.
  if (scale > 0 && (c & 1n) === 0n) {
    while (scale > 0 && c % 10n === 0n) {
      c /= 10n;
      scale--;
    }
  }
  if (c <= BIG_MAX && c >= BIG_MIN) return new Decimal(Number(c), scale);
  return new Decimal(c, scale);
}

/** Rounds an exact BigInt result to `sd` significant digits (the precision of +, −, ×). */
function makeRounded(c: bigint, scale: number, sd: number, rm: Rounding): Decimal {
  const negative = c < 0n;
  const magnitude = negative ? -c : c;
  const digits = bigDigitsOf(magnitude);
  if (digits <= sd) return make(c, scale);
  const drop = digits - sd;
  const rounded = dropDigits(magnitude, drop, rm, negative);
  return make(negative ? -BigInt(rounded) : BigInt(rounded), scale - drop);
}

const DECIMAL_TEXT = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;

function parse(text: string): Decimal {
  const m = DECIMAL_TEXT.exec(text);
  const whole = m?.[2] ?? '';
  const fraction = m?.[3] ?? '';
  if (!m || (whole === '' && fraction === '')) throw new Error(`[DecimalError] Invalid argument: ${text}`);
  const negative = m[1] === '-';
  const exponent = m[4] === undefined ? 0 : Number(m[4]);
  const digits = (whole + fraction).replace(/^0+/, '');
  if (digits === '') return new Decimal(negative ? -0 : 0, 0);
  const scale = fraction.length - exponent;
  let c: Coefficient;
  if (digits.length <= 15) c = Number(digits);
  else {
    const big = BigInt(digits);
    c = big <= BIG_MAX ? Number(big) : big;
  }
  return typeof c === 'number' ? make(negative ? -c : c, scale) : make(negative ? -c : c, scale);
}

/**
 * Plain decimal text ("-1209.56", "+.5", "7.") without a regular expression or an intermediate string;
 * undefined when the text is anything else (signs, digits and one point only — no spaces, no exponent).
 */
export function parsePlain(text: string): Decimal | undefined {
  const n = text.length;
  let i = 0;
  let ch = text.charCodeAt(0);
  const negative = ch === 45;
  if (negative || ch === 43) i = 1;
  let c = 0;
  let scale = 0;
  let point = false;
  let sawDigit = false;
  for (; i < n; i++) {
    ch = text.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      c = c * 10 + (ch - 48);
      sawDigit = true;
      if (point) scale++;
    } else if (ch === 46 && !point) point = true;
    else return undefined;
  }
  if (!sawDigit) return undefined;
  // c only grows, so if it ends safe every step was exact; longer figures go through BigInt.
  if (c > MAX) return parse(text);
  return make(negative ? -c : c, scale);
}

function fromNumber(n: number): Decimal {
  if (Number.isSafeInteger(n)) return new Decimal(n, 0);
  if (!Number.isFinite(n)) throw new Error(`[DecimalError] Invalid argument: ${n}`);
  return parse(String(n));
}

function toDecimal(value: DecimalValue): Decimal {
  if (value instanceof Decimal) return value;
  if (typeof value === 'string') return parse(value);
  if (typeof value === 'number') return fromNumber(value);
  return make(value, 0);
}

function asBig(c: Coefficient): bigint {
  return typeof c === 'number' ? BigInt(c) : c;
}

function magnitudeString(c: Coefficient): string {
  const s = typeof c === 'number' ? String(c < 0 ? -c : c) : String(c < 0n ? -c : c);
  return s;
}

function zeros(n: number): string {
  return n > 0 ? '0'.repeat(n) : '';
}

/** decimal.js's finiteToString: the digits of |x| in plain or exponential notation, padded to `sd` digits. */
function render(x: Decimal, exponential: boolean, sd?: number): string {
  let str = magnitudeString(x.coefficient);
  const len = str.length;
  const e = x.isZero() ? 0 : len - 1 - x.scale;
  if (exponential) {
    // An integer keeps its trailing zeros in the coefficient; decimal.js's digits never have them.
    if (x.scale === 0) str = str.replace(/0+$/, '');
    const k = sd === undefined ? 0 : sd - str.length;
    if (k > 0) str = `${str.charAt(0)}.${str.slice(1)}${zeros(k)}`;
    else if (str.length > 1) str = `${str.charAt(0)}.${str.slice(1)}`;
    return `${str}${e < 0 ? 'e' : 'e+'}${e}`;
  }
  if (e < 0) {
    str = `0.${zeros(-e - 1)}${str}`;
    if (sd !== undefined && sd - len > 0) str += zeros(sd - len);
  } else if (e >= len) {
    str += zeros(e + 1 - len);
    if (sd !== undefined && sd - e - 1 > 0) str = `${str}.${zeros(sd - e - 1)}`;
  } else {
    if (e + 1 < len) str = `${str.slice(0, e + 1)}.${str.slice(e + 1)}`;
    if (sd !== undefined && sd - len > 0) {
      if (e + 1 === len) str += '.';
      str += zeros(sd - len);
    }
  }
  return str;
}

/** Rounds to `dp` decimal places (the value keeps its sign, −0 included). */
function toPlaces(x: Decimal, dp: number, rm: Rounding): Decimal {
  const drop = x.scale - dp;
  if (drop <= 0) return x;
  const c = x.coefficient;
  const negative = isNegativeCoefficient(c);
  const magnitude = typeof c === 'number' ? (negative ? -c : c) : negative ? -c : c;
  const rounded = dropDigits(magnitude, drop, rm, negative);
  // A value that rounds to nothing keeps its sign (−0.001 → −0), as in decimal.js.
  if (rounded === 0 || rounded === 0n) return new Decimal(negative ? -0 : 0, 0);
  return typeof rounded === 'number'
    ? make(negative ? -rounded : rounded, dp)
    : make(negative ? -rounded : rounded, dp);
}

function significantDigits(x: Decimal): number {
  const c = x.coefficient;
  if (typeof c === 'number') return digitsOf(c < 0 ? -c : c);
  return bigDigitsOf(c < 0n ? -c : c);
}

/** Aligns two coefficients to the larger scale; numbers while the results stay safe. */
function aligned(a: Decimal, b: Decimal): [Coefficient, Coefficient, number] {
  const ka = a.scale;
  const kb = b.scale;
  const ca = a.coefficient;
  const cb = b.coefficient;
  if (ka === kb) return [ca, cb, ka];
  if (ka < kb) {
    const d = kb - ka;
    if (typeof ca === 'number' && d <= 22) {
      const scaled = ca * (POW10[d] ?? 1);
      if (Number.isSafeInteger(scaled)) return [scaled, cb, kb];
    }
    return [asBig(ca) * bigPow10(d), asBig(cb), kb];
  }
  const d = ka - kb;
  if (typeof cb === 'number' && d <= 22) {
    const scaled = cb * (POW10[d] ?? 1);
    if (Number.isSafeInteger(scaled)) return [ca, scaled, ka];
  }
  return [asBig(ca), asBig(cb) * bigPow10(d), ka];
}

function add(a: Decimal, b: Decimal): Decimal {
  const x = a.coefficient;
  const y = b.coefficient;
  // decimal.js: x + 0 is x, 0 + y is y (and ±0 + ±0 as IEEE, which the number path gives).
  if (y === 0 && x !== 0) return a;
  if (x === 0 && y !== 0) return b;
  if (typeof x === 'number' && typeof y === 'number') {
    // Most sums: numbers at (or scaled to) one scale, without the triple `aligned` builds. A scaled
    // operand or a sum past 2^53 is not a safe integer (rounding is monotone), and goes the long way.
    const d = a.scale - b.scale;
    if (d === 0) {
      const s = x + y;
      if (Number.isSafeInteger(s)) return make(s, a.scale);
    } else if (d > 0 && d <= 22) {
      const t = y * (POW10[d] ?? 1);
      const s = x + t;
      if (Number.isSafeInteger(t) && Number.isSafeInteger(s)) return make(s, a.scale);
    } else if (d < 0 && d >= -22) {
      const t = x * (POW10[-d] ?? 1);
      const s = t + y;
      if (Number.isSafeInteger(t) && Number.isSafeInteger(s)) return make(s, b.scale);
    }
  }
  const [ca, cb, k] = aligned(a, b);
  if (typeof ca === 'number' && typeof cb === 'number') {
    const s = ca + cb;
    if (Number.isSafeInteger(s)) return make(s, k);
  }
  return makeRounded(asBig(ca) + asBig(cb), k, PRECISION, ROUND_HALF_UP);
}

function multiply(a: Decimal, b: Decimal): Decimal {
  const ca = a.coefficient;
  const cb = b.coefficient;
  if (typeof ca === 'number' && typeof cb === 'number') {
    const p = ca * cb;
    if (Number.isSafeInteger(p)) return make(p, a.scale + b.scale);
  } else if (a.isZero() || b.isZero()) {
    return new Decimal(isNegativeCoefficient(ca) !== isNegativeCoefficient(cb) ? -0 : 0, 0);
  }
  return makeRounded(asBig(ca) * asBig(cb), a.scale + b.scale, PRECISION, ROUND_HALF_UP);
}

/** Strips factors of 2 and 5 from a positive safe integer; returns [rest, twos, fives]. */
function twosAndFives(n: number): [number, number, number] {
  let twos = 0;
  let fives = 0;
  while (n % 2 === 0) {
    n /= 2;
    twos++;
  }
  while (n % 5 === 0) {
    n /= 5;
    fives++;
  }
  return [n, twos, fives];
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function divide(a: Decimal, b: Decimal): Decimal {
  if (b.isZero()) throw new RangeError('[DecimalError] Division by zero');
  const ca = a.coefficient;
  const cb = b.coefficient;
  const negative = isNegativeCoefficient(ca) !== isNegativeCoefficient(cb);
  if (a.isZero()) return new Decimal(negative ? -0 : 0, 0);
  const scale = a.scale - b.scale;
  if (typeof ca === 'number' && typeof cb === 'number') {
    const n = ca < 0 ? -ca : ca;
    const d = cb < 0 ? -cb : cb;
    // A quotient that ends: n / d = q × 10^−k for the smallest k that clears d's factors 2 and 5.
    const r = n % d;
    if (r === 0) {
      const q = n / d;
      return make(negative ? -q : q, scale);
    }
    const g = gcd(n, d);
    const [rest, twos, fives] = twosAndFives(d / g);
    if (rest === 1) {
      const k = twos > fives ? twos : fives;
      const q = (n / g) * ((POW10[k] ?? 1) / (d / g));
      if (k <= 22 && Number.isSafeInteger(q)) return make(negative ? -q : q, scale + k);
    }
    const q = numberLongDivide(n, d, scale, negative);
    if (q !== undefined) return q;
  }
  return longDivide(ca, cb, scale, negative);
}

/**
 * a ÷ b rounded to `dp` places under `rm`: the value of a.dividedBy(b).toDecimalPlaces(dp, rm), computed
 * with one number division when both scaled operands are safe integers (N = |a| × 10^(dp + scale of b)
 * and D = |b| × 10^(scale of a), one of the two powers being 1).
 * Why one rounding gives what two give: with q = ⌊N ÷ D⌋ and r = N − q × D, the two-step path first
 * rounds N ÷ D half-up at its 40th significant digit, i.e. the fraction f = r ÷ D at m ≥ 24 places (N ÷ D
 * < 2^53 has at most 16 digits left of the point), then rounds at the point. Because D < 2^53 < 10^m,
 * that first step moves f to ½ or above only if 2r ≥ D already, to exactly ½ only if 2r = D, never to 1,
 * and never to 0 unless r = 0: every mode then decides the same.
 */
export function quotientToPlaces(a: Decimal, b: Decimal, dp: number, rm: Rounding): Decimal {
  checkPlaces(dp, 0);
  const ca = a.coefficient;
  const cb = b.coefficient;
  if (typeof ca === 'number' && typeof cb === 'number' && ca !== 0 && cb !== 0) {
    const shift = dp - a.scale + b.scale;
    if (shift >= -22 && shift <= 22) {
      const negative = ca < 0 !== cb < 0;
      const n = (ca < 0 ? -ca : ca) * (shift > 0 ? (POW10[shift] ?? 1) : 1);
      const d = (cb < 0 ? -cb : cb) * (shift < 0 ? (POW10[-shift] ?? 1) : 1);
      if (n <= MAX && d <= MAX) {
        const r = n % d;
        const q = (n - r) / d;
        const twice = r * 2;
        const up = roundsUp(rm, negative, r !== 0, twice < d ? -1 : twice === d ? 0 : 1, q % 2 === 1);
        const m = up ? q + 1 : q;
        // A quotient that rounds to nothing keeps its sign (−0), as toDecimalPlaces does.
        if (m === 0) return new Decimal(negative ? -0 : 0, 0);
        if (m <= MAX) return make(negative ? -m : m, dp);
      }
    }
  }
  return toPlaces(divide(a, b), dp, rm);
}

/**
 * The 40-significant-digit half-up quotient of two safe integers, digit chunks by number division: each
 * step multiplies the remainder (below d) by 10^c with c = 15 − digits of d, so it stays below 10^15,
 * and only the 40 digits kept become one BigInt. Undefined when d is too long for a chunk of one digit.
 */
function numberLongDivide(n: number, d: number, scale: number, negative: boolean): Decimal | undefined {
  const c = 15 - digitsOf(d);
  if (c < 1) return undefined;
  const step = POW10[c] ?? 1;
  let r = n % d;
  const whole = (n - r) / d;
  let digits = whole > 0 ? String(whole) : '';
  let significant = digits.length;
  let fraction = 0;
  // One digit beyond the 40th decides half-up; the remainder after it cannot.
  while (significant <= PRECISION && r !== 0) {
    r *= step;
    const next = r % d;
    const chunk = String((r - next) / d);
    r = next;
    digits += chunk.length < c ? zeros(c - chunk.length) + chunk : chunk;
    fraction += c;
    // Leading zeros of the first chunks are places, not significant digits.
    significant += significant === 0 ? (chunk === '0' ? 0 : chunk.length) : c;
  }
  const drop = significant > PRECISION ? significant - PRECISION : 0;
  const kept = digits.length - drop;
  const up = drop > 0 && digits.charCodeAt(kept) >= 53;
  let q = BigInt(digits.slice(0, kept));
  if (up) q += 1n;
  return make(negative ? -q : q, scale + fraction - drop);
}

/** The 40-significant-digit half-up quotient through BigInt: one division with one digit to spare. */
function longDivide(ca: Coefficient, cb: Coefficient, scale: number, negative: boolean): Decimal {
  let n = asBig(ca);
  let d = asBig(cb);
  if (n < 0n) n = -n;
  if (d < 0n) d = -d;
  const dn = bigDigitsOf(n);
  const dd = bigDigitsOf(d);
  // n × 10^p ÷ d has 41 or 42 digits.
  const p = PRECISION + 1 - dn + dd;
  const q = p >= 0 ? (n * bigPow10(p)) / d : n / (d * bigPow10(-p));
  const drop = bigDigitsOf(q) - PRECISION;
  // Half-up needs only the dropped digits: the remainder beyond them cannot move a digit ≥ 5 below 5.
  const rounded = dropDigits(q, drop, ROUND_HALF_UP, negative);
  const c = typeof rounded === 'number' ? BigInt(rounded) : rounded;
  return make(negative ? -c : c, scale + p - drop);
}

function compare(a: Decimal, b: Decimal): number {
  const x = a.coefficient;
  const y = b.coefficient;
  // Numbers: at one scale (±0 included) a plain comparison; otherwise by sign, then scaled when safe.
  if (typeof x === 'number' && typeof y === 'number') {
    const d = a.scale - b.scale;
    if (d === 0) return x < y ? -1 : x > y ? 1 : 0;
    if (x === 0 || y === 0 || x < 0 !== y < 0) return x < y ? -1 : x > y ? 1 : 0;
    if (d > 0 && d <= 22) {
      const t = y * (POW10[d] ?? 1);
      if (Number.isSafeInteger(t)) return x < t ? -1 : x > t ? 1 : 0;
    } else if (d < 0 && d >= -22) {
      const t = x * (POW10[-d] ?? 1);
      if (Number.isSafeInteger(t)) return t < y ? -1 : t > y ? 1 : 0;
    }
  }
  const az = a.isZero();
  const bz = b.isZero();
  if (az || bz) {
    if (az && bz) return 0;
    if (az) return b.isNegative() ? 1 : -1;
    return a.isNegative() ? -1 : 1;
  }
  const an = a.isNegative();
  if (an !== b.isNegative()) return an ? -1 : 1;
  if (a.scale === b.scale) {
    const ca = a.coefficient;
    const cb = b.coefficient;
    return ca < cb ? -1 : ca > cb ? 1 : 0;
  }
  const [ca, cb] = aligned(a, b);
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

function checkPlaces(n: number, min: number): void {
  if (!Number.isInteger(n) || n < min || n > 1e9)
    throw new RangeError(`[DecimalError] Invalid argument: ${n}`);
}

/**
 * An exact decimal: money, rates and scores. Immutable; every operation returns a new value.
 * The method names and results are decimal.js's.
 */
export class Decimal {
  static readonly ROUND_UP: 0 = ROUND_UP;
  static readonly ROUND_DOWN: 1 = ROUND_DOWN;
  static readonly ROUND_CEIL: 2 = ROUND_CEIL;
  static readonly ROUND_FLOOR: 3 = ROUND_FLOOR;
  static readonly ROUND_HALF_UP: 4 = ROUND_HALF_UP;
  static readonly ROUND_HALF_DOWN: 5 = ROUND_HALF_DOWN;
  static readonly ROUND_HALF_EVEN: 6 = ROUND_HALF_EVEN;
  static readonly ROUND_HALF_CEIL: 7 = ROUND_HALF_CEIL;
  static readonly ROUND_HALF_FLOOR: 8 = ROUND_HALF_FLOOR;

  /** The digits as an integer: a safe-integer number (−0 for negative zero) or a BigInt beyond. */
  readonly coefficient: Coefficient;
  /** Digits after the point: value = coefficient × 10^−scale. */
  readonly scale: number;

  /** `new Decimal("1209.56")`, `new Decimal(3)`, or a copy of a Decimal. */
  constructor(value: DecimalValue);
  /** The canonical (coefficient, scale) pair — for this module's arithmetic only. */
  constructor(coefficient: Coefficient, scale: number);
  constructor(value: DecimalValue, scale?: number) {
    if (scale !== undefined && (typeof value === 'number' || typeof value === 'bigint')) {
      this.coefficient = value;
      this.scale = scale;
      return;
    }
    const parsed = toDecimal(value);
    this.coefficient = parsed.coefficient;
    this.scale = parsed.scale;
  }

  static isDecimal(value: unknown): value is Decimal {
    return value instanceof Decimal;
  }

  plus(y: DecimalValue): Decimal {
    return add(this, toDecimal(y));
  }

  minus(y: DecimalValue): Decimal {
    return add(this, toDecimal(y).negated());
  }

  times(y: DecimalValue): Decimal {
    return multiply(this, toDecimal(y));
  }

  dividedBy(y: DecimalValue): Decimal {
    return divide(this, toDecimal(y));
  }

  /** Integer powers (10^places and the like), rounded to 40 significant digits as decimal.js does. */
  pow(y: number): Decimal {
    if (!Number.isSafeInteger(y)) throw new RangeError(`[DecimalError] Only integer powers: ${y}`);
    if (y === 0) return new Decimal(1, 0);
    if (this.isZero()) {
      if (y < 0) throw new RangeError('[DecimalError] Division by zero');
      // (−0)^odd is −0, as Math.pow gives it.
      return new Decimal(Number(this.coefficient) ** y, 0);
    }
    const n = y < 0 ? -y : y;
    const power = asBig(this.coefficient) ** BigInt(n);
    // A negative power divides 1 by the unrounded power, as decimal.js does.
    if (y < 0) return divide(new Decimal(1, 0), make(power, this.scale * n));
    return makeRounded(power, this.scale * n, PRECISION, ROUND_HALF_UP);
  }

  abs(): Decimal {
    const c = this.coefficient;
    if (typeof c === 'number') return c < 0 || Object.is(c, -0) ? new Decimal(-c, this.scale) : this;
    return c < 0n ? new Decimal(-c, this.scale) : this;
  }

  negated(): Decimal {
    const c = this.coefficient;
    return new Decimal(typeof c === 'number' ? -c : -c, this.scale);
  }

  comparedTo(y: DecimalValue): number {
    return compare(this, toDecimal(y));
  }

  equals(y: DecimalValue): boolean {
    return compare(this, toDecimal(y)) === 0;
  }

  /** decimal.js's short name for equals. */
  eq(y: DecimalValue): boolean {
    return compare(this, toDecimal(y)) === 0;
  }

  greaterThan(y: DecimalValue): boolean {
    return compare(this, toDecimal(y)) > 0;
  }

  greaterThanOrEqualTo(y: DecimalValue): boolean {
    return compare(this, toDecimal(y)) >= 0;
  }

  lessThan(y: DecimalValue): boolean {
    return compare(this, toDecimal(y)) < 0;
  }

  lessThanOrEqualTo(y: DecimalValue): boolean {
    return compare(this, toDecimal(y)) <= 0;
  }

  isZero(): boolean {
    const c = this.coefficient;
    return c === 0;
  }

  /** True for negative values and −0 (as decimal.js). */
  isNegative(): boolean {
    return isNegativeCoefficient(this.coefficient);
  }

  /** True for positive values and +0 (as decimal.js). */
  isPositive(): boolean {
    return !isNegativeCoefficient(this.coefficient);
  }

  isInteger(): boolean {
    return this.scale === 0;
  }

  isFinite(): boolean {
    return true;
  }

  isNaN(): boolean {
    return false;
  }

  decimalPlaces(): number {
    return this.scale;
  }

  toDecimalPlaces(dp?: number, rm: Rounding = ROUND_HALF_UP): Decimal {
    if (dp === undefined) return this;
    checkPlaces(dp, 0);
    return toPlaces(this, dp, rm);
  }

  toSignificantDigits(sd: number = PRECISION, rm: Rounding = ROUND_HALF_UP): Decimal {
    checkPlaces(sd, 1);
    const digits = significantDigits(this);
    if (this.isZero() || digits <= sd) return this;
    return toPlaces(this, this.scale - (digits - sd), rm);
  }

  /** Plain notation; with `dp`, rounded (default half-up) and padded to exactly dp places. */
  toFixed(dp?: number, rm: Rounding = ROUND_HALF_UP): string {
    let str: string;
    if (dp === undefined) str = render(this, false);
    else {
      checkPlaces(dp, 0);
      const y = toPlaces(this, dp, rm);
      str = render(y, false, dp + (y.isZero() ? 1 : significantDigits(y) - y.scale));
    }
    // The sign is the unrounded value's: (−0.001).toFixed(2) is "-0.00", (−0).toFixed(2) is "0.00".
    return this.isNegative() && !this.isZero() ? `-${str}` : str;
  }

  toString(): string {
    const str = render(this, this.exponentialInText());
    return this.isNegative() && !this.isZero() ? `-${str}` : str;
  }

  /** Like toString, but −0 keeps its sign (decimal.js's valueOf and toJSON). */
  toJSON(): string {
    const str = render(this, this.exponentialInText());
    return this.isNegative() ? `-${str}` : str;
  }

  valueOf(): string {
    return this.toJSON();
  }

  toNumber(): number {
    return Number(this.toJSON());
  }

  private exponentialInText(): boolean {
    if (this.isZero()) return false;
    const e = significantDigits(this) - 1 - this.scale;
    return e <= TO_EXP_NEG || e >= TO_EXP_POS;
  }
}
