import { listRuleSets, type RuleSet, ruleSetSchema, validateRuleSet } from '@jixiao/domain';
import { and, asc, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { auditLog, customRuleSets, users } from '../db/schema';
import { removeDemoData } from '../demo/demo-data';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema } from '../http/errors';
import { auditLogListSchema, demoRemovedSchema, ruleSetListSchema } from '../http/schemas/system';
import { knowRuleSet, ruleSetFor } from '../rule-sets/registry';

export function systemRoutes(app: App, deps: Deps): void {
  statusRoutes(app, deps);
  ruleSetReadRoute(app, deps);
  administrationRoutes(app, deps);
}

/** Whether the server and its database answer, and which rule sets it scores with. */
function statusRoutes(app: App, deps: Deps): void {
  const { db } = deps;
  app.get(
    '/api/health',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['系统'],
        summary: '健康检查（数据库可用时返回 ok）',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      await db.execute(sql`select 1`);
      return { status: 'ok' as const, database: deps.database.driver };
    },
  );

  app.get(
    '/api/rule-sets',
    {
      config: { access: { permission: 'session.self' } },
      schema: { tags: ['系统'], summary: '可用的评分规则集', response: { 200: ruleSetListSchema } },
    },
    async () => {
      const uploaded = await db
        .select({ revision: customRuleSets.revision, content: customRuleSets.content })
        .from(customRuleSets)
        .orderBy(asc(customRuleSets.ruleSetId), desc(customRuleSets.revision));
      const newest = new Map<string, { revision: number; ruleSet: RuleSet }>();
      for (const row of uploaded) {
        const checked = validateRuleSet(row.content);
        if (checked.ok && !newest.has(checked.ruleSet.id))
          newest.set(checked.ruleSet.id, { revision: row.revision, ruleSet: checked.ruleSet });
      }
      const item = (r: RuleSet, revision: number | null) => ({
        id: r.id,
        version: r.version,
        name: r.name,
        description: r.description,
        source: r.source,
        kinds: r.kinds,
        builtin: revision === null,
        revision,
      });
      return {
        items: [
          ...listRuleSets().map((r) => item(r, null)),
          ...[...newest.values()].map((c) => item(c.ruleSet, c.revision)),
        ],
      };
    },
  );
}

/** One rule set whole (built in or uploaded), so the web app scores live with the rule set the server uses. */
function ruleSetReadRoute(app: App, { db }: Deps): void {
  app.get(
    '/api/rule-sets/:ruleSetId',
    {
      config: { access: { permission: 'session.self' } },
      schema: {
        tags: ['系统'],
        summary: '读取一个评分规则集的全部内容（自定义规则集为最新一次上传）',
        params: z.object({ ruleSetId: z.string().min(1).max(100) }),
        response: { 200: ruleSetSchema, 400: errorBodySchema },
      },
    },
    async (request) => {
      await knowRuleSet(db, request.params.ruleSetId);
      return ruleSetFor(request.params.ruleSetId);
    },
  );
}

/** The audit log and removing the demo data. */
function administrationRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/audit-log',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags: ['系统'],
        summary: '审计日志（只增不改；按时间倒序）',
        querystring: z.object({
          userId: z.uuid('schema.badId').optional().describe('只列此用户的操作'),
          action: z.string().max(50).optional().describe('create、update、delete、submit、approve…'),
          entity: z.string().max(50).optional(),
          entityId: z.string().max(200).optional(),
          from: z.iso
            .date('schema.date')
            .optional()
            .describe('起始日期（含），YYYY-MM-DD，按服务器所在时区的零点'),
          to: z.iso.date('schema.date').optional().describe('截止日期（含），YYYY-MM-DD'),
          before: z.coerce.number().int().optional().describe('翻页：只列编号小于此值的记录'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: auditLogListSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const conds: SQL[] = [];
      if (q.entity) conds.push(eq(auditLog.entity, q.entity));
      if (q.entityId) conds.push(eq(auditLog.entityId, q.entityId));
      if (q.userId) conds.push(eq(auditLog.userId, q.userId));
      if (q.action) conds.push(eq(auditLog.action, q.action));
      if (q.from) conds.push(sql`${auditLog.at} >= ${q.from}::date`);
      if (q.to) conds.push(sql`${auditLog.at} < ${q.to}::date + 1`);
      if (q.before) conds.push(lt(auditLog.id, q.before));
      const rows = await db
        .select({ line: auditLog, userName: users.displayName })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.userId))
        .where(and(...conds))
        .orderBy(desc(auditLog.id))
        .limit(q.limit);
      return { items: rows.map(({ line, userName }) => ({ ...line, userName, at: line.at.toISOString() })) };
    },
  );

  app.delete(
    '/api/demo',
    {
      config: { access: { permission: 'demo.manage' } },
      schema: {
        tags: ['系统'],
        summary: '删除演示数据（演示单位及其自评、预算、项目、账户）',
        response: { 200: demoRemovedSchema },
      },
    },
    async (request) => ({ removed: await removeDemoData(db, principalOf(request).userId) }),
  );
}
