import { domainMessage } from '../messages';
import { type Evaluation, FUNDS_ROW_KEYS } from '../model/evaluation';
import { FUNDS_FORM_ROW_LABEL } from '../wording/funds-rows';
import { INDICATOR_COLUMN_LABEL, INDICATOR_TABLE_COLUMNS } from '../wording/indicator-columns';
import type { ReportBlock, ReportTableCell } from './document';
import type { ReportFacts } from './facts';
import { amountUnitLabel } from './format';
import type { NarrativeFigure } from './sentence';

/** The 自评表 as the report's annex: funds, goals, then the indicator rows with 总分 and 等级. */

const c = (text: string, align: ReportTableCell['align'] = 'center'): ReportTableCell => ({ text, align });
const DASH = '—';
const FUNDS_FORM_ROWS = ['total', ...FUNDS_ROW_KEYS] as const;
/** Relative widths of the annex's indicator columns: the names and the deviation analysis get the room. */
const ANNEX_WIDTH = {
  level1: 1.4,
  level2: 1.6,
  name: 2.6,
  target: 1.6,
  actual: 1.6,
  weight: 1,
  score: 1.1,
  deviation: 2.4,
} as const;

export function sheetTitle(evaluation: Evaluation): string {
  const kind = evaluation.kind === 'project' ? '项目支出绩效自评表' : '部门整体支出绩效自评表';
  return `${kind}（${evaluation.fiscalYear}年度）`;
}

export function annexBlocks(evaluation: Evaluation, facts: ReportFacts): ReportBlock[] {
  const unit = amountUnitLabel(facts.amountUnit);
  const ex = facts.execution;
  const subject =
    evaluation.kind === 'project'
      ? `项目名称：${facts.projectName ?? ''}　　实施单位：${evaluation.project?.implementingUnit ?? facts.unitName}`
      : `部门（单位）名称：${facts.unitName}`;
  // Every row of the form, the 其中 rows with "—" where the data has no figure.
  const fundsRows: ReportTableCell[][] = FUNDS_FORM_ROWS.map((key) => {
    const row = facts.funds.find((r) => r.key === key);
    const isTotal = key === 'total';
    const amount = (f: NarrativeFigure | undefined): ReportTableCell =>
      f ? { text: f.value, figure: f, align: 'right' } : c(DASH);
    return [
      c(FUNDS_FORM_ROW_LABEL[key], 'left'),
      amount(row?.initialBudget),
      amount(row?.adjustedBudget),
      amount(row?.executed),
      isTotal ? { text: ex.weight.value, figure: ex.weight, align: 'center' } : c(DASH),
      isTotal && ex.ratePercent
        ? { text: ex.ratePercent.value, figure: ex.ratePercent, align: 'center' }
        : c(DASH),
      isTotal && ex.printed ? { text: ex.score.value, figure: ex.score, align: 'center' } : c(DASH),
    ];
  });
  const blocks: ReportBlock[] = [
    { type: 'annex', label: '附件', title: sheetTitle(evaluation) },
    { type: 'paragraph', sentence: { text: subject, figures: [] }, origin: 'entered', section: 'annex' },
    {
      type: 'table',
      caption: evaluation.kind === 'project' ? `项目资金（${unit}）` : `部门预算执行情况（${unit}）`,
      columns: [
        { label: `资金（${unit}）`, width: 3 },
        { label: '年初预算数', width: 2 },
        { label: '全年预算数', width: 2 },
        { label: '全年执行数', width: 2 },
        { label: '分值', width: 1 },
        { label: '执行率', width: 1.6 },
        { label: '得分', width: 1.2 },
      ],
      rows: fundsRows,
      section: 'annex',
    },
  ];
  if (evaluation.goals.length > 0) {
    blocks.push({
      type: 'table',
      caption: '年度总体目标',
      columns: [
        { label: '预期目标', width: 1 },
        { label: '实际完成情况', width: 1 },
      ],
      rows: evaluation.goals.map((g) => [c(g.expected, 'left'), c(g.actual ?? DASH, 'left')]),
      section: 'annex',
    });
  }
  const spans = (key: (i: (typeof facts.indicators)[number]) => string) =>
    mergeRuns(facts.indicators.map(key));
  const level1Spans = spans((i) => i.level1);
  const level2Spans = spans((i) => `${i.level1}|${i.level2 ?? ''}`);
  const indicatorRows: ReportTableCell[][] = facts.indicators.map((i, n) => [
    ...spanned(c(i.level1), level1Spans[n]),
    ...spanned(c(i.level2 ?? DASH), level2Spans[n]),
    c(i.name, 'left'),
    c(i.target ?? DASH),
    c(i.actual ?? DASH),
    { text: i.weight.value, figure: i.weight, align: 'center' },
    { text: i.score.value, figure: i.score, align: 'center' },
    c(i.deviation ?? '', 'left'),
  ]);
  indicatorRows.push([
    { text: '总分', align: 'center', colSpan: 5 },
    { text: facts.totalWeight.value, figure: facts.totalWeight, align: 'center' },
    ...(facts.totalScore && facts.grade
      ? [
          { text: facts.totalScore.value, figure: facts.totalScore, align: 'center' as const },
          { text: `自评等级：${facts.grade.value}`, figure: facts.grade, align: 'center' as const },
        ]
      : [c(domainMessage('score.unscored').text.zh), c(`自评等级：${DASH}`)]),
  ]);
  blocks.push({
    type: 'table',
    caption: '绩效指标',
    columns: INDICATOR_TABLE_COLUMNS.map((c) => ({
      label: INDICATOR_COLUMN_LABEL[c],
      width: ANNEX_WIDTH[c],
    })),
    rows: indicatorRows,
    section: 'annex',
  });
  return blocks;
}

/**
 * For each row, how many rows its cell spans: n for the first row of a run of equal labels, 0 for
 * the rows it covers, 1 otherwise (一级/二级指标 are merged down as on the official form).
 */
export function mergeRuns(labels: readonly string[]): number[] {
  const spans = labels.map(() => 1);
  let start = 0;
  for (let i = 1; i <= labels.length; i++) {
    if (i === labels.length || labels[i] !== labels[start]) {
      spans[start] = i - start;
      for (let k = start + 1; k < i; k++) spans[k] = 0;
      start = i;
    }
  }
  return spans;
}

function spanned(cell: ReportTableCell, span: number | undefined): ReportTableCell[] {
  if (span === 0) return [];
  return span !== undefined && span > 1 ? [{ ...cell, rowSpan: span }] : [cell];
}
