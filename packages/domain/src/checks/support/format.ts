import type { Evaluation } from '../../model/evaluation';
import { AMOUNT_UNIT_LABEL } from '../../money/amount-unit';
import type { Decimal } from '../../money/decimal';
import { round } from '../../money/rounding';

/** Renders a decimal for a message or a `numbers` entry: exact when short, else half-up to `maxPlaces`. */
export function show(value: Decimal, maxPlaces = 4): string {
  const shown = value.decimalPlaces() > maxPlaces ? round(value, maxPlaces, 'halfUp') : value;
  return shown.toFixed();
}

/** A value in percent rendered with two more decimals than the stated figure had (0.84/163.68 → 0.513%). */
export function showPercent(value: Decimal, statedPlaces: number): string {
  return show(value, Math.max(statedPlaces + 2, 3));
}

export function unitLabel(evaluation: Evaluation): { zh: string; en: string } {
  const zh = AMOUNT_UNIT_LABEL[evaluation.amountUnit];
  return { zh, en: evaluation.amountUnit === 'wanYuan' ? '×10k yuan' : 'yuan' };
}

/** "a + b + c" with each part rendered by `show`. */
export function joinSum(values: readonly Decimal[]): string {
  return values.map((v) => show(v)).join(' + ');
}

/** An amount as finance forms show it: two decimals, half-up ("7" → "7.00"). */
export function showAmount(value: Decimal): string {
  return round(value, 2, 'halfUp').toFixed(2);
}
