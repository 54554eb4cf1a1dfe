import type { Decimal } from './decimal';
import { quotientToPlaces, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, type Rounding } from './exact';

/** How a figure is rounded at the step a rule set names. Half-up is what Chinese finance forms expect. */
export type RoundingMode = 'halfUp' | 'halfEven' | 'truncate';

export const ROUNDING_MODES: readonly RoundingMode[] = ['halfUp', 'halfEven', 'truncate'];

const TO_DECIMAL_JS: Record<RoundingMode, Rounding> = {
  halfUp: ROUND_HALF_UP,
  halfEven: ROUND_HALF_EVEN,
  truncate: ROUND_DOWN,
};

export function round(value: Decimal, places: number, mode: RoundingMode): Decimal {
  // Most figures already stop at the step (full marks, 2-place amounts): rounding them is the identity.
  if (value.decimalPlaces() <= places) return value;
  return value.toDecimalPlaces(places, TO_DECIMAL_JS[mode]);
}

/**
 * numerator ÷ denominator rounded once at `places`: exactly round(numerator.dividedBy(denominator), …),
 * without the 40-digit long division when the figures are small (a partial score, a percent).
 */
export function roundedQuotient(
  numerator: Decimal,
  denominator: Decimal,
  places: number,
  mode: RoundingMode,
): Decimal {
  return quotientToPlaces(numerator, denominator, places, TO_DECIMAL_JS[mode]);
}

/** Rounds and renders with exactly `places` decimals ("4.2" → "4.20"). */
export function fixed(value: Decimal, places: number, mode: RoundingMode = 'halfUp'): string {
  // One step instead of round-then-render; only for non-negatives, where both give the same text
  // (a negative that rounds to 0 renders "-0.00" in one step but "0.00" after rounding).
  if (!value.isNegative()) return value.toFixed(places, TO_DECIMAL_JS[mode]);
  return round(value, places, mode).toFixed(places);
}

/** Number of decimals a stated figure was written with ("78.1" → 1, "91.19" → 2, "100" → 0). */
export function statedPlaces(written: string): number {
  const dot = written.indexOf('.');
  return dot < 0 ? 0 : written.length - dot - 1;
}
