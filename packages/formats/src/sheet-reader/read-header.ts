import { type EvaluationKind, labelForPath } from '@jixiao/domain';
import { formatsMessage as m } from '../messages';
import { isBlankMark } from './cell-number';
import { findLabel, findLabels, valueOfLabel } from './find-labels';
import { type CellRef, type Grid, textAt } from './grid';
import { amountUnitIn, normaliseLabel } from './labels';
import type { SheetIssues } from './sheet-issues';

/** The heading block: title (kind and year), names of the project, the unit and its department. */
export const HEADER_LABELS = {
  projectName: ['项目名称'],
  projectCode: ['项目编码', '项目代码'],
  department: ['主管部门', '主管部门及代码', '主管单位'],
  implementingUnit: ['实施单位', '项目实施单位'],
  unitName: [
    '单位名称',
    '预算单位',
    '部门(单位)名称',
    '单位(部门)名称',
    '部门名称',
    '被评价单位',
    '填报单位',
  ],
  year: ['年度', '预算年度', '评价年度', '自评年度'],
  grade: ['评价等级', '自评等级', '等级'],
  totalScore: ['自评得分', '自评总分', '总得分', '综合得分'],
} as const;

const ALL_HEADER_LABELS: string[] = Object.values(HEADER_LABELS).flat();

export interface HeaderRead {
  kind?: EvaluationKind;
  fiscalYear?: number;
  projectName?: string;
  projectCode?: string;
  department?: string;
  implementingUnit?: string;
  unitName?: string;
  amountUnit?: 'yuan' | 'wanYuan';
  origins: Map<string, CellRef>;
}

export function readHeader(grid: Grid, issues: SheetIssues, beforeRow: number): HeaderRead {
  const origins = new Map<string, CellRef>();
  const out: HeaderRead = { origins };
  const title = findTitle(grid, beforeRow);
  const titleText = title ? textAt(grid, title.row, title.col) : '';

  const value = (labels: readonly string[], path: string): string | undefined => {
    const ref = findLabel(grid, labels, { to: beforeRow });
    if (!ref) return undefined;
    const v = valueOfLabel(grid, ref, labels, ALL_HEADER_LABELS);
    if (!v) return undefined;
    origins.set(path, v.ref);
    return v.text;
  };

  out.projectName = value(HEADER_LABELS.projectName, 'project.name');
  out.projectCode = value(HEADER_LABELS.projectCode, 'project.code');
  out.department = value(HEADER_LABELS.department, 'unit.department');
  out.implementingUnit = value(HEADER_LABELS.implementingUnit, 'project.implementingUnit');
  out.unitName = value(HEADER_LABELS.unitName, 'unit.name');

  const t = normaliseLabel(titleText);
  if (/项目/.test(t)) out.kind = 'project';
  else if (/整体|部门|单位/.test(t)) out.kind = 'unitWide';
  else
    out.kind =
      out.projectName !== undefined ? 'project' : out.unitName !== undefined ? 'unitWide' : undefined;

  const fromTitle = yearIn(titleText);
  const fromLabel =
    fromTitle === undefined ? yearIn(value(HEADER_LABELS.year, 'fiscalYear') ?? '') : undefined;
  const fromHeading =
    fromTitle === undefined && fromLabel === undefined ? yearInHeading(grid, beforeRow) : undefined;
  if (fromTitle !== undefined && title) origins.set('fiscalYear', title);
  if (fromHeading) origins.set('fiscalYear', fromHeading.ref);
  const year = fromTitle ?? fromLabel ?? fromHeading?.year;
  if (year !== undefined) out.fiscalYear = year;
  else {
    issues.at(title, labelForPath(['fiscalYear']), m('sheet.noYear'), 'fiscalYear');
  }
  if (out.kind === undefined) {
    issues.at(undefined, labelForPath(['kind']), m('sheet.unknownKind'), 'kind');
  }
  out.amountUnit = amountUnitOfSheet(grid);
  return out;
}

function findTitle(grid: Grid, beforeRow: number): CellRef | undefined {
  for (let row = 0; row < Math.min(beforeRow, 8); row++) {
    const cells = grid.rows[row] ?? [];
    const col = cells.findIndex(
      (c) => c !== undefined && !c.mergedFrom && /自评表|自评情况表|绩效自评/.test(c.text),
    );
    if (col >= 0) return { row, col };
  }
  return undefined;
}

function yearIn(text: string): number | undefined {
  const m = /((?:19|20|21)\d{2})\s*年?/.exec(text.replace(/\s+/g, ''));
  return m?.[1] ? Number(m[1]) : undefined;
}

/** "2022年度" or "（2022年）" written on its own line under the title. */
function yearInHeading(grid: Grid, beforeRow: number): { year: number; ref: CellRef } | undefined {
  for (let row = 0; row < Math.min(beforeRow, 5); row++) {
    const cells = grid.rows[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      const cell = cells[col];
      const m = cell ? /((?:19|20|21)\d{2})\s*年度?/.exec(cell.text) : null;
      if (m?.[1]) return { year: Number(m[1]), ref: { row, col } };
    }
  }
  return undefined;
}

/** "（万元）" in the funds labels or "单位：万元" anywhere decides the amount unit of the sheet. */
export function amountUnitOfSheet(grid: Grid): 'yuan' | 'wanYuan' | undefined {
  for (const row of grid.rows) {
    for (const cell of row) {
      if (!cell || cell.mergedFrom || cell.number !== undefined) continue;
      if (!/预算|资金|金额|单位|执行/.test(cell.text)) continue;
      const unit = amountUnitIn(cell.text);
      if (unit) return unit;
    }
  }
  return undefined;
}

export function findTotalScore(
  grid: Grid,
  skipRows: ReadonlySet<number>,
): { text: string; ref: CellRef } | undefined {
  for (const ref of findLabels(grid, HEADER_LABELS.totalScore)) {
    if (skipRows.has(ref.row)) continue;
    const v = valueOfLabel(grid, ref, HEADER_LABELS.totalScore, ALL_HEADER_LABELS);
    if (v) return v;
    const below = grid.rows[ref.row + 1]?.[ref.col];
    if (below && below.text.trim() !== '')
      return { text: below.text, ref: { row: ref.row + 1, col: ref.col } };
  }
  return undefined;
}

export function findGrade(grid: Grid, skipRows: ReadonlySet<number>): string | undefined {
  for (const ref of findLabels(grid, HEADER_LABELS.grade)) {
    if (skipRows.has(ref.row)) continue;
    const v = valueOfLabel(grid, ref, HEADER_LABELS.grade, ALL_HEADER_LABELS);
    // "—" is the grade cell of an unscored evaluation (sheet-writer): no grade, not a grade named "—".
    if (v && !isBlankMark(v.text)) return v.text;
  }
  return undefined;
}
