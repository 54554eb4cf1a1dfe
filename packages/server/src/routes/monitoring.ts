import { EVALUATION_STATUSES, EVALUATION_TRANSITIONS } from '@jixiao/domain';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { auditLog } from '../db/schema';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema, requestLang } from '../http/errors';
import { createMonitoring, removeMonitoring, saveMonitoring } from '../monitoring/edit';
import { openSecondRound, recordFollowUp } from '../monitoring/follow-up';
import { startFromDeclaration } from '../monitoring/from-declaration';
import { departmentOverview, listMonitoring, OVERVIEW_SORTS } from '../monitoring/overview';
import { overviewXlsx } from '../monitoring/overview-xlsx';
import { loadMonitoring } from '../monitoring/read';
import { MONITORING_ENTITY } from '../monitoring/store';
import { monitoringPermission, takeMonitoringTransition } from '../monitoring/workflow';
import { idParams, versionField } from './common';
import { monitoringFileRoutes } from './monitoring-files';
import {
  followUpJson,
  monitoringDetail,
  monitoringDetailSchema,
  monitoringJson,
  monitoringSummary,
  monitoringSummarySchema,
  onMonitoring,
} from './monitoring-schemas';

/** 双监控: the monitoring report resource (docs/monitoring-workflow.md), in the order of the API document. */
export function monitoringRoutes(app: App, deps: Deps): void {
  monitoringListRoutes(app, deps);
  monitoringRecordRoutes(app, deps);
  monitoringWorkflowRoutes(app, deps);
  monitoringFileRoutes(app, deps);
}

const periodQuery = {
  year: z.coerce.number().int().optional().describe('预算年度'),
  period: z.coerce.number().int().min(1).max(12).optional().describe('监控期间（1 月至该月，如 7）'),
  round: z.coerce.number().int().min(1).max(2).optional().describe('1：常规监控；2：二次监控'),
};
const sortQuery = {
  sort: z.enum(OVERVIEW_SORTS).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
};
const filterOf = (q: {
  year?: number | undefined;
  period?: number | undefined;
  round?: number | undefined;
}) => ({
  fiscalYear: q.year,
  throughMonth: q.period,
  round: q.round,
});

const departmentTotalsSchema = z.object({
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable().describe('主管部门；直属财政局的单位为 null'),
  reports: z.number().int(),
  red: z.number().int(),
  yellow: z.number().int(),
  green: z.number().int(),
  blue: z.number().int(),
  focus: z.number().int(),
  executionProgress: z
    .object({
      value: z.string(),
      text: z.string(),
      explanation: z.object({ zh: z.string(), en: z.string() }),
    })
    .nullable()
    .describe('执行进度 = Σ 执行数 ÷ Σ 预算数（各单位金额折算为万元后相加）；没有可计算的监控表时为 null'),
  timeProgress: z.string().nullable().describe('时序进度（同一监控期间时）；期间不一时为 null'),
});

