import {
  AMOUNT_UNIT_LABEL,
  dec,
  describeActual,
  describeTarget,
  domainMessage,
  type Evaluation,
  FUNDS_ROW_KEYS,
  type FundsRow,
  type Indicator,
  printsExecutionScore,
  type RuleSet,
  readActual,
  readTarget,
  type ScoreResult,
  SHEET_AMOUNT_FORMAT,
  sheetNumberFormat,
  TIER_LABEL,
} from '@jixiao/domain';
import type ExcelJS from 'exceljs';
import { NO_INDICATORS_MARKER, writeNotes } from '../sheet-reader/conventions';
import {
  COLUMN_COUNT,
  COLUMN_WIDTHS,
  type FundsColumn,
  fundsColumnNumbers,
  heightFor,
  INDICATOR_HEADERS,
  linesNeeded,
  MIN_ROW_HEIGHT_PT,
  sheetLabels,
} from './layout';
import { addDataSheet } from './write-data-sheet';

/**
 * Writes the 自评表 as .xlsx: merged headers, thin borders, two-decimal formats, one A4 landscape page,
 * and live formulas for 执行率, the funds row's 得分, 总分 and 自评等级 — each with the engine's value
 * cached as its result, because ExcelJS does not calculate (stack-probe pitfall 19) and viewers that
 * do not recalculate must still show the right figures.
 */

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT_NAME = '宋体';
/** What a cell shows when its figure does not apply or cannot be computed; the reader reads it as blank. */
const NOT_APPLICABLE = '—';

/** A decimal string written as an Excel number (the file format stores doubles; no arithmetic here). */
const num = (value: string): number => Number(value);

const col = (n: number): string => String.fromCharCode(64 + n);

/**
 * A live formula with its cached result. ExcelJS drops a cached result of 0 (it tests the value for
 * truthiness), which would leave readers that do not recalculate with an empty cell; a 0 is therefore
 * written as the plain value, and Excel/WPS recalculate every formula on open anyway (fullCalcOnLoad).
 */
function formulaCell(formula: string, result: number | string): ExcelJS.CellValue {
  return result === 0 ? 0 : { formula, result };
}

interface Ctx {
  ws: ExcelJS.Worksheet;
  row: number;
}

function put(
  ctx: Ctx,
  column: number,
  value: ExcelJS.CellValue,
  options: { numFmt?: string; align?: 'left' | 'center' | 'right'; bold?: boolean } = {},
) {
  const cell = ctx.ws.getCell(ctx.row, column);
  cell.value = value;
  if (options.numFmt) cell.numFmt = options.numFmt;
  cell.alignment = { vertical: 'middle', horizontal: options.align ?? 'center', wrapText: true };
  if (options.bold) cell.font = { name: FONT_NAME, size: 10, bold: true };
  return cell;
}

function merge(ctx: Ctx, fromCol: number, toCol: number, toRow = ctx.row) {
  if (fromCol === toCol && toRow === ctx.row) return;
  ctx.ws.mergeCells(ctx.row, fromCol, toRow, toCol);
}

/** Excel's ROUND is half away from zero, ROUNDDOWN truncates; half-even has no Excel twin. */
function roundFn(ruleSet: RuleSet): 'ROUND' | 'ROUNDDOWN' | undefined {
  const mode = ruleSet.rounding.mode;
  return mode === 'halfUp' ? 'ROUND' : mode === 'truncate' ? 'ROUNDDOWN' : undefined;
}

function amount(value: string | undefined): ExcelJS.CellValue {
  return value === undefined ? null : num(value);
}

