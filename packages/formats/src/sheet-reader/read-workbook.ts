import { type Evaluation, isJixiaoError, JixiaoError, type Localized } from '@jixiao/domain';
import { checkZip } from '../file/zip-guard';
import { formatsMessage as m } from '../messages';
import { csvTextToGrid, csvToGrid } from './csv-grid';
import type { Grid } from './grid';
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from './grid';
import { findFundsHeader } from './read-funds';
import { findIndicatorHeader } from './read-indicators';
import { readEvaluationGrid } from './read-sheet';
import { DATA_SHEET_NAME, type SheetData } from './sheet-data';
import { dataBelongsTo, findSheetData, withSheetData } from './with-sheet-data';
import { SheetTooLargeError, xlsxToGrids } from './xlsx-grid';

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
  return (await readEvaluationXlsxRead(bytes, fileName, choice)).evaluation;
}

/** An evaluation read from a file, and whether the file itself named its rule set. */
export interface EvaluationRead {
  evaluation: Evaluation;
  /**
   * True when the rule set is the file's own: a JSON file's `ruleSet`, or a 自评表 jixiao wrote, whose
   * data sheet records it (a mof-2020 sheet records nothing, being the default). False for a sheet
   * written elsewhere, which has no cell for it: the reader's default then stands in for it.
   */
  ruleSetStated: boolean;
}

/** The same as readEvaluationXlsx, saying whether jixiao's data sheet completed the sheet read. */
export async function readEvaluationXlsxRead(
  bytes: Uint8Array,
  fileName: string,
  choice: SheetChoice = {},
): Promise<EvaluationRead> {
  checkZip(bytes, fileName);
  const grids = await loadGrids(bytes, fileName);
  const sheet = chooseSheet(grids, fileName, choice);
  const found = findSheetData(grids);
  return {
    evaluation: readTableSheet(sheet, grids),
    ruleSetStated: found !== undefined && dataFor(found, sheet, grids),
  };
}

function dataFor(found: { grid: Grid; data: SheetData }, sheet: Grid, grids: readonly Grid[]): boolean {
  const tables = grids.filter((g) => g.sheet !== found.grid.sheet && findIndicatorHeader(g) !== undefined);
  return dataBelongsTo(found.data, sheet, tables);
}

/**
 * One 自评表 of the workbook; when jixiao wrote it, completed by its data sheet. The data sheet is read
 * first, so that a damaged one is reported even when the visible sheet also has problems.
 */
export function readTableSheet(sheet: Grid, grids: readonly Grid[]): Evaluation {
  const found = findSheetData(grids);
  const visible = readEvaluationGrid(sheet);
  return found && dataFor(found, sheet, grids) ? withSheetData(visible, found, sheet) : visible;
}

export interface SheetRead {
  sheet: string;
  /** The evaluation, or why this sheet could not be read (the other sheets are unaffected). */
  result: { ok: true; evaluation: Evaluation } | { ok: false; error: JixiaoError };
}

/** The hidden data sheet jixiao writes beside a 自评表: not a table of its own (see sheet-data.ts). */
export function isDataSheet(grid: Grid): boolean {
  return grid.sheet === DATA_SHEET_NAME;
}

/** Every 自评表 in a workbook (one sheet per project is common), each read on its own. */
export async function readAllEvaluationSheets(bytes: Uint8Array, fileName: string): Promise<SheetRead[]> {
  checkZip(bytes, fileName);
  const grids = await loadGrids(bytes, fileName);
  const sheets = grids.filter((g) => !isDataSheet(g) && findIndicatorHeader(g) !== undefined);
  // With no 自评表 at all, chooseSheet throws the same "没有找到绩效自评表" as a single read.
  if (sheets.length === 0) chooseSheet(grids, fileName, {});
  return sheets.map((grid) => {
    try {
      return { sheet: grid.sheet ?? '', result: { ok: true, evaluation: readTableSheet(grid, grids) } };
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
    throw new JixiaoError('UNREADABLE_FILE', m('sheet.noContent', { file: grid.file }), [
      { message: m('sheet.noContentHint'), location: { file: grid.file } },
    ]);
  }
  return readEvaluationGrid(grid);
}

export async function loadGrids(bytes: Uint8Array, fileName: string): Promise<Grid[]> {
  try {
    return await xlsxToGrids(bytes, fileName);
  } catch (e) {
    if (e instanceof SheetTooLargeError) {
      throw new JixiaoError(
        'UNREADABLE_FILE',
        m('sheet.sheetTooBig', {
          file: fileName,
          sheet: e.message,
          rows: MAX_SHEET_ROWS,
          columns: MAX_SHEET_COLUMNS,
        }),
        [{ message: m('sheet.tooManyCells'), location: { file: fileName, sheet: e.message } }],
      );
    }
    throw new JixiaoError('UNREADABLE_FILE', m('sheet.notWorkbook', { file: fileName }), [
      { message: m('sheet.openInExcel'), location: { file: fileName } },
    ]);
  }
}

function chooseSheet(grids: Grid[], fileName: string, choice: SheetChoice): Grid {
  if (choice.sheet !== undefined) {
    const named = grids.find((g) => g.sheet === choice.sheet);
    if (named) return named;
    throw new JixiaoError('INVALID_INPUT', m('sheet.noSuchSheet', { file: fileName, sheet: choice.sheet }), [
      { message: m('sheet.existingSheets', { sheets: sheetList(grids) }), location: { file: fileName } },
    ]);
  }
  const withTable = grids.find((g) => findIndicatorHeader(g) !== undefined);
  if (withTable) return withTable;
  throw new JixiaoError('INVALID_INPUT', m('sheet.notFound', { file: fileName }), [
    { message: m('sheet.notFoundHint', { sheets: sheetList(grids) }), location: { file: fileName } },
  ]);
}

/** 「自评表」、「附表」 / "自评表", "附表" — sheet names are the user's, quoted in either language. */
function sheetList(grids: readonly Grid[]): Localized {
  if (grids.length === 0) return m('sheet.none').text;
  const quoted = grids.map((g) => m('sheet.quoted', { name: g.sheet ?? '' }).text);
  return { zh: quoted.map((q) => q.zh).join('、'), en: quoted.map((q) => q.en).join(', ') };
}
