import { formatNumber, formatPercent } from '../format/figures';
import { AMOUNT_UNIT_LABEL, type AmountUnit } from '../money/amount-unit';
import { type Decimal, HUNDRED } from '../money/decimal';
import type { Localized } from './localized';

/**
 * Localized fragments for the sentences the engine writes (explanations, findings), in the plain style
 * of `format/`. Never rounds on its own: pass `places` only where the rule set has already rounded (so
 * "4.20" keeps its trailing zero), otherwise the exact value is written in plain notation.
 */
export function decimalText(value: Decimal, places?: number): string {
  return formatNumber(value, places);
}

/** "42.42%" from a percent figure already rounded (42.42). */
export function percentText(percent: Decimal, places?: number): string {
  return formatPercent(percent, places);
}

/** "42.42%" from an exact fraction (0.4242) — only for fractions that are exact at `places` (e.g. 0.8 → "80%"). */
export function fractionPercentText(fraction: Decimal, places?: number): string {
  return percentText(fraction.times(HUNDRED), places);
}

/** "4.24 分" / "4.24 points". */
export function pointsText(value: Decimal, places?: number): Localized {
  const n = decimalText(value, places);
  return { zh: `${n} 分`, en: `${n} ${value.equals(1) ? 'point' : 'points'}` };
}

const AMOUNT_UNIT_EN: Record<AmountUnit, string> = { yuan: 'yuan', wanYuan: '10k yuan' };

/** "1209.56 万元" / "1209.56 10k yuan". */
export function amountText(value: Decimal, unit: AmountUnit, places?: number): Localized {
  const n = decimalText(value, places);
  return { zh: `${n} ${AMOUNT_UNIT_LABEL[unit]}`, en: `${n} ${AMOUNT_UNIT_EN[unit]}` };
}

/** Joins localized fragments, each language with its own separator. */
export function joinLocalized(
  parts: readonly Localized[],
  sep: Localized = { zh: '；', en: '; ' },
): Localized {
  return { zh: parts.map((p) => p.zh).join(sep.zh), en: parts.map((p) => p.en).join(sep.en) };
}
