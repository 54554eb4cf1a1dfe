import {
  RECTIFICATION_SOURCE_LABEL,
  RECTIFICATION_STATUS_LABEL,
  type RectificationStatus,
} from '../rectification/model';
import type { RectificationSourceKind } from '../rules/rectification-rules';
import type { ReportBlock } from './document';
import { figure, sentence } from './sentence';

/**
 * Last year's rectification items (整改台账, year − 1) as plain data for the report's 存在的问题 section: the
 * caller (the server) reads them from its ledger; the narrative only renders them, so it stays pure.
 */
export interface PriorRectificationItem {
  sourceKind: RectificationSourceKind;
  problem: string;
  measure: string;
  status: RectificationStatus;
  deadline: string;
  /** 整改情况 as the unit reported it, when it has. */
  report?: string | undefined;
}

export interface PriorRectification {
  fiscalYear: number;
  items: readonly PriorRectificationItem[];
}

const SECTION = 'problems';

/** 「上年度整改事项共 3 项，已销号 2 项，未销号 1 项。」 and the items as a table; nothing without items. */
export function priorRectificationBlocks(prior: PriorRectification | undefined): ReportBlock[] {
  if (!prior || prior.items.length === 0) return [];
  const closed = prior.items.filter((i) => i.status === 'closed').length;
  const open = prior.items.length - closed;
  const source = `rectification[fiscalYear=${prior.fiscalYear}]`;
  const summary = sentence(
    `${prior.fiscalYear}年度整改事项共`,
    figure(`${prior.items.length}项`, `${source}.count`),
    '，已销号',
    figure(`${closed}项`, `${source}.count(status=closed)`),
    '，未销号',
    figure(`${open}项`, `${source}.count(status≠closed)`),
    '。',
  );
  return [
    { type: 'paragraph', sentence: summary, origin: 'generated', section: SECTION },
    {
      type: 'table',
      caption: `${prior.fiscalYear}年度问题整改情况`,
      columns: [
        { label: '问题来源', width: 2 },
        { label: '存在问题', width: 4 },
        { label: '整改要求', width: 4 },
        { label: '整改情况', width: 4 },
        { label: '状态', width: 1 },
      ],
      rows: prior.items.map((i) => [
        { text: RECTIFICATION_SOURCE_LABEL[i.sourceKind] },
        { text: i.problem },
        { text: i.measure },
        { text: i.report ?? '' },
        { text: RECTIFICATION_STATUS_LABEL[i.status], align: 'center' },
      ]),
      section: SECTION,
    },
  ];
}
