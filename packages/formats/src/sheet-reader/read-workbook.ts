import { type Evaluation, isJixiaoError, JixiaoError } from '@jixiao/domain';
import { csvTextToGrid, csvToGrid } from './csv-grid';
import type { Grid } from './grid';
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from './grid';
import { findFundsHeader } from './read-funds';
import { findIndicatorHeader } from './read-indicators';
import { readEvaluationGrid } from './read-sheet';
import { SheetTooLargeError, xlsxToGrids } from './xlsx-grid';
import { checkZip } from './zip-guard';

export interface SheetChoice {
  /** Worksheet to read; by default the first one that holds an indicator table. */
  sheet?: string;
}

/** An official 自评表 from .xlsx bytes. */
export async function readEvaluationXlsx(
  bytes: Uint8Array,
  fileName: string,
  choice: SheetChoice = {},
): Promise<Evaluation> {
  checkZip(bytes, fileName);
  const grids = await loadGrids(bytes, fileName);
  return readEvaluationGrid(chooseSheet(grids, fileName, choice));
}

export interface SheetRead {
  sheet: string;
  /** The evaluation, or why this sheet could not be read (the other sheets are unaffected). */
  result: { ok: true; evaluation: Evaluation } | { ok: false; error: JixiaoError };
}

/** Every 自评表 in a workbook (one sheet per project is common), each read on its own. */
export async function readAllEvaluationSheets(bytes: Uint8Array, fileName: string): Promise<SheetRead[]> {
  checkZip(bytes, fileName);
  const grids = await loadGrids(bytes, fileName);
  const sheets = grids.filter((g) => findIndicatorHeader(g) !== undefined);
  // With no 自评表 at all, chooseSheet throws the same "没有找到绩效自评表" as a single read.
  if (sheets.length === 0) chooseSheet(grids, fileName, {});
  return sheets.map((grid) => {
    try {
      return { sheet: grid.sheet ?? '', result: { ok: true, evaluation: readEvaluationGrid(grid) } };
    } catch (e) {
      if (!isJixiaoError(e)) throw e;
      return { sheet: grid.sheet ?? '', result: { ok: false, error: e } };
    }
  });
}

/** An official 自评表 saved as CSV (UTF-8 with or without BOM, UTF-16 with BOM, or GBK/GB18030). */
export function readEvaluationCsv(bytes: Uint8Array, fileName: string): Evaluation {
  return readCsvGrid(csvToGrid(bytes, fileName));
}

/** The same for CSV already decoded to text. */
export function readEvaluationCsvText(text: string, fileName: string): Evaluation {
  return readCsvGrid(csvTextToGrid(text, fileName));
}

/** Text with neither an indicator table nor a funds table is not a 自评表 at all: one plain message. */
function readCsvGrid(grid: Grid): Evaluation {
  if (findIndicatorHeader(grid) === undefined && findFundsHeader(grid, grid.rows.length) === undefined) {
    throw new JixiaoError('UNREADABLE_FILE', `文件「${grid.file}」中没有可识别的自评表内容`, [
      {
        message:
          '既不是 jixiao 的 JSON 文件，也不是含「三级指标」「分值」或「年初预算数」「全年执行数」等标题的自评表',
        location: { file: grid.file },
      },
    ]);
  }
  return readEvaluationGrid(grid);
}

async function loadGrids(bytes: Uint8Array, fileName: string): Promise<Grid[]> {
  try {
    return await xlsxToGrids(bytes, fileName);
  } catch (e) {
    if (e instanceof SheetTooLargeError) {
      throw new JixiaoError(
        'UNREADABLE_FILE',
        `文件「${fileName}」的工作表「${e.message}」过大：自评表不超过 ${MAX_SHEET_ROWS} 行、${MAX_SHEET_COLUMNS} 列`,
        [{ message: '行数或列数超过上限', location: { file: fileName, sheet: e.message } }],
      );
    }
    throw new JixiaoError(
      'UNREADABLE_FILE',
      `文件「${fileName}」无法作为 Excel 工作簿打开：文件可能已损坏或不完整`,
      [{ message: '请用 Excel 或 WPS 打开确认，另存为 .xlsx 后再导入', location: { file: fileName } }],
    );
  }
}

function chooseSheet(grids: Grid[], fileName: string, choice: SheetChoice): Grid {
  if (choice.sheet !== undefined) {
    const named = grids.find((g) => g.sheet === choice.sheet);
    if (named) return named;
    throw new JixiaoError('INVALID_INPUT', `文件「${fileName}」中没有名为「${choice.sheet}」的工作表`, [
      {
        message: `现有工作表：${grids.map((g) => `「${g.sheet}」`).join('、')}`,
        location: { file: fileName },
      },
    ]);
  }
  const withTable = grids.find((g) => findIndicatorHeader(g) !== undefined);
  if (withTable) return withTable;
  throw new JixiaoError('INVALID_INPUT', `文件「${fileName}」中没有找到绩效自评表`, [
    {
      message: `没有哪个工作表含有「三级指标」（或「指标名称」）与「一级指标」「分值」等列标题；现有工作表：${grids.map((g) => `「${g.sheet}」`).join('、') || '（无）'}`,
      location: { file: fileName },
    },
  ]);
}
