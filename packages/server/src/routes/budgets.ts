import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { scopeCondition } from '../access/scope';
import { audit } from '../db/audit';
import { budgets, organisations } from '../db/schema';
import type { App, Deps } from '../http/app-types';
import { conflict, errorBodySchema, notFound, staleVersion } from '../http/errors';
import { serverMessage as m } from '../messages';
import { amountUnit, idParams, moneyString, stamps, timestampsOut, versionField } from './common';
import { requireUnit, unitListQuery, yearField } from './unit-records';

/** The figures of a budget row; labels are the Chinese names the sheets and forms use. */
export const BUDGET_FIGURES = {
  initialBudget: '年初预算数',
  adjustedBudget: '全年预算数',
  executed: '全年执行数',
  basicExpenditure: '基本支出',
  projectExpenditure: '项目支出',
  fiscalAppropriation: '财政拨款收入',
  otherIncome: '其他收入',
  carryover: '结转结余',
} as const;
export type BudgetFigure = keyof typeof BUDGET_FIGURES;
export const BUDGET_FIGURE_KEYS = Object.keys(BUDGET_FIGURES) as BudgetFigure[];

const figures = Object.fromEntries(
  BUDGET_FIGURE_KEYS.map((k) => [k, moneyString.nullable().optional()]),
) as Record<BudgetFigure, z.ZodOptional<z.ZodNullable<typeof moneyString>>>;
const figuresOut = Object.fromEntries(BUDGET_FIGURE_KEYS.map((k) => [k, z.string().nullable()])) as Record<
  BudgetFigure,
  z.ZodNullable<z.ZodString>
>;

const budgetSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  fiscalYear: z.number().int(),
  amountUnit,
  ...figuresOut,
  demo: z.boolean(),
  ...timestampsOut,
});
type BudgetRow = typeof budgets.$inferSelect;
const budgetOut = (r: BudgetRow) => ({
  id: r.id,
  organisationId: r.organisationId,
  fiscalYear: r.fiscalYear,
  amountUnit: r.amountUnit,
  initialBudget: r.initialBudget,
  adjustedBudget: r.adjustedBudget,
  executed: r.executed,
  basicExpenditure: r.basicExpenditure,
  projectExpenditure: r.projectExpenditure,
  fiscalAppropriation: r.fiscalAppropriation,
  otherIncome: r.otherIncome,
  carryover: r.carryover,
  demo: r.demo,
  ...stamps(r),
});

/** Budgets and final-account figures (预算与决算数) per unit and year. */
export function budgetRoutes(app: App, deps: Deps): void {
  budgetReadRoutes(app, deps);
  budgetWriteRoutes(app, deps);
}

function budgetReadRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/budgets',
    {
      config: { access: { permission: 'budget.read' } },
      schema: {
        tags: ['预算'],
        summary: '预算与决算数列表（按权限范围）',
        querystring: unitListQuery,
        response: { 200: z.object({ items: z.array(budgetSchema) }) },
      },
    },
    async (request) => {
      const conds: (SQL | undefined)[] = [
        scopeCondition(principalOf(request), 'budget.read', organisations.path),
      ];
      if (request.query.organisationId) conds.push(eq(budgets.organisationId, request.query.organisationId));
      if (request.query.fiscalYear) conds.push(eq(budgets.fiscalYear, request.query.fiscalYear));
      const rows = await db
        .select({ b: budgets })
        .from(budgets)
        .innerJoin(organisations, eq(organisations.id, budgets.organisationId))
        .where(and(...conds))
        .orderBy(asc(budgets.fiscalYear), asc(organisations.name))
        .limit(5000);
      return { items: rows.map((r) => budgetOut(r.b)) };
    },
  );

  app.get(
    '/api/budgets/:id',
    {
      config: { access: { permission: 'budget.read', target: { entity: 'budget', param: 'id' } } },
      schema: { tags: ['预算'], summary: '读取预算', params: idParams, response: { 200: budgetSchema } },
    },
    async (request) => {
      const [row] = await db.select().from(budgets).where(eq(budgets.id, request.params.id));
      if (!row) throw notFound('entity.budget');
      return budgetOut(row);
    },
  );
}

function budgetWriteRoutes(app: App, { db }: Deps): void {
  app.post(
    '/api/organisations/:id/budgets',
    {
      config: { access: { permission: 'budget.write', target: { entity: 'organisation', param: 'id' } } },
      schema: {
        tags: ['预算'],
        summary: '登记单位某年度的预算与决算数',
        params: idParams,
        body: z.object({ fiscalYear: yearField, amountUnit: amountUnit.default('wanYuan'), ...figures }),
        response: { 201: budgetSchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const org = await requireUnit(db, request.params.id);
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(budgets)
          .values({ ...request.body, organisationId: org.id, updatedBy: principal.userId })
          .onConflictDoNothing()
          .returning();
        if (!created) throw conflict(m('budget.exists', { unit: org.name, year: request.body.fiscalYear }));
        await audit(tx, {
          userId: principal.userId,
          action: 'create',
          entity: 'budget',
          entityId: created.id,
          after: created,
        });
        return created;
      });
      return reply.status(201).send(budgetOut(row));
    },
  );

  app.patch(
    '/api/budgets/:id',
    {
      config: { access: { permission: 'budget.write', target: { entity: 'budget', param: 'id' } } },
      schema: {
        tags: ['预算'],
        summary: '修改预算与决算数（须带版本号）',
        params: idParams,
        body: z.object({ version: versionField, amountUnit: amountUnit.optional(), ...figures }),
        response: { 200: budgetSchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { version, ...change } = request.body;
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(budgets).where(eq(budgets.id, request.params.id));
        if (!before) throw notFound('entity.budget');
        const [row] = await tx
          .update(budgets)
          .set({
            ...change,
            version: sql`${budgets.version} + 1`,
            updatedAt: new Date(),
            updatedBy: principal.userId,
          })
          .where(and(eq(budgets.id, before.id), eq(budgets.version, version)))
          .returning();
        if (!row) throw staleVersion(before.version, version);
        await audit(tx, {
          userId: principal.userId,
          action: 'update',
          entity: 'budget',
          entityId: row.id,
          before,
          after: row,
        });
        return budgetOut(row);
      });
    },
  );
}
