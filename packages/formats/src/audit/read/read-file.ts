import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { JixiaoError } from '@jixiao/domain';
import { formatsMessage as m } from '../../messages';
import type { AuditDocument } from '../document';
import { LIMITS, tooLarge, unreadable } from './limits';
import { readDocx } from './read-docx';
import { readPdf } from './read-pdf';
import { readText } from './read-text';

export const AUDIT_EXTENSIONS = ['.docx', '.pdf', '.txt', '.md', '.markdown', '.csv'] as const;

/** Reports written elsewhere that only the audit reads (.csv and .xlsx go to the official-sheet reader first). */
export const REPORT_DOCUMENT_EXTENSIONS = ['.docx', '.pdf', '.txt', '.md', '.markdown'] as const;

export function isReportDocument(path: string): boolean {
  return (REPORT_DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

export function isAuditable(path: string): boolean {
  return (AUDIT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** Reads a report file into paragraphs and tables; every failure is a JixiaoError with a Chinese message. */
export async function readReport(path: string): Promise<AuditDocument> {
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.doc' || ext === '.wps') {
    throw new JixiaoError('UNSUPPORTED_FORMAT', m('audit.legacyFormat', { ext, file: name }));
  }
  if (!isAuditable(path)) {
    throw new JixiaoError(
      'UNSUPPORTED_FORMAT',
      m('audit.unsupportedType', { ext: ext || m('audit.noExtension'), file: name }),
    );
  }
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw unreadable(name, m('audit.notRegularFile'));
    size = s.size;
  } catch (e) {
    if (e instanceof JixiaoError) throw e;
    throw unreadable(name, m('audit.missingOrDenied'));
  }
  if (size === 0) throw unreadable(name, m('audit.emptyFile'));
  if (size > LIMITS.maxFileBytes) throw tooLarge(name, size, LIMITS.maxFileBytes);
  const data = await readBytes(path, size, name);
  if (ext === '.docx') return { ...(await readDocx(data, name)), file: name };
  if (ext === '.pdf') return { ...(await readPdf(data, name)), file: name };
  const text = decodeText(data, name);
  if (text.trim() === '') throw unreadable(name, m('audit.noText'));
  if (ext === '.csv') {
    const doc = readText(csvAsText(text), 'txt', name);
    return { ...doc, format: 'csv' };
  }
  return readText(text, ext === '.txt' ? 'txt' : 'md', name);
}

async function readBytes(path: string, size: number, name: string): Promise<Uint8Array> {
  try {
    const fh = await open(path, 'r');
    try {
      const buf = new Uint8Array(size);
      await fh.read(buf, 0, size, 0);
      return buf;
    } finally {
      await fh.close();
    }
  } catch {
    throw unreadable(name, m('audit.readFailed'));
  }
}

/** UTF-8 (with or without BOM) or UTF-16; GBK text shows up as replacement characters and is refused clearly. */
export function decodeText(data: Uint8Array, name: string): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const sample = data.subarray(0, 4096);
  if (sample.some((b) => b === 0) && !looksText(sample)) throw unreadable(name, m('audit.binary'));
  const text = new TextDecoder('utf-8').decode(data);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 20 && bad > text.length / 50) {
    try {
      return new TextDecoder('gb18030').decode(data);
    } catch {
      throw unreadable(name, m('audit.encoding'));
    }
  }
  return text;
}

function looksText(sample: Uint8Array): boolean {
  const zeros = sample.filter((b) => b === 0).length;
  return zeros < sample.length / 100;
}

/** A CSV read as text: each record becomes a pipe-table row so the table extraction applies. */
function csvAsText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) =>
      l.trim() === ''
        ? ''
        : `| ${l
            .split(',')
            .map((c) => c.replace(/^"|"$/g, ''))
            .join(' | ')} |`,
    )
    .join('\n');
}
