import { displayWidth, type ReportTableCell, type ReportTableColumn } from '@jixiao/domain';
import { TEXT_WIDTH } from './gbt9704';

/**
 * Table column widths from what the columns hold, in twips, filling the text width exactly: the way a
 * browser lays out an automatic table. Each column gets at least its minimum (a short header such as
 * 一级指标 or 年度指标值 and short cells on one line, numbers never broken); what is left goes to the
 * column where it saves the most lines (the table as short as it can be), so the widest text column
 * (三级指标, 偏差原因分析及改进措施) gets the room and 分值 does not; the rest in proportion.
 */

/** Left and right cell margins of the report's tables (blocks.ts: 80 twips each side). */
export const CELL_PADDING = 160;

/** Headers and cells of up to this many half-width units (5 汉字: 一级指标, 满意度指标) are never broken. */
const WHOLE_HEADER = 10;
const WHOLE_CELL = 10;
/** A wrapped text's last line holds at least two 汉字 ("满意度指/标" is what the form must never show). */
const LAST_LINE = 4;

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

/** An orphan: the last line of a wrapped text shorter than two 汉字. */
const orphaned = (width: number, units: number): boolean =>
  width > units && width % units > 0 && width % units < LAST_LINE;

function cellNeed(text: string): Need {
  const width = Math.max(...text.split('\n').map(displayWidth));
  let min = Math.max(longestRun(text), Math.min(width, WHOLE_CELL));
  while (orphaned(width, min)) min++;
  return { min, max: width };
}

/**
 * Where a header may break: after 年度, 年初, 全年, 实际, 预期 and before 及 ("年度|指标值", "实际|完成值",
 * "偏差原因分析|及改进措施"), so a narrow column's header wraps between words, never as "一级指/标".
 */
const HEADER_BREAK = /(?<=^(?:年度|年初|全年|实际|预期))|(?=及)/u;

export function headerWords(label: string): string[] {
  return label.split(HEADER_BREAK).filter(Boolean);
}

function headerNeed(label: string): Need {
  const width = displayWidth(label);
  const words = headerWords(label).map(displayWidth);
  // Up to five 汉字 a header stays whole (年度指标值 on one line reads back from the PDF as one cell);
  // a longer one breaks between its words, or takes two lines at most.
  if (width <= WHOLE_HEADER) return { min: width, max: width };
  return { min: words.length > 1 ? Math.max(...words) : Math.ceil(width / 4) * 2, max: width };
}

/** The header's lines in a column of `twipsWide` at `size`: whole words packed as long as they fit. */
export function headerLines(label: string, twipsWide: number, size: number): string[] {
  const room = ((twipsWide - CELL_PADDING) * 2) / (size * 10);
  const out: string[] = [];
  for (const word of headerWords(label)) {
    const last = out.at(-1);
    if (last !== undefined && displayWidth(last + word) <= room) out[out.length - 1] = last + word;
    else out.push(word);
  }
  return out;
}

/** The table as rows of texts (the header first), each text with the column it sits in. */
interface Grid {
  rows: { text: string; col: number }[][];
}

/** Each text in the column it sits in alone; cells spanning columns are left out of the measure. */
function grid(table: TableContent): Grid {
  const rows = [table.columns.map((c, col) => ({ text: c.label, col }))];
  const covered = table.rows.map(() => new Set<number>());
  table.rows.forEach((row, r) => {
    let col = 0;
    const cells: { text: string; col: number }[] = [];
    for (const cell of row) {
      while (covered[r]?.has(col)) col++;
      const span = cell.colSpan ?? 1;
      for (let below = 1; below < (cell.rowSpan ?? 1); below++) covered[r + below]?.add(col);
      if (span === 1) cells.push({ text: cell.text, col });
      col += span;
    }
    rows.push(cells);
  });
  return { rows };
}

function needs(table: TableContent, g: Grid): Need[] {
  const out = table.columns.map((c) => headerNeed(c.label));
  for (const cells of g.rows.slice(1)) {
    for (const { text, col } of cells) {
      const need = out[col];
      if (!need) continue;
      const n = cellNeed(text);
      need.min = Math.max(need.min, n.min);
      need.max = Math.max(need.max, n.max);
    }
  }
  return out;
}

/**
 * Lines a text takes in a column `units` wide (汉字 break anywhere; close enough to Word's rules), an
 * orphaned last line counted as half a line more, so that widening never buys a "满意度指/标".
 */
function lines(text: string, units: number): number {
  return text.split('\n').reduce((n, part) => {
    const width = displayWidth(part);
    return n + Math.max(1, Math.ceil(width / units)) + (orphaned(width, units) ? 0.5 : 0);
  }, 0);
}

/** Lines of a header in a column `units` wide: whole words packed (see headerLines). */
function headerLineCount(label: string, units: number): number {
  let count = 0;
  let line = Number.POSITIVE_INFINITY;
  for (const w of headerWords(label).map(displayWidth)) {
    if (line + w <= units) line += w;
    else {
      count += Math.max(1, Math.ceil(w / units));
      line = w;
    }
  }
  return count;
}

