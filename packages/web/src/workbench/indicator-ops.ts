import type { Draft } from './draft';
import { newRowId } from './draft';
import type { IndicatorInput } from './indicator-types';

/** Pure row operations of the indicator grid (tested without a browser). */
export function rowsOf(draft: Draft): IndicatorInput[] {
  return draft.indicators ?? [];
}

export function addRow(draft: Draft, after?: number): Draft {
  const rows = rowsOf(draft);
  const at = after === undefined ? rows.length : after + 1;
  const above = rows[at - 1];
  const row: IndicatorInput = {
    id: newRowId(),
    level1: above?.level1 ?? '',
    ...(above?.level2 ? { level2: above.level2 } : {}),
    name: '',
    weight: '',
    target: { comparator: '>=' },
  };
  return { ...draft, indicators: [...rows.slice(0, at), row, ...rows.slice(at)] };
}

export function deleteRow(draft: Draft, index: number): Draft {
  return { ...draft, indicators: rowsOf(draft).filter((_, i) => i !== index) };
}

/** Moves a row up (-1) or down (+1); a move past either end changes nothing. */
export function moveRow(draft: Draft, index: number, by: -1 | 1): Draft {
  const rows = [...rowsOf(draft)];
  const to = index + by;
  const row = rows[index];
  const other = rows[to];
  if (!row || !other) return draft;
  rows[index] = other;
  rows[to] = row;
  return { ...draft, indicators: rows };
}

/** Inserts pasted rows after `after` (or at the end), each with a fresh id. */
export function insertRows(draft: Draft, pasted: IndicatorInput[], after?: number): Draft {
  const rows = rowsOf(draft);
  const at = after === undefined ? rows.length : after + 1;
  const fresh = pasted.map((r) => ({ ...r, id: newRowId() }));
  return { ...draft, indicators: [...rows.slice(0, at), ...fresh, ...rows.slice(at)] };
}

/** Switching a row to 定性 moves the number into the text, and back, so nothing typed is lost. */
export function setComparator(
  row: IndicatorInput,
  comparator: NonNullable<IndicatorInput['target']>['comparator'],
): IndicatorInput {
  const target = row.target ?? { comparator };
  if (comparator === 'qualitative' && target.comparator !== 'qualitative') {
    const { value, ...rest } = target;
    return {
      ...row,
      target: {
        ...rest,
        comparator,
        ...(value ? { text: [value, rest.unit].filter(Boolean).join('') } : {}),
      },
    };
  }
  return { ...row, target: { ...target, comparator } };
}