export function buildSelfEvaluationWorkbook(
  evaluation: Evaluation,
  result: ScoreResult,
  ruleSet: RuleSet,
  /** An empty workbook to fill (`new ExcelJS.Workbook()`: the caller has loaded ExcelJS). */
  wb: ExcelJS.Workbook,
): ExcelJS.Workbook {
  const unitLabel = AMOUNT_UNIT_LABEL[evaluation.amountUnit];
  const L = sheetLabels(evaluation, unitLabel);
  wb.creator = 'jixiao';
  wb.calcProperties.fullCalcOnLoad = true;
  wb.title = `${L.title}（${evaluation.fiscalYear}年度）`;
  const ws = wb.addWorksheet(L.title, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [{ showGridLines: false }],
  });
  ws.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  const ctx: Ctx = { ws, row: 1 };
  const places = ruleSet.rounding.scorePlaces;
  const ratePlaces = ruleSet.rounding.ratePlaces;
  const scoreFormat = sheetNumberFormat(places);
  const rateFormat = sheetNumberFormat(ratePlaces, true);
  const ROUND = roundFn(ruleSet);

  // Title and year.
  put(ctx, 1, L.title).font = { name: FONT_NAME, size: 16, bold: true };
  merge(ctx, 1, COLUMN_COUNT);
  ws.getRow(ctx.row).height = 30;
  ctx.row++;
  put(ctx, 1, `（${evaluation.fiscalYear}年度）`);
  merge(ctx, 1, COLUMN_COUNT);
  ctx.row++;
  const tableStart = ctx.row;

  // Subject rows.
  const subject = evaluation.kind === 'project' ? (evaluation.project?.name ?? '') : evaluation.unit.name;
  put(ctx, 1, L.subjectLabel, { bold: true });
  put(ctx, 2, subject, { align: 'left' });
  merge(ctx, 2, COLUMN_COUNT);
  ctx.row++;
  const projectCode = evaluation.project?.code?.trim();
  if (evaluation.kind === 'project' && projectCode) {
    put(ctx, 1, '项目编码', { bold: true });
    put(ctx, 2, projectCode, { align: 'left' });
    merge(ctx, 2, COLUMN_COUNT);
    ctx.row++;
  }
  const implementingUnit = evaluation.project?.implementingUnit;
  if (evaluation.kind === 'project' && implementingUnit && implementingUnit !== evaluation.unit.name) {
    // The project is carried out by another unit than the one evaluated: name both.
    put(ctx, 1, '单位名称', { bold: true });
    put(ctx, 2, evaluation.unit.name, { align: 'left' });
    merge(ctx, 2, COLUMN_COUNT);
    ctx.row++;
  }
  put(ctx, 1, '主管部门', { bold: true });
  put(ctx, 2, evaluation.unit.department ?? (evaluation.kind === 'unitWide' ? evaluation.unit.name : ''), {
    align: 'left',
  });
  merge(ctx, 2, 5);
  const subjectRow = ctx.row;
  if (evaluation.kind === 'project') {
    put(ctx, 6, '实施单位', { bold: true });
    put(ctx, 7, evaluation.project?.implementingUnit ?? evaluation.unit.name, { align: 'left' });
    merge(ctx, 7, COLUMN_COUNT);
  } else {
    // Its value, a formula on 总分, is written and merged once the 总分 row is known.
    put(ctx, 6, '自评总分', { bold: true });
  }
  ctx.row++;

  // Funds block: A label merged over the header and four rows; B row label; C–H the figures in the
  // form's order (see fundsColumnNumbers), the score merged over H:I.
  const fundsHeader = ctx.row;
  const C = fundsColumnNumbers(L);
  const at = (key: FundsColumn, r: number) => `${col(C[key])}${r}`;
  put(ctx, 1, L.fundsBlock, { bold: true });
  merge(ctx, 1, 1, fundsHeader + 4);
  put(ctx, 2, '');
  const headings: Record<FundsColumn, string> = {
    initialBudget: L.initialBudget,
    adjustedBudget: L.adjustedBudget,
    executed: L.executed,
    weight: L.weight,
    rate: L.rate,
    score: L.score,
  };
  for (const key of L.fundsColumns) put(ctx, C[key], headings[key], { bold: true });
  merge(ctx, 8, 9);
  ctx.row++;
  const totalRow = ctx.row;
  // The form has no 实际到位资金 column: a rule set dividing by it gets the figures without formulas.
  const denominators: Record<RuleSet['execution']['denominator'], FundsColumn | undefined> = {
    adjustedBudget: 'adjustedBudget',
    initialBudget: 'initialBudget',
    fundsArrived: undefined,
  };
  const denominator = denominators[ruleSet.execution.denominator];
  const ex = result.execution;
  const fundsRows: [string, FundsRow | undefined][] = [
    [L.total, evaluation.funds.total],
    [L.fiscalAppropriation, evaluation.funds[FUNDS_ROW_KEYS[0]]],
    [L.priorYearCarryover, evaluation.funds[FUNDS_ROW_KEYS[1]]],
    [L.otherFunds, evaluation.funds[FUNDS_ROW_KEYS[2]]],
  ];
  for (const [label, row] of fundsRows) {
    const isTotal = ctx.row === totalRow;
    put(ctx, 2, label, { align: 'left' });
    put(ctx, C.initialBudget, amount(row?.initialBudget), { numFmt: SHEET_AMOUNT_FORMAT, align: 'right' });
    put(ctx, C.adjustedBudget, amount(row?.adjustedBudget), { numFmt: SHEET_AMOUNT_FORMAT, align: 'right' });
    put(ctx, C.executed, amount(row?.executed), { numFmt: SHEET_AMOUNT_FORMAT, align: 'right' });
    if (isTotal) {
      const r = ctx.row;
      put(ctx, C.weight, num(ex.weight.toString()));
      const rateResult =
        ex.ratePercent === undefined ? NOT_APPLICABLE : num(ex.ratePercent.dividedBy(100).toString());
      const d = denominator && at(denominator, r);
      const e = at('executed', r);
      const rateCell: ExcelJS.CellValue =
        d && ROUND
          ? formulaCell(
              `IF(AND(ISNUMBER(${d}),ISNUMBER(${e}),${d}<>0),${ROUND}(${e}/${d},${ratePlaces + 2}),"${NOT_APPLICABLE}")`,
              rateResult,
            )
          : rateResult;
      put(ctx, C.rate, rateCell, { numFmt: rateFormat });
      const scoreValue = num(ex.score.toString());
      const w = at('weight', r);
      const used = ruleSet.execution.scoreFrom === 'roundedRate' ? at('rate', r) : `${e}/${d}`;
      const scoreCell: ExcelJS.CellValue =
        ex.basis !== 'manual' && ROUND && d
          ? formulaCell(
              `IF(ISNUMBER(${at('rate', r)}),${ROUND}(MIN(${w}*${used},${w}),${places}),0)`,
              scoreValue,
            )
          : scoreValue;
      // Unscored with no rate: "—", not the rule's 0 (domain scoring/scored.ts).
      put(ctx, C.score, printsExecutionScore(result) ? scoreCell : NOT_APPLICABLE, { numFmt: scoreFormat });
    } else {
      put(ctx, C.weight, NOT_APPLICABLE);
      put(ctx, C.rate, NOT_APPLICABLE);
      put(ctx, C.score, NOT_APPLICABLE);
    }
    merge(ctx, 8, 9);
    ctx.row++;
  }

  // Goals block: one row per goal under 预期目标 | 实际完成情况.
  const goals = evaluation.goals.length > 0 ? evaluation.goals : [{ expected: '', actual: '' }];
  put(ctx, 1, L.goalsBlock, { bold: true });
  merge(ctx, 1, 1, ctx.row + goals.length);
  put(ctx, 2, L.goalsExpected, { bold: true });
  merge(ctx, 2, 5);
  put(ctx, 6, L.goalsActual, { bold: true });
  merge(ctx, 6, COLUMN_COUNT);
  ctx.row++;
  for (const g of goals) {
    put(ctx, 2, g.expected, { align: 'left' });
    merge(ctx, 2, 5);
    put(ctx, 6, g.actual ?? '', { align: 'left' });
    merge(ctx, 6, COLUMN_COUNT);
    ctx.row++;
  }

  // Indicator block.
  const indicatorHeader = ctx.row;
  const n = evaluation.indicators.length;
  put(ctx, 1, '绩效指标', { bold: true });
  merge(ctx, 1, 1, indicatorHeader + Math.max(n, 1));
  INDICATOR_HEADERS.forEach((label, i) => {
    put(ctx, 2 + i, label, { bold: true });
  });
  ctx.row++;
  const firstIndicator = ctx.row;
  evaluation.indicators.forEach((indicator, i) => {
    const scored = result.indicators.find((s) => s.index === i);
    put(ctx, 2, indicator.level1);
    put(ctx, 3, indicator.level2 ?? '');
    put(ctx, 4, indicator.name, { align: 'left' });
    put(ctx, 5, targetText(indicator) ?? '');
    put(ctx, 6, actualText(indicator) ?? '');
    put(ctx, 7, num(indicator.weight));
    put(ctx, 8, scored ? num(scored.score.toString()) : null, { numFmt: scoreFormat });
    const notes = writeNotes({
      deviationReason: indicator.deviationReason,
      improvementMeasure: indicator.improvementMeasure,
    });
    put(ctx, 9, notes, { align: 'left' });
    ctx.row++;
  });
  if (n === 0) {
    // An evaluation without indicators says so, so that the reader can tell it from a table cut short.
    put(ctx, 2, NO_INDICATORS_MARKER);
    merge(ctx, 2, COLUMN_COUNT);
    ctx.row++;
  }
  const lastIndicator = ctx.row - 1;
  mergeRuns(ws, firstIndicator, lastIndicator, 2);
  mergeRuns(ws, firstIndicator, lastIndicator, 3, 2);

  // 总分 and 自评等级.
  const sumRange = n > 0 ? `${col(7)}${firstIndicator}:${col(7)}${lastIndicator}` : undefined;
  const scoreRange = n > 0 ? `${col(8)}${firstIndicator}:${col(8)}${lastIndicator}` : undefined;
  const totalWeight = ex.weight.plus(result.indicatorWeight);
  const totalRowNumber = ctx.row;
  put(ctx, 1, '总分', { bold: true });
  merge(ctx, 1, 6);
  // Without indicators the column of 分值 has nothing to total: a 10 there would read as a form of 10 points.
  put(
    ctx,
    7,
    sumRange
      ? formulaCell(`${at('weight', totalRow)}+SUM(${sumRange})`, num(totalWeight.toString()))
      : NOT_APPLICABLE,
  );
  // Without a total (scoring/scored.ts) the cells say 未评分 and give no grade: a 0 would read as scored.
  const unscored = result.scored ? undefined : domainMessage('score.unscored').text.zh;
  put(
    ctx,
    8,
    unscored ??
      formulaCell(
        `${ROUND ?? 'ROUND'}(${at('score', totalRow)}${scoreRange ? `+SUM(${scoreRange})` : ''},${places})`,
        num(result.totalScore.toString()),
      ),
    { numFmt: scoreFormat, bold: true },
  );
  put(ctx, 9, '');
  ctx.row++;
  put(ctx, 1, '自评等级', { bold: true });
  merge(ctx, 1, 6);
  put(
    ctx,
    7,
    result.grade
      ? { formula: gradeFormula(ruleSet, `H${totalRowNumber}`), result: result.grade.label }
      : NOT_APPLICABLE,
    { bold: true },
  );
  merge(ctx, 7, COLUMN_COUNT);
  const tableEnd = ctx.row;
  if (evaluation.kind === 'unitWide') {
    const cell = ws.getCell(subjectRow, 7);
    cell.value = unscored ?? formulaCell(`H${totalRowNumber}`, num(result.totalScore.toString()));
    cell.numFmt = scoreFormat;
    ws.mergeCells(subjectRow, 7, subjectRow, COLUMN_COUNT);
  }

  for (let r = tableStart; r <= tableEnd; r++) {
    for (let c = 1; c <= COLUMN_COUNT; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      if (!cell.font?.bold) cell.font = { name: FONT_NAME, size: 10 };
      if (!cell.alignment) cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    }
  }
  fitRowHeights(ws, tableStart, tableEnd);
  ws.pageSetup.printArea = `A1:${col(COLUMN_COUNT)}${tableEnd}`;
  return wb;
}

