import { JixiaoError, type Message } from '@jixiao/domain';
import { checkZipAsync, MAX_EVALUATION_FILE_BYTES } from '@jixiao/formats';
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { organisations } from '../db/schema';
import { outcomeOf } from '../evaluations/derive';
import { EXPORT_FORMATS, exportEvaluation } from '../evaluations/export';
import { loadEvaluation, modelOf } from '../evaluations/read';
import { insertEvaluation } from '../evaluations/store';
import { ticketOf } from '../heavy/pool';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema, invalid, notFound } from '../http/errors';
import {
  importComparisonSchema,
  importSummarySchema,
  singleImportQuerySchema,
} from '../http/schemas/imports';
import { bulkImport, type ImportFile } from '../imports/bulk-import';
import { compareImport, refuseUnconfirmed } from '../imports/single-import';
import { serverMessage as m } from '../messages';
import { priorRectificationOf } from '../rectification/prior-year';
import { resultEntryOf } from '../results/list';
import { idParams } from './common';

/** How much one upload route accepts; refused while streaming, before anything is parsed or stored. */
export interface UploadLimits {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

const MB = 1024 * 1024;
/** A bulk import: many sheets or a .zip of them (a real 自评表 is a few hundred kB). */
export const BULK_UPLOAD_LIMITS: UploadLimits = {
  maxFiles: 200,
  maxFileBytes: 30 * MB,
  maxTotalBytes: 50 * MB,
};
/** One evaluation file, the same bound as the file reader's own. */
export const SINGLE_UPLOAD_LIMITS: UploadLimits = {
  maxFiles: 1,
  maxFileBytes: MAX_EVALUATION_FILE_BYTES,
  maxTotalBytes: MAX_EVALUATION_FILE_BYTES,
};

/** Every uploaded file of a multipart request, in memory, counted chunk by chunk against `limits` (413 past them). */
export async function uploadedFiles(request: FastifyRequest, limits: UploadLimits): Promise<ImportFile[]> {
  if (!request.isMultipart()) {
    throw new JixiaoError('UNSUPPORTED_FORMAT', m('upload.multipartEvaluations'));
  }
  return readingUpload(() => readFiles(request, limits));
}

/**
 * Runs the reading of a multipart body: what the multipart parser throws (no boundary, a body cut off
 * inside a part, a malformed part header) is the sender's fault, so a 400 that says so rather than a 500.
 * Our own refusals, errors with an HTTP status and system errors (a full disk) pass unchanged.
 */
export async function readingUpload<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const passes =
      error instanceof JixiaoError ||
      !(error instanceof Error) ||
      typeof (error as { statusCode?: unknown }).statusCode === 'number' ||
      'syscall' in error;
    if (passes) throw error;
    throw invalid(m('upload.malformed'));
  }
}

async function readFiles(request: FastifyRequest, limits: UploadLimits): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  let total = 0;
  // One byte over the file limit lets our own count, with its message, trip before busboy truncates.
  for await (const part of request.parts({ limits: { fileSize: limits.maxFileBytes + 1 } })) {
    if (part.type !== 'file') continue;
    if (files.length >= limits.maxFiles) throw tooLarge(m('upload.tooManyUploads', { max: limits.maxFiles }));
    const name = part.filename || `file-${files.length + 1}`;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of part.file) {
      const bytes: Buffer = chunk;
      size += bytes.length;
      total += bytes.length;
      if (size > limits.maxFileBytes)
        throw tooLarge(m('upload.fileOverLimit', { file: name, mb: limits.maxFileBytes / MB }));
      if (total > limits.maxTotalBytes)
        throw tooLarge(m('upload.totalTooLarge', { mb: limits.maxTotalBytes / MB }));
      chunks.push(bytes);
    }
    if (part.file.truncated) throw tooLarge(m('upload.fileTooLarge', { file: name }));
    files.push({ name, bytes: new Uint8Array(Buffer.concat(chunks)) });
  }
  if (files.length === 0) throw invalid(m('upload.noFile'));
  return files;
}

function tooLarge(message: Message): JixiaoError {
  return new JixiaoError('TOO_LARGE', message);
}

export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

export const MULTIPART_NOTE = '以 multipart/form-data 上传，字段名 file（可多个文件）。';

/** Imports and exports: many evaluations and budgets at once, one evaluation, one evaluation as a file. */
export function importExportRoutes(app: App, deps: Deps): void {
  bulkImportRoute(app, deps);
  singleImportRoute(app, deps);
  exportRoute(app, deps);
}

/** All or nothing, in the request; routes/jobs.ts runs the same import as a background job. */
function bulkImportRoute(app: App, { db, heavy }: Deps): void {
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
          200: importSummarySchema,
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
      const files = await uploadedFiles(request, BULK_UPLOAD_LIMITS);
      return bulkImport(db, { scope, files, userId: principal.userId, log: request.log, heavy });
    },
  );
}

