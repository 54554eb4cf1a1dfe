import {
  availableTransitions,
  RECTIFICATION_SOURCES,
  RECTIFICATION_STATUSES,
  RECTIFICATION_TRANSITIONS,
  RECTIFICATION_WORKFLOW,
} from '@jixiao/domain';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import type { Permission, RouteAccess } from '../access/policies';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { organisations } from '../db/schema';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema, notFound } from '../http/errors';
import {
  createByHand,
  createFromFinding,
  createFromReturn,
  createFromTrigger,
} from '../rectification/create';
import { editRectification } from '../rectification/edit';
import { byDepartment, listRectification, type RectificationListRow } from '../rectification/list';
import { loadRectification, type RectificationRow, rectificationHistory } from '../rectification/store';
import { todayInChina } from '../rectification/today';
import { rectificationPermission, takeRectificationStep } from '../rectification/workflow';
import { rolesOver } from '../workflow/transition';
import { idParams, timestampsOut, versionField } from './common';

/** 整改台账: the rectification items (docs/rectification.md), in the order of the API document. */
export function rectificationRoutes(app: App, deps: Deps): void {
  listRoutes(app, deps);
  createRoutes(app, deps);
  recordRoutes(app, deps);
  workflowRoutes(app, deps);
}

const onItem = (permission: Permission) =>
  ({ permission, target: { entity: 'rectification', param: 'id' } }) satisfies RouteAccess;

const TAGS = ['整改'];
const text = (max: number) => z.string().max(max);

const sourceSchema = z.object({
  kind: z
    .enum(RECTIFICATION_SOURCES)
    .describe(
      'finding 自评审核发现 | audit 报告审核发现 | return 审核退回 | monitoring 重点监控 | manual 手工登记',
    ),
  evaluationId: z.string().optional(),
  monitoringId: z.string().optional(),
  code: z.string().optional(),
  path: z.string().optional(),
  label: z.string().optional(),
});

export const rectificationItemOut = z.object({
  id: z.string().describe('整改事项 id（佐证材料挂在此 id 下）'),
  organisationId: z.string(),
  unitName: z.string().describe('责任单位'),
  departmentName: z.string().nullable(),
  fiscalYear: z.number().int(),
  source: sourceSchema,
  problem: z.string(),
  measure: z.string().describe('整改要求'),
  deadline: z.string().describe('整改期限（YYYY-MM-DD）'),
  status: z
    .enum(RECTIFICATION_STATUSES)
    .describe('pending 待整改 | inProgress 整改中 | reported 待销号 | closed 已销号'),
  overdue: z.boolean().describe('逾期：已过整改期限且未销号（按请求当日，北京时间）'),
  report: z.string().nullable().describe('单位报送的整改情况'),
  closedAt: z.string().nullable(),
  actions: z.array(z.enum(RECTIFICATION_TRANSITIONS)).describe('当前用户现在可做的流转'),
  ...timestampsOut,
});
type ItemOut = z.infer<typeof rectificationItemOut>;

function itemOut(row: RectificationListRow, principal: Principal): ItemOut {
  return {
    id: row.id,
    organisationId: row.organisationId,
    unitName: row.unitName,
    departmentName: row.departmentName,
    fiscalYear: row.fiscalYear,
    source: row.source,
    problem: row.problem,
    measure: row.measure,
    deadline: row.deadline,
    status: row.status,
    overdue: row.overdue,
    report: row.report,
    closedAt: row.closedAt?.toISOString() ?? null,
    actions: availableTransitions(RECTIFICATION_WORKFLOW, { roles: rolesOver(principal, row.path) }, row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
    version: row.version,
  };
}

/** One item as the list shows it (unit, department, overdue on today's date), read again after a write. */
export async function rectificationOut(
  db: DbOrTx,
  row: RectificationRow,
  principal: Principal,
): Promise<ItemOut> {
  // The route authorised the item (or its source) already: read it by id without the list's scope.
  const [listed] = await listRectification(db, null, { id: row.id }, todayInChina());
  if (!listed) throw notFound('entity.rectification');
  return itemOut(listed, principal);
}

const listQuery = z.object({
  year: z.coerce.number().int().optional().describe('预算年度'),
  organisationId: z.uuid().optional().describe('只看该组织及其下级（主管部门：其所属单位）'),
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  source: z.enum(RECTIFICATION_SOURCES).optional(),
  overdue: z.enum(['true', 'false']).optional().describe('true：只看逾期；false：只看未逾期'),
});

async function pathOf(db: DbOrTx, organisationId: string | undefined): Promise<string | undefined> {
  if (organisationId === undefined) return undefined;
  const [org] = await db
    .select({ path: organisations.path })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!org) throw notFound('entity.organisation');
  return org.path;
}

