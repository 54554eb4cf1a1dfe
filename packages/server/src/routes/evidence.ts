import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { inScope } from '../access/scope';
import { evaluationBundle } from '../evidence/bundle';
import { CONTENT_TYPE } from '../evidence/content-type';
import { evidenceLimits } from '../evidence/limits';
import {
  type EvidenceOwner,
  evaluationOwner,
  NO_RECTIFICATIONS,
  placeText,
  type RectificationOwners,
  rectificationOwner,
  requirePlace,
} from '../evidence/owners';
import { addEvidence, deleteEvidence, listEvidence, loadEvidenceFile, ownerRefOf } from '../evidence/store';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema, forbidden, invalid, notFound } from '../http/errors';
import { serverMessage as m } from '../messages';
import { idParams } from './common';
import { MULTIPART_NOTE, uploadedFiles } from './imports';

const evidenceSchema = z.object({
  id: z.string(),
  ownerKind: z.enum(['evaluation', 'rectification']),
  ownerId: z.string(),
  path: z.string().describe('indicators.N（绩效指标行，从 0 起）、funds.total 等资金行；整改事项为空'),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int().describe('字节数'),
  sha256: z.string().describe('SHA-256，十六进制'),
  uploadedBy: z.string().nullable(),
  uploadedByName: z.string().nullable(),
  uploadedAt: z.string(),
});
const evidenceListSchema = z.object({ files: z.array(evidenceSchema) });
const pathQuery = z.object({
  path: z
    .string()
    .max(64)
    .describe(
      '佐证材料所属的行：indicators.N（绩效指标第 N+1 行）或 funds.total / funds.fiscalAppropriation / …',
    ),
});
const LIMITS_NOTE =
  '每个文件不超过 20 MB（JIXIAO_EVIDENCE_FILE_MB），一份自评合计不超过 200 MB（JIXIAO_EVIDENCE_EVALUATION_MB），' +
  '每行最多 50 个（JIXIAO_EVIDENCE_PER_PLACE）。只接受 PDF、PNG、JPEG、.docx、.xlsx，按文件内容核对类型，内容与扩展名不符的拒绝。';

/** Inline only for what a browser shows safely on its own (PDF, images); OOXML is always an attachment. */
const PREVIEWABLE = new Set<string>([CONTENT_TYPE.pdf, CONTENT_TYPE.png, CONTENT_TYPE.jpeg]);

/** RFC 5987: encodeURIComponent leaves ' ( ) * as they are, which the header's syntax does not allow. */
const encodeRfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const disposition = (kind: 'inline' | 'attachment', fileName: string) =>
  `${kind}; filename*=UTF-8''${encodeRfc5987(fileName)}`;

/**
 * The name a file is kept under: the last segment of what the browser sent (some send a whole path), without
 * control characters (PostgreSQL text holds no NUL), at most 200 characters, the extension kept.
 */
export function storedFileName(sent: string): string {
  const last = sent.split(/[\\/]/).pop() ?? '';
  const clean = [...last]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim();
  if ([...clean].length <= 200) return clean || 'file';
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return [...clean].slice(0, 200 - ext.length).join('') + ext;
}

/** Routes without a hook target (rectification owners) check the owner's organisation here. */
function assertInScope(
  request: FastifyRequest,
  permission: 'evidence.read' | 'evidence.write',
  owner: EvidenceOwner,
) {
  if (!inScope(principalOf(request), permission, owner.organisationPath))
    throw forbidden(m('auth.outOfScope'));
}

async function uploadOne(
  request: FastifyRequest,
  deps: Deps,
  owner: EvidenceOwner,
  path: string,
  place: ReturnType<typeof placeText>,
) {
  owner.assertEditable();
  const limits = evidenceLimits();
  const [file] = await uploadedFiles(request, {
    maxFiles: 1,
    maxFileBytes: limits.maxFileBytes,
    maxTotalBytes: limits.maxFileBytes,
  });
  if (!file) throw invalid(m('upload.noFile'));
  const named = { name: storedFileName(file.name), bytes: file.bytes };
  return addEvidence(deps.db, {
    owner,
    path,
    place,
    file: named,
    userId: principalOf(request).userId,
    limits,
  });
}

/**
 * 佐证材料 (docs/evidence.md): files attached to an indicator row or funds row of an evaluation, or to a
 * rectification item; listed, downloaded, uploaded and deleted (audit-logged), and the evaluation's
 * submission bundle. Rectification items are looked up through `rectifications` (wired by the ledger).
 */