/** The unit an evaluation file is imported into: a unit, or 400. */
async function unitOf(db: Deps['db'], id: string) {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, id));
  if (org?.kind !== 'unit') throw invalid(m('import.onlyUnits'));
  return org;
}

/** Reads the one uploaded file: a zip (.xlsx) is measured off the event loop first, then read on a heavy-pool thread. */
async function readOneUpload(request: FastifyRequest, heavy: Deps['heavy']) {
  const [file] = await uploadedFiles(request, SINGLE_UPLOAD_LIMITS);
  if (!file) throw invalid(m('upload.noFile'));
  // A bomb never reaches a reader; the reader's own guard then finds it honest.
  if (isZip(file.bytes)) await checkZipAsync(file.bytes, file.name);
  return heavy.task('readImport', file, ticketOf(request.headers));
}

const SINGLE_IMPORT_NOTE =
  '表中的单位名称、主管部门与预算年度（fiscalYear）若与要导入到的单位和年度不同，须先用「预览」查看，确认后带 confirm=true 再导入，否则 409 不导入。' +
  '评分规则集取文件自己写明的（jixiao 写出的表在隐藏的数据表中记录），否则取该年度指定的规则集。';

function singleImportRoute(app: App, { db, heavy }: Deps): void {
  app.post(
    '/api/organisations/:id/evaluations/import/preview',
    {
      config: { access: { permission: 'evaluation.write', target: { entity: 'organisation', param: 'id' } } },
      schema: {
        tags: ['导入导出'],
        summary: '预览导入一份自评：表中的单位、主管部门、年度与目标单位的比较，及所用规则集（不写入）',
        description: `${MULTIPART_NOTE}只取第一个文件。${SINGLE_IMPORT_NOTE}`,
        params: idParams,
        querystring: singleImportQuerySchema,
        response: { 200: importComparisonSchema, 400: errorBodySchema },
      },
    },
    async (request) => {
      const org = await unitOf(db, request.params.id);
      const read = await readOneUpload(request, heavy);
      return (await compareImport(db, org, read, request.query.fiscalYear)).comparison;
    },
  );
  app.post(
    '/api/organisations/:id/evaluations/import',
    {
      config: { access: { permission: 'evaluation.write', target: { entity: 'organisation', param: 'id' } } },
      schema: {
        tags: ['导入导出'],
        summary: '导入一份自评（.json / .xlsx / .csv）为草稿',
        description: `${MULTIPART_NOTE}只取第一个文件。${SINGLE_IMPORT_NOTE}`,
        params: idParams,
        querystring: singleImportQuerySchema,
        response: {
          201: z.object({ id: z.string(), version: z.number().int(), title: z.string() }),
          400: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const org = await unitOf(db, request.params.id);
      const read = await readOneUpload(request, heavy);
      const { evaluation, comparison } = await compareImport(db, org, read, request.query.fiscalYear);
      if (request.query.confirm !== 'true') refuseUnconfirmed(comparison);
      outcomeOf(evaluation);
      const row = await db.transaction((tx) =>
        insertEvaluation(tx, { organisationId: org.id, evaluation, userId: principal.userId }),
      );
      return reply.status(201).send({ id: row.id, version: row.version, title: row.title });
    },
  );
}

function exportRoute(app: App, { db, heavy }: Deps): void {
  app.get(
    '/api/evaluations/:id/export',
    {
      config: { access: { permission: 'evaluation.compute', target: { entity: 'evaluation', param: 'id' } } },
      schema: {
        tags: ['导入导出'],
        summary:
          '导出自评：jixiao JSON、官方自评表 .xlsx、自评报告 .docx 或 .pdf（需服务器装有 LibreOffice）',
        params: idParams,
        querystring: z.object({ format: z.enum(EXPORT_FORMATS).default('json') }),
      },
    },
    async (request, reply) => {
      const row = await loadEvaluation(db, request.params.id);
      const format = request.query.format;
      // The report's 存在的问题 lists the unit's rectification items of the year before (整改台账), and its
      // 结果应用情况 opens with the bureau's entry for this evaluation when it is approved.
      const withReport = format === 'docx' || format === 'pdf';
      const resultApplication = withReport ? await resultEntryOf(db, row.id) : undefined;
      const report = withReport
        ? {
            priorRectification: await priorRectificationOf(db, row.organisationId, row.fiscalYear),
            ...(resultApplication ? { resultApplication } : {}),
          }
        : {};
      const convert = () => exportEvaluation(modelOf(row), format, `${row.title}-${row.fiscalYear}`, report);
      // A PDF starts LibreOffice: it waits for a slot of the heavy pool (or is refused with 503).
      const file = await (format === 'pdf' ? heavy.run(convert, ticketOf(request.headers)) : convert());
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.body);
    },
  );
}
