import {
  AMOUNT_UNIT_LABEL,
  type DeclaredFunds,
  PROJECT_ATTRIBUTE_LABEL,
  SHEET_AMOUNT_FORMAT,
  type TargetDeclaration,
  VALUE_BASIS_LABEL,
} from '@jixiao/domain';
import type ExcelJS from 'exceljs';
import { worksheetToGrid } from '../sheet-reader/xlsx-grid';
import { heightFor, linesNeeded } from '../sheet-writer/layout';
import { addDeclarationData } from './data-sheet';
import { BASE_COLUMNS, COLUMN_WIDTHS, CORE_MARK, TITLE } from './layout';
import { readDeclarationGrid } from './read';
import { targetCells } from './target-cell';

/**
 * Writes the 绩效目标申报表 as .xlsx in the 88号 layout, with the 自评表's conventions (宋体 10 pt, thin
 * borders, two-decimal amounts, row heights from the wrapped text, one A4 page wide), and the hidden
 * data sheet for what the form has no cell for, so that reading the file back gives the same declaration.
 */

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = { name: '宋体', size: 10 };

/** A decimal string as an Excel number cell (the file format stores doubles; no arithmetic here). */
const num = (value: string | undefined): ExcelJS.CellValue => (value === undefined ? null : Number(value));

class Writer {
  row = 1;
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly last: number,
  ) {}

  put(
    column: number,
    value: ExcelJS.CellValue,
    options: { bold?: boolean; left?: boolean; numFmt?: string } = {},
  ) {
    const cell = this.ws.getCell(this.row, column);
    cell.value = value;
    cell.font = { ...FONT, bold: options.bold ?? false };
    cell.alignment = { vertical: 'middle', horizontal: options.left ? 'left' : 'center', wrapText: true };
    if (options.numFmt) cell.numFmt = options.numFmt;
  }

  merge(from: number, to: number, toRow = this.row) {
    if (from !== to || toRow !== this.row) this.ws.mergeCells(this.row, from, toRow, to);
  }

  /** A label in A and its value over B…last (or B…split, with a second pair after it). */
  pair(label: string, value: string, second?: [string, string]) {
    this.put(1, label, { bold: true });
    if (!second) {
      this.put(2, value, { left: true });
      this.merge(2, this.last);
    } else {
      this.put(2, value, { left: true });
      this.merge(2, 4);
      this.put(5, second[0], { bold: true });
      this.put(6, second[1], { left: true });
      this.merge(6, this.last);
    }
    this.row++;
  }
}

function departmentText(d: TargetDeclaration): string {
  const name = d.unit.department ?? '';
  const code = d.unit.departmentCode;
  return code ? `${name}（${code}）` : name;
}

function periodText(d: TargetDeclaration): string {
  const p = d.project;
  if (!p) return '';
  if (p.periodFrom !== undefined && p.periodTo !== undefined) return `${p.periodFrom}—${p.periodTo}年`;
  if (p.periodFrom !== undefined) return `${p.periodFrom}年`;
  return p.periodText ?? '';
}

function writeHeader(w: Writer, d: TargetDeclaration) {
  if (d.kind === 'project') {
    w.pair('项目名称', d.project?.name ?? '');
    w.pair('申报单位', d.unit.name, ['实施单位', d.project?.implementingUnit ?? '']);
    w.pair('主管部门及代码', departmentText(d));
    const attribute = d.project?.attribute;
    w.pair('项目属性', attribute ? PROJECT_ATTRIBUTE_LABEL[attribute] : '', ['项目期', periodText(d)]);
  } else {
    w.pair('部门（单位）名称', d.unit.name);
    w.pair('主管部门及代码', departmentText(d));
  }
}

function writeFunds(w: Writer, d: TargetDeclaration) {
  const unit = AMOUNT_UNIT_LABEL[d.amountUnit];
  const top = w.row;
  w.put(1, d.kind === 'project' ? `项目资金（${unit}）` : `年度预算资金（${unit}）`, { bold: true });
  w.merge(1, 1, top + 3);
  w.put(2, '');
  w.put(3, '中期', { bold: true });
  w.merge(3, 5);
  w.put(6, '年度', { bold: true });
  w.merge(6, w.last);
  w.row++;
  const rows: [string, keyof DeclaredFunds][] = [
    ['资金总额', 'total'],
    ['其中：财政拨款', 'fiscalAppropriation'],
    ['其他资金', 'otherFunds'],
  ];
  for (const [label, key] of rows) {
    w.put(2, label, { bold: true });
    w.put(3, num(d.funds.midTerm?.[key]), { numFmt: SHEET_AMOUNT_FORMAT });
    w.merge(3, 5);
    w.put(6, num(d.funds.annual[key]), { numFmt: SHEET_AMOUNT_FORMAT });
    w.merge(6, w.last);
    w.row++;
  }
}

