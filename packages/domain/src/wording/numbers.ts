import { type Decimal, dec } from '../money/decimal';
import { normaliseWording } from './characters';

/**
 * Numbers as reports and sheets write them, in text that went through `halfWidthCharacters` (or the
 * audit's `normaliseText`, which starts with it): "1209.56万元", "4631052.88元", "3亿元", "42.42%",
 * "5.6个百分点", "94.24分", "10个", and Chinese numerals in counts ("十个", "两家", "二十三名"). Values stay
 * decimal strings: nothing here goes through binary floating point.
 */

export type NumberUnit =
  | 'yuan'
  | 'wanYuan'
  | 'yiYuan'
  | 'percent'
  /** 个百分点: a difference of percentages, never a share. */
  | 'points'
  | 'score'
  | 'count'
  | 'none';

export interface NumberToken {
  /** The number as a plain decimal string ("1209.56", "10"). */
  value: string;
  unit: NumberUnit;
  /** Counter word for counts (个, 家, 名…), or the unit text as written. */
  unitText: string;
  /** Exact text matched, and its position in the searched string. */
  raw: string;
  start: number;
  end: number;
  /** Written in Chinese numerals (十个, 两家). */
  chinese: boolean;
}

const COUNTERS = '个家人名项件次篇所场辆批台座位户处条期套只份';
const COUNTER_CLASS = `(?:人次|${COUNTERS.split('').join('|')})`;
const COUNTER_WORD = new RegExp(`^${COUNTER_CLASS}$`);

/** A counter word a Chinese-numeral count may carry (个, 家, 人次…). */
export function isCounterWord(text: string): boolean {
  return COUNTER_WORD.test(text);
}
const ARABIC = '[-+]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)';
const UNIT_PART = `(个百分点|百分点|%|亿元|万元|元|亿|万|分|${COUNTER_CLASS})?`;
const ARABIC_TOKEN = new RegExp(String.raw`(?<![\d.])(${ARABIC})\s*${UNIT_PART}`, 'g');
const CN_DIGITS = '零〇一二两三四五六七八九十百千';
const CHINESE_TOKEN = new RegExp(`([${CN_DIGITS}]+)(${COUNTER_CLASS})`, 'g');

const CN_VALUE: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_MULTIPLIER: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "十" → 10, "十二" → 12, "二十三" → 23, "一百零五" → 105, "两" → 2; undefined for anything else. */
export function parseChineseCount(text: string): number | undefined {
  if (text.length === 0 || text.length > 12) return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastMultiplier = Number.POSITIVE_INFINITY;
  for (const ch of text) {
    const d = CN_VALUE[ch];
    if (d !== undefined) {
      if (digit !== undefined && d !== 0) return undefined; // "二三" is not a number
      digit = d === 0 ? undefined : d;
      continue;
    }
    const m = CN_MULTIPLIER[ch];
    if (m === undefined || m >= lastMultiplier) return undefined;
    total += (digit ?? 1) * m;
    digit = undefined;
    lastMultiplier = m;
  }
  total += digit ?? 0;
  return total;
}

function unitOf(written: string | undefined): NumberUnit {
  switch (written) {
    case undefined:
    case '':
      return 'none';
    case '%':
      return 'percent';
    case '个百分点':
    case '百分点':
      return 'points';
    case '亿元':
    case '亿':
      return 'yiYuan';
    case '万元':
    case '万':
      return 'wanYuan';
    case '元':
      return 'yuan';
    case '分':
      return 'score';
    default:
      return 'count';
  }
}

/** Every number in a normalised text, with its unit, in order of appearance. Never throws. */
export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(ARABIC_TOKEN)) {
    const rawValue = m[1] ?? '';
    const value = plainDecimal(rawValue);
    if (value === undefined) continue;
    const unitText = m[2] ?? '';
    const start = m.index ?? 0;
    out.push({
      value,
      unit: unitOf(unitText),
      unitText,
      raw: m[0],
      start,
      end: start + m[0].length,
      chinese: false,
    });
  }
  for (const m of text.matchAll(CHINESE_TOKEN)) {
    const n = parseChineseCount(m[1] ?? '');
    if (n === undefined) continue;
    const start = m.index ?? 0;
    out.push({
      value: String(n),
      unit: 'count',
      unitText: m[2] ?? '',
      raw: m[0],
      start,
      end: start + m[0].length,
      chinese: true,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "+1209.50" → "1209.50", ".5" → "0.5"; undefined when it is not a plain decimal. */
export function plainDecimal(written: string): string | undefined {
  const t = written.trim().replace(/^\+/, '');
  if (!/^-?(?:\d+(?:\.\d+)?|\.\d+)$/.test(t)) return undefined;
  return t.startsWith('.') ? `0${t}` : t.startsWith('-.') ? `-0${t.slice(1)}` : t;
}

/**
 * One number typed into a cell or a form field ("1,209.56", "１２０９．５６", " 1，209.56 ", "12。5" typed with
 * a Chinese keyboard) as a plain decimal string; undefined when the text is not just a number.
 */
export function readDecimalText(text: string): string | undefined {
  return plainDecimal(normaliseWording(text).replace(/。/g, '.'));
}

/** Parses one cell or phrase that should hold a single number ("1,234.50", "１２３", "98%"). */
export function parseSingleNumber(text: string): NumberToken | undefined {
  const tokens = findNumbers(text);
  return tokens.length === 1 ? tokens[0] : undefined;
}

export const AMOUNT_UNITS: readonly NumberUnit[] = ['yuan', 'wanYuan', 'yiYuan'];

export function isAmount(t: NumberToken): boolean {
  return AMOUNT_UNITS.includes(t.unit);
}

/** An amount token in 元, exactly. */
export function amountInYuan(t: Pick<NumberToken, 'value' | 'unit'>): Decimal {
  const v = dec(t.value);
  if (t.unit === 'wanYuan') return v.times(10_000);
  if (t.unit === 'yiYuan') return v.times(100_000_000);
  return v;
}

export const NUMBER_UNIT_LABEL: Record<NumberUnit, string> = {
  yuan: '元',
  wanYuan: '万元',
  yiYuan: '亿元',
  percent: '%',
  points: '个百分点',
  score: '分',
  count: '',
  none: '',
};
