import {
  type ErrorIssue,
  type Evaluation,
  type EvaluationInput,
  isJixiaoError,
  JixiaoError,
  parseEvaluation,
} from '@jixiao/domain';
import { formatsMessage as m } from '../messages';
import { readCellNumber } from './cell-number';
import type { CellRef, Grid } from './grid';
import { readFunds } from './read-funds';
import { readGoals } from './read-goals';
import { findGrade, findTotalScore, readHeader } from './read-header';
import { findIndicatorHeader, readIndicators } from './read-indicators';
import { SheetIssues } from './sheet-issues';

/**
 * One official self-evaluation sheet (项目支出绩效自评表 or 部门整体支出绩效自评表), read by its labels:
 * heading, funds, goals, indicators, totals. All-or-nothing: either the whole sheet reads into a valid
 * Evaluation, or a JixiaoError INVALID_INPUT lists every bad cell (sheet, row, column, reason).
 */
export function readEvaluationGrid(grid: Grid): Evaluation {
  const issues = new SheetIssues(grid);
  const indicatorHeader = findIndicatorHeader(grid);
  const beforeIndicators = indicatorHeader ?? grid.rows.length;
  const header = readHeader(grid, issues, beforeIndicators);
  const funds = readFunds(grid, issues, beforeIndicators);
  const goals = readGoals(grid, funds.headerRow ?? 0, beforeIndicators);
  const indicators = readIndicators(grid, issues, indicatorHeader, header.kind);

  const stated: NonNullable<EvaluationInput['stated']> = {};
  if (funds.executionRate !== undefined) stated.executionRate = funds.executionRate;
  if (funds.executionScore !== undefined) stated.executionScore = funds.executionScore;
  if (indicators.totalWeight !== undefined) stated.totalWeight = indicators.totalWeight;
  const skip = new Set([
    ...indicators.headerRows,
    ...(funds.headerRow !== undefined ? [funds.headerRow] : []),
  ]);
  const total = findTotalScore(grid, skip);
  const origins = new Map<string, CellRef>([
    ...header.origins,
    ...funds.origins,
    ...goals.origins,
    ...indicators.origins,
  ]);
  if (total) {
    // The value cell itself (keeping its exact number), or the text after "自评得分：" in the label cell.
    const at = grid.rows[total.ref.row]?.[total.ref.col];
    const read = readCellNumber(at && at.text.trim() === total.text ? at : { text: total.text }, 'score');
    if (read.status === 'ok') {
      stated.totalScore = read.value;
      origins.set('stated.totalScore', total.ref);
    } else if (read.status === 'bad')
      issues.at(total.ref, LABEL.totalScore, read.reason, 'stated.totalScore');
  } else if (indicators.totalScore !== undefined) {
    stated.totalScore = indicators.totalScore;
  }
  const grade = findGrade(grid, skip);
  if (grade) stated.grade = grade;

  const kind = header.kind ?? 'project';
  const unitName = header.unitName ?? header.implementingUnit ?? header.department;
  if (unitName === undefined) {
    issues.at(undefined, LABEL.unitName, m('sheet.unitNameMissing'), 'unit.name');
  }
  if (funds.executionManualReason !== undefined && funds.executionScore === undefined) {
    const reasonRef = funds.origins.get('executionManualScore.reason');
    issues.at(
      reasonRef,
      LABEL.executionScore,
      m('sheet.manualReasonWithoutScore'),
      'executionManualScore.score',
    );
  }
  if (header.kind === 'project' && header.projectName === undefined) {
    issues.at(undefined, LABEL.projectName, m('sheet.projectNameMissing'), 'project.name');
  }
  if (!issues.empty) throw sheetError(grid, issues.list);

  const input: EvaluationInput = {
    kind,
    fiscalYear: header.fiscalYear ?? 0,
    amountUnit: header.amountUnit ?? 'wanYuan',
    unit: {
      name: unitName ?? '',
      ...(header.department && header.department !== unitName ? { department: header.department } : {}),
    },
    ...(kind === 'project' || header.projectName
      ? {
          project: {
            name: header.projectName ?? '',
            ...(header.projectCode ? { code: header.projectCode } : {}),
            // Without a separate 单位名称 the 实施单位 is the unit itself; saying it twice adds nothing.
            ...(header.implementingUnit && header.implementingUnit !== unitName
              ? { implementingUnit: header.implementingUnit }
              : {}),
          },
        }
      : {}),
    funds: { total: funds.funds.total ?? {}, ...withoutTotal(funds.funds) },
    ...(funds.executionManualReason !== undefined && funds.executionScore !== undefined
      ? { executionManualScore: { score: funds.executionScore, reason: funds.executionManualReason } }
      : {}),
    goals: goals.goals,
    indicators: indicators.indicators,
    stated,
    meta: { source: grid.sheet ? `${grid.file}（工作表「${grid.sheet}」）` : grid.file },
  };
  try {
    return parseEvaluation(input, { file: grid.file });
  } catch (e) {
    if (!isJixiaoError(e)) throw e;
    // Put the schema's findings back on the cells they came from.
    const located = e.issues.map((issue): ErrorIssue => {
      const path = issue.location?.path ?? '';
      const ref = origins.get(path);
      return {
        message: issue.message,
        location: issues.location(ref, issue.location?.label, path),
      };
    });
    throw sheetError(grid, located);
  }
}

function withoutTotal<T extends { total?: unknown }>(funds: T): Omit<T, 'total'> {
  const { total: _total, ...rest } = funds;
  return rest;
}

/** The one error of a sheet that cannot be read: its file (and sheet) and every located issue. */
export function sheetError(grid: Grid, issues: ErrorIssue[]): JixiaoError {
  const count = issues.length;
  const message = grid.sheet
    ? m('sheet.unreadableSheetCount', { file: grid.file, sheet: grid.sheet, count })
    : m('sheet.unreadableCount', { file: grid.file, count });
  return new JixiaoError('INVALID_INPUT', message, issues);
}

/** Labels of the cells read-sheet names itself, in both languages. */
const LABEL = {
  unitName: { zh: '单位名称', en: 'unit name' },
  executionScore: { zh: '执行率得分', en: 'execution score' },
  projectName: { zh: '项目名称', en: 'project name' },
  totalScore: { zh: '自评得分', en: 'self-evaluation score' },
} as const;
