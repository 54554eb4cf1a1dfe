import { JixiaoError } from '@jixiao/domain';
import { readDeclarationXlsx, writeDeclarationXlsx } from '@jixiao/formats';
import { principalOf } from '../access/authorize';
import { createDeclaration } from '../declarations/edit';
import { declarationOf, loadDeclaration } from '../declarations/store';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema } from '../http/errors';
import { serverMessage as m } from '../messages';
import { idParams } from './common';
import { declarationDetail, declarationDetailSchema } from './declaration-schemas';
import { MULTIPART_NOTE, SINGLE_UPLOAD_LIMITS, uploadedFiles } from './imports';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The 申报表 as an .xlsx (formats' writeDeclarationXlsx) and back: an import reads the whole workbook first
 * (readDeclarationXlsx, every bad cell located by sheet, row and column) and only then files one draft.
 */
export function declarationFileRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/declarations/:id/export',
    {
      config: { access: { permission: 'declaration.read', target: { entity: 'declaration', param: 'id' } } },
      schema: { tags: ['绩效目标'], summary: '导出绩效目标申报表 .xlsx', params: idParams },
    },
    async (request, reply) => {
      const row = await loadDeclaration(db, request.params.id);
      const bytes = await writeDeclarationXlsx(declarationOf(row));
      const name = `${row.title}-${row.fiscalYear}-绩效目标申报表.xlsx`;
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(Buffer.from(bytes));
    },
  );

  app.post(
    '/api/organisations/:id/declarations/import',
    {
      config: {
        access: { permission: 'declaration.write', target: { entity: 'organisation', param: 'id' } },
      },
      schema: {
        tags: ['绩效目标'],
        summary: '导入一份绩效目标申报表 .xlsx 为草稿（全部读通才保存）',
        description: `${MULTIPART_NOTE}只取第一个文件。`,
        params: idParams,
        response: { 201: declarationDetailSchema, 400: errorBodySchema, 415: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const [file] = await uploadedFiles(request, SINGLE_UPLOAD_LIMITS);
      if (!file) throw new JixiaoError('INVALID_INPUT', m('upload.noFile'));
      const declaration = await readDeclarationXlsx(file.bytes, file.name);
      const row = await createDeclaration(db, {
        organisationId: request.params.id,
        declaration,
        userId: principal.userId,
        action: 'import',
      });
      return reply.status(201).send(await declarationDetail(db, row, principal));
    },
  );
}
