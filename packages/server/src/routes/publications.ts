import { createHash } from 'node:crypto';
import { JixiaoError } from '@jixiao/domain';
import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { scopeCondition } from '../access/scope';
import { publications } from '../db/schema';
import { ticketOf } from '../heavy/pool';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema } from '../http/errors';
import { serverMessage as m } from '../messages';
import { dataPackage, publishedDate, resultRecords, resultsCsv } from '../publications/open-data';
import {
  listPublic,
  type PublicListRow,
  publicFile,
  publicItem,
  publishedEvaluations,
} from '../publications/public-read';
import {
  type PublicationRow,
  publishDeclaration,
  publishEvaluation,
  withdrawPublication,
} from '../publications/publish';
import { idParams } from './common';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const KINDS = ['evaluation', 'declaration', 'results'] as const;

/** What the bureau sees of one publication (signed in): the public figures plus who and when. */
const publicationSchema = z.object({
  id: z.string(),
  kind: z.enum(KINDS),
  itemId: z.string().nullable(),
  fiscalYear: z.number().int(),
  title: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawReason: z.string().nullable(),
});

const publicationOut = (r: PublicationRow): z.infer<typeof publicationSchema> => ({
  id: r.id,
  kind: r.kind,
  itemId: r.itemId,
  fiscalYear: r.fiscalYear,
  title: r.title,
  publishedAt: r.publishedAt.toISOString(),
  publishedBy: r.publishedBy,
  withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
  withdrawnBy: r.withdrawnBy,
  withdrawReason: r.withdrawReason,
});

const decimalText = z.string().nullable().describe('精确小数字符串（不是浮点数）；无此数字时为 null');

const publicSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(KINDS).describe('evaluation 自评，declaration 绩效目标申报表，results 结果应用清单'),
  fiscalYear: z.number().int(),
  regionName: z.string(),
  departmentName: z.string().nullable(),
  unitName: z.string().nullable(),
  title: z.string(),
  evaluationKind: z.enum(['project', 'unitWide']).nullable(),
  score: decimalText,
  grade: z.string().nullable(),
  gradeWord: z.string().nullable(),
  budgetWanYuan: decimalText.describe('预算数，万元'),
  executedWanYuan: decimalText.describe('执行数，万元'),
  executionRate: decimalText.describe('预算执行率，%'),
  findings: z.object({ errors: z.number().int(), warnings: z.number().int(), infos: z.number().int() }),
  publishedAt: z.string(),
  publishedDate: z.string().describe('公开日期（北京时间）YYYY-MM-DD'),
  reportUrl: z.string().nullable().describe('报告 PDF 的地址；没有时为 null'),
  tableUrl: z.string().nullable().describe('自评表（或申报表）.xlsx 的地址；没有时为 null'),
});

const publicSummary = (r: PublicListRow): z.infer<typeof publicSummarySchema> => ({
  id: r.id,
  kind: r.kind,
  fiscalYear: r.fiscalYear,
  regionName: r.regionName,
  departmentName: r.departmentName,
  unitName: r.unitName,
  title: r.title,
  evaluationKind: r.evaluationKind,
  score: r.score,
  grade: r.grade,
  gradeWord: r.gradeWord,
  budgetWanYuan: r.budgetWanYuan,
  executedWanYuan: r.executedWanYuan,
  executionRate: r.executionRate,
  findings: { errors: r.errorCount, warnings: r.warningCount, infos: r.infoCount },
  publishedAt: r.publishedAt.toISOString(),
  publishedDate: publishedDate(r.publishedAt),
  reportUrl: r.hasReport ? `/api/public/publications/${r.id}/report.pdf` : null,
  tableUrl: r.hasTable ? `/api/public/publications/${r.id}/table.xlsx` : null,
});

