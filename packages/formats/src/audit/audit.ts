import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { isJixiaoError, JixiaoError, type Severity } from '@jixiao/domain';
import { formatsMessage as m } from '../messages';
import { breakdownChecks } from './checks/breakdown-checks';
import { consistencyChecks } from './checks/consistency-checks';
import { executionChecks } from './checks/execution-checks';
import { indicatorChecks } from './checks/indicator-checks';
import type { AuditDocument } from './document';
import { withEngineFindings } from './engine';
import { type Extraction, extract } from './extract/extraction';
import type { AuditFinding } from './finding';
import { LIMITS } from './read/limits';
import { isAuditable, readReport } from './read/read-file';
import { readText } from './read/read-text';
import { type ExtractedSummary, summarise } from './summary';

/** The audit of one report: what was read, what does not add up, and how many of each severity. */
export interface AuditReport {
  file?: string;
  format: AuditDocument['format'];
  paragraphs: number;
  tables: number;
  extracted: ExtractedSummary;
  findings: AuditFinding[];
  counts: Record<Severity, number>;
}

/** A file that could not be read, in a folder audit. */
export interface AuditFailure {
  file: string;
  error: { code: string; message: string };
}

export interface AuditOptions {
  /** Include info (rounding-only) findings; on by default. */
  includeInfo?: boolean;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function auditExtraction(x: Extraction, options: AuditOptions = {}): AuditReport {
  const file = x.doc.file;
  const extracted = summarise(x);
  const all = withEngineFindings(
    x,
    extracted,
    [
      ...executionChecks(x, file),
      ...indicatorChecks(x, file),
      ...breakdownChecks(x, file),
      ...consistencyChecks(x, file),
    ],
    file,
  );
  const seen = new Set<string>();
  const findings = all
    .filter((f) => {
      const key = `${f.code}|${f.location.quote ?? ''}|${f.expected ?? ''}|${f.actual ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return options.includeInfo !== false || f.severity !== 'info';
    })
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return {
    ...(file !== undefined ? { file } : {}),
    format: x.doc.format,
    paragraphs: x.doc.blocks.filter((b) => b.kind === 'paragraph').length,
    tables: x.doc.blocks.filter((b) => b.kind === 'table').length,
    extracted,
    findings,
    counts,
  };
}

export function auditDocument(doc: AuditDocument, options: AuditOptions = {}): AuditReport {
  return auditExtraction(extract(doc), options);
}

/** Audits text already in memory (an upload, a paste). */
export function auditText(
  content: string,
  options: AuditOptions & { file?: string; format?: 'txt' | 'md' } = {},
): AuditReport {
  return auditDocument(readText(content, options.format ?? 'txt', options.file), options);
}

/** Reads and audits one .docx/.pdf/.txt/.md/.csv file. Throws JixiaoError (Chinese message) when unreadable. */
export async function auditFile(path: string, options: AuditOptions = {}): Promise<AuditReport> {
  const doc = await readReport(path);
  return auditDocument(doc, options);
}

/** Audits every readable report under a folder, recursively; unreadable files are listed, never fatal. */
export async function auditFolder(
  dir: string,
  options: AuditOptions = {},
): Promise<{ reports: AuditReport[]; failures: AuditFailure[] }> {
  const files = await listReports(dir);
  const reports: AuditReport[] = [];
  const failures: AuditFailure[] = [];
  for (const path of files) {
    const name = relative(dir, path) || path;
    try {
      const r = await auditFile(path, options);
      reports.push({ ...r, file: name });
    } catch (e) {
      if (!isJixiaoError(e)) throw e;
      failures.push({ file: name, error: { code: e.code, message: e.message } });
    }
  }
  return { reports, failures };
}

export async function listReports(dir: string, alsoExtensions: readonly string[] = []): Promise<string[]> {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop();
    if (d === undefined) continue;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      throw new JixiaoError('UNREADABLE_FILE', m('audit.folderUnreadable', { dir: d }));
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && (isAuditable(p) || alsoExtensions.includes(extname(p).toLowerCase())))
        out.push(p);
      if (out.length > LIMITS.maxFilesInFolder) {
        throw new JixiaoError(
          'INVALID_INPUT',
          m('audit.tooManyFiles', { dir, max: LIMITS.maxFilesInFolder }),
        );
      }
    }
  }
  return out.sort();
}

/**
 * The files a `check` run covers: files as given, folders searched recursively for reports (.docx, .pdf,
 * .txt, .md) and official sheets (.xlsx, .csv).
 */
export async function expandCheckInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (!(await isDirectory(p))) {
      out.push(p);
      continue;
    }
    out.push(...(await listReports(p, ['.xlsx'])));
  }
  return out;
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
