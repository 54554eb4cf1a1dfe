import { z } from 'zod';

/**
 * 审核要点 of a target declaration (财预〔2015〕88号 绩效目标审核): 完整性、相关性、适当性、可行性, each
 * passed or not with the reviewer's comment. Stored with the review step that filled it in.
 */
export const REVIEW_DIMENSIONS = ['completeness', 'relevance', 'appropriateness', 'feasibility'] as const;
export type ReviewDimension = (typeof REVIEW_DIMENSIONS)[number];

const point = z.object({
  passed: z.boolean().describe('通过 true / 不通过 false'),
  comment: z.string().max(2000).optional().describe('审核意见'),
});

export const checklistSchema = z
  .object({
    completeness: point.describe('完整性：申报内容是否完整，指标是否全面覆盖'),
    relevance: point.describe('相关性：目标与部门职能、项目内容是否相关'),
    appropriateness: point.describe('适当性：资金规模与目标是否匹配'),
    feasibility: point.describe('可行性：目标是否经过论证、能否如期实现'),
  })
  .meta({ id: 'DeclarationChecklist' });
export type Checklist = z.infer<typeof checklistSchema>;

/** The dimensions the reviewer marked 不通过, in the form's order. */
export const failedDimensions = (checklist: Checklist): ReviewDimension[] =>
  REVIEW_DIMENSIONS.filter((d) => !checklist[d].passed);
