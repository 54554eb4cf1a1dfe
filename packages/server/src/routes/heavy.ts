import { z } from 'zod';
import { HEAVY_TICKET_HEADER } from '../heavy/pool';
import type { App, Deps } from '../http/app-types';

const ticketStateSchema = z
  .object({
    state: z
      .enum(['queued', 'running', 'unknown'])
      .describe('queued 排队中；running 正在处理；unknown 未在处理（未开始或已结束）'),
    ahead: z.number().int().optional().describe('排队时前面还有几个'),
    running: z.number().int().describe('正在处理的重任务数'),
    queued: z.number().int().describe('排队等待的重任务数'),
    concurrency: z.number().int().describe('同时处理的上限（JIXIAO_HEAVY_CONCURRENCY）'),
  })
  .meta({ id: 'HeavyStatus' });

/** Where a heavy request (PDF export, big audit) stands, asked by the web app while it waits. */
export function heavyRoutes(app: App, { heavy }: Deps): void {
  app.get(
    '/api/heavy/status',
    {
      config: { access: { permission: 'session.self' } },
      schema: {
        tags: ['系统'],
        summary: '重任务（PDF 导出、大文件审核）的排队情况',
        description: `请求带上请求头 ${HEAVY_TICKET_HEADER}（8–64 位字母、数字或连字符）时，可凭同一编号查询它是排队中（前面还有几个）还是正在处理。`,
        querystring: z.object({
          ticket: z
            .string()
            .regex(/^[A-Za-z0-9-]{8,64}$/)
            .optional()
            .describe('请求头中的编号'),
        }),
        response: { 200: ticketStateSchema },
      },
    },
    async (request) => {
      const stats = heavy.stats();
      const where = request.query.ticket
        ? heavy.position(request.query.ticket)
        : { state: 'unknown' as const };
      return {
        ...where,
        running: stats.running,
        queued: stats.queued,
        concurrency: stats.concurrency,
      };
    },
  );
}
