import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Finding, Lang, Severity } from '@jixiao/domain';
import {
  type AuditFinding,
  type AuditFindingJson,
  auditFile,
  auditFindingJson,
  isReportDocument,
  MAX_EVALUATION_FILE_BYTES,
  readEvaluationBytes,
} from '@jixiao/formats';
import { deriveColumns, outcomeOf } from '../evaluations/derive';
import type { AuditedFile } from '../http/schemas/audit';
import { serverMessage as m } from '../messages';

/**
 * The audit of one uploaded file already on disk (POST /api/audit): a report read and checked by the same
 * readers as `jixiao check`, or an evaluation sheet scored by the engine. Pure work on one file, no request
 * and no database: the server runs it on a worker thread of the heavy pool (heavy/tasks.ts), so inflating
 * and parsing a hostile .docx or .xlsx never holds the event loop; its result is the API's plain JSON.
 */
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

export interface Upload {
  name: string;
  path: string;
  truncated: boolean;
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

export async function auditOne(upload: Upload, lang: Lang): Promise<AuditedFile> {
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

export function failed(name: string, code: string, message: string): AuditedFile {
  return { name, ok: false, error: { code, message }, findings: [] };
}