export function evidenceRoutes(
  app: App,
  deps: Deps,
  rectifications: RectificationOwners = NO_RECTIFICATIONS,
): void {
  const { db } = deps;
  const onEvaluation = (permission: 'evidence.read' | 'evidence.write') =>
    ({ permission, target: { entity: 'evaluation', param: 'id' } }) as const;
  const onEvidence = (permission: 'evidence.read' | 'evidence.write') =>
    ({ permission, target: { entity: 'evidence', param: 'id' } }) as const;

  app.get(
    '/api/evaluations/:id/evidence',
    {
      config: { access: onEvaluation('evidence.read') },
      schema: {
        tags: ['佐证材料'],
        summary: '自评的佐证材料（各绩效指标行、资金行的文件，不含文件内容）',
        params: idParams,
        response: { 200: evidenceListSchema },
      },
    },
    async (request) => {
      const owner = await evaluationOwner(db, request.params.id);
      return { files: await listEvidence(db, owner) };
    },
  );

  app.post(
    '/api/evaluations/:id/evidence',
    {
      config: { access: onEvaluation('evidence.write') },
      schema: {
        tags: ['佐证材料'],
        summary: '上传一份佐证材料到自评的一行（草稿或已退回时）',
        description: `以 multipart/form-data 上传，字段名 file，只取一个文件。${LIMITS_NOTE}`,
        params: idParams,
        querystring: pathQuery,
        response: { 201: evidenceSchema, 400: errorBodySchema, 409: errorBodySchema, 413: errorBodySchema },
      },
    },
    async (request, reply) => {
      const owner = await evaluationOwner(db, request.params.id);
      const place = requirePlace(owner.evaluation, request.query.path);
      const saved = await uploadOne(request, deps, owner, request.query.path, placeText(place));
      return reply.status(201).send(saved);
    },
  );

  app.get(
    '/api/rectification/:id/evidence',
    {
      config: { access: { permission: 'evidence.read' } },
      schema: {
        tags: ['佐证材料'],
        summary: '整改事项的佐证材料（不含文件内容）',
        params: idParams,
        response: { 200: evidenceListSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const owner = await rectificationOwner(db, rectifications, request.params.id);
      if (!owner) throw notFound('entity.rectification');
      assertInScope(request, 'evidence.read', owner);
      return { files: await listEvidence(db, owner) };
    },
  );

  app.post(
    '/api/rectification/:id/evidence',
    {
      config: { access: { permission: 'evidence.write' } },
      schema: {
        tags: ['佐证材料'],
        summary: '上传一份整改佐证材料',
        description: `${MULTIPART_NOTE}只取一个文件。${LIMITS_NOTE}`,
        params: idParams,
        response: {
          201: evidenceSchema,
          400: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
          413: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const owner = await rectificationOwner(db, rectifications, request.params.id);
      if (!owner) throw notFound('entity.rectification');
      assertInScope(request, 'evidence.write', owner);
      return reply.status(201).send(await uploadOne(request, deps, owner, '', placeText(undefined)));
    },
  );

  app.get(
    '/api/evidence/:id',
    {
      config: { access: onEvidence('evidence.read') },
      schema: {
        tags: ['佐证材料'],
        summary: '下载一份佐证材料（inline=true 时 PDF 与图片在浏览器中预览）',
        params: idParams,
        querystring: z.object({ inline: z.enum(['true', 'false']).default('false') }),
      },
    },
    async (request, reply) => {
      const file = await loadEvidenceFile(db, request.params.id);
      const inline = request.query.inline === 'true' && PREVIEWABLE.has(file.contentType);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', disposition(inline ? 'inline' : 'attachment', file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header(
          'content-security-policy',
          "default-src 'none'; img-src 'self'; plugin-types application/pdf; sandbox",
        )
        .header('x-checksum-sha256', file.sha256)
        .send(file.bytes);
    },
  );

  app.delete(
    '/api/evidence/:id',
    {
      config: { access: onEvidence('evidence.write') },
      schema: {
        tags: ['佐证材料'],
        summary: '删除一份佐证材料（所属自评为草稿或已退回时；记入审计日志：谁、哪个文件、校验和）',
        params: idParams,
        response: { 204: z.null(), 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const ref = await ownerRefOf(db, request.params.id);
      const owner =
        ref.kind === 'evaluation'
          ? await evaluationOwner(db, ref.id)
          : await rectificationOwner(db, rectifications, ref.id);
      if (!owner) throw notFound('entity.rectification');
      owner.assertEditable();
      await deleteEvidence(db, { id: request.params.id, userId: principalOf(request).userId });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/evaluations/:id/bundle.zip',
    {
      config: { access: onEvaluation('evidence.read') },
      schema: {
        tags: ['佐证材料'],
        summary: '报送材料包（.zip）：自评表 .xlsx、自评报告 .docx 与「佐证材料/<行>/」下的全部佐证材料',
        params: idParams,
      },
    },
    async (request, reply) => {
      const bundle = await evaluationBundle(db, request.params.id);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', disposition('attachment', bundle.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(bundle.stream);
    },
  );
}
