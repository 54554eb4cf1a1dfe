import {
  DEVIATION_CAUSES,
  isJixiaoError,
  JixiaoError,
  LIKELIHOOD_LABEL,
  LIKELIHOODS,
  type Likelihood,
  type Localized,
  type MonitoringReport,
  type MonitoringReportInput,
  normaliseWording,
  parseMonitoring,
  readActual,
  readTarget,
} from '@jixiao/domain';
import { checkZip } from '../file/zip-guard';
import { formatsMessage } from '../messages';
import { readCellNumber } from '../sheet-reader/cell-number';
import { mapColumns } from '../sheet-reader/column-map';
import { findLabel, valueOfLabel } from '../sheet-reader/find-labels';
import { type CellRef, cellAt, type Grid, textAt } from '../sheet-reader/grid';
import { amountUnitIn, normaliseLabel } from '../sheet-reader/labels';
import { SheetIssues } from '../sheet-reader/sheet-issues';
import { xlsxToGrids } from '../sheet-reader/xlsx-grid';
import { LABEL, MONITORING_TITLE, periodOf } from './layout';
import { monitoringSheetMessage as m } from './messages';

/**
 * Reads a 监控表 BY ITS LABELS (whoever wrote it: jixiao, Excel, another system), all or nothing: every
 * problem is collected with file, sheet, row and column, and nothing is returned unless all is well.
 * The computed columns (执行率, 进度, 灯) are not data: the engine works them out again.
 */
export async function readMonitoringXlsx(bytes: Uint8Array, fileName: string): Promise<MonitoringReport> {
  checkZip(bytes, fileName);
  let grids: Grid[];
  try {
    grids = await xlsxToGrids(bytes, fileName);
  } catch (error) {
    if (isJixiaoError(error)) throw error;
    throw new JixiaoError('UNREADABLE_FILE', formatsMessage('sheet.notWorkbook', { file: fileName }), [
      { message: formatsMessage('sheet.openInExcel'), location: { file: fileName } },
    ]);
  }
  const grid = grids.find((g) => findLabel(g, [LABEL.name]) && findLabel(g, [LABEL.total]));
  if (!grid) {
    throw new JixiaoError('UNREADABLE_FILE', m('monitoringSheet.notFound', { file: fileName }), [
      { message: m('monitoringSheet.notFoundHint'), location: { file: fileName } },
    ]);
  }
  return readMonitoringGrid(grid);
}

const FUNDS_ROWS = [
  ['total', LABEL.total],
  ['fiscalAppropriation', LABEL.fiscalAppropriation],
  ['otherFunds', LABEL.otherFunds],
] as const;

const INDICATOR_LABELS = {
  level1: [LABEL.level1],
  level2: [LABEL.level2],
  name: [LABEL.name, '三级指标名称'],
  target: [LABEL.target, '年度目标值', '指标值'],
  expectedAnnual: [LABEL.expectedResult],
  likelihood: [LABEL.likelihood],
  measures: [LABEL.measures, '拟采取措施', '整改措施'],
  remark: [LABEL.remark],
  funding: ['经费保障'],
  institution: ['制度保障'],
  staffing: ['人员保障'],
  hardware: ['硬件条件保障', '硬件保障'],
  other: ['其他'],
} as const;

const label = (zh: string): Localized => ({ zh, en: zh });

/** One 监控表 grid into a report; throws the located issues when any cell is wrong. */
export function readMonitoringGrid(grid: Grid): MonitoringReport {
  const issues = new SheetIssues(grid);
  const head = headOf(grid, issues);
  const input: MonitoringReportInput = {
    kind: head.kind,
    fiscalYear: head.year ?? 0,
    ...(head.months !== undefined ? { throughMonth: head.months } : {}),
    round: head.round,
    ...(head.ruleSet ? { ruleSet: head.ruleSet } : {}),
    amountUnit: head.amountUnit,
    unit: { name: '' },
    funds: { total: {} },
    indicators: [],
  };
  readParties(grid, issues, input);
  readFunds(grid, issues, input);
  readGoals(grid, input);
  readIndicators(grid, issues, input);
  if (!issues.empty) {
    throw new JixiaoError(
      'INVALID_INPUT',
      m('monitoringSheet.unreadable', { file: grid.file, count: issues.list.length }),
      issues.list,
    );
  }
  return parseMonitoring(input, { file: grid.file });
}

