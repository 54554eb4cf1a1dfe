/**
 * A sheet as the reader sees it, whatever the file: rows of cells with their text, and the exact
 * decimal when the cell holds a number. xlsx and csv are both turned into this, so the label-driven
 * reader is written once. Rows and columns are 0-based here; locations shown to people are 1-based
 * rows and Excel column letters.
 */
export interface GridCell {
  /** Text as a person reads it (numbers as decimal strings; formulas as their cached result). */
  text: string;
  /** The exact decimal when the cell is a number (not text that looks like one). */
  number?: string;
  /** The cell's number format shows a percentage (0.95 displayed as 95%). */
  percentFormat?: boolean;
  /** A formula whose result was never calculated (written by a program that does not evaluate formulas). */
  formulaWithoutResult?: boolean;
  /** The cell is covered by a merge and repeats its master's value. */
  mergedFrom?: { row: number; col: number };
}

export interface Grid {
  file: string;
  /** Worksheet name (absent for csv). */
  sheet?: string;
  rows: (GridCell | undefined)[][];
}

export interface CellRef {
  row: number;
  col: number;
}

export function cellAt(grid: Grid, row: number, col: number): GridCell | undefined {
  return grid.rows[row]?.[col];
}

export function textAt(grid: Grid, row: number, col: number): string {
  return cellAt(grid, row, col)?.text.trim() ?? '';
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Limits for one sheet: an official 自评表 has tens of rows; anything far bigger is not one. */
export const MAX_SHEET_ROWS = 5000;
export const MAX_SHEET_COLUMNS = 200;
