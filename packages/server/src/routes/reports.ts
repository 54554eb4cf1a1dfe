import { EVALUATION_STATUSES } from '@jixiao/domain';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import type { App, Deps } from '../http/app-types';
import { replyBuiltByHand } from '../http/serializer';
import { AHEAD_BY_POINTS, GRADE_KEYS, overview } from '../reports/overview';
import { overviewWorkbook } from '../reports/overview-workbook';

const decimalText = (what: string) =>
  z.string().nullable().describe(`${what}（十进制字符串，两位小数，四舍五入）`);

const departmentFiguresSchema = z.object({
  departmentId: z.string().nullable().describe('主管部门；单位直属财政局时为 null'),
  departmentName: z.string().nullable(),
  evaluations: z.number().int(),
  units: z.number().int().describe('不同单位的个数'),
  averageScore: decimalText('平均分'),
  averageExecutionRate: decimalText('平均预算执行率（百分数）'),
});

const overviewRowSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  kind: z.enum(['project', 'unitWide']),
  title: z.string().describe('项目名称（部门整体自评为单位名称）'),
  unitName: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  status: z.enum(EVALUATION_STATUSES),
  totalScore: z.string().nullable(),
  grade: z.string().nullable(),
  executionRate: z.string().nullable(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  rank: z.number().int().nullable().describe('按总分排名，并列同名次（1, 2, 2, 4）；未评分为 null'),
});

/** Built field by field by reports/overview.ts, so written with JSON.stringify (http/serializer.ts). */
const overviewSchema = replyBuiltByHand(
  z.object({
    counted: z.number().int().describe('计入统计的自评数（已提交及之后的状态）'),
    notCounted: z.number().int().describe('不计入统计的自评数（草稿、已退回）'),
    units: z.number().int().describe('计入统计的不同单位数'),
    scored: z.number().int(),
    unscored: z.number().int(),
    averageScore: decimalText('平均分'),
    averageExecutionRate: decimalText('平均预算执行率（百分数）'),
    grades: z.array(z.object({ grade: z.enum(GRADE_KEYS), count: z.number().int() })),
    errors: z.number().int(),
    warnings: z.number().int(),
    departments: z.array(departmentFiguresSchema).describe('按主管部门汇总（筛选后的同一集合）'),
    scatter: z
      .object({
        points: z.array(z.tuple([z.string(), z.string()])).describe('［预算执行率, 总分］'),
        ahead: z
          .array(
            z.object({
              id: z.string(),
              unitName: z.string(),
              title: z.string().nullable().describe('项目名称；部门整体自评为 null'),
              rate: z.string(),
              score: z.string(),
            }),
          )
          .describe(`总分高出预算执行率 ${AHEAD_BY_POINTS} 分以上的自评（高分低执行）`),
      })
      .describe('预算执行率与总分散点（同一集合，两项都有的自评）'),
    rows: z.array(overviewRowSchema).describe('排名表的一页：按排名，再按主管部门、单位、名称'),
    page: z.number().int(),
    pageSize: z.number().int(),
    departmentChoices: z
      .array(z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable() }))
      .describe('本年度有计入统计的自评的主管部门（不受组织筛选影响），供筛选'),
  }),
);

export function reportRoutes(app: App, { readDb }: Deps): void {
  app.get(
    '/api/reports/overview',
    {
      config: { access: { permission: 'evaluation.read' } },
      schema: {
        tags: ['报表'],
        summary: '全局总览统计（按权限范围过滤；只统计已提交及之后的自评，草稿与已退回单独计数）',
        querystring: z.object({
          fiscalYear: z.coerce.number().int().min(2000).max(2100),
          organisationId: z.uuid().optional().describe('该组织及其下级'),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: overviewSchema },
      },
    },
    async (request) => overview(readDb, principalOf(request), request.query),
  );

  app.get(
    '/api/reports/overview.xlsx',
    {
      config: { access: { permission: 'evaluation.read' } },
      schema: {
        tags: ['报表'],
        summary: '总览表导出（.xlsx，按权限范围过滤；与全局总览统计同一集合）',
        querystring: z.object({
          fiscalYear: z.coerce.number().int().optional(),
          organisationId: z.uuid().optional().describe('该组织及其下级'),
        }),
      },
    },
    async (request, reply) => {
      const q = request.query;
      const bytes = await overviewWorkbook(readDb, principalOf(request), q);
      const name = encodeURIComponent(`绩效自评总览${q.fiscalYear ?? ''}`);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${name}.xlsx`)
        .send(bytes);
    },
  );
}
