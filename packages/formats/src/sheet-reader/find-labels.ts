import { type CellRef, type Grid, textAt } from './grid';
import { baseLabel, isLabel, normaliseLabel } from './labels';

/** Every cell (merge masters only) whose text is one of the labels, in reading order. */
export function findLabels(
  grid: Grid,
  labels: readonly string[],
  rows: { from?: number; to?: number } = {},
): CellRef[] {
  const found: CellRef[] = [];
  const to = Math.min(rows.to ?? grid.rows.length, grid.rows.length);
  for (let row = rows.from ?? 0; row < to; row++) {
    const cells = grid.rows[row] ?? [];
    cells.forEach((cell, col) => {
      if (!cell || cell.mergedFrom) return;
      if (isLabel(cell.text, labels) || inlineValue(cell.text, labels) !== undefined)
        found.push({ row, col });
    });
  }
  return found;
}

export function findLabel(
  grid: Grid,
  labels: readonly string[],
  rows: { from?: number; to?: number } = {},
): CellRef | undefined {
  return findLabels(grid, labels, rows)[0];
}

/** "项目名称：农村道路养护" written in one cell → "农村道路养护". */
export function inlineValue(text: string, labels: readonly string[]): string | undefined {
  const m = /^([^:：]{1,20})[:：]\s*(.+)$/s.exec(text.trim());
  if (!m?.[1] || !m[2]) return undefined;
  const label = baseLabel(m[1]);
  return labels.some((l) => baseLabel(l) === label) ? m[2].trim() : undefined;
}

/**
 * The value of a "label | value" pair: in the label cell after a colon, or the next different cell to
 * the right — unless that cell is another label (the value was left blank).
 */
export function valueOfLabel(
  grid: Grid,
  ref: CellRef,
  labels: readonly string[],
  otherLabels: readonly string[] = [],
): { text: string; ref: CellRef } | undefined {
  const own = textAt(grid, ref.row, ref.col);
  const inline = inlineValue(own, labels);
  if (inline !== undefined) return { text: inline, ref };
  const row = grid.rows[ref.row] ?? [];
  for (let col = ref.col + 1; col < row.length; col++) {
    const cell = row[col];
    if (!cell || cell.text.trim() === '') continue;
    if (cell.mergedFrom && cell.mergedFrom.row === ref.row && cell.mergedFrom.col === ref.col) continue;
    if (normaliseLabel(cell.text) === normaliseLabel(own)) continue;
    if (isLabel(cell.text, otherLabels) || /[:：]$/.test(cell.text.trim())) return undefined;
    return { text: cell.text.trim(), ref: { row: ref.row, col } };
  }
  return undefined;
}