interface Head {
  kind: 'project' | 'unitWide';
  year?: number;
  months?: number;
  round: 1 | 2;
  ruleSet?: string;
  amountUnit: 'yuan' | 'wanYuan';
}

function headOf(grid: Grid, issues: SheetIssues): Head {
  const top = grid.rows.slice(0, 4).flatMap((row) => row.map((c) => c?.text ?? ''));
  const unitWide = top.some((t) => normaliseLabel(t).includes(normaliseLabel(MONITORING_TITLE.unitWide)));
  const line = top.find((t) => /\d{4}\s*年度/.test(t)) ?? '';
  const year = /(\d{4})\s*年度/.exec(line)?.[1];
  const fundsRef = findLabel(grid, [LABEL.funds]);
  const executedRef = fundsRef ? periodColumn(grid, fundsRef.row, '执行数') : undefined;
  const months =
    numberOrUndefined(/1\s*[-–—~～至到]\s*(\d{1,2})\s*月/.exec(line)?.[1]) ??
    (executedRef ? periodOf(textAt(grid, executedRef.row, executedRef.col), '执行数') : undefined);
  if (year === undefined)
    issues.at({ row: 1, col: 0 }, label('预算年度'), m('monitoringSheet.yearMissing'), 'fiscalYear');
  if (months === undefined || months < 1 || months > 12) {
    issues.at({ row: 1, col: 0 }, label('监控期间'), m('monitoringSheet.periodMissing'), 'throughMonth');
  }
  const ruleRef = findLabel(grid, ['规则集']);
  const ruleSet = ruleRef ? valueOfLabel(grid, ruleRef, ['规则集'])?.text : undefined;
  return {
    kind: unitWide ? 'unitWide' : 'project',
    ...(year !== undefined ? { year: Number(year) } : {}),
    ...(months !== undefined ? { months } : {}),
    round: line.includes('二次监控') ? 2 : 1,
    ...(ruleSet ? { ruleSet } : {}),
    amountUnit: (fundsRef ? amountUnitIn(textAt(grid, fundsRef.row, fundsRef.col)) : undefined) ?? 'wanYuan',
  };
}

const numberOrUndefined = (text: string | undefined) => (text === undefined ? undefined : Number(text));

function periodColumn(grid: Grid, row: number, what: '执行数' | '执行率' | '执行情况'): CellRef | undefined {
  const cells = grid.rows[row] ?? [];
  const col = cells.findIndex(
    (c) => c !== undefined && !c.mergedFrom && periodOf(c.text, what) !== undefined,
  );
  return col < 0 ? undefined : { row, col };
}

function textOf(grid: Grid, labels: readonly string[]): string | undefined {
  const ref = findLabel(grid, labels);
  return ref ? valueOfLabel(grid, ref, labels, Object.values(LABEL))?.text : undefined;
}

