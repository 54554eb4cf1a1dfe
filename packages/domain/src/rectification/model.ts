import { z } from 'zod';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../model/evaluation';
import { RECTIFICATION_SOURCES, type RectificationSourceKind } from '../rules/rectification-rules';
import { dayNumber } from './dates';

/**
 * A rectification item (整改事项) of the 整改台账 as plain data: where the problem was found (its source, with a
 * reference to the evaluation, monitoring report or finding), the problem, the measure required, the fiscal
 * year and the deadline. Who owns it (the unit) and its status are the store's; whether it is overdue (逾期)
 * is never stored but derived from a `today` the caller gives (deadline.ts).
 */

export const RECTIFICATION_SOURCE_LABEL: Record<RectificationSourceKind, string> = {
  finding: '自评审核发现',
  audit: '报告审核发现',
  return: '审核退回',
  monitoring: '重点监控',
  manual: '手工登记',
};
export const RECTIFICATION_SOURCE_LABEL_EN: Record<RectificationSourceKind, string> = {
  finding: 'evaluation finding',
  audit: 'audit finding',
  return: 'review return',
  monitoring: 'monitoring trigger',
  manual: 'entered by hand',
};

/** 待整改 → 整改中 → 待销号 → 已销号 (workflow/rectification.ts moves between them). */
export const RECTIFICATION_STATUSES = ['pending', 'inProgress', 'reported', 'closed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_STATUS_LABEL: Record<RectificationStatus, string> = {
  pending: '待整改',
  inProgress: '整改中',
  reported: '待销号',
  closed: '已销号',
};
export const RECTIFICATION_STATUS_LABEL_EN: Record<RectificationStatus, string> = {
  pending: 'to rectify',
  inProgress: 'in progress',
  reported: 'awaiting close-out',
  closed: 'closed out',
};
/** The derived flag beside the status. */
export const OVERDUE_LABEL = { zh: '逾期', en: 'overdue' } as const;

const text = (max: number) => z.string().trim().min(1, 'value.empty').max(max, 'value.textTooLong');
const optionalName = z.string().trim().max(MAX_NAME_LENGTH, 'value.nameTooLong').optional();

export const isoDateSchema = z
  .string()
  .refine((s) => dayNumber(s) !== undefined, 'value.badDate')
  .describe('日期，YYYY-MM-DD');

/**
 * What the item came from. `code` and `path` name a finding (a check's dotted code and its field path, or a
 * monitoring trigger's code and indicator row); `evaluationId` / `monitoringId` the record it was found on.
 */
export const rectificationSourceSchema = z.strictObject({
  kind: z.enum(RECTIFICATION_SOURCES),
  evaluationId: z.uuid().optional(),
  monitoringId: z.uuid().optional(),
  code: optionalName,
  path: optionalName,
  /** A person's words for the place (「绩效指标第 3 行」, the audited document's name). */
  label: optionalName,
});
export type RectificationSource = z.infer<typeof rectificationSourceSchema>;

export const rectificationItemSchema = z.strictObject({
  source: rectificationSourceSchema,
  fiscalYear: z.number().int().min(2000).max(2100),
  problem: text(MAX_TEXT_LENGTH),
  measure: text(MAX_TEXT_LENGTH),
  deadline: isoDateSchema,
});
export type RectificationItem = z.infer<typeof rectificationItemSchema>;
