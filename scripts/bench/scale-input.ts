import type { EvaluationInput } from '@jixiao/domain';
import JSZip from 'jszip';
import { syntheticEvaluation } from './engine';

/**
 * The scale bench's input: synthetic project evaluations (the engine bench's, 20 indicators each) written
 * as the official 项目支出绩效自评表 in CSV, one file per evaluation, zipped per department as a province's
 * departments upload them. Generated chunk by chunk, so only one department's files are in memory.
 */

const TIER_WORDS = {
  met: '达成年度指标',
  partlyMet: '部分达成年度指标并具有一定效果',
  notMet: '未达成年度指标并效果较差',
} as const;

const UNIT_WORDS = { wanYuan: '万元', yuan: '元' } as const;

const COMPARATOR_SIGN = { '>=': '≥', '<=': '≤', '=': '' } as const;

function csvRow(cells: readonly (string | undefined)[]): string {
  return cells.map((c = '') => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');
}

type IndicatorIn = NonNullable<EvaluationInput['indicators']>[number];

function indicatorCells(i: IndicatorIn): (string | undefined)[] {
  const t = i.target;
  if (!t || t.comparator === 'qualitative') {
    const tier = i.actual?.tier ?? 'met';
    return [t?.text ?? '', TIER_WORDS[tier], i.weight, i.score];
  }
  const unit = t.unit ?? '';
  return [
    `${t.comparator ? COMPARATOR_SIGN[t.comparator] : ''}${t.value ?? ''}${unit}`,
    `${i.actual?.value ?? ''}${unit}`,
    i.weight,
    '',
  ];
}

/** One evaluation as its 自评表 CSV: heading, project and units, funds, the indicator table. */
export function selfEvaluationCsv(e: EvaluationInput, department: string): string {
  const total = e.funds?.total;
  const rows = [
    ['项目支出绩效自评表'],
    [`（${e.fiscalYear}年度）`],
    ['项目名称', e.project?.name ?? ''],
    ['主管部门', department, '', '', '', '实施单位', e.unit.name],
    [
      `项目资金（${UNIT_WORDS[e.amountUnit ?? 'wanYuan']}）`,
      '',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
    ],
    ['', '年度资金总额', total?.initialBudget, total?.adjustedBudget, total?.executed, '10'],
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    ...(e.indicators ?? []).map((i) => ['绩效指标', i.level1, i.level2, i.name, ...indicatorCells(i)]),
  ];
  return `${rows.map(csvRow).join('\r\n')}\r\n`;
}

export interface DepartmentUpload {
  /** The zip of the department's 自评表 files. */
  zip: Uint8Array;
  evaluations: number;
  /** Indicator rows over all its sheets: what "rows" counts in the bench. */
  indicatorRows: number;
}

/**
 * Evaluations [from, from + count) as one department's upload; evaluation k belongs to unit
 * `units[k % units.length]`, so the department's units share its projects evenly.
 */
export async function departmentUpload(
  from: number,
  count: number,
  department: string,
  units: readonly string[],
): Promise<DepartmentUpload> {
  const zip = new JSZip();
  let indicatorRows = 0;
  for (let k = from; k < from + count; k++) {
    const e = syntheticEvaluation(k);
    const unit = units[k % units.length] ?? units[0] ?? '';
    const input: EvaluationInput = { ...e, unit: { name: unit } };
    indicatorRows += input.indicators?.length ?? 0;
    zip.file(`自评表${k}.csv`, selfEvaluationCsv(input, department));
  }
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { zip: bytes, evaluations: count, indicatorRows };
}
