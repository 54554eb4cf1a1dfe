import { AMOUNT_UNIT_LABEL, type AmountUnit } from '../money/amount-unit';
import { type Decimal, dec } from '../money/decimal';
import { fixed, type RoundingMode } from '../money/rounding';

/**
 * How figures are printed in documents. Amounts keep two decimals (the forms' convention); 元 amounts
 * get thousands separators, 万元 amounts do not (as the seed reports write them). Nothing here rounds
 * a score or a rate a second time: they arrive rounded by the engine and are only rendered.
 */
export function formatAmount(
  value: string | Decimal,
  unit: AmountUnit,
  mode: RoundingMode = 'halfUp',
): string {
  const text = fixed(dec(value), 2, mode);
  return unit === 'yuan' ? groupThousands(text) : text;
}

export function amountUnitLabel(unit: AmountUnit): string {
  return AMOUNT_UNIT_LABEL[unit];
}

function groupThousands(text: string): string {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [int = '0', frac] = body.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** A score with the rule set's decimals ("4.24", "15.00"). */
export function formatScore(value: Decimal, places: number, mode: RoundingMode): string {
  return fixed(value, places, mode);
}

/** A weight as the rule set or the sheet states it, without padding zeros ("10", "2.5"). */
export function formatWeight(value: Decimal): string {
  return value.toString();
}

/** A percentage already in percent (42.42 → "42.42%"). */
export function formatPercent(valueInPercent: Decimal, places: number, mode: RoundingMode): string {
  return `${fixed(valueInPercent, places, mode)}%`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (headings never need more). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`标题序号超出范围：${n}`);
  if (n < 10) return DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}
