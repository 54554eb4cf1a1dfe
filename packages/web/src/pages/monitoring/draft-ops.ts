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

/** A typed value: trimmed, or undefined for an empty box (the schema refuses empty decimals). */
const typed = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

export function setFunds(draft: MonitoringDraft, field: FundsField, value: string): MonitoringDraft {
  const total = { ...draft.funds.total };
  const v = typed(value);
  if (v === undefined) delete total[field];
  else total[field] = v;
  return { ...draft, funds: { ...draft.funds, total } };
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
  const v = typed(value);
  return { ...row, [part]: v === undefined ? rest : { ...rest, value: v } };
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
