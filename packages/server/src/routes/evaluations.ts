import { type Evaluation, evaluationSchema, parseEvaluation } from '@jixiao/domain';
import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { scopeCondition } from '../access/scope';
import { audit } from '../db/audit';
import type { Db } from '../db/connect';
import {
  auditLog,
  EVALUATION_STATUSES,
  type EvaluationStatus,
  evaluations,
  organisations,
  projects,
} from '../db/schema';
import { outcomeOf } from '../evaluations/derive';
import { type EvaluationRow, insertEvaluation, updateEvaluationVersioned } from '../evaluations/store';
import type { App, Deps } from '../http/app-types';
import { conflict, errorBodySchema, invalid, notFound, staleVersion } from '../http/errors';
import { idParams, pageQuery, stamps, timestampsOut, versionField } from './common';

export const EVALUATION_STATUS_LABEL: Record<EvaluationStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  approved: '已审核',
  returned: '已退回',
};

const summarySchema = z.object({
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

function summary(row: EvaluationRow) {
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

const detailSchema = summarySchema.extend({
  evaluation: z.unknown().describe('自评数据（jixiao.evaluation 格式）'),
});
const detail = (row: EvaluationRow) => ({ ...summary(row), evaluation: row.data });

async function load(db: Db, id: string): Promise<EvaluationRow> {
  const [row] = await db.select().from(evaluations).where(eq(evaluations.id, id));
  if (!row) throw notFound('自评');
  return row;
}

/** The stored JSON is the domain model; parse again so defaults of newer schema versions apply. */
const modelOf = (row: EvaluationRow): Evaluation => parseEvaluation(row.data);

const transitionBody = z.object({ version: versionField, comment: z.string().max(2000).optional() });

/** Status moves: from which statuses, to which, and the permission each needs. */
const TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted', permission: 'evaluation.submit', label: '提交' },
  approve: { from: ['submitted'], to: 'approved', permission: 'evaluation.approve', label: '审核通过' },
  return: { from: ['submitted', 'approved'], to: 'returned', permission: 'evaluation.return', label: '退回' },
} as const;

export function evaluationRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/evaluations',
    {
      config: { access: { permission: 'evaluation.read' } },
      schema: {
        tags: ['自评'],
        summary: '自评列表（按权限范围过滤，可筛选、分页）',
        querystring: z.object({
          fiscalYear: z.coerce.number().int().optional(),
          kind: z.enum(['project', 'unitWide']).optional(),
          status: z.enum(EVALUATION_STATUSES).optional(),
          organisationId: z.uuid().optional().describe('该组织及其下级'),
          grade: z.string().optional(),
          q: z.string().max(100).optional().describe('按名称或单位搜索'),
          demo: z.enum(['true', 'false']).optional(),
          sort: z.enum(['updatedAt', 'totalScore', 'title', 'fiscalYear']).default('updatedAt'),
          order: z.enum(['asc', 'desc']).default('desc'),
          ...pageQuery,
        }),
        response: {
          200: z.object({
            items: z.array(summarySchema),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const principal = principalOf(request);
      const conds: (SQL | undefined)[] = [scopeCondition(principal, 'evaluation.read', organisations.path)];
      if (q.fiscalYear !== undefined) conds.push(eq(evaluations.fiscalYear, q.fiscalYear));
      if (q.kind) conds.push(eq(evaluations.kind, q.kind));
      if (q.status) conds.push(eq(evaluations.status, q.status));
      if (q.grade) conds.push(eq(evaluations.grade, q.grade));
      if (q.demo) conds.push(eq(evaluations.demo, q.demo === 'true'));
      if (q.q) {
        const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        conds.push(or(ilike(evaluations.title, like), ilike(evaluations.unitName, like)));
      }
      if (q.organisationId) {
        const [org] = await db
          .select({ path: organisations.path })
          .from(organisations)
          .where(eq(organisations.id, q.organisationId));
        if (!org) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
        conds.push(sql`starts_with(${organisations.path}, ${org.path})`);
      }
      const where = and(...conds);
      const column = {
        updatedAt: evaluations.updatedAt,
        totalScore: evaluations.totalScore,
        title: evaluations.title,
        fiscalYear: evaluations.fiscalYear,
      }[q.sort];
      const rows = await db
        .select({ e: evaluations })
        .from(evaluations)
        .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
        .where(where)
        .orderBy(q.order === 'asc' ? asc(column) : desc(column), asc(evaluations.id))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
      const [total] = await db
        .select({ n: count() })
        .from(evaluations)
        .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
        .where(where);
      return {
        items: rows.map((r) => summary(r.e)),
        total: total?.n ?? 0,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.get(
    '/api/evaluations/:id',
    {
      config: { access: { permission: 'evaluation.read', target: { entity: 'evaluation', param: 'id' } } },
      schema: {
        tags: ['自评'],
        summary: '读取一份自评',
        params: idParams,
        response: { 200: detailSchema, 404: errorBodySchema },
      },
    },
    async (request) => detail(await load(db, request.params.id)),
  );

  app.post(
    '/api/organisations/:id/evaluations',
    {
      config: { access: { permission: 'evaluation.write', target: { entity: 'organisation', param: 'id' } } },
      schema: {
        tags: ['自评'],
        summary: '在单位下新建自评（草稿）',
        params: idParams,
        body: z.object({ evaluation: evaluationSchema, projectId: z.uuid().optional() }),
        response: { 201: detailSchema, 400: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const [org] = await db.select().from(organisations).where(eq(organisations.id, request.params.id));
      if (org?.kind !== 'unit') throw invalid('自评只能建在单位（预算单位）下');
      const evaluation = parseEvaluation(request.body.evaluation);
      outcomeOf(evaluation);
      if (request.body.projectId) {
        const [project] = await db
          .select({ org: projects.organisationId })
          .from(projects)
          .where(eq(projects.id, request.body.projectId));
        if (project?.org !== org.id) {
          throw invalid('所选项目不属于该单位', [
            { message: '所选项目不属于该单位', location: { path: 'projectId', label: '项目' } },
          ]);
        }
      }
      const row = await db.transaction((tx) =>
        insertEvaluation(tx, {
          organisationId: org.id,
          projectId: request.body.projectId ?? null,
          evaluation,
          userId: principal.userId,
        }),
      );
      return reply.status(201).send(detail(row));
    },
  );

  app.put(
    '/api/evaluations/:id',
    {
      config: { access: { permission: 'evaluation.write', target: { entity: 'evaluation', param: 'id' } } },
      schema: {
        tags: ['自评'],
        summary: '保存自评（须带版本号；草稿或已退回时可改）',
        params: idParams,
        body: z.object({ version: versionField, evaluation: evaluationSchema }),
        response: { 200: detailSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const current = await load(db, request.params.id);
      if (current.status !== 'draft' && current.status !== 'returned') {
        throw conflict(
          `自评当前状态为「${EVALUATION_STATUS_LABEL[current.status]}」，只有草稿或已退回的自评可以修改`,
        );
      }
      const evaluation = parseEvaluation(request.body.evaluation);
      const row = await updateEvaluationVersioned(
        db,
        current.id,
        request.body.version,
        principal.userId,
        { evaluation },
        'update',
      );
      return detail(row);
    },
  );

  app.delete(
    '/api/evaluations/:id',
    {
      config: { access: { permission: 'evaluation.write', target: { entity: 'evaluation', param: 'id' } } },
      schema: {
        tags: ['自评'],
        summary: '删除自评草稿（须带版本号；已提交的不能删除）',
        params: idParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
        response: { 204: z.null(), 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      await db.transaction(async (tx) => {
        const [current] = await tx.select().from(evaluations).where(eq(evaluations.id, request.params.id));
        if (!current) throw notFound('自评');
        if (current.status !== 'draft' && current.status !== 'returned') {
          throw conflict(
            `自评当前状态为「${EVALUATION_STATUS_LABEL[current.status]}」，只有草稿或已退回的自评可以删除`,
          );
        }
        const [gone] = await tx
          .delete(evaluations)
          .where(and(eq(evaluations.id, current.id), eq(evaluations.version, request.query.version)))
          .returning({ id: evaluations.id });
        if (!gone) throw staleVersion(current.version, request.query.version);
        await audit(tx, {
          userId: principal.userId,
          action: 'delete',
          entity: 'evaluation',
          entityId: current.id,
          before: current.data,
        });
      });
      return reply.status(204).send(null);
    },
  );

  for (const [action, t] of Object.entries(TRANSITIONS)) {
    app.post(
      `/api/evaluations/:id/${action}`,
      {
        config: { access: { permission: t.permission, target: { entity: 'evaluation', param: 'id' } } },
        schema: {
          tags: ['自评'],
          summary: `${t.label}自评`,
          params: idParams,
          body: transitionBody,
          response: { 200: detailSchema, 409: errorBodySchema },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const current = await load(db, request.params.id);
        const from: readonly string[] = t.from;
        if (!from.includes(current.status)) {
          throw conflict(`自评当前状态为「${EVALUATION_STATUS_LABEL[current.status]}」，不能${t.label}`);
        }
        const row = await updateEvaluationVersioned(
          db,
          current.id,
          request.body.version,
          principal.userId,
          { status: t.to },
          action,
        );
        return detail(row);
      },
    );
  }

  app.post(
    '/api/evaluations/:id/score',
    {
      config: { access: { permission: 'evaluation.compute', target: { entity: 'evaluation', param: 'id' } } },
      schema: { tags: ['自评'], summary: '按规则集计分（含每项得分的计算说明）', params: idParams },
    },
    async (request) => {
      const row = await load(db, request.params.id);
      return { id: row.id, version: row.version, result: outcomeOf(modelOf(row)).result };
    },
  );

  app.post(
    '/api/evaluations/:id/check',
    {
      config: { access: { permission: 'evaluation.compute', target: { entity: 'evaluation', param: 'id' } } },
      schema: { tags: ['自评'], summary: '审核检查（审核发现列表）', params: idParams },
    },
    async (request) => {
      const row = await load(db, request.params.id);
      return { id: row.id, version: row.version, findings: outcomeOf(modelOf(row)).findings };
    },
  );

  app.get(
    '/api/evaluations/:id/history',
    {
      config: { access: { permission: 'evaluation.read', target: { entity: 'evaluation', param: 'id' } } },
      schema: { tags: ['自评'], summary: '修改记录（审计日志）', params: idParams },
    },
    async (request) => {
      const rows = await db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          userId: auditLog.userId,
          action: auditLog.action,
          after: auditLog.after,
        })
        .from(auditLog)
        .where(and(eq(auditLog.entity, 'evaluation'), eq(auditLog.entityId, request.params.id)))
        .orderBy(asc(auditLog.id));
      return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })) };
    },
  );
}
