import { dec } from '@jixiao/domain';
import { findNumbers } from '../numbers';

/** 年度指标值 as written: "≥150家", "不低于95%", "≤90万元", "100%", "=0起". Qualitative text gives undefined. */
export interface ParsedTarget {
  comparator: '>=' | '<=' | '=';
  value: string;
  unit: string;
  /** The comparator was not written and was taken as ≥ (the usual reading of "100%"). */
  assumed: boolean;
}

export function parseTarget(text: string): ParsedTarget | undefined {
  const t = text.replace(/\s/g, '');
  const nums = findNumbers(t);
  if (nums.length !== 1) return undefined;
  const n = nums[0];
  if (!n) return undefined;
  const rest = t.replace(n.raw, '');
  if (/[\u4e00-\u9fff]{5,}/.test(rest)) return undefined; // a sentence, not a target value
  let comparator: ParsedTarget['comparator'] = '>=';
  let assumed = false;
  if (/≥|>=|＞=|不低于|不少于|以上|至少|大于等于|>/.test(t)) comparator = '>=';
  else if (/≤|<=|不高于|不超过|不多于|以内|以下|小于等于|</.test(t)) comparator = '<=';
  else if (/^=|＝|等于/.test(t)) comparator = '=';
  // "100%" with no sign reads the same as ≥ or =: nothing can be above 100% of a rate target.
  else assumed = !(n.unit === 'percent' && dec(n.value).eq(100));
  return { comparator, value: n.value, unit: n.unit === 'percent' ? '%' : n.unitText, assumed };
}

export function parseActual(text: string): { value: string; unit: string } | undefined {
  const nums = findNumbers(text.replace(/\s/g, ''));
  if (nums.length !== 1 || !nums[0]) return undefined;
  if (/[\u4e00-\u9fff]{6,}/.test(text)) return undefined;
  return { value: nums[0].value, unit: nums[0].unit === 'percent' ? '%' : nums[0].unitText };
}

/** Whether the actual meets the target (same unit only); undefined when they cannot be compared. */
export function isMet(target: ParsedTarget, actual: { value: string; unit: string }): boolean | undefined {
  if (target.unit !== actual.unit && !(target.unit === '' || actual.unit === '')) return undefined;
  const a = dec(actual.value);
  const b = dec(target.value);
  if (target.comparator === '>=') return a.greaterThanOrEqualTo(b);
  if (target.comparator === '<=') return a.lessThanOrEqualTo(b);
  return a.eq(b);
}
