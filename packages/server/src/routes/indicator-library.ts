import {
  customLibraryId,
  type IndicatorLibraryEntry,
  indicatorLibraryEntryShape,
  LIBRARY_CATEGORY_KEYS,
  parseLibraryEntry,
  searchLibrary,
} from '@jixiao/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import type { RouteAccess } from '../access/policies';
import { audit } from '../db/audit';
import type { DbOrTx } from '../db/connect';
import type { App, Deps } from '../http/app-types';
import { conflict, errorBodySchema, invalid, notFound, staleVersion } from '../http/errors';
import { type ImportPlan, planImport } from '../library/import-plan';
import { type LibraryItem, libraryItem, libraryItems, storeNew, storeOver } from '../library/store';
import { serverMessage as m } from '../messages';
import { versionField } from './common';
import { MULTIPART_NOTE, SINGLE_UPLOAD_LIMITS, uploadedFiles } from './imports';

/**
 * 指标库: every signed-in user searches it (the declaration page's picker); the finance bureau
 * (financeReviewer) and 系统管理员 add, edit, retire, restore, import and export. One library for the
 * installation: the builtin entries as the base, stored rows over them (library/store.ts). Every change
 * is written to the audit log in the same transaction.
 */
const TAGS = ['指标库'];
const READ: RouteAccess = { permission: 'library.read' };
const MANAGE: RouteAccess = { permission: 'library.manage' };
const ENTITY = 'indicatorLibraryEntry';

const itemSchema = indicatorLibraryEntryShape.extend({
  builtin: z.boolean().describe('内置条目（未修改时版本为 1；修改后保存为本库条目）'),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
const out = (item: LibraryItem) => ({
  ...item.entry,
  builtin: item.builtin,
  version: item.version,
  updatedAt: item.updatedAt?.toISOString() ?? null,
  updatedBy: item.updatedBy,
});

const idParams = z.object({ id: z.string().min(1).max(120) });
const newEntryBody = indicatorLibraryEntryShape
  .partial({ id: true })
  .describe('编号可不填：按一级指标、二级指标和指标名称生成 custom.xxxxxxxx');
const changeBody = indicatorLibraryEntryShape
  .omit({ id: true, retired: true })
  .partial()
  .extend({
    version: versionField,
    id: z.string().optional().describe('编号不能修改；给出时须与路径中的相同'),
  });
const versionBody = z.object({ version: versionField });
const planSchema = z.object({
  added: z.array(z.string()).describe('新增条目的编号'),
  changed: z.array(z.string()).describe('被替换的条目的编号'),
  unchanged: z.number().int().describe('与库中相同、未改动的条目数'),
  applied: z.boolean().describe('true：已写入；false：仅预览，未写入'),
});

export function indicatorLibraryRoutes(app: App, deps: Deps): void {
  libraryReadRoutes(app, deps);
  libraryWriteRoutes(app, deps);
  libraryStatusRoutes(app, deps);
  libraryFileRoutes(app, deps);
}

async function existing(db: DbOrTx, id: string): Promise<LibraryItem> {
  const item = await libraryItem(db, id);
  if (!item) throw notFound('entity.libraryEntry');
  return item;
}

function libraryReadRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/indicator-library',
    {
      config: { access: READ },
      schema: {
        tags: TAGS,
        summary:
          '检索指标库（名称、二级指标和填写说明中的词；全角半角、空格不计；按类别时该类别的条目在前，并含通用条目）',
        querystring: z.object({
          query: z.string().max(200).optional(),
          category: z.enum(LIBRARY_CATEGORY_KEYS).optional(),
          level1: z.string().max(200).optional(),
          includeRetired: z.enum(['true', 'false']).optional().describe('true：含已停用条目'),
        }),
        response: { 200: z.object({ items: z.array(itemSchema) }) },
      },
    },
    async (request) => {
      const { includeRetired, ...rest } = request.query;
      const items = await libraryItems(db);
      const byEntry = new Map(items.map((i) => [i.entry, i]));
      const found = searchLibrary(
        items.map((i) => i.entry),
        { ...rest, includeRetired: includeRetired === 'true' },
      );
      return { items: found.flatMap((e) => byEntry.get(e) ?? []).map(out) };
    },
  );

  app.get(
    '/api/indicator-library/:id',
    {
      config: { access: READ },
      schema: {
        tags: TAGS,
        summary: '读取一条指标库条目',
        params: idParams,
        response: { 200: itemSchema, 404: errorBodySchema },
      },
    },
    async (request) => out(await existing(db, request.params.id)),
  );
}

