import {
  EVALUATION_STATUSES,
  EVALUATION_TRANSITIONS,
  REVIEW_STEPS,
  targetDeclarationSchema,
  targetSchema,
} from '@jixiao/domain';
import { z } from 'zod';
import type { Permission, RouteAccess } from '../access/policies';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { checklistSchema } from '../declarations/checklist';
import type { DeclarationSummaryRow } from '../declarations/list';
import { type DeclarationRow, declarationOf } from '../declarations/store';
import { declarationActions } from '../declarations/transition';
import { nameOf } from '../evaluations/read';
import { chainOf } from '../evaluations/status';
import { stepBody } from '../workflow/step-body';
import { stamps, timestampsOut, versionField } from './common';

/** The request and response shapes of the declaration routes, one definition each. */

export const onDeclaration = (permission: Permission) =>
  ({ permission, target: { entity: 'declaration', param: 'id' } }) satisfies RouteAccess;

export const declarationJson = targetDeclarationSchema.meta({
  id: 'TargetDeclaration',
  description: '绩效目标申报表数据（jixiao.targets 格式）',
});

export const declarationSummarySchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  projectId: z.string().nullable(),
  kind: z.enum(['project', 'unitWide']),
  fiscalYear: z.number().int(),
  title: z.string(),
  unitName: z.string(),
  status: z.enum(EVALUATION_STATUSES),
  phase: z
    .enum(['declaration', 'adjustment'])
    .describe('declaration：申报；adjustment：调整指标值（审核中或已审核）'),
  ruleSetId: z.string(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  evaluationId: z.string().nullable().describe('由本申报表生成的自评；尚未生成为 null'),
  ...timestampsOut,
});

export function declarationSummary(row: DeclarationSummaryRow): z.infer<typeof declarationSummarySchema> {
  return {
    id: row.id,
    organisationId: row.organisationId,
    projectId: row.projectId,
    kind: row.kind,
    fiscalYear: row.fiscalYear,
    title: row.title,
    unitName: row.unitName,
    status: row.status,
    phase: row.phase,
    ruleSetId: row.ruleSetId,
    errorCount: row.errorCount,
    warningCount: row.warningCount,
    evaluationId: row.evaluationId,
    ...stamps(row),
  };
}

export const declarationDetailSchema = declarationSummarySchema
  .extend({
    declaration: declarationJson,
    updatedByName: z.string().nullable(),
    reviewChain: z
      .array(z.enum(REVIEW_STEPS))
      .describe('本申报表的审核流程（与自评相同，按规则集所属地区配置）'),
    actions: z.array(z.enum(EVALUATION_TRANSITIONS)).describe('当前用户现在可以执行的流转操作'),
  })
  .meta({ id: 'TargetDeclarationRecord' });

export async function declarationDetail(
  db: DbOrTx,
  row: DeclarationRow,
  principal: Principal,
): Promise<z.infer<typeof declarationDetailSchema>> {
  return {
    ...declarationSummary(row),
    declaration: declarationOf(row),
    updatedByName:
      row.updatedBy === principal.userId ? principal.displayName : await nameOf(db, row.updatedBy),
    reviewChain: [...chainOf(row.ruleSetId)],
    actions: await declarationActions(db, principal, row),
  };
}

/** The evaluation's step body (version, comment, acknowledged warnings) and the 审核要点 of an approval. */
export const declarationTransitionBody = stepBody.extend({
  checklist: checklistSchema.optional().describe('审核要点（审核通过时必填，四项均须通过）'),
});

export const adjustBody = z.object({
  version: versionField,
  adjustments: z
    .array(
      z.object({
        index: z.number().int().min(0).max(10_000).describe('所调整指标在申报表指标中的序号（从 0 起）'),
        target: targetSchema.describe('调整后的年度指标值'),
        reason: z.string().trim().min(1, 'value.empty').max(2000).describe('调整理由'),
      }),
    )
    .min(1)
    .max(500),
});

export const declarationHistoryItemSchema = z.object({
  at: z.string(),
  action: z
    .string()
    .describe('create | update | import | submit | sign | approve | return | withdraw | adjust | evaluation'),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  fromStatus: z.enum(EVALUATION_STATUSES).nullable(),
  toStatus: z.enum(EVALUATION_STATUSES).nullable(),
  phase: z.enum(['declaration', 'adjustment']).nullable(),
  comment: z.string().optional(),
  checklist: checklistSchema.optional(),
});
