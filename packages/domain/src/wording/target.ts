import { COMPARATOR_LABEL, type Comparator, type Target } from '../model/evaluation';
import { dec } from '../money/decimal';
import { normaliseWording } from './characters';
import { isCounterWord, parseChineseCount } from './numbers';

/**
 * 年度指标值 as written — "≥50个", "≤90万元", "100%", "═100%", "不小于95%", "3天以内", "达到90%以上",
 * "效果明显", "2022年12月底前" — read once for the sheet reader, the report audit and the web paste:
 * comparator + exact value + unit, or 定性 with the text kept.
 *
 * Strict signs (大于, 低于, ＞) are read like their inclusive forms: the official tables never score
 * them differently. A number with no sign is "=" (how the domain writes "=" targets back); the rule
 * set decides how "=" is scored.
 */

type Sign = Exclude<Comparator, 'qualitative'>;

/** Prefixes on normalised text (">=" is already "≥"), longest first where one starts another. */
const PREFIXES: readonly [string, Sign][] = [
  ['大于或等于', '>='],
  ['大于等于', '>='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['不下于', '>='],
  ['至少', '>='],
  ['达到', '>='],
  ['≥', '>='],
  ['大于', '>='],
  ['高于', '>='],
  ['超过', '>='],
  ['多于', '>='],
  ['>', '>='],
  ['小于或等于', '<='],
  ['小于等于', '<='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不多于', '<='],
  ['不大于', '<='],
  ['最多', '<='],
  ['至多', '<='],
  ['控制在', '<='],
  ['≤', '<='],
  ['小于', '<='],
  ['低于', '<='],
  ['少于', '<='],
  ['<', '<='],
  ['等于', '='],
  ['=', '='],
];

const SUFFIXES: readonly [RegExp, Sign][] = [
  [/(及以上|或以上|以上)$/, '>='],
  [/(及以下|或以下|以下|以内|之内)$/, '<='],
];

const NUMBER_THEN_UNIT = /^([-+]?(?:\d+(?:\.\d+)?|\.\d+))(.*)$/;
const CHINESE_THEN_UNIT = /^([零〇一二两三四五六七八九十百千]+)(.+)$/;
/**
 * "12月底前", "9月前", "10月", "30日前", "2023年底": a month or day is a date, and a date target is 定性.
 * "30日之内" and "≤30日" are durations; a bare "30日" could be either and stays 定性.
 */
const DATE_UNIT = /^(月|号)|^日前|^年(底|前|末|初|内|上|下|中)|^个?工作日前/;

export interface Quantity {
  /** The comparator as written; absent when the text has no sign ("100%", "50个"). */
  comparator?: Sign;
  /** Exact decimal string ("98.5", "1200"). */
  value: string;
  unit?: string;
}

function takePrefix(text: string): { comparator?: Sign; rest: string } {
  const hit = PREFIXES.find(([prefix]) => text.startsWith(prefix));
  return hit ? { comparator: hit[1], rest: text.slice(hit[0].length) } : { rest: text };
}

function takeSuffix(text: string): { comparator?: Sign; rest: string } {
  const hit = SUFFIXES.find(([suffix]) => suffix.test(text));
  return hit ? { comparator: hit[1], rest: text.replace(hit[0], '') } : { rest: text };
}

function numberAndUnit(text: string): { value: string; unit: string } | undefined {
  const arabic = NUMBER_THEN_UNIT.exec(text);
  if (arabic?.[1]) return { value: dec(arabic[1]).toFixed(), unit: arabic[2] ?? '' };
  // Chinese numerals only with a counter word ("三个", "两家"): "一般" or "十分明显" are words, not counts.
  const chinese = CHINESE_THEN_UNIT.exec(text);
  const count = chinese?.[1] ? parseChineseCount(chinese[1]) : undefined;
  if (count !== undefined && isCounterWord(chinese?.[2] ?? ''))
    return { value: String(count), unit: chinese?.[2] ?? '' };
  return undefined;
}

/** A unit that is really more words, a range or a date makes the text 定性. */
function plainUnit(unit: string, value: string, signed: boolean): boolean {
  if (/[\d.，。；;、,:：~～—]/.test(unit) || unit.length > 8) return false;
  if (DATE_UNIT.test(unit) || (unit === '日' && !signed)) return false;
  // "2023年" is a year, "15年" a duration.
  return !(unit === '年' && /^(19|20)\d\d$/.test(value));
}

/** "≥50个" → { ≥, 50, 个 }; "3天以内" → { ≤, 3, 天 }; undefined when it is not one number with a plain unit. */
export function readQuantity(text: string): Quantity | undefined {
  // A full stop or comma closing the cell ends the phrase; it is not part of the unit.
  const prefix = takePrefix(normaliseWording(text).replace(/[。.；;，,]+$/, ''));
  const suffix = takeSuffix(prefix.rest);
  const parts = numberAndUnit(suffix.rest);
  // Both written ("达到90%以上") say the same; when they disagree the sign in front is the one read first.
  const comparator = prefix.comparator ?? suffix.comparator;
  if (!parts || !plainUnit(parts.unit, parts.value, comparator !== undefined)) return undefined;
  return {
    ...(comparator ? { comparator } : {}),
    value: parts.value,
    ...(parts.unit ? { unit: parts.unit } : {}),
  };
}

/** 指标性质 column: "≥"/"正向" → ≥, "≤"/"反向" → ≤, "="/"等于", "定性"; "定量" and blank say nothing. */
export function natureComparator(nature: string): Comparator | undefined {
  const n = normaliseWording(nature);
  if (n === '') return undefined;
  if (n.includes('定性')) return 'qualitative';
  if (/^(≥|>|正向|大于)/.test(n)) return '>=';
  if (/^(≤|<|反向|小于)/.test(n)) return '<=';
  if (/^(=|等于)/.test(n)) return '=';
  return undefined;
}

export interface TargetCells {
  /** 年度指标值 as text. */
  text: string;
  /** 指标性质, when the sheet has that column. */
  nature?: string;
  /** 度量单位 / 计量单位, when the sheet has that column. */
  unit?: string;
}

/**
 * The target a row states. The 指标性质 column, when present, overrides the sign in the text, and the
 * 度量单位 column gives the unit when the text has none. The text is always kept, so the sheet can be
 * printed as it was written.
 */
export function readTarget(cells: TargetCells | string): Target | undefined {
  const {
    text: raw,
    nature: natureCell,
    unit: unitCell,
  } = typeof cells === 'string' ? { text: cells } : cells;
  const text = raw.trim();
  if (text === '') return undefined;
  const unitColumn = unitCell?.trim() || undefined;
  const nature = natureCell ? natureComparator(natureCell) : undefined;
  const quantity = nature === 'qualitative' ? undefined : readQuantity(text);
  if (!quantity) return { comparator: 'qualitative', text, ...(unitColumn ? { unit: unitColumn } : {}) };
  // A bare figure means "="; but where the form has a 指标性质 column and the row leaves it blank, the
  // comparator stays blank, as the sheet has it (the check indicator.comparator-missing names it).
  const leftBlank = natureCell !== undefined && natureCell.trim() === '';
  const comparator = nature ?? quantity.comparator ?? (leftBlank ? undefined : '=');
  const unit = quantity.unit ?? unitColumn;
  return { ...(comparator ? { comparator } : {}), value: quantity.value, text, ...(unit ? { unit } : {}) };
}

/**
 * "≥150家", "≤90万元", "=100%", or the text of a 定性 target. Reads back to itself. "=" is printed like
 * the other signs (issue 12): a bare "100%" left the reader of the report to guess, and the scoring
 * explanation said "≥" where the form meant "=".
 */
export function renderTarget(target: Target): string | undefined {
  if (target.comparator === 'qualitative' || target.value === undefined)
    return target.text?.trim() || undefined;
  // A comparator left blank is printed as blank: the figure alone, as the unit wrote it.
  const sign = target.comparator ? COMPARATOR_LABEL[target.comparator] : '';
  return `${sign}${target.value}${target.unit ?? ''}`;
}
