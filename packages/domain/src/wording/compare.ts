import { type Decimal, dec } from '../money/decimal';
import { ROUNDING_MODES, type RoundingMode, round, statedPlaces } from '../money/rounding';

/**
 * How a figure a document states relates to the value the arithmetic gives — one rule for the
 * engine's checks and the report audit.
 *
 * The figure is judged at a precision: the one it was written with (`compareWritten`: "78.1" has one
 * decimal, so 78.1004 agrees with it) or the one a rule fixes (`compareAtPlaces`: scores have 2).
 *
 * - `agrees`: the exact value rounded at that precision with the rule set's mode gives the figure;
 * - `roundingOnly` (尾差): another rounding mode gives it, or it is at most one unit in the last place
 *   away from the rounded value — reported as info, never as an error;
 * - `mismatch`: a real discrepancy. A zero against a non-zero value is always one: "占0%" for 0.84 万元
 *   says the money is not there, whatever the rounding habit (seed 003).
 */
export type AgreementKind = 'agrees' | 'roundingOnly' | 'mismatch';

export interface Agreement {
  kind: AgreementKind;
  /** Decimals the figure was judged at. */
  places: number;
  stated: Decimal;
  /** The computed value rounded at that precision with the rule set's mode. */
  expected: Decimal;
  /** stated − expected. */
  difference: Decimal;
}

export function compareAtPlaces(
  stated: Decimal,
  exact: Decimal,
  places: number,
  mode: RoundingMode = 'halfUp',
): Agreement {
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

/** A written figure ("78.1", "100.00") judged at the precision it was written with. */
export function compareWritten(written: string, exact: Decimal, mode: RoundingMode = 'halfUp'): Agreement {
  const trimmed = written.trim();
  return compareAtPlaces(dec(trimmed), exact, statedPlaces(trimmed.replace(/^[-+]/, '')), mode);
}