function libraryWriteRoutes(app: App, { db }: Deps): void {
  app.post(
    '/api/indicator-library',
    {
      config: { access: MANAGE },
      schema: {
        tags: TAGS,
        summary: '新增指标库条目（编号已被使用时 409）',
        body: newEntryBody,
        response: { 201: itemSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const body = request.body;
      const entry = parseLibraryEntry({
        ...body,
        id: body.id || customLibraryId(body.level1, body.level2, body.name),
      });
      const item = await db.transaction(async (tx) => {
        const stored = await storeNew(tx, entry, principal.userId);
        if (!stored) throw conflict(m('library.idTaken', { id: entry.id }));
        await audit(tx, {
          userId: principal.userId,
          action: 'create',
          entity: ENTITY,
          entityId: entry.id,
          after: entry,
        });
        return stored;
      });
      return reply.status(201).send(out(item));
    },
  );

  app.patch(
    '/api/indicator-library/:id',
    {
      config: { access: MANAGE },
      schema: {
        tags: TAGS,
        summary: '修改指标库条目（编号不变；须带版本号）',
        params: idParams,
        body: changeBody,
        response: { 200: itemSchema, 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const { version, id, ...change } = request.body;
      if (id !== undefined && id !== request.params.id) throw invalid(m('library.idFixed'));
      return out(await change_(db, request, version, (entry) => parseLibraryEntry({ ...entry, ...change })));
    },
  );
}

/** Reads the entry, applies `edit`, stores the result at `version` and audits it; 404, 400 or 409 otherwise. */
async function change_(
  db: DbOrTx,
  request: FastifyRequest<{ Params: { id: string } }>,
  version: number,
  edit: (entry: IndicatorLibraryEntry) => IndicatorLibraryEntry,
): Promise<LibraryItem> {
  const principal = principalOf(request);
  return db.transaction(async (tx) => {
    const before = await existing(tx, request.params.id);
    const entry = edit(before.entry);
    const stored = await storeOver(tx, before, version, entry, principal.userId);
    if (!stored) throw staleVersion(before.version, version);
    await audit(tx, {
      userId: principal.userId,
      action: 'update',
      entity: ENTITY,
      entityId: entry.id,
      before: before.entry,
      after: entry,
    });
    return stored;
  });
}

function libraryStatusRoutes(app: App, { db }: Deps): void {
  for (const [action, retired, summary] of [
    ['retire', true, '停用指标库条目（申报时不再推荐；已引用它的申报表不受影响；须带版本号）'],
    ['restore', false, '恢复已停用的指标库条目（须带版本号）'],
  ] as const) {
    app.post(
      `/api/indicator-library/:id/${action}`,
      {
        config: { access: MANAGE },
        schema: {
          tags: TAGS,
          summary,
          params: idParams,
          body: versionBody,
          response: { 200: itemSchema, 404: errorBodySchema, 409: errorBodySchema },
        },
      },
      async (request) => {
        const edit = (entry: IndicatorLibraryEntry): IndicatorLibraryEntry => {
          const { retired: _was, ...rest } = entry;
          return retired ? { ...rest, retired: true } : rest;
        };
        return out(await change_(db, request, request.body.version, edit));
      },
    );
  }
}

function libraryFileRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/indicator-library/export.xlsx',
    {
      config: { access: READ },
      schema: { tags: TAGS, summary: '导出整个指标库（含已停用条目）为 .xlsx，可修改后再导入' },
    },
    async (_request, reply) => {
      const { writeLibraryXlsx } = await import('@jixiao/formats');
      const bytes = await writeLibraryXlsx((await libraryItems(db)).map((i) => i.entry));
      const name = encodeURIComponent('指标库.xlsx');
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${name}`)
        .send(Buffer.from(bytes));
    },
  );

  app.post(
    '/api/indicator-library/import',
    {
      config: { access: MANAGE },
      schema: {
        tags: TAGS,
        summary: '从 .xlsx 导入指标库（全部成功或全部不导入；preview=true 只预览）',
        description:
          `${MULTIPART_NOTE}表头按列名识别：一级指标、二级指标、指标名称、适用类别、填写说明必有，编号、指标性质、度量单位、设定依据、定量、示例、来源、状态可选。` +
          '编号与库中条目相同的行替换该条目，新编号的行新增，库中其余条目不变（停用请用「状态」列写“停用”）。任何一处有问题都不写入，并列出每个问题单元格。',
        querystring: z.object({ preview: z.enum(['true', 'false']).optional() }),
        response: { 200: planSchema, 400: errorBodySchema, 409: errorBodySchema, 413: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const [file] = await uploadedFiles(request, SINGLE_UPLOAD_LIMITS);
      if (!file) throw invalid(m('upload.noFile'));
      if (!file.name.toLowerCase().endsWith('.xlsx'))
        throw invalid(m('library.notXlsx', { file: file.name }));
      const { readLibraryXlsx } = await import('@jixiao/formats');
      const imported = await readLibraryXlsx(file.bytes, file.name);
      const preview = request.query.preview === 'true';
      const plan = preview
        ? planImport(await libraryItems(db), imported)
        : await db.transaction(async (tx) => {
            const planned = planImport(await libraryItems(tx), imported);
            await applyImport(tx, planned, principal.userId);
            return planned;
          });
      return {
        added: plan.added.map((e) => e.id),
        changed: plan.changed.map((c) => c.entry.id),
        unchanged: plan.unchanged.length,
        applied: !preview,
      };
    },
  );
}

/** Writes the plan, each change audited; anything that moved meanwhile undoes the whole import. */
async function applyImport(tx: DbOrTx, plan: ImportPlan, userId: string): Promise<void> {
  for (const entry of plan.added) {
    if (!(await storeNew(tx, entry, userId))) throw conflict(m('library.changedMeanwhile', { id: entry.id }));
    await audit(tx, { userId, action: 'create', entity: ENTITY, entityId: entry.id, after: entry });
  }
  for (const { before, entry } of plan.changed) {
    if (!(await storeOver(tx, before, before.version, entry, userId)))
      throw conflict(m('library.changedMeanwhile', { id: entry.id }));
    await audit(tx, {
      userId,
      action: 'update',
      entity: ENTITY,
      entityId: entry.id,
      before: before.entry,
      after: entry,
    });
  }
}
