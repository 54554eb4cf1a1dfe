import {
  AMOUNT_UNIT_LABEL,
  DEFAULT_RULE_SET_ID,
  getRuleSet,
  isJixiaoError,
  LIGHT_LABEL,
  LIKELIHOOD_LABEL,
  type MonitoredIndicator,
  type MonitoringReport,
  type MonitoringResult,
  monitorReport,
  type RuleSet,
  renderTarget,
  TIER_LABEL,
} from '@jixiao/domain';
import type ExcelJS from 'exceljs';
import {
  INDICATOR_COLUMNS as C,
  CAUSE_COLUMNS,
  COLUMN_COUNT,
  COLUMN_WIDTHS,
  DEVIATION_CAUSE_LABEL,
  LABEL,
  MONITORING_TITLE,
  periodLabel,
} from './layout';
import { monitoringSheetMessage as m } from './messages';

/**
 * Writes the 监控表 (项目支出 or 部门整体) as .xlsx in the layout of domain-rules §3, with the engine's
 * 进度 and 灯 per indicator and the total row's 执行率 — computed columns the reader ignores.
 */
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = '宋体';

/** A decimal string written as an Excel number (the file format stores doubles; no arithmetic here). */
const num = (value: string | undefined): ExcelJS.CellValue => (value === undefined ? null : Number(value));

interface Ctx {
  ws: ExcelJS.Worksheet;
  row: number;
}

function put(ctx: Ctx, column: number, value: ExcelJS.CellValue, toCol = column, toRow = ctx.row) {
  const cell = ctx.ws.getCell(ctx.row, column);
  cell.value = value;
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  if (toCol !== column || toRow !== ctx.row) ctx.ws.mergeCells(ctx.row, column, toRow, toCol);
  return cell;
}

function ruleSetOf(report: MonitoringReport): RuleSet {
  try {
    return getRuleSet(report.ruleSet);
  } catch (error) {
    if (isJixiaoError(error)) return getRuleSet(DEFAULT_RULE_SET_ID);
    throw error;
  }
}

