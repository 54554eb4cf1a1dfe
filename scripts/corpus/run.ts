import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import { isJixiaoError } from '@jixiao/domain';
import {
  type AuditReport,
  auditDocument,
  auditFile,
  auditText,
  convertDocxToPdf,
  findSoffice,
  listReports,
  readDocx,
  readPdf,
} from '@jixiao/formats';
import { type Expectation, ExpectationError, parseCorpusDocument, type StatedFacts } from './expectations';
import { indexFacts } from './index-table';
import { measureReport, type ReportMeasure } from './measure';
import { corpusTextToDocx } from './to-docx';

/** A report without an expectation block: what the audit found, nothing to measure it against. */
export interface PlainEntry {
  file: string;
  report: AuditReport;
}

/** The forms a corpus text is audited in: as retrieved, as a Word file built from it, and that file as PDF. */
export const CORPUS_FORMATS = ['txt', 'docx', 'pdf'] as const;
export type CorpusFormat = (typeof CORPUS_FORMATS)[number];

export interface CorpusRun {
  /** The first format that was run, in CORPUS_FORMATS order (the texts as retrieved when .txt is asked). */
  measured: ReportMeasure[];
  /** Each format that was run, with its measures (the first of them is `measured` again). */
  byFormat: Partial<Record<CorpusFormat, ReportMeasure[]>>;
  /** Formats that could not be run, and why (no LibreOffice for PDF). */
  skipped: Array<{ format: CorpusFormat; reason: string }>;
  plain: PlainEntry[];
  failures: Array<{ file: string; message: string; format?: CorpusFormat }>;
}

export interface CorpusOptions {
  /** Formats to audit each corpus text in; the text alone by default (`npm run corpus` runs all three). */
  formats?: readonly CorpusFormat[];
  env?: Record<string, string | undefined>;
}

/** Files that describe a corpus folder rather than being a report of it. */
const NOT_REPORTS = /^(index|readme)\.md$/i;

interface CorpusEntry {
  file: string;
  text: string;
  expectation: Expectation;
  index: StatedFacts | undefined;
}

/**
 * Audits every report under `dir` with the same audit as `jixiao check`: a Markdown file with an
 * expectation block is audited on its report text and measured against the block (and against the facts
 * of an INDEX.md beside it) — as .txt, and in the formats asked for, as a .docx built from the text and
 * that .docx printed to PDF by LibreOffice; any other report file is audited as a whole and listed.
 */
export async function runCorpus(dir: string, options: CorpusOptions = {}): Promise<CorpusRun> {
  const formats = options.formats ?? ['txt'];
  const run: CorpusRun = { measured: [], byFormat: {}, skipped: [], plain: [], failures: [] };
  const indexes = new Map<string, ReturnType<typeof indexFacts>>();
  const entries: CorpusEntry[] = [];
  for (const path of await listReports(dir)) {
    const file = relative(dir, path);
    if (NOT_REPORTS.test(basename(path))) continue;
    try {
      const doc = ['.md', '.txt'].includes(extname(path).toLowerCase())
        ? parseCorpusDocument(await readFile(path, 'utf8'))
        : undefined;
      if (!doc) {
        run.plain.push({ file, report: await auditFile(path) });
        continue;
      }
      const index = await folderIndex(dirname(path), indexes);
      entries.push({
        file,
        text: doc.reportText,
        expectation: doc.expectation,
        index: index.get(basename(path)),
      });
    } catch (e) {
      if (!(e instanceof ExpectationError) && !isJixiaoError(e)) throw e;
      run.failures.push({ file, message: e instanceof ExpectationError ? e.detail : e.message });
    }
  }
  const measure = (format: CorpusFormat, entry: CorpusEntry, report: AuditReport) => {
    const list = run.byFormat[format] ?? [];
    list.push(measureReport(entry.file, report, entry.expectation, entry.index));
    run.byFormat[format] = list;
  };
  const attempt = async (format: CorpusFormat, entry: CorpusEntry, audit: () => Promise<AuditReport>) => {
    try {
      measure(format, entry, await audit());
    } catch (e) {
      if (!isJixiaoError(e)) throw e;
      run.failures.push({ file: entry.file, message: e.message, format });
    }
  };
  if (formats.includes('txt')) {
    for (const entry of entries)
      await attempt('txt', entry, async () => auditText(entry.text, { file: entry.file, format: 'txt' }));
  }
  if (formats.includes('docx') || formats.includes('pdf'))
    await runConverted(run, entries, formats, attempt, options);
  // The per-report lines and the totals follow the first format run, so `--formats pdf` alone measures too.
  const first = CORPUS_FORMATS.find((f) => run.byFormat[f] !== undefined);
  run.measured = first === undefined ? [] : (run.byFormat[first] ?? []);
  return run;
}

async function runConverted(
  run: CorpusRun,
  entries: readonly CorpusEntry[],
  formats: readonly CorpusFormat[],
  attempt: (format: CorpusFormat, entry: CorpusEntry, audit: () => Promise<AuditReport>) => Promise<void>,
  options: CorpusOptions,
): Promise<void> {
  const docx = await Promise.all(entries.map((e) => corpusTextToDocx(e.text)));
  if (formats.includes('docx')) {
    for (const [i, entry] of entries.entries())
      await attempt('docx', entry, async () =>
        auditDocument(await readDocx(docx[i] ?? Buffer.alloc(0), docxName(entry.file))),
      );
  }
  if (formats.includes('pdf')) await runPdf(run, entries, docx, attempt, options.env ?? process.env);
}

const docxName = (file: string) => file.replace(/\.(md|txt)$/i, '.docx');
const pdfName = (file: string) => file.replace(/\.(md|txt)$/i, '.pdf');

async function runPdf(
  run: CorpusRun,
  entries: readonly CorpusEntry[],
  docx: readonly Buffer[],
  attempt: (format: CorpusFormat, entry: CorpusEntry, audit: () => Promise<AuditReport>) => Promise<void>,
  env: Record<string, string | undefined>,
): Promise<void> {
  if (!(await findSoffice(env))) {
    run.skipped.push({ format: 'pdf', reason: 'soffice' });
    return;
  }
  // One LibreOffice run for the whole corpus (starting soffice costs more than converting a report).
  const names = entries.map((_, i) => `report-${String(i).padStart(3, '0')}`);
  let pdfs: Buffer[];
  try {
    pdfs = await convertDocxToPdf(
      entries.map((_, i) => ({ name: names[i] ?? '', docx: docx[i] ?? Buffer.alloc(0) })),
      { env },
    );
  } catch (e) {
    if (!isJixiaoError(e)) throw e;
    run.skipped.push({ format: 'pdf', reason: e.message });
    return;
  }
  for (const [i, entry] of entries.entries())
    await attempt('pdf', entry, async () =>
      auditDocument(await readPdf(new Uint8Array(pdfs[i] ?? Buffer.alloc(0)), pdfName(entry.file))),
    );
}

async function folderIndex(
  folder: string,
  cache: Map<string, ReturnType<typeof indexFacts>>,
): Promise<ReturnType<typeof indexFacts>> {
  const known = cache.get(folder);
  if (known) return known;
  // Without an INDEX.md beside the reports, only the expectation blocks state facts.
  const index = join(folder, 'INDEX.md');
  const facts = existsSync(index) ? indexFacts(await readFile(index, 'utf8')) : new Map();
  cache.set(folder, facts);
  return facts;
}
