import { and, asc, count, eq, ne, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { scopeCondition } from '../access/scope';
import { underPath } from '../access/tree-path';
import { audit } from '../db/audit';
import type { Tx } from '../db/connect';
import { budgets, evaluations, organisations, projects, roleAssignments } from '../db/schema';
import type { App, Deps } from '../http/app-types';
import { conflict, errorBodySchema, invalid, notFound, staleVersion } from '../http/errors';
import { serverMessage as m } from '../messages';
import { ACCOUNT_LIMITS as L } from '../users/limits';
import { idParams, MAX_VERSION, stamps, timestampsOut, versionField } from './common';

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
  name: z.string().trim().min(1, 'schema.nameEmpty').max(L.organisationNameMax, 'schema.nameTooLong'),
  /** 统一社会信用代码 or 单位编码; empty means none. Unique within the fiscal region. */
  code: z
    .string()
    .trim()
    .max(L.organisationCodeMax, 'schema.organisationCode')
    .regex(/^[0-9A-Za-z-]*$/, 'schema.organisationCode')
    .optional(),
  regionCode: z
    .string()
    .regex(new RegExp(`^\\d{${L.regionCodeLength}}$`), 'schema.regionCode')
    .optional(),
};

/** The database's unique constraint a failed write broke (drizzle wraps the driver's error as its cause). */
function brokenUniqueConstraint(error: unknown): string | undefined {
  for (let e: unknown = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    if ('code' in e && e.code === '23505' && 'constraint' in e && typeof e.constraint === 'string')
      return e.constraint;
  }
  return undefined;
}

/** A duplicate name under one parent, or a code used twice in a region, as the field the person typed. */
function refuseDuplicate(
  error: unknown,
  body: { name?: string; code?: string | null; regionCode?: string },
): never {
  const constraint = brokenUniqueConstraint(error);
  if (constraint === 'organisations_parent_name_uq' && body.name !== undefined)
    throw invalid(m('organisation.duplicateName', { name: body.name }), [
      { message: m('organisation.duplicateName', { name: body.name }), location: { path: 'name' } },
    ]);
  if (constraint === 'organisations_region_code_uq' && body.code) {
    const message = m('organisation.codeTaken', { code: body.code });
    throw invalid(message, [{ message, location: { path: 'code' } }]);
  }
  // A bureau moved to a region where one of its subtree's codes is taken.
  if (constraint === 'organisations_region_code_uq' && body.regionCode) {
    const message = m('organisation.regionCodesTaken', { region: body.regionCode });
    throw invalid(message, [{ message, location: { path: 'regionCode' } }]);
  }
  throw error;
}

/** The region a new child takes: its parent's; typing another one is refused rather than ignored. */
function childRegion(parentRegion: string | null, given: string | undefined): string | null {
  if (given !== undefined && parentRegion !== null && given !== parentRegion) {
    const message = m('organisation.regionFromParent', { region: parentRegion });
    throw invalid(message, [{ message, location: { path: 'regionCode' } }]);
  }
  return parentRegion ?? given ?? null;
}

