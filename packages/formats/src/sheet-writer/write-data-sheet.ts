import { type Evaluation, isJixiaoError } from '@jixiao/domain';
import type ExcelJS from 'exceljs';
import { readEvaluationGrid } from '../sheet-reader/read-sheet';
import { DATA_SHEET_NAME, sheetDataOf } from '../sheet-reader/sheet-data';
import { sheetDataRows } from '../sheet-reader/sheet-data-rows';
import { worksheetToGrid } from '../sheet-reader/xlsx-grid';

/**
 * Adds the data sheet (sheet-data.ts): what the visible 自评表 `ws` does not carry of `evaluation`, worked
 * out by reading `ws` back exactly as the reader will. Very hidden (Excel and WPS list it nowhere; no
 * print or PDF shows it) and protected against accidental edits. A visible sheet the reader refuses
 * (a project without indicators) gets no data sheet: the file cannot be imported either way.
 */
export async function addDataSheet(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  evaluation: Evaluation,
): Promise<void> {
  let written: Evaluation;
  try {
    written = readEvaluationGrid(worksheetToGrid(ws, 'written.xlsx'));
  } catch (e) {
    if (isJixiaoError(e)) return;
    throw e;
  }
  const data = sheetDataOf(evaluation, written, ws.name);
  const sheet = wb.addWorksheet(DATA_SHEET_NAME, { state: 'veryHidden' });
  sheet.columns = [{ width: 40 }, { width: 80 }, { width: 30 }, { width: 30 }];
  for (const row of sheetDataRows(data)) {
    // Every value is text, JSON included: "10" must not become a number cell.
    sheet.addRow(row).eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}
