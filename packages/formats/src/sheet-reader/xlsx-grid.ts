import { Decimal } from '@jixiao/domain';
import type * as ExcelJS from 'exceljs';
import { type Grid, type GridCell, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from './grid';

/**
 * Workbook bytes → one Grid per worksheet. Formula cells give their cached result (ExcelJS does
 * not calculate); cells covered by a merge repeat the master's value, as a person sees them.
 * The caller has already checked the zip (size, entries) — see file/zip-guard.
 */
export async function xlsxToGrids(bytes: Uint8Array, fileName: string): Promise<Grid[]> {
  // Loaded here, not at the top: ExcelJS takes a quarter of a second to load, and most runs read JSON.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  // ExcelJS types its input as an ArrayBuffer; slice() gives one holding exactly these bytes.
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook.worksheets.map((ws) => worksheetToGrid(ws, fileName));
}

export class SheetTooLargeError extends Error {}

/** One worksheet as the reader sees it (also used by the writer on the workbook it has just built). */
export function worksheetToGrid(ws: ExcelJS.Worksheet, fileName: string): Grid {
  const rows: (GridCell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const read = readCell(cell);
      if (!read) return;
      if (rowNumber > MAX_SHEET_ROWS || colNumber > MAX_SHEET_COLUMNS) {
        throw new SheetTooLargeError(ws.name);
      }
      cells[colNumber - 1] = read;
    });
    if (cells.length > 0) rows[rowNumber - 1] = cells;
  });
  // eachRow skips rows and eachCell skips cells; keep the arrays dense so indices are positions.
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    rows[r] = Array.from({ length: row.length }, (_, c) => row[c]);
  }
  return {
    file: fileName,
    sheet: ws.name,
    rows: Array.from({ length: rows.length }, (_, r) => rows[r] ?? []),
  };
}

function readCell(cell: ExcelJS.Cell): GridCell | undefined {
  const merged =
    cell.isMerged && cell.master.address !== cell.address
      ? { mergedFrom: { row: Number(cell.master.row) - 1, col: Number(cell.master.col) - 1 } }
      : {};
  const percentFormat =
    typeof cell.numFmt === 'string' && cell.numFmt.includes('%') ? { percentFormat: true } : {};
  const value = cell.isMerged ? cell.master.value : cell.value;
  const content = readValue(value);
  if (!content) return undefined;
  return { ...content, ...(content.number !== undefined ? percentFormat : {}), ...merged };
}

type Content = Pick<GridCell, 'text' | 'number' | 'formulaWithoutResult'>;

function readValue(value: ExcelJS.CellValue | undefined): Content | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') {
    const number = numberToDecimalString(value);
    return number === undefined ? { text: String(value) } : { text: number, number };
  }
  if (typeof value === 'string') return value.trim() === '' ? undefined : { text: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if ('richText' in value) {
    const text = value.richText.map((r) => r.text).join('');
    return text.trim() === '' ? undefined : { text };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return { text: '', formulaWithoutResult: true };
    if (typeof result === 'object' && 'error' in result) return { text: String(result.error) };
    return readValue(result);
  }
  if ('error' in value) return { text: String(value.error) };
  if ('text' in value) return { text: String(value.text) };
  return undefined;
}

/**
 * A cell's binary double as the decimal Excel shows: 15 significant digits, trailing zeros dropped.
 * Only the representation changes (1209.56 stays "1209.56"; 0.1+0.2 shows "0.3" as in Excel); no
 * arithmetic is done in floating point.
 */
export function numberToDecimalString(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  if (Number.isSafeInteger(n)) return String(n);
  return new Decimal(n.toPrecision(15)).toFixed();
}