function writeTasks(w: Writer, d: TargetDeclaration) {
  if (d.kind !== 'unitWide') return;
  const unit = AMOUNT_UNIT_LABEL[d.amountUnit];
  const top = w.row;
  const rows = Math.max(d.mainTasks.length, 1);
  w.put(1, '年度主要任务', { bold: true });
  w.merge(1, 1, top + 1 + rows);
  w.put(2, '任务名称', { bold: true });
  w.merge(2, 2, top + 1);
  w.put(3, '主要内容', { bold: true });
  w.merge(3, 5, top + 1);
  w.put(6, `预算金额（${unit}）`, { bold: true });
  w.merge(6, w.last);
  w.row++;
  w.put(6, '总额', { bold: true });
  w.put(7, '财政拨款', { bold: true });
  w.put(8, '其他资金', { bold: true });
  if (w.last > 8) w.merge(8, w.last);
  w.row++;
  for (const task of d.mainTasks) {
    w.put(2, task.name, { left: true });
    w.put(3, task.content ?? '', { left: true });
    w.merge(3, 5);
    w.put(6, num(task.budget.total), { numFmt: SHEET_AMOUNT_FORMAT });
    w.put(7, num(task.budget.fiscalAppropriation), { numFmt: SHEET_AMOUNT_FORMAT });
    w.put(8, num(task.budget.otherFunds), { numFmt: SHEET_AMOUNT_FORMAT });
    if (w.last > 8) w.merge(8, w.last);
    w.row++;
  }
  if (d.mainTasks.length === 0) w.row++;
}

function writeGoals(w: Writer, d: TargetDeclaration) {
  w.put(1, '总体目标', { bold: true });
  w.merge(1, 1, w.row + 1);
  w.put(2, '中期目标', { bold: true });
  w.merge(2, 4);
  w.put(5, '年度目标', { bold: true });
  w.merge(5, w.last);
  w.row++;
  w.put(2, d.goals.midTerm ?? '', { left: true });
  w.merge(2, 4);
  w.put(5, d.goals.annual ?? '', { left: true });
  w.merge(5, w.last);
  w.row++;
}

function writeIndicators(w: Writer, d: TargetDeclaration, midTerm: boolean) {
  w.put(1, '绩效指标', { bold: true });
  w.merge(1, w.last);
  w.row++;
  const headers = ['一级指标', '二级指标', '三级指标', '指标值', '度量单位', '分值', '设定依据', '核心指标'];
  if (midTerm) headers.push('中期指标值');
  headers.forEach((h, i) => {
    w.put(i + 1, h, { bold: true });
  });
  w.row++;
  for (const indicator of d.indicators) {
    const target = targetCells(indicator.target);
    w.put(1, indicator.level1);
    w.put(2, indicator.level2 ?? '');
    w.put(3, indicator.name, { left: true });
    w.put(4, target.text);
    w.put(5, target.unit);
    w.put(6, num(indicator.weight));
    w.put(7, indicator.basis ? VALUE_BASIS_LABEL[indicator.basis] : '');
    w.put(8, indicator.core ? CORE_MARK : '');
    if (midTerm) w.put(9, indicator.midTermTarget ? targetCells(indicator.midTermTarget).text : '');
    w.row++;
  }
}

export function buildDeclarationSheet(d: TargetDeclaration, wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const midTerm = d.indicators.some((i) => i.midTermTarget !== undefined);
  const last = midTerm ? BASE_COLUMNS + 1 : BASE_COLUMNS;
  const title = TITLE[d.kind];
  wb.creator = 'jixiao';
  wb.title = `${title}（${d.fiscalYear}年度）`;
  const ws = wb.addWorksheet(title, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ showGridLines: false }],
  });
  ws.columns = COLUMN_WIDTHS.slice(0, last).map((width) => ({ width }));
  const w = new Writer(ws, last);
  w.put(1, title, { bold: true });
  ws.getCell(1, 1).font = { ...FONT, size: 16, bold: true };
  w.merge(1, last);
  ws.getRow(1).height = 30;
  w.row++;
  w.put(1, `（${d.fiscalYear}年度）`);
  w.merge(1, last);
  w.row++;
  const tableStart = w.row;
  writeHeader(w, d);
  writeFunds(w, d);
  writeTasks(w, d);
  writeGoals(w, d);
  writeIndicators(w, d, midTerm);
  for (let r = tableStart; r < w.row; r++) {
    for (let c = 1; c <= last; c++) ws.getCell(r, c).border = BORDER;
  }
  setHeights(ws, tableStart, w.row - 1, last);
  return ws;
}

/** Each row as tall as its most wrapped cell (no viewer grows rows on open). */
function setHeights(ws: ExcelJS.Worksheet, first: number, lastRow: number, last: number) {
  for (let r = first; r <= lastRow; r++) {
    let height = 0;
    for (let c = 1; c <= last; c++) {
      const cell = ws.getCell(r, c);
      if (cell.isMerged && cell.master.address !== cell.address) continue;
      let width = 0;
      for (let cc = c; cc <= last; cc++) {
        const other = ws.getCell(r, cc);
        if (cc > c && !(other.isMerged && other.master.address === cell.address)) break;
        width += COLUMN_WIDTHS[cc - 1] ?? 0;
      }
      height = Math.max(height, heightFor(linesNeeded(String(cell.value ?? ''), width)));
    }
    ws.getRow(r).height = height;
  }
}

export async function writeDeclarationXlsx(declaration: TargetDeclaration): Promise<Uint8Array> {
  const { default: excel } = await import('exceljs');
  const wb = new excel.Workbook();
  const ws = buildDeclarationSheet(declaration, wb);
  const written = readDeclarationGrid(worksheetToGrid(ws, 'written.xlsx'));
  await addDeclarationData(wb, declaration, written);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
