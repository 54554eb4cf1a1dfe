import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal';
import { ROUNDING_MODES, type RoundingMode } from '../money/rounding';
import { getRuleSet } from '../rules/registry';
import type { RuleSet } from '../rules/rule-set';
import { finalQuotientScore, finalScore } from './rule-outcome';

/**
 * A partial score is divided and rounded in one step (finalQuotientScore); it must be what capping,
 * flooring and rounding the 40-digit quotient gives (finalScore of a ÷ b) — checked against decimal.js
 * with the engine's settings — at every place count a rule set may name and in every mode.
 */
const Oracle = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
const ORACLE_MODE: Record<RoundingMode, DecimalJs.Rounding> = {
  halfUp: DecimalJs.ROUND_HALF_UP,
  halfEven: DecimalJs.ROUND_HALF_EVEN,
  truncate: DecimalJs.ROUND_DOWN,
};
const mof = getRuleSet('mof-2020');
const rules = (places: number, mode: RoundingMode): RuleSet => ({
  ...mof,
  rounding: { ...mof.rounding, scorePlaces: places, mode },
});

/** Figures as rows carry them, signs and −0 included, and coefficients near 2^53 at several scales. */
const figure = fc.oneof(
  fc
    .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }))
    .map(([units, places]) => new Oracle(units).dividedBy(new Oracle(10).pow(places)).toFixed()),
  fc
    .tuple(fc.bigInt({ min: 2n ** 53n - 5_000n, max: 2n ** 53n + 5_000n }), fc.integer({ min: 0, max: 12 }))
    .map(([c, scale]) => new Oracle(c.toString()).dividedBy(new Oracle(10).pow(scale)).toFixed()),
  fc.constantFrom('0', '-0', '1', '2.5', '-3', '0.005', '0.015'),
);

describe('a partial score divided and rounded in one step', () => {
  it('equals capping, flooring and rounding the exact quotient, in every mode and at 0–6 places', () => {
    fc.assert(
      fc.property(
        figure,
        figure,
        figure,
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...ROUNDING_MODES),
        (n, d, w, places, mode) => {
          fc.pre(!new Oracle(d).isZero());
          const rs = rules(places, mode);
          const mine = finalQuotientScore(new Decimal(n), new Decimal(d), new Decimal(w), rs);
          const quotient = new Oracle(n).dividedBy(new Oracle(d));
          const capped = Oracle.max(Oracle.min(quotient, new Oracle(w)), 0);
          const theirs = capped.toDecimalPlaces(places, ORACLE_MODE[mode]);
          expect(mine.toJSON()).toBe(theirs.toJSON());
          expect(mine).toEqual(finalScore(new Decimal(n).dividedBy(new Decimal(d)), new Decimal(w), rs));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it.each([
    // 10 × 2 ÷ 3 = 6.666…: 6.67 half-up and half-even, 6.66 truncated.
    ['20', '3', '10', 2, 'halfUp', '6.67'],
    ['20', '3', '10', 2, 'halfEven', '6.67'],
    ['20', '3', '10', 2, 'truncate', '6.66'],
    // 10 × 2.345 ÷ 10 = 2.345, a tie at two places: the mode decides.
    ['23.45', '10', '10', 2, 'halfUp', '2.35'],
    ['23.45', '10', '10', 2, 'halfEven', '2.34'],
    // 5 × 3 ÷ 2 = 7.5 above the weight 5: capped at 5.
    ['15', '2', '5', 2, 'halfUp', '5'],
    // A negative product floors at 0 (not −0).
    ['-15', '2', '5', 2, 'halfUp', '0'],
    // Weight 2.125 at two places: 2.125 × 1 ÷ 1 caps at the weight rounded, 2.13.
    ['2.125', '1', '2.125', 2, 'halfUp', '2.13'],
  ] as const)('%s ÷ %s with weight %s at %i places %s is %s', (n, d, w, places, mode, expected) => {
    const score = finalQuotientScore(new Decimal(n), new Decimal(d), new Decimal(w), rules(places, mode));
    expect(score.toJSON()).toBe(expected);
  });
});
