import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { JOB_STATUSES, jobs } from '../db/schema';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema, notFound, requestLang } from '../http/errors';
import { importSummarySchema } from '../http/schemas/imports';
import { screenZips } from '../imports/read-uploads';
import { idParams } from './common';
import { BULK_UPLOAD_LIMITS, MULTIPART_NOTE, uploadedFiles } from './imports';

/** A failed job's error: the `error` of the error body the synchronous import answers with. */
const jobErrorSchema = errorBodySchema.shape.error;

const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(JOB_STATUSES),
  organisationId: z.string(),
  result: importSummarySchema.nullable().describe('完成时：与同步导入相同的导入摘要'),
  error: jobErrorSchema.nullable().describe('失败时：与同步导入相同的错误（含每个问题单元格）'),
  attempts: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Bulk imports as queued jobs (pg-boss; any instance's worker runs them). */
export function jobRoutes(app: App, { db, jobQueue }: Deps): void {
  app.post(
    '/api/organisations/:id/import-jobs',
    {
      config: { access: { permission: 'import.bulk', target: { entity: 'organisation', param: 'id' } } },
      schema: {
        tags: ['导入导出'],
        summary: '批量导入（后台作业）：立即返回作业编号，完成后查询结果',
        description: `${MULTIPART_NOTE}规则与同步批量导入相同：全部成功或全部不导入。`,
        params: idParams,
        response: { 202: z.object({ jobId: z.string() }), 400: errorBodySchema },
      },
    },
    async (request, reply) => {
      const files = await uploadedFiles(request, BULK_UPLOAD_LIMITS);
      // A zip bomb is refused here, before its bytes are stored for the job (or ever inflated past the limit).
      await screenZips(files);
      const jobId = await jobQueue.enqueueBulkImport({
        organisationId: request.params.id,
        files,
        userId: principalOf(request).userId,
      });
      return reply.status(202).send({ jobId });
    },
  );

  app.get(
    '/api/jobs/:id',
    {
      config: { access: { permission: 'import.bulk', target: { entity: 'job', param: 'id' } } },
      schema: {
        tags: ['导入导出'],
        summary: '查询后台作业',
        params: idParams,
        response: { 200: jobSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const lang = requestLang(request);
      const [job] = await db.select().from(jobs).where(eq(jobs.id, request.params.id));
      if (!job) throw notFound('entity.job');
      return {
        id: job.id,
        kind: job.kind,
        status: job.status,
        organisationId: job.organisationId,
        result: importSummarySchema.nullable().parse(job.result),
        error: jobErrorSchema.nullable().parse(inLanguage(job.error, lang)),
        attempts: job.attempts,
        createdAt: job.createdAt.toISOString(),
        updatedAt: job.updatedAt.toISOString(),
      };
    },
  );
}

/** A failed job keeps its error body in Chinese with the English one under `en` (see jobs/queue.ts). */
function inLanguage(error: unknown, lang: 'zh' | 'en'): unknown {
  if (typeof error !== 'object' || error === null || !('en' in error)) return error;
  const { en, ...zh } = error;
  return lang === 'en' ? en : zh;
}
