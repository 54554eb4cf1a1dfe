import { checkZipAsync, writeMonitoringXlsx } from '@jixiao/formats';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { ticketOf } from '../heavy/pool';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema, invalid } from '../http/errors';
import { serverMessage as m } from '../messages';
import { createMonitoring } from '../monitoring/edit';
import { loadMonitoring, monitoringOf } from '../monitoring/read';
import { ruleSetFor } from '../rule-sets/registry';
import { idParams } from './common';
import { isZip, MULTIPART_NOTE, SINGLE_UPLOAD_LIMITS, uploadedFiles } from './imports';
import { monitoringDetail, monitoringDetailSchema, onMonitoring } from './monitoring-schemas';

/**
 * One monitoring report as a file: the 监控表 .xlsx (or jixiao.monitoring JSON) imported as a new draft —
 * read on a heavy-pool thread, all or nothing, every problem located (file, sheet, row, column) — and a
 * stored report exported as the 监控表 .xlsx with the engine's figures (formats/monitoring-sheet).
 */
export function monitoringFileRoutes(app: App, { db, heavy }: Deps): void {
  app.post(
    '/api/organisations/:id/monitoring/import',
    {
      config: { access: { permission: 'monitoring.write', target: { entity: 'organisation', param: 'id' } } },
      schema: {
        tags: ['监控'],
        summary: '导入一份绩效监控表（.xlsx 或 .json）为草稿',
        description: `${MULTIPART_NOTE}只取第一个文件。`,
        params: idParams,
        response: { 201: monitoringDetailSchema, 400: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const [file] = await uploadedFiles(request, SINGLE_UPLOAD_LIMITS);
      if (!file) throw invalid(m('upload.noFile'));
      if (isZip(file.bytes)) await checkZipAsync(file.bytes, file.name);
      const report = await heavy.task('readMonitoring', file, ticketOf(request.headers));
      const row = await createMonitoring(db, {
        organisationId: request.params.id,
        report,
        userId: principal.userId,
      });
      return reply.status(201).send(await monitoringDetail(db, row, principal, request.targetPath));
    },
  );

  app.get(
    '/api/monitoring/:id/export',
    {
      config: { access: onMonitoring('monitoring.read') },
      schema: {
        tags: ['监控'],
        summary: '导出绩效监控表（.xlsx，含时序进度、执行进度和监控灯）',
        params: idParams,
        querystring: z.object({}),
      },
    },
    async (request, reply) => {
      const row = await loadMonitoring(db, request.params.id);
      const bytes = await writeMonitoringXlsx(monitoringOf(row), ruleSetFor(row.ruleSetId));
      const name = encodeURIComponent(`${row.title}-${row.fiscalYear}-1-${row.throughMonth}月`);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${name}.xlsx`)
        .send(Buffer.from(bytes));
    },
  );
}
