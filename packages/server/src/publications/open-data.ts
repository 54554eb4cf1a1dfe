import { dateInChina } from '@jixiao/domain';
import type { PublicListRow } from './public-read';

/**
 * Open data: the published self-evaluation results as rows, one column list that the JSON, the CSV and the
 * Data Package's Table Schema are all made from, so the three cannot disagree. Amounts, scores and rates are
 * the stored exact decimal texts (never floats); an absent figure is an empty cell (JSON null).
 */

type FieldType = 'string' | 'integer' | 'number' | 'date';

interface Column {
  name: string;
  title: string;
  type: FieldType;
  description: string;
  unit?: string;
  enum?: readonly string[];
  value: (row: PublicListRow) => string | number | null;
}

export const KIND_TITLE = { project: '项目支出', unitWide: '部门（单位）整体支出' } as const;

/** The date of publication in China (the domain's `dateInChina`), as the bureau would write it. */
export const publishedDate = (at: Date): string => dateInChina(at);

export const RESULT_COLUMNS: readonly Column[] = [
  {
    name: 'id',
    title: '公开编号',
    type: 'string',
    description: '这条公开信息的编号（UUID）',
    value: (r) => r.id,
  },
  {
    name: 'fiscal_year',
    title: '年度',
    type: 'integer',
    description: '预算年度',
    value: (r) => r.fiscalYear,
  },
  {
    name: 'region',
    title: '区划（财政局）',
    type: 'string',
    description: '所属区划的财政局',
    value: (r) => r.regionName,
  },
  {
    name: 'department',
    title: '主管部门',
    type: 'string',
    description: '主管部门名称',
    value: (r) => r.departmentName,
  },
  { name: 'unit', title: '单位', type: 'string', description: '预算单位名称', value: (r) => r.unitName },
  {
    name: 'project',
    title: '项目名称',
    type: 'string',
    description: '项目支出为项目名称，部门整体支出为单位名称',
    value: (r) => r.title,
  },
  {
    name: 'kind',
    title: '评价类型',
    type: 'string',
    description: '项目支出 或 部门（单位）整体支出',
    enum: Object.values(KIND_TITLE),
    value: (r) => (r.evaluationKind ? KIND_TITLE[r.evaluationKind] : null),
  },
  {
    name: 'score',
    title: '自评得分',
    type: 'number',
    description: '自评总分（按规则集舍入）；未评分时为空',
    unit: '分',
    value: (r) => r.score,
  },
  {
    name: 'grade',
    title: '评价等级',
    type: 'string',
    description: '优、良、中、差（按规则集的等级）；未评分时为空',
    value: (r) => r.gradeWord,
  },
  {
    name: 'budget_wan_yuan',
    title: '预算数',
    type: 'number',
    description: '计算执行率所用的预算数（按规则集：调整后预算数、年初预算数或到位数）',
    unit: '万元',
    value: (r) => r.budgetWanYuan,
  },
  {
    name: 'executed_wan_yuan',
    title: '执行数',
    type: 'number',
    description: '全年执行数',
    unit: '万元',
    value: (r) => r.executedWanYuan,
  },
  {
    name: 'execution_rate',
    title: '预算执行率',
    type: 'number',
    description: '执行数 ÷ 预算数 × 100，按规则集舍入',
    unit: '%',
    value: (r) => r.executionRate,
  },
  {
    name: 'published_date',
    title: '公开日期',
    type: 'date',
    description: '公开的日期（北京时间），YYYY-MM-DD',
    value: (r) => publishedDate(r.publishedAt),
  },
];

export function resultRecords(rows: readonly PublicListRow[]): Record<string, string | number | null>[] {
  return rows.map((row) => Object.fromEntries(RESULT_COLUMNS.map((c) => [c.name, c.value(row)])));
}

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** UTF-8 with a byte-order mark (Excel opens it as UTF-8), CRLF line ends, a header row of field names. */
export function resultsCsv(rows: readonly PublicListRow[]): string {
  const lines = [RESULT_COLUMNS.map((c) => c.name).join(',')];
  for (const row of rows) lines.push(RESULT_COLUMNS.map((c) => cell(c.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The Frictionless Data Package (tabular-data-package) describing results.csv. */
export function dataPackage() {
  return {
    profile: 'tabular-data-package',
    name: 'jixiao-published-results',
    title: '预算绩效自评结果（已公开）',
    description:
      '财政局（或按本地规则由主管部门）公开的预算绩效自评结果，每行一份已公开的自评；撤回的不在其中。',
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    resources: [
      {
        name: 'results',
        title: '已公开的自评结果',
        profile: 'tabular-data-resource',
        path: 'results.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', header: true, doubleQuote: true },
        schema: {
          fields: RESULT_COLUMNS.map((c) => ({
            name: c.name,
            title: c.title,
            type: c.type,
            description: c.description,
            ...(c.unit ? { unit: c.unit } : {}),
            ...(c.name === 'id' ? { constraints: { required: true, unique: true } } : {}),
            ...(c.enum ? { constraints: { enum: [...c.enum] } } : {}),
          })),
          primaryKey: ['id'],
          missingValues: [''],
        },
      },
    ],
  };
}