/**
 * Sets each row's height to what its texts need (see heightFor): a cell merged over several rows
 * gets the missing height on its last row, so that every line shows in LibreOffice and WPS alike.
 */
function fitRowHeights(ws: ExcelJS.Worksheet, first: number, last: number) {
  const heights = new Map<number, number>();
  const tall: { top: number; bottom: number; need: number }[] = [];
  for (let r = first; r <= last; r++) {
    heights.set(r, MIN_ROW_HEIGHT_PT);
    for (let c = 1; c <= COLUMN_COUNT; c++) {
      const span = masterSpan(ws, r, c, last);
      if (!span) continue;
      const need = heightFor(linesNeeded(ws.getCell(r, c).text, span.width));
      if (span.bottom === r) heights.set(r, Math.max(heights.get(r) ?? 0, need));
      else tall.push({ top: r, bottom: span.bottom, need });
    }
  }
  for (const { top, bottom, need } of tall) {
    let have = 0;
    for (let r = top; r <= bottom; r++) have += heights.get(r) ?? 0;
    if (have < need) heights.set(bottom, (heights.get(bottom) ?? 0) + need - have);
  }
  for (const [r, height] of heights) ws.getRow(r).height = height;
}

/** The extent of the cell at (row, column) when it is a merge's master or unmerged; undefined when covered. */
export function masterSpan(
  ws: ExcelJS.Worksheet,
  row: number,
  column: number,
  /** The last row to look at (getCell creates the rows it is asked for). */
  lastRow: number,
): { bottom: number; width: number } | undefined {
  const cell = ws.getCell(row, column);
  if (cell.isMerged && cell.master.address !== cell.address) return undefined;
  const within = (r: number, c: number) => {
    const other = ws.getCell(r, c);
    return other.isMerged && other.master.address === cell.address;
  };
  let right = column;
  while (right < COLUMN_COUNT && within(row, right + 1)) right++;
  let bottom = row;
  while (bottom < lastRow && within(bottom + 1, column)) bottom++;
  let width = 0;
  for (let c = column; c <= right; c++) width += COLUMN_WIDTHS[c - 1] ?? 0;
  return { bottom, width };
}

