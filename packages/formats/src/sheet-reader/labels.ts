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
  return base !== '' && baseLabels(labels).has(base);
}

/** The base forms of a list of labels, worked out once per list (the lists are module constants). */
export function baseLabels(labels: readonly string[]): ReadonlySet<string> {
  let bases = basesOf.get(labels);
  if (!bases) {
    bases = new Set(labels.map(baseLabel));
    basesOf.set(labels, bases);
  }
  return bases;
}
const basesOf = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The base forms of a row's cell texts, so that a row is tested against many label lists cheaply. */
export function rowBases(cells: readonly ({ text: string } | undefined)[]): ReadonlySet<string> {
  const bases = new Set<string>();
  for (const cell of cells) {
    if (cell === undefined) continue;
    const base = baseLabel(cell.text);
    if (base !== '') bases.add(base);
  }
  return bases;
}

/** True when one of the row's cells (see `rowBases`) is one of the labels: `isLabel` over the row. */
export function rowHasLabel(bases: ReadonlySet<string>, labels: readonly string[]): boolean {
  for (const base of baseLabels(labels)) if (bases.has(base)) return true;
  return false;
}

/** Amount unit from a label or a "单位：万元" line; undefined when none is written. */
export function amountUnitIn(text: string): 'yuan' | 'wanYuan' | undefined {
  const t = normaliseLabel(text);
  if (/\(万元\)|单位:万元/.test(t)) return 'wanYuan';
  if (/\(元\)|单位:元/.test(t)) return 'yuan';
  return undefined;
}
