import { EVALUATION_WORKFLOW, type EvaluationTransition, transitionNames } from '@jixiao/domain';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { startAdjustment } from '../declarations/adjust';
import { createDeclaration, deleteDeclaration, saveDeclaration } from '../declarations/edit';
import { declarationHistory } from '../declarations/history';
import { declarationListQuery, listDeclarations } from '../declarations/list';
import { declarationOf, findingsOf, loadDeclaration } from '../declarations/store';
import { evaluationFromStoredDeclaration } from '../declarations/to-evaluation';
import { takeDeclarationTransition } from '../declarations/transition';
import { TRANSITION_LABEL } from '../evaluations/status';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema } from '../http/errors';
import { EVALUATION_BODY_LIMIT } from '../http/plugins';
import { findingSchema } from '../http/schemas/evaluation-results';
import { transitionRoutes } from '../workflow/routes';
import { idParams, versionField } from './common';
import { declarationFileRoutes } from './declaration-files';
import {
  adjustBody,
  declarationDetail,
  declarationDetailSchema,
  declarationHistoryItemSchema,
  declarationJson,
  declarationSummary,
  declarationSummarySchema,
  declarationTransitionBody,
  onDeclaration,
} from './declaration-schemas';

const TAG = ['绩效目标'];

/** Each move of the declaration's workflow is its own permission, as the evaluation's are. */
const permissionOf = (t: EvaluationTransition) => `declaration.${t}` as const;

/**
 * 绩效目标申报: list, create, read, save, delete, check, the workflow moves, 调整指标值, history, and 生成自评.
 * Thin: each validates, is authorised by the one access hook, calls `declarations/` and replies.
 */
export function declarationRoutes(app: App, deps: Deps): void {
  declarationRecordRoutes(app, deps);
  declarationWorkflowRoutes(app, deps);
  declarationFileRoutes(app, deps);
}

function declarationRecordRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/declarations',
    {
      config: { access: { permission: 'declaration.read' } },
      schema: {
        tags: TAG,
        summary: '绩效目标申报表列表（按权限范围过滤，可筛选、分页）',
        querystring: declarationListQuery,
        response: {
          200: z.object({
            items: z.array(declarationSummarySchema),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const { items, total } = await listDeclarations(db, principalOf(request), q);
      return { items: items.map(declarationSummary), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.post(
    '/api/organisations/:id/declarations',
    {
      bodyLimit: EVALUATION_BODY_LIMIT,
      config: {
        access: { permission: 'declaration.write', target: { entity: 'organisation', param: 'id' } },
      },
      schema: {
        tags: TAG,
        summary: '在单位下新建绩效目标申报表（草稿）',
        params: idParams,
        body: z.object({ declaration: declarationJson, projectId: z.uuid().optional() }),
        response: { 201: declarationDetailSchema, 400: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const row = await createDeclaration(db, {
        organisationId: request.params.id,
        ...request.body,
        userId: principal.userId,
      });
      return reply.status(201).send(await declarationDetail(db, row, principal));
    },
  );

  app.get(
    '/api/declarations/:id',
    {
      config: { access: onDeclaration('declaration.read') },
      schema: {
        tags: TAG,
        summary: '读取一份绩效目标申报表',
        params: idParams,
        response: { 200: declarationDetailSchema, 404: errorBodySchema },
      },
    },
    async (request) =>
      declarationDetail(db, await loadDeclaration(db, request.params.id), principalOf(request)),
  );

  app.patch(
    '/api/declarations/:id',
    {
      bodyLimit: EVALUATION_BODY_LIMIT,
      config: { access: onDeclaration('declaration.write') },
      schema: {
        tags: TAG,
        summary: '保存申报表（须带版本号；草稿或已退回时可改，调整指标值期间只能改调整内容）',
        params: idParams,
        body: z.object({ version: versionField, declaration: declarationJson }),
        response: { 200: declarationDetailSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const row = await saveDeclaration(db, {
        id: request.params.id,
        ...request.body,
        userId: principal.userId,
      });
      return declarationDetail(db, row, principal);
    },
  );

  app.delete(
    '/api/declarations/:id',
    {
      config: { access: onDeclaration('declaration.write') },
      schema: {
        tags: TAG,
        summary: '删除申报表草稿（须带版本号）',
        params: idParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
        response: { 204: z.null(), 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      await deleteDeclaration(db, {
        id: request.params.id,
        version: request.query.version,
        userId: principalOf(request).userId,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/declarations/:id/check',
    {
      config: { access: onDeclaration('declaration.read') },
      schema: {
        tags: TAG,
        summary: '绩效目标检查（审核发现列表，代码 target.*）',
        params: idParams,
        response: {
          200: z.object({ id: z.string(), version: z.number().int(), findings: z.array(findingSchema) }),
          404: errorBodySchema,
        },
      },
    },
    async (request) => {
      const row = await loadDeclaration(db, request.params.id);
      return {
        id: row.id,
        version: row.version,
        findings: await findingsOf(db, row.organisationId, declarationOf(row)),
      };
    },
  );

  app.get(
    '/api/declarations/:id/history',
    {
      config: { access: onDeclaration('declaration.read') },
      schema: {
        tags: TAG,
        summary: '申报表的历史：每次修改、流转和审核要点',
        params: idParams,
        response: { 200: z.object({ items: z.array(declarationHistoryItemSchema) }), 404: errorBodySchema },
      },
    },
    async (request) => {
      await loadDeclaration(db, request.params.id);
      return { items: await declarationHistory(db, request.params.id) };
    },
  );
}

function declarationWorkflowRoutes(app: App, { db }: Deps): void {
  transitionRoutes(app, {
    base: '/api/declarations',
    transitions: transitionNames(EVALUATION_WORKFLOW),
    access: (transition) => onDeclaration(permissionOf(transition)),
    tags: TAG,
    summary: (transition) => `${TRANSITION_LABEL[transition]}绩效目标申报表`,
    body: declarationTransitionBody,
    detail: declarationDetailSchema,
    documentsForbidden: true,
    take: (principal, transition, { id, organisationPath, body }) =>
      takeDeclarationTransition(db, principal, transition, {
        id,
        ...(organisationPath ? { organisationPath } : {}),
        ...body,
      }),
    reply: (row, principal) => declarationDetail(db, row, principal),
  });

  app.post(
    '/api/declarations/:id/adjust',
    {
      config: { access: onDeclaration('declaration.write') },
      schema: {
        tags: TAG,
        summary: '调整指标值：对已审核的申报表提出调整，按审核流程重新审核',
        params: idParams,
        body: adjustBody,
        response: { 200: declarationDetailSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const row = await startAdjustment(db, {
        id: request.params.id,
        ...request.body,
        userId: principal.userId,
      });
      return declarationDetail(db, row, principal);
    },
  );

  app.post(
    '/api/declarations/:id/evaluation',
    {
      config: { access: onDeclaration('evaluation.write') },
      schema: {
        tags: TAG,
        summary: '生成自评：由已审核（含调整后）的申报表生成本单位该项目该年度的自评草稿',
        params: idParams,
        body: z.object({ version: versionField }),
        response: {
          201: z.object({ evaluationId: z.string(), declaration: declarationDetailSchema }),
          409: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const made = await evaluationFromStoredDeclaration(db, {
        id: request.params.id,
        version: request.body.version,
        userId: principal.userId,
      });
      return reply.status(201).send({
        evaluationId: made.evaluationId,
        declaration: await declarationDetail(db, made.declaration, principal),
      });
    },
  );
}
