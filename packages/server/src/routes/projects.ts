import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { scopeCondition } from '../access/scope';
import { audit } from '../db/audit';
import { organisations, projects } from '../db/schema';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema, notFound, staleVersion } from '../http/errors';
import { amountUnit, idParams, moneyString, stamps, timestampsOut, versionField } from './common';
import { requireUnit, unitListQuery, yearField } from './unit-records';

const projectSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  fiscalYear: z.number().int(),
  name: z.string(),
  code: z.string().nullable(),
  amountUnit,
  budget: z.string().nullable(),
  demo: z.boolean(),
  ...timestampsOut,
});
type ProjectRow = typeof projects.$inferSelect;
const projectOut = (r: ProjectRow) => ({
  id: r.id,
  organisationId: r.organisationId,
  fiscalYear: r.fiscalYear,
  name: r.name,
  code: r.code,
  amountUnit: r.amountUnit,
  budget: r.budget,
  demo: r.demo,
  ...stamps(r),
});

const projectFields = {
  name: z.string().trim().min(1, 'schema.projectNameEmpty').max(300),
  code: z.string().trim().max(100).optional(),
  amountUnit: amountUnit.default('wanYuan'),
  budget: moneyString.optional(),
};

/** The projects (项目) a unit registers per year; project self-evaluations refer to them. */
export function projectRoutes(app: App, deps: Deps): void {
  projectReadRoutes(app, deps);
  projectWriteRoutes(app, deps);
}

function projectReadRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/projects',
    {
      config: { access: { permission: 'project.read' } },
      schema: {
        tags: ['项目'],
        summary: '项目列表（按权限范围）',
        querystring: unitListQuery,
        response: { 200: z.object({ items: z.array(projectSchema) }) },
      },
    },
    async (request) => {
      const conds: (SQL | undefined)[] = [
        scopeCondition(principalOf(request), 'project.read', organisations.path),
      ];
      if (request.query.organisationId) conds.push(eq(projects.organisationId, request.query.organisationId));
      if (request.query.fiscalYear) conds.push(eq(projects.fiscalYear, request.query.fiscalYear));
      const rows = await db
        .select({ p: projects })
        .from(projects)
        .innerJoin(organisations, eq(organisations.id, projects.organisationId))
        .where(and(...conds))
        .orderBy(asc(projects.fiscalYear), asc(projects.name))
        .limit(5000);
      return { items: rows.map((r) => projectOut(r.p)) };
    },
  );

  app.get(
    '/api/projects/:id',
    {
      config: { access: { permission: 'project.read', target: { entity: 'project', param: 'id' } } },
      schema: { tags: ['项目'], summary: '读取项目', params: idParams, response: { 200: projectSchema } },
    },
    async (request) => {
      const [row] = await db.select().from(projects).where(eq(projects.id, request.params.id));
      if (!row) throw notFound('entity.project');
      return projectOut(row);
    },
  );
}

function projectWriteRoutes(app: App, { db }: Deps): void {
  app.post(
    '/api/organisations/:id/projects',
    {
      config: { access: { permission: 'project.write', target: { entity: 'organisation', param: 'id' } } },
      schema: {
        tags: ['项目'],
        summary: '登记单位的项目',
        params: idParams,
        body: z.object({ fiscalYear: yearField, ...projectFields }),
        response: { 201: projectSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const org = await requireUnit(db, request.params.id);
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(projects)
          .values({ ...request.body, organisationId: org.id, updatedBy: principal.userId })
          .returning();
        if (!created) throw new Error('insert returned nothing');
        await audit(tx, {
          userId: principal.userId,
          action: 'create',
          entity: 'project',
          entityId: created.id,
          after: created,
        });
        return created;
      });
      return reply.status(201).send(projectOut(row));
    },
  );

  app.patch(
    '/api/projects/:id',
    {
      config: { access: { permission: 'project.write', target: { entity: 'project', param: 'id' } } },
      schema: {
        tags: ['项目'],
        summary: '修改项目（须带版本号）',
        params: idParams,
        body: z.object({ version: versionField, ...projectFields }).partial({ name: true, amountUnit: true }),
        response: { 200: projectSchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { version, ...change } = request.body;
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(projects).where(eq(projects.id, request.params.id));
        if (!before) throw notFound('entity.project');
        const [row] = await tx
          .update(projects)
          .set({
            ...change,
            version: sql`${projects.version} + 1`,
            updatedAt: new Date(),
            updatedBy: principal.userId,
          })
          .where(and(eq(projects.id, before.id), eq(projects.version, version)))
          .returning();
        if (!row) throw staleVersion(before.version, version);
        await audit(tx, {
          userId: principal.userId,
          action: 'update',
          entity: 'project',
          entityId: row.id,
          before,
          after: row,
        });
        return projectOut(row);
      });
    },
  );
}
