import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isJixiaoError, JixiaoError, type Lang, SEVERITY_LABEL } from '@jixiao/domain';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { type HeavyPool, ticketOf } from '../heavy/pool';
import { invalid } from '../http/errors';
import type { AuditedFile, AuditResponse } from '../http/schemas/audit';
import { serverMessage as m } from '../messages';
import { readingUpload } from '../routes/imports';
import { failed, type Upload } from './audit-one';

export { AUDIT_EXTENSIONS_ACCEPTED } from './audit-one';

/**
 * Auditing uploaded reports written elsewhere (POST /api/audit). Each upload is streamed to a private
 * temporary folder and read by the same readers as `jixiao check` (with their size, zip-bomb, nesting and
 * PDF-time guards), then the folder is removed: nothing is stored and no data changes. One bad file gives
 * its Chinese error in its own entry; the others are still audited.
 */
export const AUDIT_UPLOAD_LIMITS = {
  maxFiles: 50,
  /** All files of one request together; each file is further bounded by its reader (报告 40 MB, 自评表 20 MB). */
  maxTotalBytes: 200 * 1024 * 1024,
} as const;

/** A file name safe to place in our own temporary folder, keeping what the user sees in messages. */
function safeName(name: string, index: number): string {
  const base = [...name.replace(/^.*[\\/]/, '')].filter((c) => c.charCodeAt(0) >= 0x20).join('');
  return base === '' || base === '.' || base === '..' ? `file-${index + 1}` : base;
}

/** Streams every file part to `dir`, refusing more than the file count or the total size. */
async function receive(request: FastifyRequest, dir: string): Promise<Upload[]> {
  if (!request.isMultipart()) {
    throw invalid(m('upload.multipartReports'));
  }
  return readingUpload(() => receiveParts(request, dir));
}

async function receiveParts(request: FastifyRequest, dir: string): Promise<Upload[]> {
  const uploads: Upload[] = [];
  let total = 0;
  for await (const part of request.parts()) {
    if (part.type !== 'file') continue;
    if (uploads.length >= AUDIT_UPLOAD_LIMITS.maxFiles) {
      throw new JixiaoError('TOO_LARGE', m('upload.tooManyFiles', { max: AUDIT_UPLOAD_LIMITS.maxFiles }));
    }
    const name = safeName(part.filename ?? '', uploads.length);
    const folder = join(dir, String(uploads.length));
    await mkdir(folder);
    const path = join(folder, name);
    const count = new Transform({
      transform(chunk: Buffer, _enc, done) {
        total += chunk.length;
        if (total > AUDIT_UPLOAD_LIMITS.maxTotalBytes) {
          done(
            new JixiaoError(
              'TOO_LARGE',
              m('upload.totalTooLarge', { mb: AUDIT_UPLOAD_LIMITS.maxTotalBytes / 1024 / 1024 }),
            ),
          );
        } else done(null, chunk);
      },
    });
    await pipeline(part.file, count, createWriteStream(path));
    uploads.push({ name, path, truncated: part.file.truncated });
  }
  if (uploads.length === 0) throw invalid(m('upload.noFile'));
  return uploads;
}

/** Receives, audits and forgets every uploaded file of the request. */
export async function auditUploads(
  request: FastifyRequest,
  lang: Lang,
  log: FastifyBaseLogger,
  heavy: HeavyPool,
): Promise<AuditResponse> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-audit-'));
  try {
    const uploads = await receive(request, dir);
    return await auditAll(uploads, lang, log, heavy, ticketOf(request.headers));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function auditAll(
  uploads: readonly Upload[],
  lang: Lang,
  log: FastifyBaseLogger,
  heavy: HeavyPool,
  ticket: string | undefined,
): Promise<AuditResponse> {
  const files: AuditedFile[] = [];
  // One file at a time, each read on a worker thread of the heavy pool (waiting for a slot, or 503 BUSY).
  for (const upload of uploads) {
    try {
      files.push(await heavy.task('auditFile', { upload, lang }, ticket));
    } catch (error) {
      if (isJixiaoError(error) && error.code === 'BUSY') throw error;
      if (isJixiaoError(error)) {
        files.push(failed(upload.name, error.code, error.text(lang)));
        continue;
      }
      // A defect in a reader on a hostile file must not take down the other files' results.
      log.error({ err: error, file: upload.name }, 'audit of an uploaded file failed');
      files.push(failed(upload.name, 'INTERNAL', m('audit.internal', { file: upload.name }).text[lang]));
    }
  }
  return { files };
}

/** The severity names, for the OpenAPI description. */
export const SEVERITY_NAMES = Object.entries(SEVERITY_LABEL)
  .map(([k, v]) => `${k}（${v.zh}）`)
  .join('、');
