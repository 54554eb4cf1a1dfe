import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { scopeCondition } from '../access/scope';
import { audit } from '../db/audit';
import { organisations } from '../db/schema';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema, invalid, notFound, staleVersion } from '../http/errors';
import { serverMessage as m } from '../messages';
import { idParams, stamps, timestampsOut, versionField } from './common';

export const ORGANISATION_KINDS = ['financeBureau', 'department', 'unit'] as const;
export const ORGANISATION_KIND_LABEL = {
  financeBureau: '财政局',
  department: '主管部门',
  unit: '单位',
} as const;
/** The kind a child must have under each kind (财政局 → 主管部门 → 单位). */
const CHILD_KIND = { financeBureau: 'department', department: 'unit', unit: null } as const;

const organisationSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  code: z.string().nullable(),
  regionCode: z.string().nullable(),
  demo: z.boolean(),
  ...timestampsOut,
});

type OrganisationRow = typeof organisations.$inferSelect;
const out = (r: OrganisationRow) => ({
  id: r.id,
  parentId: r.parentId,
  kind: r.kind,
  name: r.name,
  code: r.code,
  regionCode: r.regionCode,
  demo: r.demo,
  ...stamps(r),
});

const editable = {
  name: z.string().trim().min(1, 'schema.nameEmpty').max(200),
  code: z.string().trim().max(50).optional(),
  regionCode: z
    .string()
    .regex(/^\d{6}$/, 'schema.regionCode')
    .optional(),
};

export function organisationRoutes(app: App, deps: Deps): void {
  organisationReadRoutes(app, deps);
  organisationCreateRoutes(app, deps);
  organisationUpdateRoutes(app, deps);
}

function organisationReadRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/organisations',
    {
      config: { access: { permission: 'organisation.read' } },
      schema: {
        tags: ['组织'],
        summary: '组织列表（财政局、主管部门、单位；按权限范围）',
        querystring: z.object({ kind: z.enum(ORGANISATION_KINDS).optional(), parentId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(organisationSchema) }) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const conds: (SQL | undefined)[] = [scopeCondition(principal, 'organisation.read', organisations.path)];
      if (request.query.kind) conds.push(eq(organisations.kind, request.query.kind));
      if (request.query.parentId) conds.push(eq(organisations.parentId, request.query.parentId));
      const rows = await db
        .select()
        .from(organisations)
        .where(and(...conds))
        .orderBy(asc(organisations.path), asc(organisations.name));
      return { items: rows.map(out) };
    },
  );

  app.get(
    '/api/organisations/:id',
    {
      config: {
        access: { permission: 'organisation.read', target: { entity: 'organisation', param: 'id' } },
      },
      schema: {
        tags: ['组织'],
        summary: '读取组织',
        params: idParams,
        response: { 200: organisationSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const [row] = await db.select().from(organisations).where(eq(organisations.id, request.params.id));
      if (!row) throw notFound('entity.organisation');
      return out(row);
    },
  );
}

function organisationCreateRoutes(app: App, { db }: Deps): void {
  app.post(
    '/api/organisations',
    {
      config: { access: { permission: 'organisation.write' } },
      schema: {
        tags: ['组织'],
        summary: '新建组织（财政局无上级；主管部门在财政局下；单位在主管部门下）',
        body: z.object({ parentId: z.uuid().optional(), kind: z.enum(ORGANISATION_KINDS), ...editable }),
        response: { 201: organisationSchema, 400: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const row = await db.transaction(async (tx) => {
        const body = request.body;
        let parentPath = '/';
        if (body.kind === 'financeBureau') {
          if (body.parentId)
            throw invalid(m('organisation.bureauHasNoParent'), [
              { message: m('organisation.bureauHasNoParent'), location: { path: 'parentId' } },
            ]);
        } else {
          if (!body.parentId)
            throw invalid(m('organisation.parentRequired'), [
              { message: m('organisation.parentRequired'), location: { path: 'parentId' } },
            ]);
          const [parent] = await tx.select().from(organisations).where(eq(organisations.id, body.parentId));
          if (!parent)
            throw invalid(m('organisation.parentMissing'), [
              { message: m('organisation.parentMissing'), location: { path: 'parentId' } },
            ]);
          if (CHILD_KIND[parent.kind] !== body.kind) {
            const message = m('organisation.wrongChildKind', {
              parent: m(`kind.${parent.kind}`),
              child: m(`kind.${body.kind}`),
            });
            throw invalid(message, [{ message, location: { path: 'kind' } }]);
          }
          parentPath = parent.path;
        }
        const id = crypto.randomUUID();
        const [created] = await tx
          .insert(organisations)
          .values({
            id,
            parentId: body.parentId ?? null,
            kind: body.kind,
            name: body.name,
            code: body.code ?? null,
            regionCode: body.regionCode ?? null,
            path: `${parentPath}${id}/`,
            updatedBy: principal.userId,
          })
          .onConflictDoNothing()
          .returning();
        if (!created)
          throw invalid(m('organisation.duplicateName', { name: body.name }), [
            { message: m('organisation.nameTaken'), location: { path: 'name' } },
          ]);
        await audit(tx, {
          userId: principal.userId,
          action: 'create',
          entity: 'organisation',
          entityId: id,
          after: created,
        });
        return created;
      });
      return reply.status(201).send(out(row));
    },
  );
}

function organisationUpdateRoutes(app: App, { db }: Deps): void {
  app.patch(
    '/api/organisations/:id',
    {
      config: {
        access: { permission: 'organisation.write', target: { entity: 'organisation', param: 'id' } },
      },
      schema: {
        tags: ['组织'],
        summary: '修改组织名称或代码（须带版本号）',
        params: idParams,
        body: z.object({ version: versionField, ...editable }).partial({ name: true }),
        response: { 200: organisationSchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { version, ...change } = request.body;
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(organisations).where(eq(organisations.id, request.params.id));
        if (!before) throw notFound('entity.organisation');
        const [row] = await tx
          .update(organisations)
          .set({
            ...change,
            version: sql`${organisations.version} + 1`,
            updatedAt: new Date(),
            updatedBy: principal.userId,
          })
          .where(and(eq(organisations.id, before.id), eq(organisations.version, version)))
          .returning();
        if (!row) throw staleVersion(before.version, version);
        await audit(tx, {
          userId: principal.userId,
          action: 'update',
          entity: 'organisation',
          entityId: row.id,
          before,
          after: row,
        });
        return out(row);
      });
    },
  );
}
