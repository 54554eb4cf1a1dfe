import { dec, readAchievedQuantity, readQuantity } from '@jixiao/domain';

/**
 * 年度指标值 and 实际完成值 as the audit compares them, read by the domain's one reader of official
 * wording. What is the audit's own is only the reading of a missing sign: a report table's "100%" is
 * taken as ≥ (nothing is above 100% of a rate target), any other unsigned figure as an assumed ≥.
 */
export interface ParsedTarget {
  comparator: '>=' | '<=' | '=';
  value: string;
  unit: string;
  /** The comparator was not written and was taken as ≥ (the usual reading of "100%"). */
  assumed: boolean;
}

export function parseTarget(text: string): ParsedTarget | undefined {
  const q = readQuantity(text);
  if (!q) return undefined;
  const unit = q.unit ?? '';
  const assumed = !q.comparator && !(unit === '%' && dec(q.value).eq(100));
  return { comparator: q.comparator ?? '>=', value: q.value, unit, assumed };
}

export function parseActual(text: string): { value: string; unit: string } | undefined {
  const q = readAchievedQuantity(text);
  return q ? { value: q.value, unit: q.unit ?? '' } : undefined;
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
