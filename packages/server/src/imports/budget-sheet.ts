import { type ErrorIssue, JixiaoError, type Localized, type Message } from '@jixiao/domain';
import { columnLetter, type Grid } from '@jixiao/formats';
import { serverMessage as m } from '../messages';
import { BUDGET_FIGURE_KEYS, BUDGET_FIGURES, type BudgetFigure } from '../routes/budgets';

/**
 * The budget table (预算决算数汇总表) layout for bulk imports: one header row with 单位名称 (or 单位代码),
 * 预算年度 and any of the figure columns (年初预算数, 全年预算数, 全年执行数, 基本支出, 项目支出,
 * 财政拨款收入, 其他收入, 结转结余); then one row per unit and year. Amounts in 万元 unless the header
 * says （元）. A sheet is taken as this table when such a header row is among its first 10 rows.
 */
export interface BudgetLine {
  row: number;
  unitName?: string;
  unitCode?: string;
  fiscalYear: number;
  amountUnit: 'yuan' | 'wanYuan';
  figures: Partial<Record<BudgetFigure, string>>;
  /** Where the unit cell is, for "no such unit" issues. */
  unitColumn: string;
}

const MONEY = /^\d{1,16}(\.\d{1,2})?$/;
const norm = (s: string) => s.replace(/\s+/g, '').replace(/[（(].*?[）)]/g, '');

interface Header {
  row: number;
  name?: number;
  code?: number;
  year: number;
  figures: Partial<Record<BudgetFigure, number>>;
  yuan: boolean;
}

export function findBudgetHeader(grid: Grid): Header | undefined {
  for (let r = 0; r < Math.min(10, grid.rows.length); r++) {
    const cells = grid.rows[r] ?? [];
    const texts = cells.map((c) => norm(c?.text ?? ''));
    const year = texts.indexOf('预算年度');
    const name = texts.indexOf('单位名称');
    const code = texts.indexOf('单位代码');
    if (year < 0 || (name < 0 && code < 0)) continue;
    const figures: Header['figures'] = {};
    for (const key of BUDGET_FIGURE_KEYS) {
      const i = texts.indexOf(BUDGET_FIGURES[key]);
      if (i >= 0) figures[key] = i;
    }
    const raw = cells.map((c) => c?.text ?? '').join('');
    const yuan = /[（(]元[）)]/.test(raw) && !/万元/.test(raw);
    return { row: r, year, figures, yuan, ...(name >= 0 ? { name } : {}), ...(code >= 0 ? { code } : {}) };
  }
  return undefined;
}

/** Reads every line, collecting every bad cell (sheet, row, column, reason) before giving up. */
export function readBudgetSheet(grid: Grid, header: Header): { lines: BudgetLine[]; issues: ErrorIssue[] } {
  const lines: BudgetLine[] = [];
  const issues: ErrorIssue[] = [];
  const at = (row: number, col: number, label: Localized, message: Message) =>
    issues.push({
      message,
      location: {
        path: '',
        label,
        file: grid.file,
        ...(grid.sheet ? { sheet: grid.sheet } : {}),
        row: row + 1,
        column: columnLetter(col),
      },
    });
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    if (cells.every((c) => !c || c.text.trim() === '')) continue;
    const text = (col: number | undefined) => (col === undefined ? '' : (cells[col]?.text ?? '').trim());
    const unitName = text(header.name);
    const unitCode = text(header.code);
    // Units are matched by code first, so a bad unit is pointed at the code cell when there is one.
    const unitCol = (unitCode ? header.code : header.name) ?? header.name ?? header.code ?? 0;
    if (!unitName && !unitCode) at(r, unitCol, m('label.unitName').text, m('import.unitNameEmpty'));
    const yearCell = cells[header.year];
    const yearText = yearCell?.number ?? text(header.year).replace(/年$/, '');
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
    if (!(year >= 2000 && year <= 2100))
      at(r, header.year, m('label.fiscalYear').text, m('import.badYear', { text: text(header.year) }));
    const figures: BudgetLine['figures'] = {};
    for (const [key, col] of Object.entries(header.figures) as [BudgetFigure, number][]) {
      const cell = cells[col];
      const value = (cell?.number ?? cell?.text ?? '').trim().replaceAll(',', '');
      if (value === '') continue;
      if (!MONEY.test(value)) {
        at(r, col, m(`figure.${key}`).text, m('import.badAmount', { text: cell?.text ?? '' }));
        continue;
      }
      figures[key] = value;
    }
    lines.push({
      row: r + 1,
      ...(unitName ? { unitName } : {}),
      ...(unitCode ? { unitCode } : {}),
      fiscalYear: year,
      amountUnit: header.yuan ? 'yuan' : 'wanYuan',
      figures,
      unitColumn: columnLetter(unitCol),
    });
  }
  return { lines, issues };
}

export function issuesError(issues: ErrorIssue[]): JixiaoError {
  return new JixiaoError('INVALID_INPUT', m('import.problems', { count: issues.length }), listed(issues));
}

/** Bad cells listed in one reply at most (the count in the message is always complete). */
const MAX_ISSUES_LISTED = 2000;

/** The issues one reply lists: the first MAX_ISSUES_LISTED, then one line counting the rest. */
export function listed(issues: ErrorIssue[]): ErrorIssue[] {
  if (issues.length <= MAX_ISSUES_LISTED) return issues;
  return [
    ...issues.slice(0, MAX_ISSUES_LISTED),
    { message: m('import.moreProblems', { count: issues.length - MAX_ISSUES_LISTED }) },
  ];
}