const text = (max: number) => z.string().max(max).optional();
const publicQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('预算年度'),
  region: text(200).describe('区划（财政局名称）'),
  department: text(200).describe('主管部门名称'),
  unit: text(200).describe('单位名称'),
  kind: z.enum(KINDS).optional(),
  q: text(100).describe('搜索：项目、单位、部门或区划名称中的文字'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/**
 * Public answers are the same for everyone: cacheable by any cache, revalidated every time (no-cache) with an
 * ETag of the body, so a withdrawal shows at once while a repeated request costs a 304.
 */
function sendPublic(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string | Buffer,
  contentType: string,
  fileName?: string,
) {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  reply
    .header('cache-control', 'public, no-cache')
    .header('etag', etag)
    .header('access-control-allow-origin', '*')
    .header('x-content-type-options', 'nosniff');
  if (fileName)
    reply.header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  return reply.header('content-type', contentType).send(body);
}

const json = (value: unknown) => JSON.stringify(value);
const JSON_TYPE = 'application/json; charset=utf-8';
const FILE_RESPONSES = { 404: errorBodySchema };

/** 发布 / 撤回 for the bureau (signed in), and the scoped list the review pages tag 已发布 from. */
function managementRoutes(app: App, { db, heavy }: Deps): void {
  app.post(
    '/api/evaluations/:id/publish',
    {
      config: { access: { permission: 'publication.manage', target: { entity: 'evaluation', param: 'id' } } },
      schema: {
        tags: ['信息公开'],
        summary: '公开一份已终审的自评（冻结自评表 .xlsx 与报告 PDF）',
        description: '由规则集指定的公开者（默认财政局，按本地规则可为主管部门）操作；未终审的返回 409。',
        params: idParams,
        response: { 201: publicationSchema, 403: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const row = await publishEvaluation(
        db,
        heavy,
        principalOf(request),
        request.params.id,
        ticketOf(request.headers),
      );
      return reply.status(201).send(publicationOut(row));
    },
  );
  app.post(
    '/api/declarations/:id/publish',
    {
      config: {
        access: { permission: 'publication.manage', target: { entity: 'declaration', param: 'id' } },
      },
      schema: {
        tags: ['信息公开'],
        summary: '公开一份审核通过的绩效目标申报表（冻结申报表 .xlsx）',
        params: idParams,
        response: { 201: publicationSchema, 403: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const row = await publishDeclaration(
        db,
        principalOf(request),
        request.params.id,
        request.targetPath ?? '',
      );
      return reply.status(201).send(publicationOut(row));
    },
  );
  app.post(
    '/api/publications/:id/withdraw',
    {
      config: {
        access: { permission: 'publication.manage', target: { entity: 'publication', param: 'id' } },
      },
      schema: {
        tags: ['信息公开'],
        summary: '撤回一条公开信息（须填写理由；撤回后不再出现在任何公开页面和接口中）',
        params: idParams,
        body: z.object({ reason: z.string().max(500).describe('撤回理由（必填）') }),
        response: { 200: publicationSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) =>
      publicationOut(
        await withdrawPublication(db, principalOf(request), request.params.id, request.body.reason),
      ),
  );
  app.get(
    '/api/publications',
    {
      config: { access: { permission: 'publication.read' } },
      schema: {
        tags: ['信息公开'],
        summary: '本人范围内的公开记录（含已撤回的，可按所公开的自评或申报表查）',
        querystring: z.object({
          itemId: z.uuid('schema.badId').optional().describe('所公开的自评或申报表的编号'),
          kind: z.enum(KINDS).optional(),
          live: z.enum(['true', 'false']).optional().describe('true：只列未撤回的'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ items: z.array(publicationSchema) }) },
      },
    },
    async (request) => {
      const q = request.query;
      const conds: (SQL | undefined)[] = [
        scopeCondition(principalOf(request), 'publication.read', publications.organisationPath),
        q.itemId ? eq(publications.itemId, q.itemId) : undefined,
        q.kind ? eq(publications.kind, q.kind) : undefined,
        q.live === 'true' ? isNull(publications.withdrawnAt) : undefined,
      ];
      const rows = await db
        .select()
        .from(publications)
        .where(and(...conds))
        .orderBy(desc(publications.publishedAt))
        .limit(q.limit);
      return { items: rows.map(publicationOut) };
    },
  );
}

/** The public site's API: no sign-in, read-only, only live publications (publications/public-read.ts). */
function publicRoutes(app: App, { db }: Deps): void {
  // The primary, not the replica: a withdrawal must leave every public answer at once, not after the replica catches up.
  const open = { access: { public: true } } as const;
  app.get(
    '/api/public/publications',
    {
      config: open,
      schema: {
        tags: ['公开数据'],
        summary: '已公开的自评、申报表和结果应用清单（无需登录）',
        querystring: publicQuery,
        response: {
          200: z.object({
            items: z.array(publicSummarySchema),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
            facets: z
              .object({
                years: z.array(z.number().int()),
                regions: z.array(z.string()),
                departments: z.array(z.string()),
                units: z.array(z.string()),
              })
              .describe('筛选可选的值（均来自已公开的条目）'),
          }),
        },
      },
    },
    async (request, reply) => {
      const { page, pageSize, ...filter } = request.query;
      const list = await listPublic(db, filter, page, pageSize);
      return sendPublic(request, reply, json({ ...list, items: list.items.map(publicSummary) }), JSON_TYPE);
    },
  );
  app.get(
    '/api/public/publications/:id',
    {
      config: open,
      schema: {
        tags: ['公开数据'],
        summary: '一条公开信息（得分、等级、审核发现汇总、文件地址）',
        params: idParams,
        response: {
          200: publicSummarySchema.extend({
            data: z
              .record(z.string(), z.unknown())
              .nullable()
              .describe('结果应用清单公开时的内容（JSON）；自评和申报表为 null'),
          }),
          404: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const row = await publicItem(db, request.params.id);
      const body = { ...publicSummary(row), data: row.kind === 'results' ? row.snapshot : null };
      return sendPublic(request, reply, json(body), JSON_TYPE);
    },
  );
  for (const [file, suffix, type, label] of [
    ['pdf', 'report.pdf', 'application/pdf', '报告 PDF'],
    ['xlsx', 'table.xlsx', XLSX, '自评表（或申报表）.xlsx'],
  ] as const) {
    app.get(
      `/api/public/publications/:id/${suffix}`,
      {
        config: open,
        schema: {
          tags: ['公开数据'],
          summary: `公开时冻结的${label}`,
          params: idParams,
          response: FILE_RESPONSES,
        },
      },
      async (request, reply) => {
        const row = await publicFile(db, request.params.id, file);
        if (!row.bytes)
          throw new JixiaoError(
            'NOT_FOUND',
            m('publication.noFile', { file: m(`publication.file.${file}`) }),
          );
        const name = `${row.title}-${row.fiscalYear}${file === 'pdf' ? '-自评报告.pdf' : '.xlsx'}`;
        return sendPublic(request, reply, row.bytes, type, name);
      },
    );
  }
  const yearQuery = z.object({
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('只列此预算年度'),
  });
  app.get(
    '/api/public/results.json',
    {
      config: open,
      schema: {
        tags: ['公开数据'],
        summary: '已公开自评的结果（每份一行，字段见 datapackage.json）',
        querystring: yearQuery,
        response: {
          200: z.object({
            items: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
          }),
        },
      },
    },
    async (request, reply) => {
      const rows = await publishedEvaluations(db, request.query.year);
      return sendPublic(request, reply, json({ items: resultRecords(rows) }), JSON_TYPE);
    },
  );
  app.get(
    '/api/public/results.csv',
    {
      config: open,
      schema: {
        tags: ['公开数据'],
        summary: '已公开自评的结果 CSV（UTF-8 带 BOM，Excel 可直接打开）',
        querystring: yearQuery,
        response: { 400: errorBodySchema },
      },
    },
    async (request, reply) => {
      const rows = await publishedEvaluations(db, request.query.year);
      return sendPublic(request, reply, resultsCsv(rows), 'text/csv; charset=utf-8', 'results.csv');
    },
  );
  app.get(
    '/api/public/datapackage.json',
    {
      config: open,
      schema: {
        tags: ['公开数据'],
        summary: '描述 results.csv 的 Frictionless 数据包（tabular-data-package）',
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request, reply) => sendPublic(request, reply, json(dataPackage()), JSON_TYPE),
  );
}

export function publicationRoutes(app: App, deps: Deps): void {
  managementRoutes(app, deps);
  publicRoutes(app, deps);
}
