import { RESULT_SUGGESTIONS, type ResultEntry, type ResultsList } from '@jixiao/domain';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema, requestLang } from '../http/errors';
import { resultsList } from '../results/list';
import { overrideResult } from '../results/override';
import { publishResults } from '../results/publish';
import { resultsWorkbook } from '../results/workbook';
import { idParams, versionField } from './common';

/** 结果应用 (docs/results-application.md): the next-year suggestion list, its overrides and its workbook. */

const decimalText = (what: string) => z.string().nullable().describe(`${what}（十进制字符串）`);

const entrySchema = z.object({
  evaluationId: z.string(),
  fiscalYear: z.number().int(),
  kind: z.enum(['project', 'unitWide']),
  title: z.string().describe('项目名称（部门整体自评为单位名称）'),
  unitId: z.string(),
  unitName: z.string(),
  ruleSetId: z.string(),
  totalScore: decimalText('总分'),
  grade: z.enum(['excellent', 'good', 'fair', 'poor']).nullable(),
  gradeLabel: z.string().nullable().describe('等级（规则集的用词：优/良/中/差）'),
  budget: decimalText('全年预算数（万元）'),
  suggestion: z.enum(RESULT_SUGGESTIONS).nullable().describe('生效的建议：调整后的，否则按规则'),
  change: decimalText('生效的建议调整金额（万元，核减为负）'),
  ruleSuggestion: z.enum(RESULT_SUGGESTIONS).nullable().describe('按规则的建议'),
  changePercent: decimalText('按规则的调整比例（%）'),
  ruleChange: decimalText('按规则的调整金额（万元）'),
  ruleText: z.string().describe('得出建议的规则及算式（按请求语言）'),
  overridden: z.boolean().describe('财政局审核人是否调整过'),
  reason: z.string().nullable().describe('调整理由'),
  version: z.number().int().describe('调整记录的版本号；尚未调整为 0'),
});

const totals = {
  budget: z.string().describe('全年预算数合计（万元）'),
  change: z.string().describe('建议调整金额合计（万元）：各项之和'),
};

const listSchema = z.object({
  fiscalYear: z.number().int(),
  ...totals,
  departments: z.array(
    z.object({
      departmentId: z.string().nullable().describe('主管部门；单位直属财政局时为 null'),
      departmentName: z.string().nullable(),
      ...totals,
      units: z.array(
        z.object({ unitId: z.string(), unitName: z.string(), ...totals, entries: z.array(entrySchema) }),
      ),
    }),
  ),
});

/** A published results-application list (its public page is /public/:id). */
const publishedSchema = z.object({
  id: z.string(),
  kind: z.literal('results'),
  fiscalYear: z.number().int(),
  title: z.string(),
  publishedAt: z.string(),
});

const yearQuery = z.object({
  fiscalYear: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .describe('自评所属预算年度（建议用于下一年度预算）'),
  organisationId: z.uuid().optional().describe('该组织及其下级'),
});

function entryJson(e: ResultEntry, version: number, lang: 'zh' | 'en') {
  return { ...e, suggestionLabel: undefined, ruleText: e.ruleText[lang], version };
}

function listJson(list: ResultsList, versions: Map<string, number>, fiscalYear: number, lang: 'zh' | 'en') {
  return {
    fiscalYear,
    budget: list.budget,
    change: list.change,
    departments: list.departments.map((d) => ({
      ...d,
      units: d.units.map((u) => ({
        ...u,
        entries: u.entries.map((e) => entryJson(e, versions.get(e.evaluationId) ?? 0, lang)),
      })),
    })),
  };
}

export function resultsRoutes(app: App, { db, readDb }: Deps): void {
  app.get(
    '/api/results',
    {
      config: { access: { permission: 'results.read' } },
      schema: {
        tags: ['结果应用'],
        summary:
          '结果应用建议清单：某年度审核通过的自评按主管部门、单位列出等级、总分、全年预算数和下一年度预算建议（按权限范围：单位看本单位，主管部门看下属，财政局看本区划）',
        querystring: yearQuery,
        response: { 200: listSchema, 400: errorBodySchema },
      },
    },
    async (request) => {
      const { list, versions } = await resultsList(readDb, principalOf(request), request.query);
      return listJson(list, versions, request.query.fiscalYear, requestLang(request));
    },
  );

  app.get(
    '/api/results.xlsx',
    {
      config: { access: { permission: 'results.read' } },
      schema: {
        tags: ['结果应用'],
        summary: '结果应用建议清单导出（.xlsx，与清单同一范围，含各主管部门小计与合计）',
        querystring: yearQuery,
      },
    },
    async (request, reply) => {
      const { list } = await resultsList(readDb, principalOf(request), request.query);
      const bytes = await resultsWorkbook(list, requestLang(request));
      const name = encodeURIComponent(`结果应用建议${request.query.fiscalYear}`);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${name}.xlsx`)
        .send(bytes);
    },
  );

  app.patch(
    '/api/results/:id',
    {
      config: { access: { permission: 'results.override', target: { entity: 'evaluation', param: 'id' } } },
      schema: {
        tags: ['结果应用'],
        summary:
          '财政局审核人调整一项自评的结果应用建议和金额（须填理由；须带读取时的版本号，尚未调整为 0；记入审计日志）',
        params: idParams,
        body: z.object({
          version: z
            .number()
            .int()
            .min(0)
            .max(2_147_483_647)
            .describe(versionField.description ?? ''),
          suggestion: z.enum(RESULT_SUGGESTIONS),
          change: z
            .string()
            .regex(/^-?\d{1,16}(\.\d{1,2})?$/, 'schema.resultChange')
            .describe('调整金额（万元，核减写负数，最多两位小数）'),
          reason: z.string().trim().min(1, 'schema.resultReason').max(500, 'schema.resultReason'),
        }),
        response: { 200: entrySchema, 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const { list, versions } = await overrideResult(db, principalOf(request), {
        evaluationId: request.params.id,
        ...request.body,
      });
      const entry = list.departments[0]?.units[0]?.entries[0];
      if (!entry) throw new Error('override without its entry');
      return entryJson(entry, versions.get(entry.evaluationId) ?? 0, requestLang(request));
    },
  );

  app.post(
    '/api/results/publish',
    {
      config: { access: { permission: 'publication.manage' } },
      schema: {
        tags: ['结果应用', '信息公开'],
        summary:
          '公开某年度的结果应用清单（按规则由财政局或主管部门；默认为本人所在财政局的区划；冻结清单 JSON 与 .xlsx，记入审计日志）',
        querystring: yearQuery,
        response: { 201: publishedSchema, 400: errorBodySchema, 403: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const row = await publishResults(db, principalOf(request), request.query);
      return reply.status(201).send({
        id: row.id,
        kind: 'results' as const,
        fiscalYear: row.fiscalYear,
        title: row.title,
        publishedAt: row.publishedAt.toISOString(),
      });
    },
  );
}
