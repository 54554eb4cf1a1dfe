import { DECLARATION_KIND_LABEL, type DeclarationKind } from '@jixiao/domain';

/**
 * The 绩效目标申报表 grid (财预〔2015〕88号, domain-rules §4): a header block (名称, 主管部门及代码,
 * 实施单位, 项目属性, 项目期), the funds block (中期 / 年度 × 资金总额 / 财政拨款 / 其他资金), for 部门整体
 * the 年度主要任务 table, the 总体目标 (中期 / 年度) and the indicator table. The writer lays it out
 * with these labels and the reader finds every block by them, not by position.
 */

/** Columns A–H, I when an indicator has a 中期指标值; widths in Excel characters (CJK counts double). */
export const COLUMN_WIDTHS = [14, 16, 24, 16, 10, 8, 12, 10, 16] as const;
export const BASE_COLUMNS = 8;

export const TITLE: Record<DeclarationKind, string> = DECLARATION_KIND_LABEL;

export const LABELS = {
  projectName: ['项目名称'],
  unitName: ['部门（单位）名称', '单位名称', '部门名称', '申报单位'],
  department: ['主管部门及代码', '主管部门'],
  implementingUnit: ['实施单位'],
  attribute: ['项目属性'],
  period: ['项目期'],
  fundsTotal: ['资金总额', '年度资金总额'],
  fiscalAppropriation: ['其中：财政拨款', '财政拨款'],
  otherFunds: ['其他资金', '其中：其他资金'],
  midTerm: ['中期'],
  annual: ['年度'],
  goals: ['总体目标'],
  midTermGoal: ['中期目标'],
  annualGoal: ['年度目标'],
} as const;

/** The 年度主要任务 table's headers (two rows: 预算金额 over 总额 / 财政拨款 / 其他资金). */
export const TASK_HEADERS = {
  name: ['任务名称'],
  content: ['主要内容'],
  total: ['总额'],
  fiscalAppropriation: ['财政拨款'],
  otherFunds: ['其他资金'],
} as const;

export const INDICATOR_HEADERS = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标'],
  target: ['指标值', '年度指标值'],
  unit: ['度量单位', '计量单位'],
  weight: ['分值', '权重'],
  basis: ['设定依据', '指标值设定依据'],
  core: ['核心指标', '核心指标★'],
  midTermTarget: ['中期指标值'],
} as const;
export type IndicatorColumn = keyof typeof INDICATOR_HEADERS;

export const CORE_MARK = '★';

/** The hidden sheet with what the visible form has no cell for (ids, library entries, notes). */
export const DECLARATION_DATA_SHEET = 'jixiao-申报数据';
