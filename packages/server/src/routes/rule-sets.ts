import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { audit } from '../db/audit';
import type { DbOrTx } from '../db/connect';
import { customRuleSets, fiscalYears, organisations, ruleSetAssignments } from '../db/schema';
import type { App, Deps } from '../http/app-types';
import { conflict, errorBodySchema, invalid, notFound, staleVersion } from '../http/errors';
import { serverMessage as m } from '../messages';
import { assignedRuleSetId } from '../rule-sets/assignments';
import { isBuiltinRuleSet, knowRuleSet, rememberRuleSet, ruleSetFor } from '../rule-sets/registry';
import { idParams, stamps, timestampsOut, versionField } from './common';

/** A rule-set file as text: the same limit as the JSON body it travels in. */
const MAX_RULE_SET_TEXT = 200_000;

const uploadedSchema = z.object({
  id: z.string(),
  revision: z.number().int().describe('第几次上传（同一标识每次上传加 1）'),
  version: z.string(),
  name: z.string(),
});

const assignmentSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  fiscalYear: z.number().int(),
  ruleSetId: z.string(),
  ...timestampsOut,
});

const assignmentParams = idParams.extend({ year: z.coerce.number().int().min(2000).max(2100) });

export function ruleSetRoutes(app: App, deps: Deps): void {
  ruleSetUploadRoute(app, deps);
  assignmentReadRoute(app, deps);
  assignmentWriteRoutes(app, deps);
}

