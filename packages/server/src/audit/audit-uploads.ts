import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type Finding,
  isJixiaoError,
  JixiaoError,
  type Lang,
  SEVERITY_LABEL,
  type Severity,
} from '@jixiao/domain';
import {
  type AuditFinding,
  type AuditFindingJson,
  auditFile,
  auditFindingJson,
  isReportDocument,
  MAX_EVALUATION_FILE_BYTES,
  readEvaluationBytes,
} from '@jixiao/formats';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { deriveColumns, outcomeOf } from '../evaluations/derive';
import { type HeavyPool, ticketOf } from '../heavy/pool';
import { invalid } from '../http/errors';
import type { AuditedFile, AuditResponse } from '../http/schemas/audit';
import { serverMessage as m } from '../messages';
import { readingUpload } from '../routes/imports';

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

export const AUDIT_EXTENSIONS_ACCEPTED = [
  '.docx',
  '.pdf',
  '.txt',
  '.md',
  '.markdown',
  '.xlsx',
  '.csv',
  '.json',
];

interface Upload {
  name: string;
  path: string;
  truncated: boolean;
}

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

const EMPTY_COUNTS = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });

/** An engine finding on an official sheet, in the audit's JSON shape (the sheet cell is its location). */
function engineFinding(f: Finding, file: string, lang: Lang): AuditFindingJson {
  const recomputation =
    f.expected !== undefined && f.actual !== undefined
      ? { zh: `应为 ${f.expected}，实为 ${f.actual}`, en: `expected ${f.expected}, found ${f.actual}` }
      : { zh: '', en: '' };
  const wrapped: AuditFinding = {
    ...f,
    location: { ...f.location, file: f.location.file ?? file },
    evidence: [],
    recomputation,
    confidence: 'sure',
    origin: 'engine',
  };
  return auditFindingJson(wrapped, lang);
}

async function auditOne(upload: Upload, lang: Lang): Promise<AuditedFile> {
  const { name, path } = upload;
  const ext = extname(name).toLowerCase();
  if (!AUDIT_EXTENSIONS_ACCEPTED.includes(ext)) {
    const legacy = ext === '.doc' || ext === '.wps' || ext === '.xls';
    const message = legacy
      ? m('audit.legacyFormat', { ext, file: name })
      : m('audit.unsupportedType', { ext: ext || m('audit.noExtension'), file: name });
    return failed(name, 'UNSUPPORTED_FORMAT', message.text[lang]);
  }
  if (upload.truncated) {
    return failed(name, 'UNREADABLE_FILE', m('audit.truncated', { file: name }).text[lang]);
  }
  if (isReportDocument(name)) {
    const report = await auditFile(path);
    const x = report.extracted;
    return {
      name,
      ok: true,
      format: report.format,
      summary: {
        unit: x.unit ?? null,
        year: x.fiscalYear ?? null,
        kind: x.kind ?? null,
        totalScore: x.totalScore ?? null,
        grade: x.grade ?? null,
        executionRate: x.executionRate ?? null,
        counts: report.counts,
      },
      findings: report.findings.map((f) =>
        auditFindingJson({ ...f, location: { ...f.location, file: name } }, lang),
      ),
    };
  }
  // An evaluation in the official format (.xlsx/.csv/.json): scored and checked by the engine.
  const size = (await stat(path)).size;
  const bytes =
    size > MAX_EVALUATION_FILE_BYTES ? new Uint8Array(size) : new Uint8Array(await readFile(path));
  const evaluation = await readEvaluationBytes(bytes, name);
  const outcome = outcomeOf(evaluation);
  const columns = deriveColumns(evaluation, outcome);
  const counts = EMPTY_COUNTS();
  for (const f of outcome.findings) counts[f.severity] += 1;
  return {
    name,
    ok: true,
    format: ext.slice(1),
    summary: {
      unit: columns.unitName,
      year: columns.fiscalYear,
      kind: columns.kind,
      totalScore: columns.totalScore,
      grade: outcome.result.grade?.label ?? null,
      executionRate: columns.executionRate,
      counts,
    },
    findings: outcome.findings.map((f) => engineFinding(f, name, lang)),
  };
}

function failed(name: string, code: string, message: string): AuditedFile {
  return { name, ok: false, error: { code, message }, findings: [] };
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
    const bytes = await totalBytes(uploads);
    const audit = () => auditAll(uploads, lang, log);
    // Big uploads inflate documents in memory: they wait for a slot of the heavy pool (or get 503).
    return bytes >= HEAVY_AUDIT_BYTES ? await heavy.run(audit, ticketOf(request.headers)) : await audit();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Uploads of this many bytes together or more are audited in the heavy pool. */
export const HEAVY_AUDIT_BYTES = 256 * 1024;

async function totalBytes(uploads: readonly Upload[]): Promise<number> {
  const sizes = await Promise.all(uploads.map(async (u) => (await stat(u.path)).size));
  return sizes.reduce((a, b) => a + b, 0);
}

async function auditAll(
  uploads: readonly Upload[],
  lang: Lang,
  log: FastifyBaseLogger,
): Promise<AuditResponse> {
  const files: AuditedFile[] = [];
  for (const upload of uploads) {
    try {
      files.push(await auditOne(upload, lang));
    } catch (error) {
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