const departmentLine = z.object({
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable().describe('主管部门；直属财政局的单位为 null'),
  total: z.number().int(),
  pending: z.number().int(),
  inProgress: z.number().int(),
  reported: z.number().int(),
  closed: z.number().int(),
  overdue: z.number().int(),
});

function listRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/rectification',
    {
      config: { access: { permission: 'rectification.read' } },
      schema: {
        tags: TAGS,
        summary: '整改台账（按权限范围；可按年度、组织、状态、来源、是否逾期过滤；按整改期限排序）',
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(rectificationItemOut) }), 404: errorBodySchema },
      },
    },
    async (request) => {
      const q = request.query;
      const principal = principalOf(request);
      const rows = await listRectification(
        db,
        { principal, permission: 'rectification.read' },
        {
          fiscalYear: q.year,
          organisationPath: await pathOf(db, q.organisationId),
          status: q.status,
          source: q.source,
          overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
        },
        todayInChina(),
      );
      return { items: rows.map((r) => itemOut(r, principal)) };
    },
  );

  app.get(
    '/api/rectification/counts',
    {
      config: { access: { permission: 'rectification.read' } },
      schema: {
        tags: TAGS,
        summary: '权限范围内未销号与逾期的整改事项数（首页）',
        response: { 200: z.object({ open: z.number().int(), overdue: z.number().int() }) },
      },
    },
    async (request) => {
      const rows = await listRectification(
        db,
        { principal: principalOf(request), permission: 'rectification.read' },
        {},
        todayInChina(),
      );
      return {
        open: rows.filter((r) => r.status !== 'closed').length,
        overdue: rows.filter((r) => r.overdue).length,
      };
    },
  );

  app.get(
    '/api/rectification/overview',
    {
      config: { access: { permission: 'rectification.overview' } },
      schema: {
        tags: TAGS,
        summary: '整改情况总览：各主管部门的整改事项数（按状态）与逾期数',
        querystring: z.object({ year: z.coerce.number().int().optional().describe('预算年度') }),
        response: { 200: z.object({ departments: z.array(departmentLine) }) },
      },
    },
    async (request) => {
      const rows = await listRectification(
        db,
        { principal: principalOf(request), permission: 'rectification.overview' },
        { fiscalYear: request.query.year },
        todayInChina(),
      );
      return { departments: byDepartment(rows) };
    },
  );

  app.get(
    '/api/organisations/:id/rectification/prior-year',
    {
      config: {
        access: { permission: 'rectification.read', target: { entity: 'organisation', param: 'id' } },
      },
      schema: {
        tags: TAGS,
        summary:
          '上年度整改事项（year − 1 年该单位的全部事项，未销号与已销号），用于申报下年度绩效目标与下年度自评报告',
        params: idParams,
        querystring: z.object({ year: z.coerce.number().int().describe('本年度（返回 year − 1 年的事项）') }),
        response: { 200: z.object({ fiscalYear: z.number().int(), items: z.array(rectificationItemOut) }) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const fiscalYear = request.query.year - 1;
      const rows = await listRectification(
        db,
        { principal, permission: 'rectification.read' },
        { fiscalYear, organisationId: request.params.id },
        todayInChina(),
      );
      return { fiscalYear, items: rows.map((r) => itemOut(r, principal)) };
    },
  );
}

const contentFields = {
  problem: text(20_000).optional().describe('存在问题；从来源登记时缺省为来源的原文'),
  measure: text(20_000).describe('整改要求'),
  deadline: text(10).optional().describe('整改期限（YYYY-MM-DD）；缺省为今天 + 规则集按来源规定的天数'),
};

function createRoutes(app: App, { db }: Deps): void {
  app.post(
    '/api/organisations/:id/rectification',
    {
      config: {
        access: { permission: 'rectification.write', target: { entity: 'organisation', param: 'id' } },
      },
      schema: {
        tags: TAGS,
        summary: '手工登记整改事项（责任单位为该单位）；带 audit 时登记为报告审核发现',
        params: idParams,
        body: z.object({
          fiscalYear: z.number().int().min(2000).max(2100),
          ...contentFields,
          problem: text(20_000),
          audit: z
            .object({ code: text(200).optional(), label: text(200).optional().describe('被审核的报告') })
            .optional(),
        }),
        response: { 201: rectificationItemOut, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const row = await createByHand(db, {
        organisationId: request.params.id,
        ...request.body,
        userId: principal.userId,
      });
      return reply.status(201).send(await rectificationOut(db, row, principal));
    },
  );

  app.post(
    '/api/evaluations/:id/rectification',
    {
      config: {
        access: { permission: 'rectification.write', target: { entity: 'evaluation', param: 'id' } },
      },
      schema: {
        tags: TAGS,
        summary:
          '从自评登记整改事项：一条审核发现（from=finding，code 与 path），或最近一次审核退回（from=return）',
        params: idParams,
        body: z.discriminatedUnion('from', [
          z.object({
            from: z.literal('finding'),
            code: text(200).describe('审核发现的代码，如 income.parts-mismatch'),
            path: text(200).describe('审核发现的位置路径，如 indicators[3].actual'),
            ...contentFields,
          }),
          z.object({ from: z.literal('return'), ...contentFields }),
        ]),
        response: {
          201: rectificationItemOut,
          400: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const body = request.body;
      const common = { evaluationId: request.params.id, userId: principal.userId };
      const row =
        body.from === 'finding'
          ? await createFromFinding(db, { ...body, ...common })
          : await createFromReturn(db, { ...body, ...common });
      return reply.status(201).send(await rectificationOut(db, row, principal));
    },
  );

  app.post(
    '/api/monitoring/:id/rectification',
    {
      config: {
        access: { permission: 'rectification.write', target: { entity: 'monitoring', param: 'id' } },
      },
      schema: {
        tags: TAGS,
        summary: '从绩效监控表的重点监控触发条件登记整改事项',
        params: idParams,
        body: z.object({
          code: text(200).describe('触发条件代码，如 monitoring.zero-execution'),
          indicator: z.number().int().min(0).optional().describe('触发的指标行（从 0 起），条件涉及指标时'),
          ...contentFields,
        }),
        response: {
          201: rectificationItemOut,
          400: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const row = await createFromTrigger(db, {
        ...request.body,
        monitoringId: request.params.id,
        userId: principal.userId,
      });
      return reply.status(201).send(await rectificationOut(db, row, principal));
    },
  );
}

function recordRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/rectification/:id',
    {
      config: { access: onItem('rectification.read') },
      schema: {
        tags: TAGS,
        summary: '读取一条整改事项',
        params: idParams,
        response: { 200: rectificationItemOut, 404: errorBodySchema },
      },
    },
    async (request) =>
      rectificationOut(db, await loadRectification(db, request.params.id), principalOf(request)),
  );

  app.patch(
    '/api/rectification/:id',
    {
      config: { access: onItem('rectification.write') },
      schema: {
        tags: TAGS,
        summary: '修改整改事项的问题、要求或期限（须带版本号；已销号的不能改）',
        params: idParams,
        body: z.object({
          version: versionField,
          problem: text(20_000).optional(),
          measure: text(20_000).optional(),
          deadline: text(10).optional().describe('整改期限（YYYY-MM-DD）'),
        }),
        response: { 200: rectificationItemOut, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const row = await editRectification(db, {
        id: request.params.id,
        ...request.body,
        userId: principal.userId,
      });
      return rectificationOut(db, row, principal);
    },
  );
}

const STEP_SUMMARY: Record<(typeof RECTIFICATION_TRANSITIONS)[number], string> = {
  start: '开始整改（单位；待整改 → 整改中）',
  report: '报送整改情况（单位；整改中 → 待销号；comment 为整改情况，必填）',
  close: '销号（主管部门或财政局审核人；待销号 → 已销号）',
  return: '退回重新整改（主管部门或财政局审核人；待销号 → 整改中；comment 为退回理由，必填）',
};

function workflowRoutes(app: App, { db }: Deps): void {
  for (const transition of RECTIFICATION_TRANSITIONS) {
    app.post(
      `/api/rectification/:id/${transition}`,
      {
        config: { access: onItem(rectificationPermission(transition)) },
        schema: {
          tags: TAGS,
          summary: `整改事项流转：${STEP_SUMMARY[transition]}（须带版本号）`,
          params: idParams,
          body: z.object({
            version: versionField,
            comment: z
              .string()
              .max(20_000)
              .optional()
              .describe('整改情况（报送时必填）或退回理由（退回时必填）'),
          }),
          response: {
            200: rectificationItemOut,
            400: errorBodySchema,
            403: errorBodySchema,
            409: errorBodySchema,
          },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const row = await takeRectificationStep(db, principal, transition, {
          id: request.params.id,
          path: request.targetPath,
          ...request.body,
        });
        return rectificationOut(db, row, principal);
      },
    );
  }

  app.get(
    '/api/rectification/:id/history',
    {
      config: { access: onItem('rectification.read') },
      schema: {
        tags: TAGS,
        summary: '整改事项的历史（审计日志中的登记、修改、每次流转及其意见）',
        params: idParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                at: z.string(),
                action: z.string().describe('create | update | start | report | close | return'),
                userId: z.string().nullable(),
                status: z.string().nullable(),
                comment: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await rectificationHistory(db, request.params.id) }),
  );
}
