import type { Evaluation } from '@jixiao/domain';
import { INDICATOR_TABLE_HEADERS } from '@jixiao/domain';

/**
 * The 自评表 grid (domain-rules §1.7; 部门整体 after the Chongqing form, §2.3): nine columns A–I,
 * the funds block, the goals block, the indicator block, 总分 and 自评等级. Labels are the official
 * ones so that the sheet reader finds every block by its label.
 */

export const COLUMN_COUNT = 9;

/** Column widths in Excel characters; they add up to one A4 landscape page at fitToWidth. */
export const COLUMN_WIDTHS = [12, 12, 14, 22, 14, 14, 9, 10, 26] as const;

export interface SheetLabels {
  title: string;
  subjectLabel: string;
  fundsBlock: string;
  initialBudget: string;
  adjustedBudget: string;
  executed: string;
  weight: string;
  rate: string;
  score: string;
  total: string;
  fiscalAppropriation: string;
  priorYearCarryover: string;
  otherFunds: string;
}

export function sheetLabels(evaluation: Evaluation, unitLabel: string): SheetLabels {
  const project = evaluation.kind === 'project';
  return {
    title: project ? '项目支出绩效自评表' : '部门整体支出绩效自评表',
    subjectLabel: project ? '项目名称' : '部门（单位）名称',
    fundsBlock: project ? `项目资金（${unitLabel}）` : `部门预算执行情况（${unitLabel}）`,
    initialBudget: '年初预算数',
    adjustedBudget: project ? '全年预算数' : '全年（调整）预算数',
    executed: '全年执行数',
    weight: project ? '分值' : '执行率权重',
    rate: '执行率',
    score: project ? '得分' : '执行率得分',
    total: '年度资金总额',
    fiscalAppropriation: '其中：财政拨款',
    priorYearCarryover: '上年结转资金',
    otherFunds: '其他资金',
  };
}

export const INDICATOR_HEADERS = INDICATOR_TABLE_HEADERS;
