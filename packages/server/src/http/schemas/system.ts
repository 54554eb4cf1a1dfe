import { ruleSetSchema } from '@jixiao/domain';
import { z } from 'zod';

/** GET /api/rule-sets: what a person needs to choose a rule set; the fields are the rule set's own. */
export const ruleSetListSchema = z.object({
  items: z.array(
    ruleSetSchema
      .pick({ id: true, version: true, name: true, description: true, source: true, kinds: true })
      .extend({
        builtin: z.boolean().describe('true：内置；false：管理员上传的自定义规则集'),
        revision: z.number().int().nullable().describe('自定义规则集的第几次上传（最新的一次）；内置为 null'),
      }),
  ),
});

/** GET /api/audit-log: rows of the append-only log, newest first. */
export const auditLogListSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int().describe('翻页时作为下一页的 before'),
      at: z.string(),
      userId: z.string().nullable(),
      userName: z.string().nullable().describe('操作人的显示名；用户已删除或系统操作时为 null'),
      action: z.string(),
      entity: z.string(),
      entityId: z.string(),
      before: z
        .unknown()
        .describe(
          '新建时为 null；删除时为被删记录（自评为其状态、版本与标题）；修改时只有改动的字段：路径（如 data/funds/total/executed）→ 改前的值',
        ),
      after: z.unknown().describe('删除时为 null；新建时为新记录；修改时只有改动的字段：路径 → 改后的值'),
    }),
  ),
});

/** DELETE /api/demo: how much demo data went. */
export const demoRemovedSchema = z.object({
  removed: z.object({ organisations: z.number().int(), evaluations: z.number().int() }),
});
