import { formatAmount, formatUpTo } from '../../format/figures';
import type { Evaluation } from '../../model/evaluation';
import { AMOUNT_UNIT_LABEL } from '../../money/amount-unit';
import type { Decimal } from '../../money/decimal';

/** Renders a decimal for a message or a `numbers` entry: exact when short, else half-up to `maxPlaces`. */
export function show(value: Decimal, maxPlaces = 4): string {
  return formatUpTo(value, maxPlaces);
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
  return formatAmount(value, 'document');
}
