import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal';
import { fixed, ROUNDING_MODES, round } from '../money/rounding';
import { compareAtPlaces, compareWritten } from './compare';

describe('compareWritten', () => {
  it('judges a stated figure at the precision it was written with (85.27 ÷ 109.18 = 78.1004% → "78.1")', () => {
    const exact = dec('85.27').dividedBy('109.18').times(100);
    expect(compareWritten('78.1', exact, 'halfUp').kind).toBe('agrees');
  });

  it('calls a match under another rounding mode rounding-only (0.125 → "0.12" is half-even, not half-up)', () => {
    expect(compareWritten('0.12', dec('0.125'), 'halfUp').kind).toBe('roundingOnly');
  });

  it('calls one unit in the last written place rounding-only (99.99 against "100.00")', () => {
    expect(compareWritten('100.00', dec('99.99'), 'halfUp').kind).toBe('roundingOnly');
  });

  it('calls two units a mismatch (100% against "98")', () => {
    expect(compareWritten('98', dec(100), 'halfUp')).toMatchObject({ kind: 'mismatch', places: 0 });
  });

  it('never excuses a zero stated for a non-zero value (0.84 ÷ 163.68 = 0.513% written "0")', () => {
    const exact = dec('0.84').dividedBy('163.68').times(100);
    const agreement = compareWritten('0', exact, 'halfUp');
    expect(agreement.kind).toBe('mismatch');
    expect(agreement.expected.toFixed()).toBe('1');
  });

  it('accepts "5.00" for 5 and reports the difference sign as stated − expected', () => {
    expect(compareWritten('5.00', dec(5), 'halfUp').kind).toBe('agrees');
    expect(compareWritten('4.9', dec(5), 'halfUp').difference.toFixed()).toBe('-0.1');
  });
});

describe('one tolerance for every figure', () => {
  it('measures the one unit from the rounded value, not the exact one (5.14 → 5.1, so "5.0" is 尾差)', () => {
    expect(compareWritten('5.0', dec('5.14')).kind).toBe('roundingOnly');
    expect(compareWritten('4.9', dec('5.14')).kind).toBe('mismatch');
  });

  it('judges scores at the places a rule fixes: "19" for 20 × 99.97% = 19.994 is a wrong score', () => {
    expect(compareAtPlaces(dec(19), dec('19.994'), 2).kind).toBe('mismatch');
    expect(compareAtPlaces(dec('19.98'), dec('19.994'), 2).kind).toBe('roundingOnly');
    expect(compareAtPlaces(dec('19.99'), dec('19.994'), 2)).toMatchObject({ kind: 'agrees', places: 2 });
  });
});

describe('compareWritten (properties)', () => {
  const exactArb = fc
    .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 9_999 }))
    .map(([a, b]) => dec(a).dividedBy(b));
  const placesArb = fc.integer({ min: 0, max: 3 });

  it('agrees with a figure rounded half-up at any precision', () => {
    fc.assert(
      fc.property(exactArb, placesArb, (exact, places) => {
        expect(compareWritten(fixed(exact, places, 'halfUp'), exact, 'halfUp').kind).toBe('agrees');
      }),
    );
  });

  it('never calls a figure rounded another way, or one unit off the half-up figure, an error (unless it is 0)', () => {
    const variantArb = fc.oneof(
      fc.constantFrom(...ROUNDING_MODES).map((mode) => ({ mode, units: 0 })),
      fc.constantFrom(-1, 1).map((units) => ({ mode: 'halfUp' as const, units })),
    );
    fc.assert(
      fc.property(exactArb, placesArb, variantArb, (exact, places, { mode, units }) => {
        const written = round(exact, places, mode).plus(dec(units).dividedBy(dec(10).pow(places)));
        fc.pre(!written.isNegative() && !written.isZero());
        expect(compareWritten(written.toFixed(places), exact, 'halfUp').kind).not.toBe('mismatch');
      }),
    );
  });

  it('calls a figure two units or more away a mismatch', () => {
    fc.assert(
      fc.property(exactArb, placesArb, fc.integer({ min: 2, max: 500 }), (exact, places, units) => {
        const written = round(exact, places, 'halfUp').plus(dec(units).dividedBy(dec(10).pow(places)));
        expect(compareWritten(written.toFixed(places), exact, 'halfUp').kind).toBe('mismatch');
      }),
    );
  });
});
