import { EVALUATION_STATUSES } from '@jixiao/domain';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { declarationFindings } from '../declarations/to-evaluation';
import { outcomeOf } from '../evaluations/derive';
import { createEvaluation, deleteEvaluation, saveEvaluation } from '../evaluations/edit';
import { currentSnapshotOf, type ListPage, listPageJson } from '../evaluations/list';
import { ListCache, type PageCache, SnapshotCache } from '../evaluations/list-cache';
import { loadEvaluation, loadEvaluationAt, modelOf } from '../evaluations/read';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema } from '../http/errors';
import { findingSchema, scoreResultJson, scoreResultSchema } from '../http/schemas/evaluation-results';
import { replyBuiltByHand } from '../http/serializer';
import { idParams, pageQuery, versionField } from './common';
import { evaluationCommentRoutes } from './evaluation-comments';
import { detail, detailSchema, evaluationJson, onEvaluation, summarySchema } from './evaluation-schemas';
import { evaluationWorkflowRoutes } from './evaluation-workflow';

export { EVALUATION_STATUS_LABEL } from '../evaluations/status';

const listQuery = z.object({
  fiscalYear: z.coerce.number().int().optional(),
  kind: z.enum(['project', 'unitWide']).optional(),
  status: z.enum(EVALUATION_STATUSES).optional(),
  organisationId: z.uuid().optional().describe('该组织及其下级'),
  grade: z.string().optional(),
  q: z.string().max(100).optional().describe('按名称或单位搜索'),
  demo: z.enum(['true', 'false']).optional(),
  hasErrors: z.enum(['true', 'false']).optional().describe('true：有错误（error_count > 0）'),
  awaiting: z.enum(['true']).optional().describe('true：只列轮到我审核（签字、初审、复审）的自评'),
  sort: z.enum(['updatedAt', 'totalScore', 'title', 'fiscalYear']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  ...pageQuery,
});

/** The evaluation resource, registered in the order of the API document. */
export function evaluationRoutes(app: App, deps: Deps): void {
  evaluationRecordRoutes(app, deps);
  evaluationWorkflowRoutes(app, deps);
  evaluationComputeRoutes(app, deps);
  evaluationCommentRoutes(app, deps);
}

function evaluationRecordRoutes(app: App, deps: Deps): void {
  const { db, readDb, database } = deps;
  // List pages kept while nothing could have changed them: on PGlite while nothing is written through the
  // one connection, on PostgreSQL while the read database's snapshot is the same (list-cache.ts).
  const listCache: PageCache<ListPage> = database.changeCount
    ? new ListCache<ListPage>(database.changeCount)
    : new SnapshotCache<ListPage>(currentSnapshotOf(readDb));
  // The reply is the schema's JSON written as text (the items by the database), so its type here is a string.
  app.get<{ Querystring: z.output<typeof listQuery>; Reply: string }>(
    '/api/evaluations',
    {
      config: { access: { permission: 'evaluation.read' } },
      schema: {
        tags: ['自评'],
        summary: '自评列表（按权限范围过滤，可筛选、分页）',
        querystring: listQuery,
        response: {
          200: replyBuiltByHand(
            z.object({
              items: z.array(summarySchema),
              total: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
            }),
          ),
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const { itemsJson, total } = await listPageJson(readDb, principalOf(request), q, listCache);
      // The items arrive as JSON text written by the database (evaluations/list.ts), sent as they are.
      return reply
        .type('application/json; charset=utf-8')
        .send(`{"items":${itemsJson},"total":${total},"page":${q.page},"pageSize":${q.pageSize}}`);
    },
  );

  app.get(
    '/api/evaluations/:id',
    {
      config: { access: onEvaluation('evaluation.read') },
      schema: {
        tags: ['自评'],
        summary: '读取一份自评',
        params: idParams,
        response: { 200: detailSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const { row, organisationPath } = await loadEvaluationAt(db, request.params.id);
      return detail(db, row, principalOf(request), modelOf(row), organisationPath);
    },
  );

  evaluationWriteRoutes(app, deps);
}

function evaluationWriteRoutes(app: App, { db }: Deps): void {
  app.post(
    '/api/organisations/:id/evaluations',
    {
      config: { access: { permission: 'evaluation.write', target: { entity: 'organisation', param: 'id' } } },
      schema: {
        tags: ['自评'],
        summary: '在单位下新建自评（草稿）',
        params: idParams,
        body: z.object({ evaluation: evaluationJson, projectId: z.uuid().optional() }),
        response: { 201: detailSchema, 400: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const row = await createEvaluation(db, {
        organisationId: request.params.id,
        ...request.body,
        userId: principal.userId,
      });
      return reply.status(201).send(await detail(db, row, principal));
    },
  );

  app.put(
    '/api/evaluations/:id',
    {
      config: { access: onEvaluation('evaluation.write') },
      schema: {
        tags: ['自评'],
        summary: '保存自评（须带版本号；草稿或已退回时可改）',
        params: idParams,
        body: z.object({ version: versionField, evaluation: evaluationJson }),
        response: { 200: detailSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { row, evaluation, organisationPath } = await saveEvaluation(db, {
        id: request.params.id,
        ...request.body,
        userId: principal.userId,
      });
      return detail(db, row, principal, evaluation, organisationPath);
    },
  );

  app.delete(
    '/api/evaluations/:id',
    {
      config: { access: onEvaluation('evaluation.write') },
      schema: {
        tags: ['自评'],
        summary: '删除自评草稿（须带版本号；已提交的不能删除）',
        params: idParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
        response: { 204: z.null(), 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const userId = principalOf(request).userId;
      await deleteEvaluation(db, { id: request.params.id, version: request.query.version, userId });
      return reply.status(204).send(null);
    },
  );
}

/** Which stored evaluation, at which version, a computed answer is for. */
const computedSchema = z.object({ id: z.string(), version: z.number().int() });

/** Score and check: computed from what is stored, changing nothing. */
function evaluationComputeRoutes(app: App, { db }: Deps): void {
  app.post(
    '/api/evaluations/:id/score',
    {
      config: { access: onEvaluation('evaluation.compute') },
      schema: {
        tags: ['自评'],
        summary: '按规则集计分（含每项得分的计算说明）',
        params: idParams,
        response: { 200: computedSchema.extend({ result: scoreResultSchema }), 404: errorBodySchema },
      },
    },
    async (request) => {
      const row = await loadEvaluation(db, request.params.id);
      return { id: row.id, version: row.version, result: scoreResultJson(outcomeOf(modelOf(row)).result) };
    },
  );

  app.post(
    '/api/evaluations/:id/check',
    {
      config: { access: onEvaluation('evaluation.compute') },
      schema: {
        tags: ['自评'],
        summary: '审核检查（审核发现列表）',
        params: idParams,
        response: { 200: computedSchema.extend({ findings: z.array(findingSchema) }), 404: errorBodySchema },
      },
    },
    async (request) => {
      const row = await loadEvaluation(db, request.params.id);
      const model = modelOf(row);
      // An evaluation generated from a target declaration is also compared with it (target.changed-in-evaluation).
      const fromDeclaration = await declarationFindings(db, row.id, model);
      return {
        id: row.id,
        version: row.version,
        findings: [...outcomeOf(model).findings, ...fromDeclaration],
      };
    },
  );
}
