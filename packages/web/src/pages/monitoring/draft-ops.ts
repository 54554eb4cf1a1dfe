import type { MonitoringRecord } from './monitoring-api';

/**
 * Edits of a monitoring draft as pure functions (tested without a browser): each answers a new report,
 * the one it was given untouched. Amounts and values stay the decimal strings typed.
 */
export type MonitoringDraft = MonitoringRecord['report'];
export type DraftIndicator = MonitoringDraft['indicators'][number];
export type FundsField = 'budget' | 'executed' | 'expectedAnnual';
export const DEVIATION_KEYS = ['funding', 'institution', 'staffing', 'hardware', 'other'] as const;
export type DeviationKey = (typeof DEVIATION_KEYS)[number];

/** An empty box clears the field instead of storing "" (the schema refuses empty decimals). */
const orAbsent = <K extends string>(key: K, value: string): Partial<Record<K, string>> =>
  value.trim() === '' ? {} : ({ [key]: value.trim() } as Partial<Record<K, string>>);

export function setFunds(draft: MonitoringDraft, field: FundsField, value: string): MonitoringDraft {
  const { [field]: _old, ...rest } = draft.funds.total;
  return { ...draft, funds: { ...draft.funds, total: { ...rest, ...orAbsent(field, value) } } };
}

export function updateIndicator(
  draft: MonitoringDraft,
  index: number,
  change: (row: DraftIndicator) => DraftIndicator,
): MonitoringDraft {
  return { ...draft, indicators: draft.indicators.map((row, i) => (i === index ? change(row) : row)) };
}

/** A decimal field of one indicator part (target, progress, expectedAnnual). */
export function setIndicatorValue(
  row: DraftIndicator,
  part: 'target' | 'progress' | 'expectedAnnual',
  value: string,
): DraftIndicator {
  const { value: _old, ...rest } = row[part];
  return { ...row, [part]: { ...rest, ...orAbsent('value', value) } };
}

export function setDeviation(row: DraftIndicator, cause: DeviationKey, text: string): DraftIndicator {
  const { [cause]: _old, ...rest } = row.deviation;
  return { ...row, deviation: text.trim() === '' ? rest : { ...rest, [cause]: text } };
}

export function addIndicator(draft: MonitoringDraft, level1: string, name: string): MonitoringDraft {
  const row: DraftIndicator = {
    level1,
    name,
    target: { comparator: '>=' },
    progress: {},
    expectedAnnual: {},
    deviation: {},
  };
  return { ...draft, indicators: [...draft.indicators, row] };
}

export function removeIndicator(draft: MonitoringDraft, index: number): MonitoringDraft {
  return { ...draft, indicators: draft.indicators.filter((_, i) => i !== index) };
}
