import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { audit } from '../db/audit';
import { fiscalYears } from '../db/schema';
import type { App, Deps } from '../http/app-types';
import { conflict, errorBodySchema, notFound, staleVersion } from '../http/errors';
import { serverMessage as m } from '../messages';
import { knowRuleSet, ruleSetFor } from '../rule-sets/registry';
import { stamps, timestampsOut, versionField } from './common';

/** The stages a year's work is due by, in the order they fall: 目标申报, 运行监控, 绩效自评, 审核. */
const DEADLINE_STAGES = ['declaration', 'monitoring', 'selfEvaluation', 'review'] as const;
type Stage = (typeof DEADLINE_STAGES)[number];
const STAGE_COLUMN = {
  declaration: 'declarationDue',
  monitoring: 'monitoringDue',
  selfEvaluation: 'selfEvaluationDue',
  review: 'reviewDue',
} as const satisfies Record<Stage, keyof typeof fiscalYears.$inferSelect>;

const dueDate = z.iso.date('schema.date').nullable();
const deadlinesOut = z
  .object({ declaration: dueDate, monitoring: dueDate, selfEvaluation: dueDate, review: dueDate })
  .describe('各阶段截止日期（YYYY-MM-DD，当日结束前；未设为 null）');
const deadlinesIn = deadlinesOut.partial().describe('只改给出的阶段；null 清除该阶段的截止日期');

const yearSchema = z.object({
  year: z.number().int(),
  status: z.enum(['open', 'closed']),
  ruleSetId: z.string(),
  deadlines: deadlinesOut,
  ...timestampsOut,
});
const out = (r: typeof fiscalYears.$inferSelect) => ({
  year: r.year,
  status: r.status,
  ruleSetId: r.ruleSetId,
  deadlines: {
    declaration: r.declarationDue,
    monitoring: r.monitoringDue,
    selfEvaluation: r.selfEvaluationDue,
    review: r.reviewDue,
  },
  ...stamps(r),
});

/** The columns a partial deadlines body sets. */
function deadlineColumns(deadlines: z.infer<typeof deadlinesIn> = {}) {
  const set: Partial<Record<(typeof STAGE_COLUMN)[Stage], string | null>> = {};
  for (const stage of DEADLINE_STAGES) {
    const value = deadlines[stage];
    if (value !== undefined) set[STAGE_COLUMN[stage]] = value;
  }
  return set;
}
const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export function fiscalYearRoutes(app: App, deps: Deps): void {
  fiscalYearReadRoutes(app, deps);
  fiscalYearCreateRoutes(app, deps);
  fiscalYearUpdateRoutes(app, deps);
}

function fiscalYearReadRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/fiscal-years',
    {
      config: { access: { permission: 'fiscalYear.read' } },
      schema: {
        tags: ['预算年度'],
        summary: '预算年度列表',
        response: { 200: z.object({ items: z.array(yearSchema) }) },
      },
    },
    async () => ({ items: (await db.select().from(fiscalYears).orderBy(asc(fiscalYears.year))).map(out) }),
  );
}

function fiscalYearCreateRoutes(app: App, { db }: Deps): void {
  app.post(
    '/api/fiscal-years',
    {
      config: { access: { permission: 'fiscalYear.write' } },
      schema: {
        tags: ['预算年度'],
        summary: '新建预算年度（指定默认评分规则集）',
        body: z.object({
          year: z.number().int().min(2000).max(2100),
          ruleSetId: z.string().default('mof-2020'),
        }),
        response: { 201: yearSchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      await knowRuleSet(db, request.body.ruleSetId);
      ruleSetFor(request.body.ruleSetId);
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(fiscalYears)
          .values({ ...request.body, updatedBy: principal.userId })
          .onConflictDoNothing()
          .returning();
        if (!created) throw conflict(m('fiscalYear.exists', { year: request.body.year }));
        await audit(tx, {
          userId: principal.userId,
          action: 'create',
          entity: 'fiscalYear',
          entityId: String(created.year),
          after: created,
        });
        return created;
      });
      return reply.status(201).send(out(row));
    },
  );
}

function fiscalYearUpdateRoutes(app: App, { db }: Deps): void {
  app.patch(
    '/api/fiscal-years/:year',
    {
      config: { access: { permission: 'fiscalYear.write' } },
      schema: {
        tags: ['预算年度'],
        summary: '修改预算年度（关闭年度、更换规则集、设定各阶段截止日期；须带版本号）',
        params: yearParams,
        body: z.object({
          version: versionField,
          status: z.enum(['open', 'closed']).optional(),
          ruleSetId: z.string().optional(),
          deadlines: deadlinesIn.optional(),
        }),
        response: { 200: yearSchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { version, deadlines, ...change } = request.body;
      if (change.ruleSetId) {
        await knowRuleSet(db, change.ruleSetId);
        ruleSetFor(change.ruleSetId);
      }
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(fiscalYears).where(eq(fiscalYears.year, request.params.year));
        if (!before) throw notFound('entity.fiscalYear');
        const [row] = await tx
          .update(fiscalYears)
          .set({
            ...change,
            ...deadlineColumns(deadlines),
            version: sql`${fiscalYears.version} + 1`,
            updatedAt: new Date(),
            updatedBy: principal.userId,
          })
          .where(and(eq(fiscalYears.year, before.year), eq(fiscalYears.version, version)))
          .returning();
        if (!row) throw staleVersion(before.version, version);
        await audit(tx, {
          userId: principal.userId,
          action: 'update',
          entity: 'fiscalYear',
          entityId: String(row.year),
          before,
          after: row,
        });
        return out(row);
      });
    },
  );
}
