import type { Localized } from '@jixiao/domain';
import { readCellNumber } from '../sheet-reader/cell-number';
import { findLabel, valueOfLabel } from '../sheet-reader/find-labels';
import { type CellRef, cellAt, type Grid } from '../sheet-reader/grid';
import type { SheetIssues } from '../sheet-reader/sheet-issues';

/** What a section reader returns: the fields it read and where each came from (for the schema's issues). */
export interface SectionRead<T> {
  value: T;
  origins: Map<string, CellRef>;
}

/** Every label of the header, funds and goals blocks: a value cell that is one of them was left blank. */
export const ALL_LABELS: string[] = [];

/** The text next to a label within `rows`, with where it is; undefined when the label is not there. */
export function labelled(
  grid: Grid,
  labels: readonly string[],
  rows: { from?: number; to?: number },
): { label: CellRef; value?: { text: string; ref: CellRef } } | undefined {
  const label = findLabel(grid, labels, rows);
  if (!label) return undefined;
  const value = valueOfLabel(grid, label, labels, ALL_LABELS);
  return value ? { label, value } : { label };
}

/** An amount cell, reported at its place when it is not a number or is negative. */
export function amountAt(
  grid: Grid,
  issues: SheetIssues,
  ref: CellRef,
  label: Localized,
  path: string,
  origins: Map<string, CellRef>,
): string | undefined {
  const read = readCellNumber(cellAt(grid, ref.row, ref.col), 'amount');
  if (read.status === 'blank') return undefined;
  if (read.status === 'bad') {
    issues.at(ref, label, read.reason, path);
    return undefined;
  }
  origins.set(path, ref);
  return read.value;
}
