import {
  type ErrorIssue,
  type Evaluation,
  isJixiaoError,
  JixiaoError,
  parseEvaluation,
} from '@jixiao/domain';
import { formatsMessage as m } from '../messages';
import type { Grid } from './grid';
import { applySheetData, DATA_SHEET_NAME, pathText, type SheetData } from './sheet-data';
import { readSheetData } from './sheet-data-rows';
import { SheetIssues } from './sheet-issues';

/** The data sheet of a workbook jixiao wrote (see sheet-data.ts), read and checked; undefined in any other. */
export function findSheetData(grids: readonly Grid[]): { grid: Grid; data: SheetData } | undefined {
  const grid = grids.find((g) => g.sheet === DATA_SHEET_NAME);
  return grid ? { grid, data: readSheetData(grid) } : undefined;
}

/**
 * True when the data belongs to this worksheet: the one it names, or the workbook's only 自评表 when
 * that sheet has been renamed since.
 */
export function dataBelongsTo(data: SheetData, sheet: Grid, tableSheets: readonly Grid[]): boolean {
  if (sheet.sheet === data.sheet) return true;
  return tableSheets.length === 1 && !tableSheets.some((g) => g.sheet === data.sheet);
}

/**
 * The evaluation of the visible sheet completed with the recorded fields. A complaint the model makes
 * about a recorded field is put on its row of the data sheet; any other stays on the visible sheet.
 */
export function withSheetData(
  visible: Evaluation,
  found: { grid: Grid; data: SheetData },
  sheet: Grid,
): Evaluation {
  const { input, applied } = applySheetData(visible, found.data);
  try {
    return parseEvaluation(input, { file: sheet.file });
  } catch (e) {
    if (!isJixiaoError(e)) throw e;
    const onData = new SheetIssues(found.grid);
    const onSheet = new SheetIssues(sheet);
    const rowOf = dataRows(found.grid);
    const located = e.issues.map((issue): ErrorIssue => {
      const path = issue.location?.path ?? '';
      const entry = [...applied].find(
        ([p]) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`),
      );
      const row = entry ? rowOf.get(pathText(entry[1].path)) : undefined;
      const where = entry ? onData : onSheet;
      return {
        message: issue.message,
        location: where.location(
          row !== undefined ? { row, col: 1 } : undefined,
          issue.location?.label,
          path,
        ),
      };
    });
    throw new JixiaoError(
      'INVALID_INPUT',
      m('sheet.unreadableSheetCount', { file: sheet.file, sheet: sheet.sheet ?? '', count: located.length }),
      located,
    );
  }
}

/** The data sheet's row of each key (0-based), for locating. */
function dataRows(grid: Grid): Map<string, number> {
  const out = new Map<string, number>();
  grid.rows.forEach((row, r) => {
    const key = row[0]?.text.trim();
    if (key && !out.has(key)) out.set(key, r);
  });
  return out;
}
