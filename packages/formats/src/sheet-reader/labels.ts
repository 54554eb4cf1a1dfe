/**
 * Label matching that survives the small differences between provinces' sheets: spaces inside
 * labels ("项 目 名 称"), full-width punctuation, trailing colons, and notes in brackets
 * ("全年预算数（A）", "分值（10分）", "项目资金（万元）").
 */

/** Removes whitespace, unifies brackets and colons. */
export function normaliseLabel(text: string): string {
  return cached(normalised, text, () =>
    text
      .replace(/[\s\u3000]+/g, '')
      .replace(/[（]/g, '(')
      .replace(/[）]/g, ')')
      .replace(/[：]/g, ':')
      .replace(/:+$/, ''),
  );
}

/** The label without bracketed notes: "全年预算数(A)" → "全年预算数", "产出指标(50分)" → "产出指标". */
export function baseLabel(text: string): string {
  return cached(based, text, () =>
    normaliseLabel(text)
      .replace(/\([^()]*\)/g, '')
      .replace(/\[[^\]]*\]/g, '')
      .replace(/:+$/, ''),
  );
}

// Every cell is compared with dozens of labels; the same few hundred texts are normalised over and over.
const normalised = new Map<string, string>();
const based = new Map<string, string>();
const CACHE_LIMIT = 20_000;

function cached(cache: Map<string, string>, key: string, compute: () => string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** True when the cell text is one of the labels (compared on their base forms). */
export function isLabel(text: string, labels: readonly string[]): boolean {
  const base = baseLabel(text);
  return base !== '' && labels.some((l) => baseLabel(l) === base);
}

/** Amount unit from a label or a "单位：万元" line; undefined when none is written. */
export function amountUnitIn(text: string): 'yuan' | 'wanYuan' | undefined {
  const t = normaliseLabel(text);
  if (/\(万元\)|单位:万元/.test(t)) return 'wanYuan';
  if (/\(元\)|单位:元/.test(t)) return 'yuan';
  return undefined;
}