export function organisationRoutes(app: App, deps: Deps): void {
  organisationReadRoutes(app, deps);
  organisationCreateRoutes(app, deps);
  organisationUpdateRoutes(app, deps);
  organisationDeleteRoutes(app, deps);
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
      const body = request.body;
      const row = await db
        .transaction(async (tx) => {
          let parentPath = '/';
          let regionCode = body.regionCode ?? null;
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
            // Shared lock: the parent cannot be deleted while its child is being made.
            const [parent] = await tx
              .select()
              .from(organisations)
              .where(eq(organisations.id, body.parentId))
              .for('share');
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
            regionCode = childRegion(parent.regionCode, body.regionCode);
          }
          const id = crypto.randomUUID();
          const [created] = await tx
            .insert(organisations)
            .values({
              id,
              parentId: body.parentId ?? null,
              kind: body.kind,
              name: body.name,
              code: body.code || null,
              regionCode,
              path: `${parentPath}${id}/`,
              updatedBy: principal.userId,
            })
            .returning();
          if (!created) throw new Error('insert returned no row');
          await audit(tx, {
            userId: principal.userId,
            action: 'create',
            entity: 'organisation',
            entityId: id,
            after: created,
          });
          return created;
        })
        .catch((e: unknown) => refuseDuplicate(e, body));
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
        summary: '修改组织名称或代码（须带版本号；财政区划只在财政局上改，其下级随之改）',
        params: idParams,
        body: z.object({ version: versionField, ...editable }).partial({ name: true }),
        response: {
          200: organisationSchema,
          400: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { version, ...given } = request.body;
      const change = given.code === undefined ? given : { ...given, code: given.code || null };
      return db
        .transaction(async (tx) => {
          const [before] = await tx
            .select()
            .from(organisations)
            .where(eq(organisations.id, request.params.id));
          if (!before) throw notFound('entity.organisation');
          const regionChanges = change.regionCode !== undefined && change.regionCode !== before.regionCode;
          if (regionChanges && before.kind !== 'financeBureau') {
            const message = m('organisation.regionOnlyBureau');
            throw invalid(message, [{ message, location: { path: 'regionCode' } }]);
          }
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
          // Everything under a bureau lies in its region.
          if (regionChanges)
            await tx
              .update(organisations)
              .set({ regionCode: row.regionCode })
              .where(and(underPath(organisations.path, before.path), ne(organisations.id, before.id)));
          await audit(tx, {
            userId: principal.userId,
            action: 'update',
            entity: 'organisation',
            entityId: row.id,
            before,
            after: row,
          });
          return out(row);
        })
        .catch((e: unknown) => refuseDuplicate(e, change));
    },
  );
}

/** What still hangs on an organisation, counted; deleting it would take these with it, so it is refused. */
async function holdings(tx: Tx, id: string) {
  const counted = async (rows: Promise<{ n: number }[]>) => (await rows)[0]?.n ?? 0;
  const n = { n: count() };
  return {
    children: await counted(tx.select(n).from(organisations).where(eq(organisations.parentId, id))),
    users: await counted(tx.select(n).from(roleAssignments).where(eq(roleAssignments.organisationId, id))),
    evaluations: await counted(tx.select(n).from(evaluations).where(eq(evaluations.organisationId, id))),
    budgets: await counted(tx.select(n).from(budgets).where(eq(budgets.organisationId, id))),
    projects: await counted(tx.select(n).from(projects).where(eq(projects.organisationId, id))),
  };
}

function organisationDeleteRoutes(app: App, { db }: Deps): void {
  app.delete(
    '/api/organisations/:id',
    {
      config: {
        access: { permission: 'organisation.write', target: { entity: 'organisation', param: 'id' } },
      },
      schema: {
        tags: ['组织'],
        summary: '删除组织（须带版本号；还有下级组织、用户、自评、预算或项目的不能删除）',
        params: idParams,
        querystring: z.object({ version: z.coerce.number().int().min(1).max(MAX_VERSION) }),
        response: { 204: z.null(), 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      await db.transaction(async (tx) => {
        // Locked first: a role, evaluation or child added meanwhile waits for this transaction, then sees it gone.
        const [before] = await tx
          .select()
          .from(organisations)
          .where(eq(organisations.id, request.params.id))
          .for('update');
        if (!before) throw notFound('entity.organisation');
        if (before.version !== request.query.version)
          throw staleVersion(before.version, request.query.version);
        const held = await holdings(tx, before.id);
        const parts = (Object.keys(held) as (keyof typeof held)[])
          .filter((k) => held[k] > 0)
          .map((k) => m(`organisation.${k}`, { count: held[k] }));
        if (parts.length > 0) {
          const what = {
            zh: parts.map((p) => p.text.zh).join('、'),
            en: parts.map((p) => p.text.en).join(', '),
          };
          throw conflict(m('organisation.notEmpty', { name: before.name, what }));
        }
        await tx.delete(organisations).where(eq(organisations.id, before.id));
        await audit(tx, {
          userId: principal.userId,
          action: 'delete',
          entity: 'organisation',
          entityId: before.id,
          before,
        });
      });
      return reply.status(204).send(null);
    },
  );
}
