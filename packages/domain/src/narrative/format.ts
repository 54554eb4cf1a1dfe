import { AMOUNT_UNIT_LABEL, type AmountUnit } from '../money/amount-unit';

/** How figures are printed in documents lives in `format/` (style `document`); this keeps the words. */
export function amountUnitLabel(unit: AmountUnit): string {
  return AMOUNT_UNIT_LABEL[unit];
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
