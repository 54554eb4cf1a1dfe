import { z } from 'zod';
import { AUDIT_UPLOAD_LIMITS, auditUploads, SEVERITY_NAMES } from '../audit/audit-uploads';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema } from '../http/errors';
import { auditResponseSchema } from '../http/schemas/audit';
import { MULTIPART_NOTE } from './imports';

/** 报告审核: audits self-evaluation reports written elsewhere, as `jixiao check --json` does. */
export function auditRoutes(app: App, { heavy }: Deps): void {
  app.post(
    '/api/audit',
    {
      config: { access: { permission: 'audit.run' } },
      schema: {
        tags: ['报告审核'],
        summary: '审核上传的自评报告（只读：不保存文件，不改变任何数据）',
        description:
          `${MULTIPART_NOTE}可上传 .docx、.pdf、.txt、.md 自评报告和 .xlsx、.csv、.json 自评表，` +
          `一次最多 ${AUDIT_UPLOAD_LIMITS.maxFiles} 个、合计不超过 ${AUDIT_UPLOAD_LIMITS.maxTotalBytes / 1024 / 1024} MB。` +
          '每个文件的结果与 `jixiao check --json` 相同：摘要（单位、年度、类型、总分、等级、执行率、各级别数量）和审核发现' +
          `（级别 ${SEVERITY_NAMES}；引用原文及位置、复核算式、可信度）。无法读取的文件在其条目中给出中文错误，不影响其他文件。` +
          '上传的文件只在审核期间存于临时目录，审核后即删除；审核他单位的报告不会写入或修改任何数据。',
        querystring: z.object({
          lang: z.enum(['zh', 'en']).default('zh').describe('审核发现的语言'),
        }),
        response: { 200: auditResponseSchema, 400: errorBodySchema },
      },
    },
    async (request) => auditUploads(request, request.query.lang, request.log, heavy),
  );
}
