import { getRuleSet, JixiaoError, parseEvaluation } from '@jixiao/domain';
import {
  convertDocxToPdf,
  readEvaluationBytes,
  renderDocuments,
  writeEvaluationJson,
  writeSelfEvaluationXlsx,
} from '@jixiao/formats';
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { evaluations, organisations } from '../db/schema';
import { outcomeOf } from '../evaluations/derive';
import { insertEvaluation } from '../evaluations/store';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema, invalid, notFound } from '../http/errors';
import { bulkImport, type ImportFile } from '../imports/bulk-import';
import { serverMessage as m } from '../messages';
import { idParams } from './common';

/** Every uploaded file of a multipart request, in memory (limits are set on the multipart plugin). */
export async function uploadedFiles(request: FastifyRequest): Promise<ImportFile[]> {
  if (!request.isMultipart()) {
    throw new JixiaoError('UNSUPPORTED_FORMAT', m('upload.multipartEvaluations'));
  }
  const files: ImportFile[] = [];
  for await (const part of request.parts()) {
    if (part.type !== 'file') continue;
    const bytes = await part.toBuffer();
    if (part.file.truncated) throw invalid(m('upload.fileTooLarge', { file: part.filename }));
    files.push({ name: part.filename || `file-${files.length + 1}`, bytes: new Uint8Array(bytes) });
  }
  if (files.length === 0) throw invalid(m('upload.noFile'));
  return files;
}

export const MULTIPART_NOTE = '以 multipart/form-data 上传，字段名 file（可多个文件）。';

export function importExportRoutes(app: App, { db }: Deps): void {
  app.post(
    '/api/organisations/:id/imports',
    {
      config: { access: { permission: 'import.bulk', target: { entity: 'organisation', param: 'id' } } },
      schema: {
        tags: ['导入导出'],
        summary: '批量导入（全部成功或全部不导入）',
        description:
          `${MULTIPART_NOTE}.xlsx 工作簿中每个自评表工作表导入为一份自评草稿，含「单位名称、预算年度、年初预算数…」表头的工作表导入为预算决算数；` +
          '也可上传 .json / .csv 自评文件。单位按单位代码或名称在该组织下查找。任何一处有问题都不写入，并列出每个问题单元格（文件、工作表、行、列、原因）。',
        params: idParams,
        response: {
          200: z.object({
            importId: z.string(),
            evaluations: z.number().int(),
            budgets: z.number().int(),
            sheets: z.array(
              z.object({
                file: z.string(),
                sheet: z.string().optional(),
                kind: z.enum(['evaluation', 'budget']),
                rows: z.number().int(),
              }),
            ),
          }),
          400: errorBodySchema,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const [scope] = await db
        .select({ id: organisations.id, path: organisations.path })
        .from(organisations)
        .where(eq(organisations.id, request.params.id));
      if (!scope) throw notFound('entity.organisation');
      const files = await uploadedFiles(request);
      return bulkImport(db, { scope, files, userId: principal.userId, log: request.log });
    },
  );

  app.post(
    '/api/organisations/:id/evaluations/import',
    {
      config: { access: { permission: 'evaluation.write', target: { entity: 'organisation', param: 'id' } } },
      schema: {
        tags: ['导入导出'],
        summary: '导入一份自评（.json / .xlsx / .csv）为草稿',
        description: `${MULTIPART_NOTE}只取第一个文件。`,
        params: idParams,
        response: {
          201: z.object({ id: z.string(), version: z.number().int(), title: z.string() }),
          400: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const [org] = await db.select().from(organisations).where(eq(organisations.id, request.params.id));
      if (org?.kind !== 'unit') throw invalid(m('import.onlyUnits'));
      const [file] = await uploadedFiles(request);
      if (!file) throw invalid(m('upload.noFile'));
      const evaluation = await readEvaluationBytes(file.bytes, file.name);
      outcomeOf(evaluation);
      const row = await db.transaction((tx) =>
        insertEvaluation(tx, { organisationId: org.id, evaluation, userId: principal.userId }),
      );
      return reply.status(201).send({ id: row.id, version: row.version, title: row.title });
    },
  );

  app.get(
    '/api/evaluations/:id/export',
    {
      config: { access: { permission: 'evaluation.compute', target: { entity: 'evaluation', param: 'id' } } },
      schema: {
        tags: ['导入导出'],
        summary:
          '导出自评：jixiao JSON、官方自评表 .xlsx、自评报告 .docx 或 .pdf（需服务器装有 LibreOffice）',
        params: idParams,
        querystring: z.object({ format: z.enum(['json', 'xlsx', 'docx', 'pdf']).default('json') }),
      },
    },
    async (request, reply) => {
      const [row] = await db.select().from(evaluations).where(eq(evaluations.id, request.params.id));
      if (!row) throw notFound('entity.evaluation');
      const evaluation = parseEvaluation(row.data);
      const base = encodeURIComponent(`${row.title}-${row.fiscalYear}`);
      if (request.query.format === 'json') {
        return reply
          .header('content-type', 'application/json; charset=utf-8')
          .header('content-disposition', `attachment; filename*=UTF-8''${base}.json`)
          .send(writeEvaluationJson(evaluation));
      }
      const ruleSet = getRuleSet(evaluation.ruleSet);
      const outcome = outcomeOf(evaluation);
      if (request.query.format === 'docx' || request.query.format === 'pdf') {
        const rendered = await renderDocuments(
          'report',
          { evaluation, result: outcome.result, ruleSet, findings: outcome.findings },
          ['docx'],
        );
        const docx = rendered.docx;
        if (!docx) throw new Error('renderDocuments returned no docx');
        const name = encodeURIComponent(`${row.title}-${row.fiscalYear}-自评报告`);
        if (request.query.format === 'docx') {
          return reply
            .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
            .header('content-disposition', `attachment; filename*=UTF-8''${name}.docx`)
            .send(Buffer.from(docx));
        }
        // Without LibreOffice this throws UNSUPPORTED_FORMAT (415) with a Chinese message saying so.
        const [pdf] = await convertDocxToPdf([{ name: 'report', docx }]);
        if (!pdf) throw new Error('convertDocxToPdf returned no pdf');
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename*=UTF-8''${name}.pdf`)
          .send(pdf);
      }
      const bytes = await writeSelfEvaluationXlsx(evaluation, outcome.result, ruleSet);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${base}.xlsx`)
        .send(bytes);
    },
  );
}
