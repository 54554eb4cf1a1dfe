import { z } from 'zod';
import { principalOf } from '../access/authorize';
import type { App, Deps } from '../http/app-types';
import { overviewWorkbook } from '../reports/overview';

export function reportRoutes(app: App, { readDb }: Deps): void {
  app.get(
    '/api/reports/overview.xlsx',
    {
      config: { access: { permission: 'evaluation.read' } },
      schema: {
        tags: ['报表'],
        summary: '总览表导出（.xlsx，按权限范围过滤）',
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
