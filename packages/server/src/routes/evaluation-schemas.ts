import {
  acknowledgementSchema,
  EVALUATION_STATUSES,
  EVALUATION_TRANSITIONS,
  type Evaluation,
  evaluationSchema,
  REVIEW_STEPS,
} from '@jixiao/domain';
import { z } from 'zod';
import type { Permission, RouteAccess } from '../access/policies';
import type { Principal } from '../auth/sessions';
import type { Db } from '../db/connect';
import type { EvaluationSummaryRow } from '../evaluations/list';
import { priorYearOf } from '../evaluations/prior-year';
import { modelOf, nameOf } from '../evaluations/read';
import { chainOf } from '../evaluations/status';
import type { EvaluationRow } from '../evaluations/store';
import { actionsFor } from '../evaluations/transition';
import { replyBuiltByHand } from '../http/serializer';
import { stamps, timestampsOut } from './common';

/** The response and request shapes of the evaluation routes, one definition each. */

/** Access to one evaluation named by the `:id` path parameter. */
export const onEvaluation = (permission: Permission) =>
  ({ permission, target: { entity: 'evaluation', param: 'id' } }) satisfies RouteAccess;

/** The domain's evaluation schema, named once so the API document refers to it instead of repeating it. */
export const evaluationJson = evaluationSchema.meta({
  id: 'Evaluation',
  description: '自评数据（jixiao.evaluation 格式）',
});

export const summarySchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  projectId: z.string().nullable(),
  kind: z.enum(['project', 'unitWide']),
  fiscalYear: z.number().int(),
  title: z.string(),
  unitName: z.string(),
  status: z.enum(EVALUATION_STATUSES),
  ruleSetId: z.string(),
  totalScore: z.string().nullable().describe('总分（十进制字符串）'),
  grade: z.string().nullable(),
  executionRate: z.string().nullable().describe('预算执行率（百分数，十进制字符串）'),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  demo: z.boolean(),
  ...timestampsOut,
});

export function summary(row: EvaluationSummaryRow): z.infer<typeof summarySchema> {
  return {
    id: row.id,
    organisationId: row.organisationId,
    projectId: row.projectId,
    kind: row.kind,
    fiscalYear: row.fiscalYear,
    title: row.title,
    unitName: row.unitName,
    status: row.status,
    ruleSetId: row.ruleSetId,
    totalScore: row.totalScore,
    grade: row.grade,
    executionRate: row.executionRate,
    errorCount: row.errorCount,
    warningCount: row.warningCount,
    demo: row.demo,
    ...stamps(row),
  };
}

const priorYearSchema = z
  .object({
    id: z.string(),
    fiscalYear: z.number().int(),
    status: z.enum(EVALUATION_STATUSES),
    totalScore: z.string().nullable(),
    grade: z.string().nullable(),
    executionRate: z.string().nullable(),
    evaluation: evaluationJson,
  })
  .nullable()
  .describe('同一单位同类（项目自评还须同一项目）上一年度的自评，在本人权限范围内；没有则为 null');

export const detailSchema = replyBuiltByHand(
  summarySchema
    .extend({
      evaluation: evaluationJson,
      updatedByName: z.string().nullable(),
      priorYear: priorYearSchema,
      reviewChain: z.array(z.enum(REVIEW_STEPS)).describe('本自评的审核流程（按规则集所属地区配置）'),
      actions: z
        .array(z.enum(EVALUATION_TRANSITIONS))
        .describe('当前用户现在可以执行的流转操作（按流程轮到谁、谁完成了上一步）'),
    })
    .meta({ id: 'EvaluationRecord' }),
);

/** The full reply for one evaluation: the row, who last changed it, and last year's for comparison. */
export async function detail(
  db: Db,
  row: EvaluationRow,
  principal: Principal,
  /** The row's document as the domain model, when the caller has just parsed it (a save): not parsed again. */
  model: Evaluation = modelOf(row),
  /** The organisation's tree path, when the caller read it with the row: not looked up again. */
  organisationPath?: string,
): Promise<z.infer<typeof detailSchema>> {
  return {
    ...summary(row),
    evaluation: model,
    // The one who saved is usually the one asking (every save's reply): no lookup for their own name.
    updatedByName:
      row.updatedBy === principal.userId ? principal.displayName : await nameOf(db, row.updatedBy),
    priorYear: await priorYearOf(db, row, principal),
    reviewChain: [...chainOf(row.ruleSetId)],
    actions: await actionsFor(db, principal, row, organisationPath),
  };
}

export const commentSchema = z.object({
  id: z.string(),
  path: z.string(),
  text: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  at: z.string(),
  parentId: z.string().nullable().describe('回复所针对的批注；原批注为 null'),
  resolvedAt: z.string().nullable().describe('标记已解决的时间；未解决为 null'),
  resolvedByName: z.string().nullable(),
});

export const historyItemSchema = z.object({
  at: z.string(),
  action: z
    .string()
    .describe(
      'create | update | submit | sign | approve | return | withdraw | import | comment | reply | resolve | reopen',
    ),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  fromStatus: z.enum(EVALUATION_STATUSES).nullable(),
  toStatus: z.enum(EVALUATION_STATUSES).nullable(),
  comment: z.string().optional(),
  path: z.string().optional().describe('批注所针对的字段'),
  parentId: z.string().optional().describe('回复所针对的批注'),
  commentId: z.string().optional().describe('批注 id（批注、已解决、重新打开）'),
  acknowledgements: z.array(acknowledgementSchema).optional(),
});
