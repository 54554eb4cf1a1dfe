import { type Decimal, dec } from './decimal';

/**
 * Amounts are kept in the unit the evaluation was entered in (元 or 万元), exactly.
 * Converting never rounds: 4631052.88 元 is 463.105288 万元, and back again.
 */
export type AmountUnit = 'yuan' | 'wanYuan';

export const AMOUNT_UNIT_LABEL: Record<AmountUnit, string> = { yuan: '元', wanYuan: '万元' };

const YUAN_PER: Record<AmountUnit, number> = { yuan: 1, wanYuan: 10_000 };

export function convertAmount(value: Decimal, from: AmountUnit, to: AmountUnit): Decimal {
  if (from === to) return value;
  return value.times(YUAN_PER[from]).dividedBy(YUAN_PER[to]);
}

export function toYuan(value: Decimal, from: AmountUnit): Decimal {
  return convertAmount(value, from, 'yuan');
}

/** Parses "1209.56万元", "4,631,052.88 元", "3亿元" into an amount in `to`. Returns undefined when no number is present. */
export function parseAmountWithUnit(text: string, to: AmountUnit): Decimal | undefined {
  const m = /([-+]?[\d,，]*\.?\d+)\s*(亿元|万元|元|亿|万)?/.exec(text);
  if (!m?.[1]) return undefined;
  const value = dec(m[1].replace(/[,，]/g, ''));
  const unit = m[2] ?? '';
  const yuan = unit.startsWith('亿')
    ? value.times(100_000_000)
    : unit.startsWith('万')
      ? value.times(10_000)
      : value;
  return convertAmount(yuan, 'yuan', to);
}
