import {
  COMPARATOR_LABEL,
  type IndicatorLibraryEntry,
  LIBRARY_CATEGORIES,
  LIBRARY_FIELD_LABEL,
  LIBRARY_STATUS_LABEL,
  VALUE_BASIS_LABEL,
} from '@jixiao/domain';
import { formatsMessage as m } from '../messages';
import { LIBRARY_COLUMN_WIDTH, LIBRARY_COLUMNS, type LibraryColumn } from './columns';

/** Several categories in one cell, written as a person lists them. */
export const CATEGORY_SEPARATOR = '、';

/** One entry as the workbook's cells, in LIBRARY_COLUMNS order; the reader reads exactly these words back. */
export function libraryRowCells(entry: IndicatorLibraryEntry): string[] {
  const cell: Record<LibraryColumn, string> = {
    id: entry.id,
    level1: entry.level1,
    level2: entry.level2,
    name: entry.name,
    categories: entry.categories.map((c) => LIBRARY_CATEGORIES[c].zh).join(CATEGORY_SEPARATOR),
    comparator: entry.comparator ? COMPARATOR_LABEL[entry.comparator] : '',
    unit: entry.unit ?? '',
    basis: entry.basis ? VALUE_BASIS_LABEL[entry.basis] : '',
    quantitative: (entry.quantitative ? m('library.yes') : m('library.no')).text.zh,
    guidance: entry.guidance,
    example: entry.example ?? '',
    source: entry.source ?? '',
    retired: (entry.retired ? LIBRARY_STATUS_LABEL.retired : LIBRARY_STATUS_LABEL.active).zh,
  };
  return LIBRARY_COLUMNS.map((c) => cell[c]);
}

/**
 * The indicator library as one .xlsx sheet (指标库): a header row of the field labels, one row per
 * entry, every cell text (so "≥" and "=" stay as typed and Excel turns nothing into a formula or a date).
 */
export async function writeLibraryXlsx(entries: readonly IndicatorLibraryEntry[]): Promise<Uint8Array> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet(m('library.sheetName').text.zh, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = LIBRARY_COLUMNS.map((c) => ({ width: LIBRARY_COLUMN_WIDTH[c] }));
  const header = sheet.addRow(LIBRARY_COLUMNS.map((c) => LIBRARY_FIELD_LABEL[c].zh));
  header.font = { bold: true };
  for (const entry of entries) {
    const row = sheet.addRow(libraryRowCells(entry));
    row.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