function readParties(grid: Grid, issues: SheetIssues, input: MonitoringReportInput): void {
  const unitName = textOf(grid, [LABEL.unitName]) ?? textOf(grid, [LABEL.implementingUnit]);
  const dept = textOf(grid, [LABEL.department, '主管部门']);
  const code = dept ? /^(.*?)[（(]([^（()）]+)[)）]$/.exec(dept) : null;
  input.unit = {
    name: unitName ?? '',
    ...(dept ? { department: code?.[1]?.trim() ?? dept } : {}),
    ...(code?.[2] ? { departmentCode: code[2].trim() } : {}),
  };
  if (!unitName)
    issues.at(
      findLabel(grid, [LABEL.unitName]),
      label(LABEL.unitName),
      m('monitoringSheet.nameMissing', { label: LABEL.unitName }),
      'unit.name',
    );
  if (input.kind === 'project') {
    const name = textOf(grid, [LABEL.projectName]);
    const implementing = textOf(grid, [LABEL.implementingUnit]);
    if (!name) {
      issues.at(
        findLabel(grid, [LABEL.projectName]),
        label(LABEL.projectName),
        m('monitoringSheet.nameMissing', { label: LABEL.projectName }),
        'project.name',
      );
    }
    input.project = { name: name ?? '', ...(implementing ? { implementingUnit: implementing } : {}) };
  }
}

function readFunds(grid: Grid, issues: SheetIssues, input: MonitoringReportInput): void {
  const header = findLabel(grid, [LABEL.funds]);
  const row = header?.row ?? -1;
  const budgetRef = header
    ? findLabel(grid, [LABEL.budget, '全年预算数'], { from: row, to: row + 1 })
    : undefined;
  const executedRef = header ? periodColumn(grid, row, '执行数') : undefined;
  const expectedRef = header
    ? findLabel(grid, [LABEL.expectedAnnual], { from: row, to: row + 1 })
    : undefined;
  const columns = { budget: budgetRef?.col, executed: executedRef?.col, expectedAnnual: expectedRef?.col };
  for (const [key, title] of [
    ['budget', LABEL.budget],
    ['executed', '1-N月执行数'],
  ] as const) {
    if (columns[key] === undefined)
      issues.at(
        header,
        label(LABEL.funds),
        m('monitoringSheet.missingColumn', { column: title }),
        `funds.total.${key}`,
      );
  }
  const funds: NonNullable<MonitoringReportInput['funds']> = { total: {} };
  for (const [key, rowLabel] of FUNDS_ROWS) {
    const ref = findLabel(grid, [rowLabel, rowLabel.replace('其中：', '')], { from: row + 1 });
    if (!ref) continue;
    const out: Record<string, string> = {};
    for (const [field, col] of Object.entries(columns)) {
      if (col === undefined) continue;
      const read = readCellNumber(cellAt(grid, ref.row, col), 'amount');
      if (read.status === 'ok') out[field] = read.value;
      if (read.status === 'bad') {
        const text = textAt(grid, ref.row, col);
        issues.at(
          { row: ref.row, col },
          label(`${rowLabel}·${field}`),
          m('monitoringSheet.notAmount', { text }),
          `funds.${key}.${field}`,
        );
      }
    }
    if (key === 'total') funds.total = out;
    else if (Object.keys(out).length > 0) funds[key] = out;
  }
  input.funds = funds;
}

function readGoals(grid: Grid, input: MonitoringReportInput): void {
  const ref = findLabel(grid, [LABEL.goals]);
  if (!ref) return;
  const annual = textAt(grid, ref.row + 1, ref.col);
  const progressRef = periodColumn(grid, ref.row, '执行情况');
  const progress = progressRef ? textAt(grid, ref.row + 1, progressRef.col) : '';
  input.goals = { ...(annual ? { annual } : {}), ...(progress ? { progress } : {}) };
}

const LIKELIHOOD_BY_TEXT = new Map<string, Likelihood>(
  LIKELIHOODS.map((l) => [normaliseWording(LIKELIHOOD_LABEL[l]), l] as const),
);

