import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateOf, ratioOf } from '../metrics/formulas';
import { getRuleSet } from '../rules/registry';
import { Decimal, dec } from './decimal';
import { fixed, ROUNDING_MODES, type RoundingMode, round } from './rounding';

/**
 * The engine's shortcuts (parsed-string cache, one-step rendering, no division for 0 and 1) must give
 * exactly what the plain decimal.js operations give, sign of zero included.
 */
const mof = getRuleSet('mof-2020');

const signedDecimal = fc
  .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }))
  .map(([units, places]) => new Decimal(units).dividedBy(new Decimal(10).pow(places)));

/** Same digits, same sign (toString hides −0, so the sign is compared on its own). */
function same(a: Decimal, b: Decimal): void {
  expect(a.toString()).toBe(b.toString());
  expect(a.isNegative()).toBe(b.isNegative());
}

describe('engine fast paths agree with decimal.js', () => {
  it('parses a string to the same value however often it is read, before and after the cache empties', () => {
    const first = Array.from({ length: 3_000 }, (_, i) => `${i}.${i % 97}`);
    const parsedOnce = first.map((s) => dec(s).toString());
    expect(first.map((s) => dec(s).toString())).toEqual(parsedOnce);
    expect(parsedOnce.slice(0, 3)).toEqual(['0', '1.1', '2.2']);
  });

  /** Checks a property on random figures, places 0–6 and every rounding mode. */
  const forEveryRounding = (check: (v: Decimal, places: number, mode: RoundingMode) => void) =>
    fc.assert(
      fc.property(signedDecimal, fc.integer({ min: 0, max: 6 }), fc.constantFrom(...ROUNDING_MODES), check),
      { numRuns: 2_000 },
    );

  it('renders at fixed places exactly as rounding then rendering does, for every mode', () => {
    forEveryRounding((v, p, m) => {
      expect(fixed(v, p, m)).toBe(round(v, p, m).toFixed(p));
    });
  });

  it('rounds exactly as decimal.js does, for every mode, also when the figure already stops at the step', () => {
    const modes = {
      halfUp: Decimal.ROUND_HALF_UP,
      halfEven: Decimal.ROUND_HALF_EVEN,
      truncate: Decimal.ROUND_DOWN,
    };
    forEveryRounding((v, p, m) => same(round(v, p, m), v.toDecimalPlaces(p, modes[m])));
  });

  it.each([
    ['2.345', 2, 'halfUp', '2.35'],
    ['2.345', 2, 'halfEven', '2.34'],
    ['2.355', 2, 'halfEven', '2.36'],
    ['2.349', 2, 'truncate', '2.34'],
    ['-2.345', 2, 'halfUp', '-2.35'],
    ['-2.349', 2, 'truncate', '-2.34'],
    ['2.5', 0, 'halfEven', '2'],
    ['4.2', 2, 'halfUp', '4.2'],
    ['15', 2, 'truncate', '15'],
  ] as const)('rounds %s at %i places %s to %s', (value, places, mode, expected) => {
    expect(round(dec(value), places, mode).toString()).toBe(expected);
  });

  it('gives a rate equal to the long division, including 0, 1 and negative figures', () => {
    const figure = fc.oneof(signedDecimal, fc.constant(new Decimal(0)), fc.constant(new Decimal(5)));
    fc.assert(
      fc.property(figure, figure, (n, d) => {
        const rate = rateOf(n, d);
        if (d.isZero()) expect(rate).toBeUndefined();
        else if (rate === undefined) throw new Error('a non-zero denominator must give a rate');
        else same(rate, n.dividedBy(d));
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives the percent of a ratio as rounding the long quotient × 100 does, in every mode and at 0–6 places', () => {
    const figure = fc.oneof(
      signedDecimal,
      fc.constant(new Decimal(0)),
      fc.constant(new Decimal('-0')),
      // Coefficients near 2^53: × 100 leaves the number path.
      fc.bigInt({ min: 2n ** 53n - 1_000n, max: 2n ** 53n + 1_000n }).map((c) => new Decimal(`${c}e-4`)),
    );
    fc.assert(
      fc.property(
        figure,
        figure,
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...ROUNDING_MODES),
        (n, d, p, m) => {
          const rules = { ...mof, rounding: { ...mof.rounding, ratePlaces: p, mode: m } };
          const ratio = ratioOf(n, d, rules);
          if (d.isZero()) expect(ratio).toBeUndefined();
          else if (ratio === undefined) throw new Error('a non-zero denominator must give a ratio');
          else same(ratio.percent, round(n.dividedBy(d).times(100), p, m));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('keeps −0 when zero is divided by a negative figure', () => {
    const rate = rateOf(new Decimal(0), new Decimal(-4));
    expect(rate?.isZero()).toBe(true);
    expect(rate?.isNegative()).toBe(true);
  });
});
