import {
  type DeclarationKind,
  type ErrorIssue,
  isJixiaoError,
  JixiaoError,
  parseDeclaration,
  type TargetDeclaration,
} from '@jixiao/domain';
import { checkZip } from '../file/zip-guard';
import { formatsMessage as m } from '../messages';
import type { CellRef, Grid } from '../sheet-reader/grid';
import { amountUnitIn, normaliseLabel } from '../sheet-reader/labels';
import { sheetError } from '../sheet-reader/read-sheet';
import { SheetIssues } from '../sheet-reader/sheet-issues';
import { xlsxToGrids } from '../sheet-reader/xlsx-grid';
import { fillFrom, readDeclarationData } from './data-sheet';
import { readFunds, readGoalTexts, readHeader, readTasks } from './read-header';
import { findIndicatorTable, readIndicators } from './read-indicators';

const TITLE_ROWS = 6;

/** The form's kind from its title, or undefined when the sheet is no 绩效目标申报表. */
export function declarationKindOf(grid: Grid): DeclarationKind | undefined {
  for (const row of grid.rows.slice(0, TITLE_ROWS)) {
    for (const cell of row) {
      const text = normaliseLabel(cell?.text ?? '');
      if (!text.includes('绩效目标申报表')) continue;
      return text.includes('整体') ? 'unitWide' : 'project';
    }
  }
  return undefined;
}

function yearOf(grid: Grid): number | undefined {
  for (const row of grid.rows.slice(0, TITLE_ROWS)) {
    for (const cell of row) {
      const hit = /(\d{4})\s*年度/.exec(cell?.text ?? '');
      if (hit) return Number(hit[1]);
    }
  }
  return undefined;
}

function unitOfAmounts(grid: Grid): 'yuan' | 'wanYuan' {
  for (const row of grid.rows) {
    for (const cell of row) {
      const unit = amountUnitIn(cell?.text ?? '');
      if (unit) return unit;
    }
  }
  return 'wanYuan';
}

/**
 * One 绩效目标申报表 sheet, read by its labels, completed by jixiao's data fields when given. All or
 * nothing: every bad cell is collected and reported at its file, sheet, row and column; the schema's
 * own issues are put back on the cells they came from.
 */
export function readDeclarationGrid(grid: Grid, extra?: Record<string, unknown>): TargetDeclaration {
  const issues = new SheetIssues(grid);
  const kind = declarationKindOf(grid);
  if (!kind) {
    throw new JixiaoError('INVALID_INPUT', m('targets.notDeclaration', { file: grid.file }), [
      { message: m('targets.notDeclarationHint'), location: issues.location(undefined, undefined) },
    ]);
  }
  const fiscalYear = yearOf(grid);
  if (fiscalYear === undefined)
    issues.at({ row: 0, col: 0 }, { zh: '预算年度', en: 'fiscal year' }, m('targets.noYear'), 'fiscalYear');
  const table = findIndicatorTable(grid);
  const end = table?.row ?? grid.rows.length;
  const all = { from: 0, to: end };
  const header = readHeader(grid, issues, kind, all);
  const funds = readFunds(grid, issues, all);
  const tasks = kind === 'unitWide' ? readTasks(grid, issues, all) : undefined;
  const goals = readGoalTexts(grid, all);
  if (!table)
    issues.at(undefined, { zh: '绩效指标', en: 'indicators' }, m('targets.noIndicatorTable'), 'indicators');
  const indicators = table ? readIndicators(grid, issues, table) : undefined;
  if (!issues.empty) throw sheetError(grid, issues.list);
  const origins = new Map<string, CellRef>([
    ...header.origins,
    ...funds.origins,
    ...(tasks?.origins ?? []),
    ...goals.origins,
    ...(indicators?.origins ?? []),
  ]);
  const visible = {
    kind,
    fiscalYear,
    amountUnit: unitOfAmounts(grid),
    unit: header.value.unit,
    ...(header.value.project ? { project: header.value.project } : {}),
    funds: funds.value,
    goals: goals.value,
    ...(tasks ? { mainTasks: tasks.value } : {}),
    indicators: indicators?.value.indicators ?? [],
  };
  const input = extra ? fillFrom(visible, extra) : visible;
  try {
    return parseDeclaration(input, { file: grid.file });
  } catch (e) {
    if (!isJixiaoError(e)) throw e;
    const located = e.issues.map((issue): ErrorIssue => {
      const path = issue.location?.path ?? '';
      return {
        message: issue.message,
        location: issues.location(origins.get(path), issue.location?.label, path),
      };
    });
    throw sheetError(grid, located);
  }
}

/** A 绩效目标申报表 from .xlsx bytes: the first sheet titled as one, completed by jixiao's data sheet. */
export async function readDeclarationXlsx(bytes: Uint8Array, fileName: string): Promise<TargetDeclaration> {
  checkZip(bytes, fileName);
  let grids: Grid[];
  try {
    grids = await xlsxToGrids(bytes, fileName);
  } catch (e) {
    if (isJixiaoError(e)) throw e;
    throw new JixiaoError('UNREADABLE_FILE', m('sheet.notWorkbook', { file: fileName }), [
      { message: m('sheet.openInExcel'), location: { file: fileName } },
    ]);
  }
  const sheet = grids.find((g) => declarationKindOf(g) !== undefined);
  if (!sheet) {
    throw new JixiaoError('INVALID_INPUT', m('targets.notDeclaration', { file: fileName }), [
      { message: m('targets.notDeclarationHint'), location: { file: fileName } },
    ]);
  }
  return readDeclarationGrid(sheet, readDeclarationData(grids));
}

/** True when one of the workbook's sheets is titled as a 绩效目标申报表 (for `convert`'s detection). */
export async function isDeclarationXlsx(bytes: Uint8Array, fileName: string): Promise<boolean> {
  checkZip(bytes, fileName);
  try {
    return (await xlsxToGrids(bytes, fileName)).some((g) => declarationKindOf(g) !== undefined);
  } catch {
    return false;
  }
}