/**
 * Gives `spare` half-width units, a few at a time, to the column where they save the most lines of the
 * table's height (each row as tall as its tallest cell) per unit; what saves nothing more (every text on one line already) goes to the columns by their need.
 */
function distribute(g: Grid, need: readonly Need[], spare: number): number[] {
  const units = need.map((n) => n.min);
  const count = (r: number, c: { text: string; col: number }, u: number) =>
    (r === 0 ? headerLineCount : lines)(c.text, u);
  let left = spare;
  while (left > 0) {
    const current = g.rows.map((cells, r) => cells.map((c) => count(r, c, units[c.col] ?? 1)));
    const now = current.reduce((h, row) => h + Math.max(1, ...row), 0);
    let best: { col: number; step: number; gain: number } | undefined;
    units.forEach((u, col) => {
      // Per row, the tallest cell of the other columns: only this column's cells change with a step.
      const others = g.rows.map((cells, r) =>
        Math.max(1, ...cells.map((c, k) => (c.col === col ? 0 : (current[r]?.[k] ?? 1)))),
      );
      const mine = g.rows.map((cells) => cells.filter((c) => c.col === col));
      const room = (need[col]?.max ?? u) - u;
      for (let step = 1; step <= Math.min(room, left); step++) {
        const h = mine.reduce(
          (sum, cells, r) => sum + Math.max(others[r] ?? 1, ...cells.map((c) => count(r, c, u + step))),
          0,
        );
        const saved = now - h;
        if (saved > 0) {
          if (!best || saved / step > best.gain) best = { col, step, gain: saved / step };
          break;
        }
      }
    });
    if (!best) break;
    units[best.col] = (units[best.col] ?? 0) + best.step;
    left -= best.step;
  }
  return units;
}

/**
 * The proportional share can leave a column at a width where one of its texts ends in a lone 汉字:
 * such a column gives back the units down to its widest width without one (never below its minimum),
 * and what it gave goes to the first column (widest first) that takes it without an orphan of its own.
 */
function withoutOrphans(g: Grid, need: readonly Need[], widths: number[], size: number): number[] {
  const unit = (size * 10) / 2;
  // Headers break between words (headerLines), so only the body's texts can be orphaned.
  const texts = need.map((_, col) =>
    g.rows.slice(1).flatMap((cells) => cells.filter((c) => c.col === col).map((c) => displayWidth(c.text))),
  );
  const fine = (col: number, units: number) => !(texts[col] ?? []).some((w) => orphaned(w, units));
  const unitsOf = (w: number) => Math.floor((w - CELL_PADDING) / unit);
  const out = [...widths];
  let freed = 0;
  out.forEach((w, col) => {
    let u = unitsOf(w);
    while (u > (need[col]?.min ?? 0) && !fine(col, u)) u--;
    if (u < unitsOf(w) && fine(col, u)) {
      freed += w - twips(u, size);
      out[col] = twips(u, size);
    }
  });
  if (freed === 0) return out;
  const order = out.map((_, i) => i).sort((a, b) => (out[b] ?? 0) - (out[a] ?? 0));
  const taker = order.find((col) => fine(col, unitsOf((out[col] ?? 0) + freed))) ?? order[0] ?? 0;
  out[taker] = (out[taker] ?? 0) + freed;
  return out;
}

/**
 * What is left once no single column can save a line: to the columns whose text still wraps, the
 * smallest want first and in full (a header row of 年度指标值 and 实际完成值 set on one line saves the row
 * a line only when both are), then in proportion to the widths once every text fits.
 */
function shareRest(
  set: number[],
  need: readonly Need[],
  units: readonly number[],
  size: number,
  total: number,
): number[] {
  const out = [...set];
  let spare = total - out.reduce((a, w) => a + w, 0);
  const wants = units.map((u, i) => Math.max(0, twips(need[i]?.max ?? u, size) - twips(u, size)));
  const order = wants.map((_, i) => i).filter((i) => (wants[i] ?? 0) > 0);
  order.sort((a, b) => (wants[a] ?? 0) - (wants[b] ?? 0));
  for (const col of order) {
    const give = Math.min(wants[col] ?? 0, spare);
    out[col] = (out[col] ?? 0) + give;
    spare -= give;
  }
  const used = out.reduce((a, w) => a + w, 0);
  return out.map((w) => Math.floor(w + (spare * w) / used));
}

/** Distributes `total` over the columns as the content asks; the last column takes the rounding rest. */
export function columnWidths(table: TableContent, size: number, total = TEXT_WIDTH): number[] {
  const g = grid(table);
  const need = needs(table, g);
  const minSum = need.reduce((a, n) => a + twips(n.min, size), 0);
  let widths: number[];
  if (minSum > total) {
    // Even the minimums overflow (a table too wide for the page): shrink them alike.
    widths = need.map((n) => Math.floor((twips(n.min, size) * total) / minSum));
  } else {
    const unit = (size * 10) / 2;
    const units = distribute(g, need, Math.floor((total - minSum) / unit));
    const set = units.map((u) => twips(u, size));
    widths = withoutOrphans(g, need, shareRest(set, need, units, size, total), size);
  }
  const rest = total - widths.reduce((a, w) => a + w, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}
