import {
  DEVIATION_CAUSE_LABEL,
  DEVIATION_CAUSES,
  type DeviationCause,
  type EvaluationKind,
} from '@jixiao/domain';

/**
 * The 监控表 grid (domain-rules §3): header rows, the 项目资金 block (年度资金总额 / 财政拨款 / 其他资金 ×
 * 年初预算数 | 1–N月执行数 | 1–N月执行率 | 全年预计执行数), 年度总体目标 | 1–N月执行情况, and the indicator
 * table with 偏差原因分析 split into its five causes. Labels are the form's, so the reader finds them.
 */
export const MONITORING_TITLE: Record<EvaluationKind, string> = {
  project: '项目支出绩效目标执行监控表',
  unitWide: '部门（单位）整体支出绩效目标执行监控表',
};

export const LABEL = {
  projectName: '项目名称',
  unitName: '单位名称',
  department: '主管部门及代码',
  implementingUnit: '实施单位',
  funds: '项目资金',
  budget: '年初预算数',
  expectedAnnual: '全年预计执行数',
  total: '年度资金总额',
  fiscalAppropriation: '其中：财政拨款',
  otherFunds: '其中：其他资金',
  goals: '年度总体目标',
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  target: '年度指标值',
  expectedResult: '全年预计完成情况',
  deviation: '偏差原因分析',
  likelihood: '完成目标可能性',
  measures: '拟采取的措施',
  remark: '备注',
  progressPercent: '进度',
  light: '灯',
} as const;

/** "1-7月执行数": the period-bound headers, written with the months covered. */
export const periodLabel = (months: number, what: '执行数' | '执行率' | '执行情况') => `1-${months}月${what}`;

/** Reads a period-bound header back: "1-7月执行数", "1–7月执行数", "1至7月执行数" → 7. */
export function periodOf(text: string, what: '执行数' | '执行率' | '执行情况'): number | undefined {
  const m = new RegExp(`^1[-–—~～至到](\\d{1,2})月${what}`).exec(text.replace(/\s/g, ''));
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** The indicator table's columns, 1-based, in the form's order. */
export const INDICATOR_COLUMNS = {
  level1: 1,
  level2: 2,
  name: 3,
  target: 4,
  progress: 5,
  expectedAnnual: 6,
  funding: 7,
  institution: 8,
  staffing: 9,
  hardware: 10,
  other: 11,
  likelihood: 12,
  measures: 13,
  remark: 14,
  progressPercent: 15,
  light: 16,
} as const satisfies Record<string, number>;

export const COLUMN_COUNT = 16;
export const COLUMN_WIDTHS = [10, 12, 16, 12, 12, 12, 10, 10, 10, 10, 10, 10, 14, 10, 9, 7] as const;

export const CAUSE_COLUMNS: readonly [DeviationCause, number][] = DEVIATION_CAUSES.map((c) => [
  c,
  INDICATOR_COLUMNS[c],
]);
export { DEVIATION_CAUSE_LABEL };