function readIndicators(grid: Grid, issues: SheetIssues, input: MonitoringReportInput): void {
  const header = findLabel(grid, [LABEL.level1]);
  if (!header) {
    issues.at(
      undefined,
      label(LABEL.level1),
      m('monitoringSheet.missingColumn', { column: LABEL.level1 }),
      'indicators',
    );
    return;
  }
  const { columns } = mapColumns(grid, [header.row, header.row + 1], INDICATOR_LABELS);
  const progressCol = periodColumn(grid, header.row, '执行情况')?.col;
  for (const key of ['name', 'target'] as const) {
    if (columns[key] === undefined) {
      issues.at(
        header,
        label(INDICATOR_LABELS[key][0]),
        m('monitoringSheet.missingColumn', { column: INDICATOR_LABELS[key][0] }),
        'indicators',
      );
    }
  }
  const at = (row: number, col: number | undefined) => (col === undefined ? '' : textAt(grid, row, col));
  const indicators: NonNullable<MonitoringReportInput['indicators']> = [];
  for (let row = header.row + 2; row < grid.rows.length; row++) {
    const first = at(row, header.col);
    if (first.startsWith('规则集')) break;
    const name = at(row, columns.name);
    const targetText = at(row, columns.target);
    if (first === '' && name === '' && targetText === '') continue;
    const index = indicators.length;
    const where = (col: number | undefined, field: string, what: Localized) =>
      issues.at(
        col === undefined ? undefined : { row, col },
        what,
        m('monitoringSheet.nameEmpty'),
        `indicators[${index}].${field}`,
      );
    if (first === '')
      issues.at(
        { row, col: header.col },
        label(LABEL.level1),
        m('monitoringSheet.level1Empty'),
        `indicators[${index}].level1`,
      );
    if (name === '') where(columns.name, 'name', label(LABEL.name));
    const target = readTarget(targetText);
    if (!target)
      issues.at(
        refAt(row, columns.target),
        label(LABEL.target),
        m('monitoringSheet.targetMissing'),
        `indicators[${index}].target`,
      );
    const likelihoodText = at(row, columns.likelihood);
    const likelihood = LIKELIHOOD_BY_TEXT.get(normaliseWording(likelihoodText).replace(/^[①②③]/, ''));
    if (likelihoodText !== '' && !likelihood) {
      const values = LIKELIHOODS.map((l) => LIKELIHOOD_LABEL[l]).join('、');
      issues.at(
        refAt(row, columns.likelihood),
        label(LABEL.likelihood),
        m('monitoringSheet.badLikelihood', { text: likelihoodText, values }),
        `indicators[${index}].likelihood`,
      );
    }
    const deviation: Record<string, string> = {};
    for (const cause of DEVIATION_CAUSES) {
      const text = at(row, columns[cause]);
      if (text) deviation[cause] = text;
    }
    const level2 = at(row, columns.level2);
    const measures = at(row, columns.measures);
    const remark = at(row, columns.remark);
    indicators.push({
      level1: first,
      ...(level2 ? { level2 } : {}),
      name,
      target: target ?? {},
      progress: progressOf(grid, row, progressCol),
      expectedAnnual: expectedOf(grid, row, columns.expectedAnnual),
      deviation,
      ...(likelihood ? { likelihood } : {}),
      ...(measures ? { measures } : {}),
      ...(remark ? { remark } : {}),
    });
  }
  input.indicators = indicators;
}

const refAt = (row: number, col: number | undefined): CellRef | undefined =>
  col === undefined ? undefined : { row, col };

/** A number cell is the value to date; text is read by the one reader of achieved values (a tier, "完成42个"). */
function progressOf(grid: Grid, row: number, col: number | undefined) {
  const cell = col === undefined ? undefined : cellAt(grid, row, col);
  if (!cell) return {};
  if (cell.number !== undefined) return { value: cell.number };
  const text = cell.text.trim();
  return text === '' ? {} : (readActual(text) ?? {});
}

function expectedOf(grid: Grid, row: number, col: number | undefined) {
  const cell = col === undefined ? undefined : cellAt(grid, row, col);
  if (!cell) return {};
  if (cell.number !== undefined) return { value: cell.number };
  const text = cell.text.trim();
  return text === '' ? {} : { text };
}
