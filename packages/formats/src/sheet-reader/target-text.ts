import { type Comparator, dec, type Target, TIER_LABEL, TIERS, type Tier } from '@jixiao/domain';

/**
 * 年度指标值 as written on the sheets — "≥50个", "≤90万元", "100%", "=0", "不低于95%", "3天以内",
 * "效果明显", "2022年12月底前" — turned into comparator + value + unit, or a qualitative target when
 * there is no single number with a plain unit. The text is always kept, so the sheet can be printed
 * as it was written.
 */

const PREFIXES: readonly [string, Comparator][] = [
  ['大于或等于', '>='],
  ['大于等于', '>='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['≥', '>='],
  ['>=', '>='],
  ['＞＝', '>='],
  ['≧', '>='],
  ['小于或等于', '<='],
  ['小于等于', '<='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不多于', '<='],
  ['不大于', '<='],
  ['最多', '<='],
  ['≤', '<='],
  ['<=', '<='],
  ['＜＝', '<='],
  ['≦', '<='],
  // Strict signs are scored like their inclusive forms: the tables never distinguish them.
  ['大于', '>='],
  ['高于', '>='],
  ['超过', '>='],
  ['>', '>='],
  ['＞', '>='],
  ['小于', '<='],
  ['低于', '<='],
  ['少于', '<='],
  ['<', '<='],
  ['＜', '<='],
  ['等于', '='],
  ['=', '='],
  ['＝', '='],
];

const SUFFIXES: readonly [RegExp, Comparator][] = [
  [/(及以上|以上)$/, '>='],
  [/(及以下|以下|以内|之内)$/, '<='],
];

const NUMBER_THEN_UNIT = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))(.*)$/;

function halfWidth(text: string): string {
  return text
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/％/g, '%')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[,，](?=\d{3}(\D|$))/g, '');
}

export interface QuantityText {
  comparator?: Comparator;
  value: string;
  unit?: string;
}

/** "≥50个" → { '>=', '50', '个' }; undefined when the text is not one number with a plain unit. */
export function parseQuantity(text: string): QuantityText | undefined {
  let rest = halfWidth(text);
  let comparator: Comparator | undefined;
  for (const [prefix, c] of PREFIXES) {
    if (rest.startsWith(prefix)) {
      comparator = c;
      rest = rest.slice(prefix.length);
      break;
    }
  }
  for (const [suffix, c] of SUFFIXES) {
    if (suffix.test(rest)) {
      comparator ??= c;
      rest = rest.replace(suffix, '');
    }
  }
  const m = NUMBER_THEN_UNIT.exec(rest);
  if (!m?.[1]) return undefined;
  const unit = (m[2] ?? '').trim();
  // A unit with digits or sentence punctuation is a date or a description ("2022年12月底前"), not a quantity.
  if (/[\d，。；;、]/.test(unit) || unit.length > 8) return undefined;
  return { ...(comparator ? { comparator } : {}), value: dec(m[1]).toFixed(), ...(unit ? { unit } : {}) };
}

/** 指标性质 column: "≥"/"正向" → ≥, "≤"/"反向" → ≤, "="/"等于", "定性"; "定量" and blank say nothing. */
export function natureComparator(nature: string): Comparator | undefined {
  const n = halfWidth(nature);
  if (n === '') return undefined;
  if (n.includes('定性')) return 'qualitative';
  if (/^(≥|>=|>|＞|正向|大于)/.test(n)) return '>=';
  if (/^(≤|<=|<|＜|反向|小于)/.test(n)) return '<=';
  if (/^(=|＝|等于)/.test(n)) return '=';
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
 * A bare number ("100%", "50个") states the value itself, so it is read as "=" — which is also how the
 * domain writes "=" targets back (no sign). The rule set decides how "=" is scored (by default like ≥,
 * the vendor rule). The 指标性质 column, when present, overrides.
 */
export function parseTarget(cells: TargetCells): Target | undefined {
  const text = cells.text.trim();
  const unitColumn = cells.unit?.trim() || undefined;
  const nature = cells.nature ? natureComparator(cells.nature) : undefined;
  if (text === '') return undefined;
  const quantity = nature === 'qualitative' ? undefined : parseQuantity(text);
  if (!quantity) return { comparator: 'qualitative', text, ...(unitColumn ? { unit: unitColumn } : {}) };
  const comparator = nature ?? quantity.comparator ?? '=';
  const unit = quantity.unit ?? unitColumn;
  return { comparator, value: quantity.value, text, ...(unit ? { unit } : {}) };
}

/** 实际完成值: its number when it is a quantity, and the tier a qualitative result names. */
export function parseActual(text: string): { value?: string; text: string; tier?: Tier } | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  // "达成年度指标（受众反响良好）": a tier's official name, then the unit's own words in brackets.
  const m = /^([^（(]+)[（(](.+)[)）]$/.exec(t);
  const named = TIERS.find((tier) => TIER_LABEL[tier] === m?.[1]?.trim());
  if (named && m?.[2]?.trim()) return { text: m[2].trim(), tier: named };
  const quantity = parseQuantity(t);
  const tier = tierOf(t);
  return { ...(quantity ? { value: quantity.value } : {}), text: t, ...(tier && !quantity ? { tier } : {}) };
}

/**
 * The three tiers of 财预〔2020〕10号 when the cell names one ("达成预期指标", "部分达成年度指标并具有一定效果",
 * "未达成…", "已完成"). A description that merely contains such a word ("满意度持续达到90%以上") names
 * no tier: guessing one would put words in the unit's mouth.
 */
export function tierOf(text: string): Tier | undefined {
  const t = halfWidth(text).replace(/[。.!！]$/, '');
  if (/^(部分|基本)(达成|完成|实现|达到)/.test(t)) return 'partlyMet';
  if (/^(未|没有|尚未)(能)?(达成|完成|实现|达到)/.test(t)) return 'notMet';
  if (
    /^(已|已经)?(全部|全面|完全)?(达成|完成|实现|达到|达标)(了)?(年度|预期|预定|既定|计划|目标)?(指标|目标|任务)?(值)?$/.test(
      t,
    )
  ) {
    return 'met';
  }
  return undefined;
}