/** Upload of a custom rule set: read by the formats' rule-set reader, checked by the domain's validator, stored as a new revision. */
function ruleSetUploadRoute(app: App, { db }: Deps): void {
  app.post(
    '/api/rule-sets',
    {
      config: { access: { permission: 'ruleSet.manage' } },
      schema: {
        tags: ['系统'],
        summary: '上传自定义评分规则集（JSON 或 YAML；校验不通过时逐项说明）',
        body: z.object({
          fileName: z.string().min(1).max(200),
          content: z.string().min(1).max(MAX_RULE_SET_TEXT),
        }),
        response: { 201: uploadedSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { readRuleSetFile } = await import('@jixiao/formats');
      const ruleSet = readRuleSetFile(request.body.content, request.body.fileName);
      if (isBuiltinRuleSet(ruleSet.id)) {
        throw invalid(m('ruleSet.builtinId', { id: ruleSet.id }), [
          {
            message: m('ruleSet.builtinId', { id: ruleSet.id }),
            location: { path: 'id', label: m('field.ruleSetId').text },
          },
        ]);
      }
      const stored = await db.transaction(async (tx) => {
        // One upload per id at a time: the advisory lock orders revisions without a retry loop.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`rule-set:${ruleSet.id}`}))`);
        const [taken] = await tx
          .select({ revision: customRuleSets.revision })
          .from(customRuleSets)
          .where(
            and(eq(customRuleSets.ruleSetId, ruleSet.id), eq(customRuleSets.versionLabel, ruleSet.version)),
          );
        if (taken) throw conflict(m('ruleSet.versionExists', { id: ruleSet.id, version: ruleSet.version }));
        const [last] = await tx
          .select({ revision: max(customRuleSets.revision) })
          .from(customRuleSets)
          .where(eq(customRuleSets.ruleSetId, ruleSet.id));
        const [row] = await tx
          .insert(customRuleSets)
          .values({
            ruleSetId: ruleSet.id,
            revision: (last?.revision ?? 0) + 1,
            versionLabel: ruleSet.version,
            content: ruleSet,
            createdBy: principal.userId,
          })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        await audit(tx, {
          userId: principal.userId,
          action: 'create',
          entity: 'ruleSet',
          entityId: `${row.ruleSetId}#${row.revision}`,
          after: { id: row.ruleSetId, revision: row.revision, version: row.versionLabel, name: ruleSet.name },
        });
        return row;
      });
      rememberRuleSet(stored.revision, ruleSet);
      return reply
        .status(201)
        .send({ id: ruleSet.id, revision: stored.revision, version: ruleSet.version, name: ruleSet.name });
    },
  );
}

function assignmentReadRoute(app: App, { db }: Deps): void {
  app.get(
    '/api/rule-set-assignments',
    {
      config: { access: { permission: 'ruleSet.manage' } },
      schema: {
        tags: ['系统'],
        summary: '各区划各年度指定的评分规则集（未指定的区划按年度默认规则集）',
        querystring: z.object({ fiscalYear: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: z.object({ items: z.array(assignmentSchema) }) },
      },
    },
    async (request) => {
      const year = request.query.fiscalYear;
      const rows = await db
        .select({ a: ruleSetAssignments, organisationName: organisations.name })
        .from(ruleSetAssignments)
        .innerJoin(organisations, eq(organisations.id, ruleSetAssignments.organisationId))
        .where(year === undefined ? undefined : eq(ruleSetAssignments.fiscalYear, year))
        .orderBy(desc(ruleSetAssignments.fiscalYear), asc(organisations.name));
      return {
        items: rows.map(({ a, organisationName }) => ({
          organisationId: a.organisationId,
          organisationName,
          fiscalYear: a.fiscalYear,
          ruleSetId: a.ruleSetId,
          ...stamps(a),
        })),
      };
    },
  );
}

function assignmentWriteRoutes(app: App, { db }: Deps): void {
  const target = { entity: 'organisation', param: 'id' } as const;
  app.get(
    '/api/organisations/:id/rule-set-assignments/:year',
    {
      config: { access: { permission: 'organisation.read', target } },
      schema: {
        tags: ['系统'],
        summary: '该组织所在区划某年度指定的评分规则集（新建自评时按此计分；未指定为 null）',
        params: assignmentParams,
        response: { 200: z.object({ ruleSetId: z.string().nullable() }), 404: errorBodySchema },
      },
    },
    async (request) => {
      const [org] = await db
        .select({ path: organisations.path })
        .from(organisations)
        .where(eq(organisations.id, request.params.id));
      if (!org) throw notFound('entity.organisation');
      return { ruleSetId: (await assignedRuleSetId(db, org.path, request.params.year)) ?? null };
    },
  );

  app.put(
    '/api/organisations/:id/rule-set-assignments/:year',
    {
      config: { access: { permission: 'ruleSet.manage', target } },
      schema: {
        tags: ['系统'],
        summary: '为区划指定某年度的评分规则集（该区划此后新建的自评按此规则集计分；修改时须带版本号）',
        params: assignmentParams,
        body: z.object({
          ruleSetId: z.string().min(1).max(100),
          version: versionField.optional().describe('修改已有指定时必填；新指定时不填'),
        }),
        response: { 200: assignmentSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { id, year } = request.params;
      const { ruleSetId, version } = request.body;
      await knowRuleSet(db, ruleSetId);
      ruleSetFor(ruleSetId);
      return db.transaction(async (tx) => {
        const region = await regionRow(tx, id, year);
        const [before] = await tx
          .select()
          .from(ruleSetAssignments)
          .where(and(eq(ruleSetAssignments.organisationId, id), eq(ruleSetAssignments.fiscalYear, year)));
        let row: typeof ruleSetAssignments.$inferSelect | undefined;
        if (!before) {
          if (version !== undefined) throw conflict(m('ruleSet.assignmentExists', { year }));
          [row] = await tx
            .insert(ruleSetAssignments)
            .values({ organisationId: id, fiscalYear: year, ruleSetId, updatedBy: principal.userId })
            .onConflictDoNothing()
            .returning();
          if (!row) throw conflict(m('ruleSet.assignmentExists', { year }));
        } else {
          if (version === undefined) throw conflict(m('ruleSet.assignmentExists', { year }));
          [row] = await tx
            .update(ruleSetAssignments)
            .set({ ruleSetId, version: version + 1, updatedAt: new Date(), updatedBy: principal.userId })
            .where(
              and(
                eq(ruleSetAssignments.organisationId, id),
                eq(ruleSetAssignments.fiscalYear, year),
                eq(ruleSetAssignments.version, version),
              ),
            )
            .returning();
          if (!row) throw staleVersion(before.version, version);
        }
        await audit(tx, {
          userId: principal.userId,
          action: before ? 'update' : 'create',
          entity: 'ruleSetAssignment',
          entityId: `${id}/${year}`,
          before: before ? { ruleSetId: before.ruleSetId } : undefined,
          after: { ruleSetId: row.ruleSetId },
        });
        return {
          organisationId: id,
          organisationName: region.name,
          fiscalYear: year,
          ruleSetId,
          ...stamps(row),
        };
      });
    },
  );

  app.delete(
    '/api/organisations/:id/rule-set-assignments/:year',
    {
      config: { access: { permission: 'ruleSet.manage', target } },
      schema: {
        tags: ['系统'],
        summary: '取消区划某年度的规则集指定（恢复为年度默认规则集；须带版本号）',
        params: assignmentParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
        response: { 204: z.null(), 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { id, year } = request.params;
      await db.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(ruleSetAssignments)
          .where(and(eq(ruleSetAssignments.organisationId, id), eq(ruleSetAssignments.fiscalYear, year)));
        if (!before) throw notFound('entity.ruleSetAssignment');
        const [gone] = await tx
          .delete(ruleSetAssignments)
          .where(
            and(
              eq(ruleSetAssignments.organisationId, id),
              eq(ruleSetAssignments.fiscalYear, year),
              eq(ruleSetAssignments.version, request.query.version),
            ),
          )
          .returning({ id: ruleSetAssignments.organisationId });
        if (!gone) throw staleVersion(before.version, request.query.version);
        await audit(tx, {
          userId: principal.userId,
          action: 'delete',
          entity: 'ruleSetAssignment',
          entityId: `${id}/${year}`,
          before: { ruleSetId: before.ruleSetId },
        });
      });
      return reply.status(204).send(null);
    },
  );
}

/** The organisation must be a region (a root of the tree) and the year must exist. */
async function regionRow(tx: DbOrTx, id: string, year: number) {
  const [org] = await tx.select().from(organisations).where(eq(organisations.id, id));
  if (!org) throw notFound('entity.organisation');
  if (org.parentId !== null) throw invalid(m('ruleSet.regionOnly', { name: org.name }));
  const [fy] = await tx
    .select({ year: fiscalYears.year })
    .from(fiscalYears)
    .where(eq(fiscalYears.year, year));
  if (!fy) throw invalid(m('ruleSet.yearMissing', { year }));
  return org;
}
