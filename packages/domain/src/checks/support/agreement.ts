import { type Decimal, dec } from '../../money/decimal';
import { ROUNDING_MODES, type RoundingMode, round, statedPlaces } from '../../money/rounding';

/**
 * How a figure a document states relates to the value the arithmetic gives. A stated figure is judged at
 * the precision it was written with ("78.1" has one decimal), so 78.1004 agrees with "78.1".
 *
 * - `agrees`: the value rounded with the rule set's mode gives exactly what is written;
 * - `roundingOnly`: it matches under another rounding mode, or differs by one unit in the last written
 *   place (尾差) — reported as info, never as an error;
 * - `mismatch`: a real discrepancy.
 *
 * A zero and a non-zero figure never count as rounding-only: "占0%" for 0.84 万元 says the money is not
 * there, which is a wrong statement whatever the rounding habit (seed 003).
 */
export type AgreementKind = 'agrees' | 'roundingOnly' | 'mismatch';

export interface Agreement {
  kind: AgreementKind;
  /** Decimals the stated figure was written with. */
  places: number;
  stated: Decimal;
  /** The computed value rounded at the stated precision with the rule set's mode. */
  expected: Decimal;
  /** stated − expected. */
  difference: Decimal;
}

export function compareWritten(written: string, exact: Decimal, mode: RoundingMode): Agreement {
  const trimmed = written.trim();
  const places = statedPlaces(trimmed.replace(/^[-+]/, ''));
  const stated = dec(trimmed);
  const expected = round(exact, places, mode);
  const difference = stated.minus(expected);
  const base = { places, stated, expected, difference };
  if (difference.isZero()) return { kind: 'agrees', ...base };
  if (stated.isZero() !== exact.isZero()) return { kind: 'mismatch', ...base };
  const otherMode = ROUNDING_MODES.some((m) => m !== mode && round(exact, places, m).eq(stated));
  const oneUnit = dec(1).dividedBy(dec(10).pow(places));
  if (otherMode || difference.abs().lessThanOrEqualTo(oneUnit)) return { kind: 'roundingOnly', ...base };
  return { kind: 'mismatch', ...base };
}

/** Compares two written figures for equality as numbers ("5" and "5.00" are equal). */
export function sameNumber(a: string, b: Decimal): boolean {
  return dec(a).eq(b);
}
