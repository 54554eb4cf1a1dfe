import type { FundsRow } from '@jixiao/domain';
import { dec, labelForPath } from '@jixiao/domain';
import { formatsMessage as m } from '../messages';
import { asPercent, readCellNumber } from './cell-number';
import { type ColumnMap, headerSaysPercent, mapColumns, refOf } from './column-map';
import { EXECUTION_MANUAL_LABEL } from './conventions';
import { type CellRef, type Grid, textAt } from './grid';
import { isLabel, normaliseLabel } from './labels';
import type { SheetIssues } from './sheet-issues';

/**
 * The funds block (项目资金 / 预算执行情况 / 部门预算执行情况): found by its column labels, its rows by
 * their names. Sichuan's extra rows (财政专户管理资金, 单位资金) have no place of their own in the model
 * and are added into 其他资金, exactly.
 */
export const FUNDS_COLUMN_LABELS = {
  initialBudget: ['年初预算数', '年初预算', '年初预算金额'],
  adjustedBudget: [
    '全年预算数',
    '调整后预算数',
    '调整后预算',
    '全年(调整)预算数',
    '全年预算',
    '全年调整预算数',
  ],
  executed: ['全年执行数', '预算执行数', '执行数', '全年执行', '实际执行数', '全年支出数', '全年执行金额'],
  fundsArrived: ['实际到位资金', '到位资金'],
  weight: ['分值', '权重', '执行率权重'],
  rate: ['执行率', '预算执行率'],
  score: ['得分', '执行率得分'],
} as const;
type FundsColumn = keyof typeof FUNDS_COLUMN_LABELS;
const AMOUNT_COLUMNS = ['initialBudget', 'adjustedBudget', 'executed', 'fundsArrived'] as const;

type RowKey = 'total' | 'fiscalAppropriation' | 'priorYearCarryover' | 'otherFunds';

const ROW_LABEL: Record<RowKey, string> = {
  total: '年度资金总额',
  fiscalAppropriation: '其中：当年财政拨款',
  priorYearCarryover: '其中：上年结转资金',
  otherFunds: '其中：其他资金',
};

function classifyRow(label: string): RowKey | undefined {
  if (/上年结转/.test(label)) return 'priorYearCarryover';
  if (/财政专户|单位资金|自有资金|其他资金|^其他$/.test(label)) return 'otherFunds';
  if (/财政拨款|财政资金/.test(label)) return 'fiscalAppropriation';
  if (/总额|合计|总计|小计/.test(label)) return 'total';
  return undefined;
}

export interface FundsRead {
  funds: Partial<Record<RowKey, FundsRow>>;
  executionRate?: string;
  executionScore?: string;
  /** Why the execution-rate score was set by hand (the row labelled 执行率得分人工评定理由). */
  executionManualReason?: string;
  headerRow?: number;
  origins: Map<string, CellRef>;
}

export function findFundsHeader(grid: Grid, beforeRow: number): number | undefined {
  for (let row = 0; row < Math.min(beforeRow, grid.rows.length); row++) {
    const cells = grid.rows[row] ?? [];
    const has = (labels: readonly string[]) => cells.some((c) => c !== undefined && isLabel(c.text, labels));
    if (
      (has(FUNDS_COLUMN_LABELS.initialBudget) || has(FUNDS_COLUMN_LABELS.adjustedBudget)) &&
      has(FUNDS_COLUMN_LABELS.executed)
    ) {
      return row;
    }
  }
  return undefined;
}

