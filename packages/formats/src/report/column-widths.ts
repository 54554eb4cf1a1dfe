import { displayWidth, type ReportTableCell, type ReportTableColumn } from '@jixiao/domain';
import { TEXT_WIDTH } from './gbt9704';

/**
 * Table column widths from what the columns hold, in twips, filling the text width exactly: the way a
 * browser lays out an automatic table. Each column gets at least its minimum (a short header such as
 * 一级指标 or 年度指标值 and short cells on one line, numbers never broken); what is left goes to the
 * columns in proportion to how much more they would need to set their longest text on one line, so the
 * widest text column (三级指标, 偏差原因分析及改进措施) gets the room and 分值 does not.
 */

/** Left and right cell margins of the report's tables (blocks.ts: 80 twips each side). */
export const CELL_PADDING = 160;

/** Headers and cells of up to this many half-width units (5 汉字) are never broken. */
const WHOLE_HEADER = 10;
const WHOLE_CELL = 8;

/** Runs that Word does not break: digits, Latin letters and signs ("2931.88", "42.42%", "≥50"). */
const UNBREAKABLE = /[0-9A-Za-z.%+\-−≥≤=<>/]+/g;

export interface TableContent {
  columns: readonly ReportTableColumn[];
  rows: readonly (readonly ReportTableCell[])[];
}

interface Need {
  min: number;
  max: number;
}

/** Half-width units → twips at a font size given in half-points (one 汉字 is size × 10 twips). */
const twips = (units: number, size: number): number => Math.ceil((units * size * 10) / 2) + CELL_PADDING;

function longestRun(text: string): number {
  return Math.max(0, ...[...text.matchAll(UNBREAKABLE)].map((m) => displayWidth(m[0])));
}

function cellNeed(text: string, whole: number): Need {
  const width = Math.max(...text.split('\n').map(displayWidth));
  return { min: Math.max(longestRun(text), Math.min(width, whole)), max: width };
}

function headerNeed(label: string): Need {
  const width = displayWidth(label);
  // A long header takes two lines at most ("偏差原因分析 / 及改进措施").
  return { min: width <= WHOLE_HEADER ? width : Math.ceil(width / 4) * 2, max: width };
}

/** Each column's need in half-width units, from the header and the cells that sit in it alone. */
function needs(table: TableContent): Need[] {
  const out = table.columns.map((c) => headerNeed(c.label));
  const covered = table.rows.map(() => new Set<number>());
  table.rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (covered[r]?.has(col)) col++;
      const span = cell.colSpan ?? 1;
      for (let below = 1; below < (cell.rowSpan ?? 1); below++) covered[r + below]?.add(col);
      const need = out[col];
      if (span === 1 && need) {
        const n = cellNeed(cell.text, WHOLE_CELL);
        need.min = Math.max(need.min, n.min);
        need.max = Math.max(need.max, n.max);
      }
      col += span;
    }
  });
  return out;
}

/** Distributes `total` over the columns as the content asks; the last column takes the rounding rest. */
export function columnWidths(table: TableContent, size: number, total = TEXT_WIDTH): number[] {
  const need = needs(table).map((n) => ({ min: twips(n.min, size), max: twips(n.max, size) }));
  const sum = (f: (n: { min: number; max: number }) => number) => need.reduce((a, n) => a + f(n), 0);
  const maxSum = sum((n) => n.max);
  const minSum = sum((n) => n.min);
  let widths: number[];
  if (maxSum <= total) {
    // Everything fits on one line: the spare width in proportion to the content.
    widths = need.map((n) => Math.floor(n.max + ((total - maxSum) * n.max) / maxSum));
  } else if (minSum <= total) {
    const give = total - minSum;
    const wants = maxSum - minSum;
    widths = need.map((n) => Math.floor(n.min + (give * (n.max - n.min)) / wants));
  } else {
    // Even the minimums overflow (a table too wide for the page): shrink them alike.
    widths = need.map((n) => Math.floor((n.min * total) / minSum));
  }
  const rest = total - widths.reduce((a, w) => a + w, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}
