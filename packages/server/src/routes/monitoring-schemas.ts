import {
  EVALUATION_STATUSES,
  EVALUATION_TRANSITIONS,
  financeFollowUpSchema,
  LIGHTS,
  type MonitoringResult,
  monitoringReportSchema,
  REVIEW_STEPS,
} from '@jixiao/domain';
import { z } from 'zod';
import type { Permission, RouteAccess } from '../access/policies';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { chainOf } from '../evaluations/status';
import { findingSchema } from '../http/schemas/evaluation-results';
import type { Same } from '../http/schemas/same-type';
import { replyBuiltByHand } from '../http/serializer';
import { computeMonitoring } from '../monitoring/engine';
import { followUpOf } from '../monitoring/follow-up';
import type { MonitoringListRow } from '../monitoring/overview';
import { type MonitoringRow, monitoringOf } from '../monitoring/read';
import { monitoringActionsFor } from '../monitoring/workflow';
import { stamps, timestampsOut } from './common';

/** The request and response shapes of the monitoring routes, one definition each. */

export const onMonitoring = (permission: Permission) =>
  ({ permission, target: { entity: 'monitoring', param: 'id' } }) satisfies RouteAccess;

export const monitoringJson = monitoringReportSchema.meta({
  id: 'MonitoringReport',
  description: '绩效目标执行监控表（jixiao.monitoring 格式）',
});

export const followUpJson = financeFollowUpSchema.meta({
  id: 'FinanceFollowUp',
  description: '财政跟进：是否需要整改、整改要求和建议、整改结果和结论',
});

const localized = z.object({ zh: z.string(), en: z.string() });
const light = z.enum(LIGHTS).describe('red 红 | yellow 黄 | green 绿 | blue 蓝 | none 未判断');
const figure = z.object({
  value: z.string().describe('十进制字符串'),
  text: z.string().describe('如 58.33%'),
  explanation: localized,
});

/** The engine's `MonitoringResult` as sent (checked against the domain type below). */
export const monitoringResultSchema = z
  .object({
    throughMonth: z.number().int(),
    round: z.union([z.literal(1), z.literal(2)]),
    timeProgress: figure.describe('时序进度'),
    funds: z.object({
      executionProgress: figure.optional().describe('执行进度'),
      gap: figure.optional().describe('时序进度 − 执行进度（百分点）'),
      expectedAnnualRate: figure.optional(),
      light,
      explanation: localized,
    }),
    indicators: z.array(
      z.object({
        index: z.number().int(),
        level1: z.string(),
        level2: z.string().optional(),
        name: z.string(),
        progressPercent: figure.optional(),
        prorated: z.boolean(),
        light,
        explanation: localized,
      }),
    ),
    light,
    lightExplanation: localized,
    triggers: z.array(
      z.object({
        code: z.enum([
          'monitoring.zero-execution',
          'monitoring.quantity-behind',
          'monitoring.red-light',
          'monitoring.funds-red-light',
        ]),
        message: localized,
        indicator: z.number().int().optional(),
      }),
    ),
    focus: z.boolean().describe('列入重点监控'),
    secondRound: z.object({ throughMonth: z.number().int() }).optional(),
    findings: z.array(findingSchema),
  })
  .meta({ id: 'MonitoringResult' });
true satisfies Same<z.output<typeof monitoringResultSchema>, MonitoringResult>;

export const monitoringSummarySchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  projectId: z.string().nullable(),
  firstRoundId: z.string().nullable().describe('二次监控表所来自的第一轮监控表'),
  kind: z.enum(['project', 'unitWide']),
  fiscalYear: z.number().int(),
  throughMonth: z.number().int().describe('监控期间：1 月至该月'),
  round: z.number().int().describe('1：常规监控；2：二次监控'),
  title: z.string(),
  unitName: z.string(),
  departmentName: z.string().nullable(),
  status: z.enum(EVALUATION_STATUSES),
  executionProgress: z.string().nullable().describe('执行进度（%，十进制字符串）'),
  timeProgress: z.string().nullable().describe('时序进度（%，十进制字符串）'),
  redCount: z.number().int(),
  yellowCount: z.number().int(),
  greenCount: z.number().int(),
  blueCount: z.number().int(),
  focus: z.boolean().describe('列入重点监控'),
  hasFollowUp: z.boolean(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export function monitoringSummary(row: MonitoringListRow): z.infer<typeof monitoringSummarySchema> {
  const { departmentId: _d, ...rest } = row;
  return { ...rest, updatedAt: row.updatedAt.toISOString() };
}

export const monitoringDetailSchema = replyBuiltByHand(
  z
    .object({
      id: z.string(),
      organisationId: z.string(),
      projectId: z.string().nullable(),
      declarationId: z.string().nullable(),
      firstRoundId: z.string().nullable(),
      status: z.enum(EVALUATION_STATUSES),
      ruleSetId: z.string(),
      report: monitoringJson,
      followUp: followUpJson.nullable(),
      computed: monitoringResultSchema.describe(
        '监控引擎的计算结果（时序进度、执行进度、指标灯及说明、触发条件、重点监控），每次读取时计算',
      ),
      reviewChain: z.array(z.enum(REVIEW_STEPS)),
      actions: z.array(z.enum(EVALUATION_TRANSITIONS)).describe('当前用户现在可以执行的流转操作'),
      ...timestampsOut,
    })
    .meta({ id: 'MonitoringRecord' }),
);

/** One report as read: the document (with the bureau's follow-up), the engine's figures, the actions. */
export async function monitoringDetail(
  db: DbOrTx,
  row: MonitoringRow,
  principal: Principal,
  path: string | undefined,
): Promise<z.infer<typeof monitoringDetailSchema>> {
  const report = monitoringOf(row);
  const followUp = followUpOf(row);
  return {
    id: row.id,
    organisationId: row.organisationId,
    projectId: row.projectId,
    declarationId: row.declarationId,
    firstRoundId: row.firstRoundId,
    status: row.status,
    ruleSetId: row.ruleSetId,
    report: followUp ? { ...report, financeFollowUp: followUp } : report,
    followUp: followUp ?? null,
    computed: computeMonitoring(report),
    reviewChain: [...chainOf(row.ruleSetId)],
    actions: await monitoringActionsFor(db, principal, row, path),
    ...stamps(row),
  };
}
