/**
 * The columns of the official 绩效指标 table and their labels as the 自评表 prints them. The sheet writer,
 * the sheet reader's messages, the report's annex and the web paste name the columns from here, so the
 * official wording is written once.
 */
export const INDICATOR_COLUMN_LABEL = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  nature: '指标性质',
  target: '年度指标值',
  initialTarget: '年初指标值',
  unit: '度量单位',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
  coefficient: '得分系数',
  deviation: '偏差原因分析及改进措施',
  measure: '改进措施',
} as const;

export type IndicatorColumn = keyof typeof INDICATOR_COLUMN_LABEL;

/** The printed table's columns, in the form's order. */
export const INDICATOR_TABLE_COLUMNS = [
  'level1',
  'level2',
  'name',
  'target',
  'actual',
  'weight',
  'score',
  'deviation',
] as const satisfies readonly IndicatorColumn[];

/** The printed table's header row. */
export const INDICATOR_TABLE_HEADERS = INDICATOR_TABLE_COLUMNS.map((c) => INDICATOR_COLUMN_LABEL[c]);