export function readFunds(grid: Grid, issues: SheetIssues, beforeRow: number): FundsRead {
  const origins = new Map<string, CellRef>();
  const headerRow = findFundsHeader(grid, beforeRow);
  if (headerRow === undefined) {
    issues.at(undefined, labelForPath(['funds']), m('sheet.noFundsTable'), 'funds');
    return { funds: {}, origins };
  }
  const map: ColumnMap<FundsColumn> = mapColumns(grid, [headerRow], FUNDS_COLUMN_LABELS);
  const firstValueCol = Math.min(...Object.values(map.columns).filter((c): c is number => c !== undefined));
  const out: FundsRead = { funds: {}, headerRow, origins };

  for (let row = headerRow + 1; row < Math.min(beforeRow, headerRow + 10); row++) {
    const label = rowLabel(grid, row, firstValueCol);
    const hasValues = AMOUNT_COLUMNS.some((k) => textAt(grid, row, map.columns[k] ?? -1) !== '');
    if (label === '' && !hasValues) continue;
    if (normaliseLabel(label).includes(EXECUTION_MANUAL_LABEL)) {
      const reason = textAt(grid, row, firstValueCol);
      if (reason) {
        out.executionManualReason = reason;
        origins.set('executionManualScore.reason', { row, col: firstValueCol });
      }
      continue;
    }
    // The first row of figures is the total even when its label is only the block's name (部门整体 sheets).
    const key = classifyRow(label) ?? (out.funds.total === undefined && hasValues ? 'total' : undefined);
    if (key === undefined) break;
    const values = readAmounts(grid, issues, row, map, key, origins);
    // A 其中 row with only "/" says nothing; leaving it out keeps "0" and "not applicable" apart.
    if (key !== 'total' && Object.keys(values).length === 0) continue;
    out.funds[key] =
      key === 'otherFunds' && out.funds.otherFunds ? addRows(out.funds.otherFunds, values) : values;
    if (key === 'total') readStated(grid, issues, row, map, out);
  }
  if (!out.funds.total) {
    issues.at({ row: headerRow, col: 0 }, labelForPath(['funds']), m('sheet.noFundsTotal'), 'funds.total');
  }
  return out;
}

/** The row's name: the text left of the figures, e.g. "项目资金（万元） 年度资金总额：" → classify by words. */
function rowLabel(grid: Grid, row: number, beforeCol: number): string {
  const parts: string[] = [];
  for (let col = 0; col < beforeCol; col++) {
    const text = textAt(grid, row, col);
    if (text && !parts.includes(text)) parts.push(text);
  }
  return parts.join(' ');
}

function readAmounts(
  grid: Grid,
  issues: SheetIssues,
  row: number,
  map: ColumnMap<FundsColumn>,
  key: RowKey,
  origins: Map<string, CellRef>,
): FundsRow {
  const out: FundsRow = {};
  for (const field of AMOUNT_COLUMNS) {
    const col = map.columns[field];
    if (col === undefined) continue;
    const read = readCellNumber(grid.rows[row]?.[col], 'amount');
    // The row as the official sheet names it, then the column heading as this sheet writes it.
    // Worked out only for an issue: the label is wanted only then.
    const label = () => {
      const heading = map.headerText[field]?.trim() ?? '';
      return { zh: `${ROW_LABEL[key]}「${heading}」`, en: `${labelForPath(['funds', key]).en} "${heading}"` };
    };
    if (read.status === 'bad') issues.at({ row, col }, label(), read.reason, `funds.${key}.${field}`);
    else if (read.status === 'ok') {
      if (read.value.startsWith('-'))
        issues.at({ row, col }, label(), m('sheet.amountNegative'), `funds.${key}.${field}`);
      out[field] = read.value;
      origins.set(`funds.${key}.${field}`, { row, col });
    }
  }
  return out;
}

function addRows(a: FundsRow, b: FundsRow): FundsRow {
  const out: FundsRow = { ...a };
  for (const field of AMOUNT_COLUMNS) {
    const x = a[field];
    const y = b[field];
    if (x !== undefined && y !== undefined) out[field] = dec(x).plus(dec(y)).toFixed();
    else if (y !== undefined) out[field] = y;
  }
  return out;
}

function readStated(
  grid: Grid,
  issues: SheetIssues,
  row: number,
  map: ColumnMap<FundsColumn>,
  out: FundsRead,
): void {
  const rateCol = map.columns.rate;
  const rate = readCellNumber(grid.rows[row]?.[rateCol ?? -1], 'percentOrFraction');
  if (rate.status === 'bad')
    issues.at(
      refOf(row, rateCol),
      { zh: '执行率', en: 'execution rate' },
      rate.reason,
      'stated.executionRate',
    );
  else if (rate.status === 'ok') {
    out.executionRate = asPercent(rate, headerSaysPercent(map.headerText.rate));
    if (rateCol !== undefined) out.origins.set('stated.executionRate', { row, col: rateCol });
  }
  const scoreCol = map.columns.score;
  const score = readCellNumber(grid.rows[row]?.[scoreCol ?? -1], 'score');
  if (score.status === 'bad')
    issues.at(
      refOf(row, scoreCol),
      { zh: '执行率得分', en: 'execution score' },
      score.reason,
      'stated.executionScore',
    );
  else if (score.status === 'ok') {
    out.executionScore = score.value;
    if (scoreCol !== undefined) out.origins.set('stated.executionScore', { row, col: scoreCol });
  }
}
