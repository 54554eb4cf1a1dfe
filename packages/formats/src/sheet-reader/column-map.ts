import type { CellRef, Grid } from './grid';
import { isLabel, normaliseLabel } from './labels';

/** A table's columns found by their header labels: key → column index, plus the header text. */
export interface ColumnMap<K extends string> {
  columns: Partial<Record<K, number>>;
  headerText: Partial<Record<K, string>>;
}

/**
 * Maps the columns of a header row (and, for two-row headers, the row below) to keys by label.
 * The leftmost matching column wins (a header merged across two columns repeats its text), and a
 * column serves one key only.
 */
export function mapColumns<K extends string>(
  grid: Grid,
  headerRows: readonly number[],
  labels: Record<K, readonly string[]>,
): ColumnMap<K> {
  const columns: Partial<Record<K, number>> = {};
  const headerText: Partial<Record<K, string>> = {};
  const used = new Set<number>();
  const keys = Object.keys(labels) as K[];
  for (const row of headerRows) {
    const cells = grid.rows[row] ?? [];
    for (const key of keys) {
      if (columns[key] !== undefined) continue;
      const col = cells.findIndex(
        (cell, c) => !used.has(c) && cell !== undefined && isLabel(cell.text, labels[key]),
      );
      if (col >= 0) {
        columns[key] = col;
        headerText[key] = cells[col]?.text ?? '';
        used.add(col);
      }
    }
  }
  return { columns, headerText };
}

/** True when the header text marks its values as percentages ("执行率(%)", "得分系数（%）"). */
export function headerSaysPercent(text: string | undefined): boolean {
  return text !== undefined && /[%％]/.test(normaliseLabel(text));
}

export function refOf(row: number, col: number | undefined): CellRef | undefined {
  return col === undefined ? undefined : { row, col };
}