export async function writeMonitoringXlsx(report: MonitoringReport, ruleSet?: RuleSet): Promise<Uint8Array> {
  const { default: excel } = await import('exceljs');
  const wb = new excel.Workbook();
  buildMonitoringWorkbook(report, monitorReport(report, ruleSet ?? ruleSetOf(report)), wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function buildMonitoringWorkbook(
  report: MonitoringReport,
  result: MonitoringResult,
  wb: ExcelJS.Workbook,
): ExcelJS.Workbook {
  const title = MONITORING_TITLE[report.kind];
  const months = result.throughMonth;
  wb.creator = 'jixiao';
  const ws = wb.addWorksheet(title, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ showGridLines: false }],
  });
  ws.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  const ctx: Ctx = { ws, row: 1 };
  put(ctx, 1, title, COLUMN_COUNT).font = { name: FONT, size: 16, bold: true };
  ctx.row++;
  const round = report.round === 2 ? m('monitoringSheet.secondRound') : '';
  put(ctx, 1, m('monitoringSheet.period', { year: report.fiscalYear, months, round }).text.zh, COLUMN_COUNT);
  ctx.row++;
  const tableStart = ctx.row;
  const pair = (label: string, value: string | undefined, left: boolean) => {
    const from = left ? 1 : 9;
    put(ctx, from, label, from + 1).font = { name: FONT, size: 10, bold: true };
    put(ctx, from + 2, value ?? '', from + 7);
  };
  if (report.kind === 'project') {
    pair(LABEL.projectName, report.project?.name, true);
    pair(LABEL.implementingUnit, report.project?.implementingUnit, false);
    ctx.row++;
  }
  const { department, departmentCode } = report.unit;
  const dept = departmentCode ? `${department ?? ''}（${departmentCode}）` : department;
  pair(LABEL.unitName, report.unit.name, true);
  pair(LABEL.department, dept, false);
  ctx.row++;

  // 项目资金.
  const unit = AMOUNT_UNIT_LABEL[report.amountUnit];
  put(ctx, 1, `${LABEL.funds}（${unit}）`, 2);
  put(ctx, 3, LABEL.budget, 5);
  put(ctx, 6, periodLabel(months, '执行数'), 8);
  put(ctx, 9, periodLabel(months, '执行率'), 11);
  put(ctx, 12, LABEL.expectedAnnual, COLUMN_COUNT);
  ctx.row++;
  const fundsRows = [
    [LABEL.total, report.funds.total],
    [LABEL.fiscalAppropriation, report.funds.fiscalAppropriation],
    [LABEL.otherFunds, report.funds.otherFunds],
  ] as const;
  for (const [label, row] of fundsRows) {
    put(ctx, 1, label, 2);
    put(ctx, 3, num(row?.budget), 5).numFmt = '0.00';
    put(ctx, 6, num(row?.executed), 8).numFmt = '0.00';
    put(ctx, 9, label === LABEL.total ? (result.funds.executionProgress?.text ?? '—') : '—', 11);
    put(ctx, 12, num(row?.expectedAnnual), COLUMN_COUNT).numFmt = '0.00';
    ctx.row++;
  }

  // 年度总体目标 | 1–N月执行情况.
  put(ctx, 1, LABEL.goals, 8);
  put(ctx, 9, periodLabel(months, '执行情况'), COLUMN_COUNT);
  ctx.row++;
  put(ctx, 1, report.goals.annual ?? '', 8);
  put(ctx, 9, report.goals.progress ?? '', COLUMN_COUNT);
  ctx.row++;

  // The indicator table: a two-row header, 偏差原因分析 over its five causes.
  const top = ctx.row;
  const header: [number, string][] = [
    [C.level1, LABEL.level1],
    [C.level2, LABEL.level2],
    [C.name, LABEL.name],
    [C.target, LABEL.target],
    [C.progress, periodLabel(months, '执行情况')],
    [C.expectedAnnual, LABEL.expectedResult],
    [C.likelihood, LABEL.likelihood],
    [C.measures, LABEL.measures],
    [C.remark, LABEL.remark],
    [C.progressPercent, LABEL.progressPercent],
    [C.light, LABEL.light],
  ];
  for (const [col, text] of header)
    put(ctx, col, text, col, top + 1).font = { name: FONT, size: 10, bold: true };
  put(ctx, C.funding, LABEL.deviation, C.other).font = { name: FONT, size: 10, bold: true };
  ctx.row++;
  for (const [cause, col] of CAUSE_COLUMNS) put(ctx, col, DEVIATION_CAUSE_LABEL[cause]);
  ctx.row++;
  report.indicators.forEach((row, i) => {
    writeIndicator(ctx, row, result.indicators[i]);
    ctx.row++;
  });
  const tableEnd = ctx.row - 1;
  for (let r = tableStart; r <= tableEnd; r++) {
    for (let c = 1; c <= COLUMN_COUNT; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      if (!cell.font?.bold) cell.font = { name: FONT, size: 10 };
    }
  }
  put(ctx, 1, m('monitoringSheet.ruleSet', { id: report.ruleSet }).text.zh, 4);
  put(ctx, 5, m('monitoringSheet.computedNote').text.zh, COLUMN_COUNT);
  return wb;
}

function writeIndicator(
  ctx: Ctx,
  row: MonitoredIndicator,
  progress: MonitoringResult['indicators'][number] | undefined,
) {
  put(ctx, C.level1, row.level1);
  put(ctx, C.level2, row.level2 ?? '');
  put(ctx, C.name, row.name);
  put(ctx, C.target, renderTarget(row.target) ?? '');
  put(ctx, C.progress, progressCell(row.progress));
  put(
    ctx,
    C.expectedAnnual,
    row.expectedAnnual.value !== undefined ? num(row.expectedAnnual.value) : (row.expectedAnnual.text ?? ''),
  );
  for (const [cause, col] of CAUSE_COLUMNS) put(ctx, col, row.deviation[cause] ?? '');
  put(ctx, C.likelihood, row.likelihood ? LIKELIHOOD_LABEL[row.likelihood] : '');
  put(ctx, C.measures, row.measures ?? '');
  put(ctx, C.remark, row.remark ?? '');
  put(ctx, C.progressPercent, progress?.progressPercent?.text ?? '—');
  put(ctx, C.light, progress ? LIGHT_LABEL[progress.light].zh : '—');
}

/** A number as a number; a tier as its official name, with the unit's words in brackets ("达成年度指标（…）"). */
function progressCell(progress: MonitoredIndicator['progress']): ExcelJS.CellValue {
  if (progress.value !== undefined) return num(progress.value);
  if (progress.tier !== undefined) {
    const name = TIER_LABEL[progress.tier];
    return progress.text && progress.text !== name ? `${name}（${progress.text}）` : name;
  }
  return progress.text ?? '';
}