/**
 * 年度指标值 as the unit wrote it ("不少于50场") when that text reads back to the same target, otherwise
 * the canonical "≥50场" — so the sheet keeps the unit's words without ever changing the figure.
 */
function targetText(indicator: Indicator): string | undefined {
  const t = indicator.target;
  const written = t?.text?.trim();
  if (t && written && t.comparator !== 'qualitative') {
    const back = readTarget(written);
    if (back && back.comparator === t.comparator && back.value === t.value && back.unit === t.unit)
      return written;
  }
  return describeTarget(indicator);
}

/**
 * 实际完成值: the figure, or for a qualitative row its words — prefixed with the tier's official name
 * ("达成年度指标（受众反响良好）") when the words do not name the tier themselves, so that the tier the
 * score depends on is on the sheet.
 */
function actualText(indicator: Indicator): string | undefined {
  const a = indicator.actual;
  const written = describeActual(indicator);
  if (!a?.tier || a.value !== undefined || !written || written === TIER_LABEL[a.tier]) return written;
  return readActual(written)?.tier === a.tier ? written : `${TIER_LABEL[a.tier]}（${written}）`;
}

/** Merges runs of equal 一级/二级 labels down a column (within the same parent for 二级). */
function mergeRuns(
  ws: ExcelJS.Worksheet,
  first: number,
  last: number,
  column: number,
  parentColumn?: number,
) {
  let start = first;
  const key = (r: number) =>
    `${parentColumn ? String(ws.getCell(r, parentColumn).value ?? '') : ''}|${String(ws.getCell(r, column).value ?? '')}`;
  for (let r = first + 1; r <= last + 1; r++) {
    if (r > last || key(r) !== key(start)) {
      if (r - 1 > start && String(ws.getCell(start, column).value ?? '') !== '')
        ws.mergeCells(start, column, r - 1, column);
      start = r;
    }
  }
}

/** IF(H>=90,"优",IF(H>=80,"良",…)) from the rule set's bands, highest first. */
function gradeFormula(ruleSet: RuleSet, cell: string): string {
  const bands = [...ruleSet.grades].sort((a, b) => dec(b.min).comparedTo(dec(a.min)));
  const last = bands[bands.length - 1];
  let formula = `"${last?.label ?? ''}"`;
  for (const band of bands.slice(0, -1).reverse())
    formula = `IF(${cell}>=${band.min},"${band.label}",${formula})`;
  return formula;
}

export async function writeSelfEvaluationXlsx(
  evaluation: Evaluation,
  result: ScoreResult,
  ruleSet: RuleSet,
): Promise<Buffer> {
  // ExcelJS is loaded on first use: loading the formats package (the server's start) does not pay for it.
  const { default: excel } = await import('exceljs');
  const wb = buildSelfEvaluationWorkbook(evaluation, result, ruleSet, new excel.Workbook());
  const ws = wb.worksheets[0];
  if (ws) await addDataSheet(wb, ws, evaluation);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