function monitoringListRoutes(app: App, { readDb }: Deps): void {
  app.get(
    '/api/monitoring',
    {
      config: { access: { permission: 'monitoring.read' } },
      schema: {
        tags: ['监控'],
        summary: '绩效监控表列表（按权限范围过滤）',
        querystring: z.object({
          ...periodQuery,
          ...sortQuery,
          status: z.enum(EVALUATION_STATUSES).optional(),
        }),
        response: { 200: z.object({ items: z.array(monitoringSummarySchema) }) },
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await listMonitoring(readDb, principalOf(request), 'monitoring.read', {
        ...filterOf(q),
        status: q.status,
        sort: q.sort,
        order: q.order,
      });
      return { items: rows.map(monitoringSummary) };
    },
  );

  app.get(
    '/api/monitoring/focus',
    {
      config: { access: { permission: 'monitoring.overview' } },
      schema: {
        tags: ['监控'],
        summary: '重点监控名单（已报送的监控表中监控结果列入重点监控的）',
        querystring: z.object(periodQuery),
        response: { 200: z.object({ items: z.array(monitoringSummarySchema) }) },
      },
    },
    async (request) => {
      const rows = await listMonitoring(readDb, principalOf(request), 'monitoring.overview', {
        ...filterOf(request.query),
        focus: true,
        handedIn: true,
        sort: 'redCount',
      });
      return { items: rows.map(monitoringSummary) };
    },
  );

  app.get(
    '/api/monitoring/overview',
    {
      config: { access: { permission: 'monitoring.overview' } },
      schema: {
        tags: ['监控'],
        summary: '监控总览：各部门、单位执行进度与时序进度，红黄绿蓝灯数，重点监控项目（可排序）',
        querystring: z.object({ ...periodQuery, ...sortQuery }),
        response: {
          200: z.object({
            items: z.array(monitoringSummarySchema),
            departments: z.array(departmentTotalsSchema),
          }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await listMonitoring(readDb, principalOf(request), 'monitoring.overview', {
        ...filterOf(q),
        handedIn: true,
        sort: q.sort,
        order: q.order,
      });
      return { items: rows.map(monitoringSummary), departments: await departmentOverview(readDb, rows) };
    },
  );

  app.get(
    '/api/monitoring/overview.xlsx',
    {
      config: { access: { permission: 'monitoring.overview' } },
      schema: {
        tags: ['监控'],
        summary: '监控总览导出（.xlsx，与监控总览同一集合、同一顺序）',
        querystring: z.object({ ...periodQuery, ...sortQuery }),
      },
    },
    async (request, reply) => {
      const q = request.query;
      const rows = await listMonitoring(readDb, principalOf(request), 'monitoring.overview', {
        ...filterOf(q),
        handedIn: true,
        sort: q.sort,
        order: q.order,
      });
      const name = encodeURIComponent(`绩效监控总览${q.year ?? ''}`);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${name}.xlsx`)
        .send(await overviewXlsx(rows, requestLang(request)));
    },
  );
}

const historySchema = z.object({
  items: z.array(
    z.object({
      at: z.string(),
      action: z
        .string()
        .describe('create | update | submit | sign | approve | return | withdraw | followUp | delete'),
      userId: z.string().nullable(),
      fromStatus: z.string().nullable(),
      toStatus: z.string().nullable(),
      comment: z.string().nullable(),
    }),
  ),
});
const auditAfter = z
  .object({
    status: z.string().optional(),
    fromStatus: z.string().optional(),
    comment: z.string().optional(),
  })
  .nullable()
  .catch(null);

function monitoringRecordRoutes(app: App, { db }: Deps): void {
  app.post(
    '/api/organisations/:id/monitoring',
    {
      config: { access: { permission: 'monitoring.write', target: { entity: 'organisation', param: 'id' } } },
      schema: {
        tags: ['监控'],
        summary:
          '在单位下新建绩效监控表（草稿；规则集按该区划该年度的指定）。带 declarationId 时从本单位审核通过的绩效目标申报表开始（单位、项目、年度、预算、年度指标值），不带 report',
        params: idParams,
        body: z.union([
          z.object({ report: monitoringJson, projectId: z.uuid().optional() }),
          z.object({
            declarationId: z.uuid().describe('本单位审核通过的绩效目标申报表'),
            throughMonth: z
              .number()
              .int()
              .min(1)
              .max(12)
              .optional()
              .describe('监控期间，缺省为规则集的月份（7）'),
          }),
        ]),
        response: { 201: monitoringDetailSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const body = request.body;
      const row =
        'declarationId' in body
          ? await startFromDeclaration(db, {
              organisationId: request.params.id,
              declarationId: body.declarationId,
              throughMonth: body.throughMonth,
              userId: principal.userId,
            })
          : await createMonitoring(db, {
              organisationId: request.params.id,
              report: body.report,
              projectId: body.projectId,
              userId: principal.userId,
            });
      return reply.status(201).send(await monitoringDetail(db, row, principal, request.targetPath));
    },
  );

  app.get(
    '/api/monitoring/:id',
    {
      config: { access: onMonitoring('monitoring.read') },
      schema: {
        tags: ['监控'],
        summary: '读取一份绩效监控表（含监控引擎的计算结果）',
        params: idParams,
        response: { 200: monitoringDetailSchema, 404: errorBodySchema },
      },
    },
    async (request) =>
      monitoringDetail(
        db,
        await loadMonitoring(db, request.params.id),
        principalOf(request),
        request.targetPath,
      ),
  );

  app.patch(
    '/api/monitoring/:id',
    {
      config: { access: onMonitoring('monitoring.write') },
      schema: {
        tags: ['监控'],
        summary: '保存绩效监控表（须带版本号；草稿或已退回时可改）',
        params: idParams,
        body: z.object({ version: versionField, report: monitoringJson }),
        response: { 200: monitoringDetailSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const row = await saveMonitoring(db, {
        id: request.params.id,
        ...request.body,
        userId: principal.userId,
      });
      return monitoringDetail(db, row, principal, request.targetPath);
    },
  );

  app.delete(
    '/api/monitoring/:id',
    {
      config: { access: onMonitoring('monitoring.write') },
      schema: {
        tags: ['监控'],
        summary: '删除绩效监控表草稿（须带版本号）',
        params: idParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
        response: { 204: z.null(), 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const userId = principalOf(request).userId;
      await removeMonitoring(db, { id: request.params.id, version: request.query.version, userId });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/monitoring/:id/history',
    {
      config: { access: onMonitoring('monitoring.read') },
      schema: {
        tags: ['监控'],
        summary: '绩效监控表的历史（审计日志中的每次保存、流转、财政跟进）',
        params: idParams,
        response: { 200: historySchema },
      },
    },
    async (request) => {
      const lines = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, MONITORING_ENTITY), eq(auditLog.entityId, request.params.id)))
        .orderBy(asc(auditLog.id));
      return {
        items: lines.map((l) => {
          const after = auditAfter.parse(l.after);
          return {
            at: l.at.toISOString(),
            action: l.action,
            userId: l.userId,
            fromStatus: after?.fromStatus ?? null,
            toStatus: after?.status ?? null,
            comment: after?.comment ?? null,
          };
        }),
      };
    },
  );
}

const transitionBody = z.object({
  version: versionField,
  comment: z.string().max(2000).optional().describe('意见（退回时必填）'),
});

function monitoringWorkflowRoutes(app: App, { db }: Deps): void {
  for (const transition of EVALUATION_TRANSITIONS) {
    app.post(
      `/api/monitoring/:id/${transition}`,
      {
        config: { access: onMonitoring(monitoringPermission(transition)) },
        schema: {
          tags: ['监控'],
          summary: `绩效监控表流转：${transition}（按规则集的审核流程逐级进行；须带版本号）`,
          params: idParams,
          body: transitionBody,
          response: {
            200: monitoringDetailSchema,
            400: errorBodySchema,
            403: errorBodySchema,
            409: errorBodySchema,
          },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const row = await takeMonitoringTransition(db, principal, transition, {
          id: request.params.id,
          path: request.targetPath,
          ...request.body,
        });
        return monitoringDetail(db, row, principal, request.targetPath);
      },
    );
  }

  app.put(
    '/api/monitoring/:id/follow-up',
    {
      config: { access: onMonitoring('monitoring.followUp') },
      schema: {
        tags: ['监控'],
        summary: '财政跟进：是否需要整改、整改要求和建议、整改结果和结论（须带版本号；单独记入审计日志）',
        params: idParams,
        body: z.object({ version: versionField, followUp: followUpJson }),
        response: { 200: monitoringDetailSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const row = await recordFollowUp(db, {
        id: request.params.id,
        ...request.body,
        userId: principal.userId,
      });
      return monitoringDetail(db, row, principal, request.targetPath);
    },
  );

  app.post(
    '/api/monitoring/:id/second-round',
    {
      config: { access: onMonitoring('monitoring.secondRound') },
      schema: {
        tags: ['监控'],
        summary: '为重点监控项目开启二次监控（规则集有二次监控时；以第一轮填报内容预填）',
        params: idParams,
        response: { 201: monitoringDetailSchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const row = await openSecondRound(db, principal, request.params.id);
      return reply.status(201).send(await monitoringDetail(db, row, principal, request.targetPath));
    },
  );
}
