import type { Evaluation } from '@jixiao/domain';
import { FUNDS_FORM_ROW_LABEL, INDICATOR_TABLE_HEADERS } from '@jixiao/domain';

/**
 * The 自评表 grid (domain-rules §1.7; 部门整体 after the Chongqing form, §2.3): nine columns A–I,
 * the funds block, the goals block, the indicator block, 总分 and 自评等级. Labels are the official
 * ones so that the sheet reader finds every block by its label.
 */

export const COLUMN_COUNT = 9;

/**
 * Column widths in Excel characters; they add up to one A4 landscape page at fitToWidth. B holds the
 * longest row label, "其中：当年财政拨款" (9 CJK characters, 18 units, plus the cell margin).
 */
export const COLUMN_WIDTHS = [12, 19, 13, 20, 13, 13, 9, 10, 24] as const;

export interface SheetLabels {
  title: string;
  subjectLabel: string;
  fundsBlock: string;
  initialBudget: string;
  adjustedBudget: string;
  executed: string;
  weight: string;
  rate: string;
  score: string;
  total: string;
  fiscalAppropriation: string;
  priorYearCarryover: string;
  otherFunds: string;
  /** The funds columns C–H in the form's order: 分值 before 执行率 (national), 执行率 before 执行率权重 (Chongqing). */
  fundsColumns: readonly FundsColumn[];
  goalsBlock: string;
  goalsExpected: string;
  goalsActual: string;
}

export type FundsColumn = 'initialBudget' | 'adjustedBudget' | 'executed' | 'weight' | 'rate' | 'score';

const NATIONAL_FUNDS_COLUMNS = [
  'initialBudget',
  'adjustedBudget',
  'executed',
  'weight',
  'rate',
  'score',
] as const;
const CHONGQING_FUNDS_COLUMNS = [
  'initialBudget',
  'adjustedBudget',
  'executed',
  'rate',
  'weight',
  'score',
] as const;

/** 1-based sheet column of each funds figure (C is the first). */
export function fundsColumnNumbers(labels: SheetLabels): Record<FundsColumn, number> {
  const out = { initialBudget: 3, adjustedBudget: 4, executed: 5, weight: 6, rate: 7, score: 8 };
  labels.fundsColumns.forEach((key, i) => {
    out[key] = 3 + i;
  });
  return out;
}

export function sheetLabels(evaluation: Evaluation, unitLabel: string): SheetLabels {
  const project = evaluation.kind === 'project';
  return {
    title: project ? '项目支出绩效自评表' : '部门整体支出绩效自评表',
    subjectLabel: project ? '项目名称' : '部门（单位）名称',
    fundsBlock: project ? `项目资金（${unitLabel}）` : `部门预算执行情况（${unitLabel}）`,
    initialBudget: '年初预算数',
    adjustedBudget: project ? '全年预算数' : '全年（调整）预算数',
    executed: '全年执行数',
    weight: project ? '分值' : '执行率权重',
    rate: '执行率',
    score: project ? '得分' : '执行率得分',
    // The central wording of the form (§1.7), shared with the report's annex; 池州 prints 本年财政拨款,
    // the reader takes either.
    ...FUNDS_FORM_ROW_LABEL,
    fundsColumns: project ? NATIONAL_FUNDS_COLUMNS : CHONGQING_FUNDS_COLUMNS,
    // 部门整体 after Chongqing's 当年绩效目标 block (§2.3); the model keeps one goal text, the adjusted one.
    goalsBlock: project ? '年度总体目标' : '当年绩效目标',
    goalsExpected: project ? '预期目标' : '全年（调整）绩效目标',
    goalsActual: project ? '实际完成情况' : '全年目标实际完成情况',
  };
}

export const INDICATOR_HEADERS = INDICATOR_TABLE_HEADERS;

/**
 * Row heights. Neither Excel nor LibreOffice nor WPS grows a row to its wrapped text when the file
 * opens, so the writer sets each height from the text. Widths are in Excel character units (the width
 * of "0" in the default font, about 7 px); a CJK character of the sheet's 宋体 10 pt is about 13 px, so
 * it counts as two units, everything else as one. A line of 宋体 10 pt takes about 14.5 pt in
 * LibreOffice (Noto Serif CJK) and 13.5 pt in Excel; 15 pt per line and 4 pt of padding fit both.
 */
export const LINE_HEIGHT_PT = 15;
export const ROW_PADDING_PT = 4;
export const MIN_ROW_HEIGHT_PT = 20;
/** The cell's inner margins, in width units, on the two sides together. */
const CELL_MARGIN_UNITS = 1;

/** Display width of a text in width units: CJK and full-width characters count double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch) ? 2 : 1;
  return width;
}

function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x20000
  );
}

/** Lines the text wraps to in a cell `width` units wide (each hard line break starts a new line). */
export function linesNeeded(text: string, width: number): number {
  const usable = Math.max(1, Math.floor(width - CELL_MARGIN_UNITS));
  return text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

/** The height in points that shows `lines` lines. */
export function heightFor(lines: number): number {
  return Math.max(MIN_ROW_HEIGHT_PT, lines * LINE_HEIGHT_PT + ROW_PADDING_PT);
}
