import { type CellRef, type Grid, textAt } from './grid';
import { baseLabel, baseLabels, isLabel, normaliseLabel } from './labels';

/** Every cell (merge masters only) whose text is one of the labels, in reading order. */
export function findLabels(
  grid: Grid,
  labels: readonly string[],
  rows: { from?: number; to?: number } = {},
  first = false,
): CellRef[] {
  const found: CellRef[] = [];
  const bases = baseLabels(labels);
  const to = Math.min(rows.to ?? grid.rows.length, grid.rows.length);
  for (let row = rows.from ?? 0; row < to; row++) {
    const cells = grid.rows[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      const cell = cells[col];
      if (!cell || cell.mergedFrom) continue;
      const inline = inlineParts(cell.text);
      if (isLabel(cell.text, labels) || (inline !== undefined && bases.has(inline.label))) {
        found.push({ row, col });
        if (first) return found;
      }
    }
  }
  return found;
}

export function findLabel(
  grid: Grid,
  labels: readonly string[],
  rows: { from?: number; to?: number } = {},
): CellRef | undefined {
  return findLabels(grid, labels, rows, true)[0];
}

/** "项目名称：农村道路养护" written in one cell → "农村道路养护". */
export function inlineValue(text: string, labels: readonly string[]): string | undefined {
  const parts = inlineParts(text);
  return parts && baseLabels(labels).has(parts.label) ? parts.value : undefined;
}

/** A cell text split as "label：value" (the label in its base form), worked out once per text. */
function inlineParts(text: string): { label: string; value: string } | undefined {
  // Most cells have no colon: answered without a cache lookup (the regex below needs one).
  if (!text.includes(':') && !text.includes('：')) return undefined;
  const hit = inlineCache.get(text);
  if (hit !== undefined) return hit === null ? undefined : hit;
  const m = /^([^:：]{1,20})[:：]\s*(.+)$/s.exec(text.trim());
  const parts = m?.[1] && m[2] ? { label: baseLabel(m[1]), value: m[2].trim() } : undefined;
  if (inlineCache.size >= 20_000) inlineCache.clear();
  inlineCache.set(text, parts ?? null);
  return parts;
}
const inlineCache = new Map<string, { label: string; value: string } | null>();

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
