import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, parsePlain, quotientToPlaces, type Rounding } from './exact';

/**
 * The owned Decimal against the decimal.js clone it replaced (the same settings as before): every
 * operation the code base calls, on random operands, must give the same digits and the same sign of zero.
 * `toJSON` is compared because it writes −0 as "-0", so it shows the sign that toString hides.
 */
const Oracle = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
type Oracle = InstanceType<typeof Oracle>;

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

/** Decimal text as the engine meets it (up to 20 + 15 digits), with some beyond, signs, −0 and exponents. */
const text = fc
  .oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom('', '-'), digits(1, 8), digits(0, 4)) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom('', '-', '+'), digits(1, 20), digits(0, 15)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('', '-'), digits(1, 45), digits(0, 45)) },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.constantFrom('', '-'),
        fc.constantFrom('0', '00', '1', '10', '5'),
        fc.constantFrom('', '0', '5', '50', '25', '0001'),
      ),
    },
  )
  .map(([sign, whole, fraction]) => (fraction === '' ? `${sign}${whole}` : `${sign}${whole}.${fraction}`));

const withExponent = fc
  .tuple(fc.constantFrom('', '-'), digits(1, 16), fc.integer({ min: -45, max: 45 }))
  .map(([sign, d, e]) => `${sign}${d.slice(0, 1)}.${d.slice(1)}e${e >= 0 ? '+' : ''}${e}`);

const operand = fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: withExponent });
const rounding = fc.integer({ min: 0, max: 8 }).map((r) => r as Rounding);
const RUNS = { numRuns: 3_000 };

function same(mine: Decimal, theirs: Oracle): void {
  expect(mine.toJSON()).toBe(theirs.toJSON());
  expect(mine.toString()).toBe(theirs.toString());
  expect(mine.decimalPlaces()).toBe(theirs.decimalPlaces());
}

/** Operands that are themselves results: long quotients and products, as the engine chains them. */
const chained = fc.tuple(operand, operand, operand).map(([a, b, c]) => {
  const divisor = new Oracle(b).isZero() ? '7' : b;
  return {
    mine: new Decimal(a).times(new Decimal(c)).dividedBy(new Decimal(divisor)),
    theirs: new Oracle(a).times(new Oracle(c)).dividedBy(new Oracle(divisor)),
  };
});

describe('the owned Decimal gives what decimal.js gives', () => {
  it('parses text, exponents and −0 to the same value', () => {
    fc.assert(
      fc.property(operand, (t) => same(new Decimal(t), new Oracle(t))),
      RUNS,
    );
    for (const t of ['-0', '0.000', '-0.0', '.5', '5.', '+7', '1e-31', '12e39', '1.5e40', '9.99e-30']) {
      same(new Decimal(t), new Oracle(t));
    }
  });

  it('reads plain text through the fast scan (dec) exactly as decimal.js does, and refuses the same', () => {
    fc.assert(
      fc.property(text, (t) => {
        const scanned = parsePlain(t);
        if (scanned === undefined) throw new Error(`plain text not read: ${t}`);
        same(scanned, new Oracle(t));
      }),
      RUNS,
    );
    for (const bad of ['', '.', '-', '+', '1.2.3', '1e5', ' 1', '1 ', '--1', '1,5']) {
      expect(parsePlain(bad)).toBeUndefined();
    }
  });

  it('takes integers and non-integer numbers as decimal.js does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), (n) =>
        same(new Decimal(n), new Oracle(n)),
      ),
      RUNS,
    );
  });

  it.each([
    ['plus', (a: Decimal, b: Decimal) => a.plus(b), (a: Oracle, b: Oracle) => a.plus(b)],
    ['minus', (a: Decimal, b: Decimal) => a.minus(b), (a: Oracle, b: Oracle) => a.minus(b)],
    ['times', (a: Decimal, b: Decimal) => a.times(b), (a: Oracle, b: Oracle) => a.times(b)],
  ] as const)('%s: exact, then 40 significant digits half-up', (_name, mine, theirs) => {
    fc.assert(
      fc.property(operand, operand, (a, b) =>
        same(mine(new Decimal(a), new Decimal(b)), theirs(new Oracle(a), new Oracle(b))),
      ),
      RUNS,
    );
  });

  it('divides to the 40-significant-digit half-up quotient, sign of zero included', () => {
    fc.assert(
      fc.property(operand, operand, (a, b) => {
        fc.pre(!new Oracle(b).isZero());
        same(new Decimal(a).dividedBy(new Decimal(b)), new Oracle(a).dividedBy(new Oracle(b)));
      }),
      RUNS,
    );
    // Quotients of small integers: the engine's completions, rates and partial scores.
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (a, b) => {
          same(new Decimal(a).dividedBy(b), new Oracle(a).dividedBy(b));
          same(new Decimal(a).dividedBy(-b), new Oracle(a).dividedBy(-b));
        },
      ),
      RUNS,
    );
  });

  it('divides and rounds at fixed places in one step exactly as dividing and then rounding does', () => {
    // Coefficients up to and just past 2^53, at scales that put the scaled operands on either side of it.
    const nearLimit = fc
      .tuple(
        fc.constantFrom('', '-'),
        fc.oneof(
          fc.bigInt({ min: 1n, max: 2n ** 53n + 10n }),
          fc.bigInt({ min: 2n ** 53n - 1_000n, max: 2n ** 53n + 1_000n }),
          fc.bigInt({ min: 1n, max: 1_000_000n }),
        ),
        fc.integer({ min: 0, max: 18 }),
      )
      .map(
        ([sign, c, scale]) =>
          `${sign}${new Oracle(c.toString()).dividedBy(new Oracle(10).pow(scale)).toFixed()}`,
      );
    const figure = fc.oneof(operand, nearLimit, fc.constantFrom('0', '-0', '1', '-1', '3', '7'));
    fc.assert(
      fc.property(figure, figure, fc.integer({ min: 0, max: 12 }), rounding, (a, b, dp, rm) => {
        fc.pre(!new Oracle(b).isZero());
        same(
          quotientToPlaces(new Decimal(a), new Decimal(b), dp, rm),
          new Oracle(a).dividedBy(new Oracle(b)).toDecimalPlaces(dp, rm),
        );
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    // 2 ÷ 8 = 0.25 at one place: a true tie, decided by the mode.
    ['2', '8', 1, 4, '0.3'],
    ['2', '8', 1, 6, '0.2'],
    ['-2', '8', 1, 6, '-0.2'],
    ['6', '8', 1, 6, '0.8'],
    // 1 ÷ 3 = 0.333… and 2 ÷ 3 = 0.666…: no tie, the digit after the place decides.
    ['1', '3', 2, 4, '0.33'],
    ['2', '3', 2, 4, '0.67'],
    ['2', '3', 2, 1, '0.66'],
    ['-2', '3', 2, 1, '-0.66'],
    // A quotient that rounds to nothing keeps its sign.
    ['-1', '300', 2, 4, '-0'],
    // 9007199254740991 ÷ 10 at the last safe integer: 900719925474099.1 → …099 half-up.
    ['9007199254740991', '10', 0, 4, '900719925474099'],
  ] as const)('%s ÷ %s at %i places, mode %i, is %s', (a, b, dp, rm, expected) => {
    expect(quotientToPlaces(new Decimal(a), new Decimal(b), dp, rm).toJSON()).toBe(expected);
  });

  it('divides safe integers of every length (the number long division) as decimal.js does', () => {
    // Divisors from one digit to 16 (chunks of 14 digits down to BigInt), dividends from 1 to 2^53 − 1,
    // so quotients run from tiny (many leading zero chunks) to 16 digits before the point.
    const safe = fc.oneof(
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      fc.integer({ min: Number.MAX_SAFE_INTEGER - 1_000, max: Number.MAX_SAFE_INTEGER }),
      fc.constantFrom(3, 7, 9, 11, 13, 99_999_999_999_999, 999_999_999_999_999),
    );
    fc.assert(
      fc.property(safe, safe, fc.integer({ min: 0, max: 8 }), fc.boolean(), (n, d, scale, negative) => {
        const a = `${negative ? '-' : ''}${n}e-${scale}`;
        same(new Decimal(a).dividedBy(new Decimal(d)), new Oracle(a).dividedBy(new Oracle(d)));
      }),
      { numRuns: 10_000 },
    );
  });

  it('chains results (long quotients times, plus and over other figures) the same way', () => {
    fc.assert(
      fc.property(chained, operand, (x, b) => {
        same(x.mine.times(new Decimal(b)), x.theirs.times(new Oracle(b)));
        same(x.mine.plus(new Decimal(b)), x.theirs.plus(new Oracle(b)));
        same(x.mine.minus(new Decimal(b)), x.theirs.minus(new Oracle(b)));
        if (!new Oracle(b).isZero())
          same(x.mine.dividedBy(new Decimal(b)), x.theirs.dividedBy(new Oracle(b)));
      }),
      RUNS,
    );
  });

  it('compares as decimal.js does (−0 equals 0)', () => {
    fc.assert(
      fc.property(
        fc.oneof(operand, fc.constantFrom('0', '-0')),
        fc.oneof(operand, fc.constantFrom('0', '-0')),
        (a, b) => {
          const x = new Decimal(a);
          const y = new Decimal(b);
          const p = new Oracle(a);
          const q = new Oracle(b);
          expect(x.comparedTo(y)).toBe(p.comparedTo(q));
          expect(x.equals(y)).toBe(p.equals(q));
          expect(x.eq(y)).toBe(p.eq(q));
          expect(x.greaterThan(y)).toBe(p.greaterThan(q));
          expect(x.greaterThanOrEqualTo(y)).toBe(p.greaterThanOrEqualTo(q));
          expect(x.lessThan(y)).toBe(p.lessThan(q));
          expect(x.lessThanOrEqualTo(y)).toBe(p.lessThanOrEqualTo(q));
        },
      ),
      RUNS,
    );
  });

  it('rounds and renders at fixed places in every rounding mode', () => {
    const value = fc.oneof(
      operand,
      chained.map((x) => x.theirs.toJSON()),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 12 }), rounding, (t, dp, rm) => {
        const x = new Decimal(t);
        const o = new Oracle(t);
        same(x.toDecimalPlaces(dp, rm), o.toDecimalPlaces(dp, rm));
        expect(x.toFixed(dp, rm)).toBe(o.toFixed(dp, rm));
        expect(x.toFixed(dp)).toBe(o.toFixed(dp));
        expect(x.toFixed()).toBe(o.toFixed());
        same(x.toSignificantDigits(dp + 1, rm), o.toSignificantDigits(dp + 1, rm));
      }),
      RUNS,
    );
  });

  it('answers the questions the code base asks of a value', () => {
    fc.assert(
      fc.property(fc.oneof(operand, fc.constantFrom('0', '-0')), (t) => {
        const x = new Decimal(t);
        const o = new Oracle(t);
        expect(x.isZero()).toBe(o.isZero());
        expect(x.isNegative()).toBe(o.isNegative());
        expect(x.isPositive()).toBe(o.isPositive());
        expect(x.isInteger()).toBe(o.isInteger());
        expect(Object.is(x.toNumber(), o.toNumber())).toBe(true);
        same(x.abs(), o.abs());
        same(x.negated(), o.negated());
        same(x.toDecimalPlaces(), o.toDecimalPlaces());
        same(x.toSignificantDigits(), o.toSignificantDigits());
        expect(JSON.stringify({ x })).toBe(JSON.stringify({ x: o }));
      }),
      RUNS,
    );
  });

  it('raises to small integer powers as decimal.js does', () => {
    // Figures of realistic size: decimal.js truncates very long intermediate powers (beyond 70 digits).
    const figure = fc
      .tuple(fc.constantFrom('', '-'), digits(1, 6), digits(0, 3))
      .map(([s, w, f]) => `${s}${w}.${f}0`);
    fc.assert(
      fc.property(figure, fc.integer({ min: -3, max: 6 }), (t, n) => {
        fc.pre(n >= 0 || !new Oracle(t).isZero());
        same(new Decimal(t).pow(n), new Oracle(t).pow(n));
      }),
      RUNS,
    );
    for (let places = 0; places <= 20; places++)
      same(new Decimal(10).pow(places), new Oracle(10).pow(places));
  });

  it('keeps one canonical form, so equal values have equal fields', () => {
    fc.assert(
      fc.property(operand, operand, (a, b) => {
        const sum = new Decimal(a).plus(new Decimal(b));
        expect(sum).toEqual(new Decimal(sum.toJSON()));
      }),
      RUNS,
    );
  });

  it('refuses what is not a finite number, and division by zero', () => {
    for (const bad of ['', '.', 'abc', '1e', 'NaN', 'Infinity', ' 1', '1,000']) {
      expect(() => new Decimal(bad)).toThrow();
    }
    expect(() => new Decimal(Number.NaN)).toThrow();
    expect(() => new Decimal(1).dividedBy(0)).toThrow(RangeError);
  });
});
