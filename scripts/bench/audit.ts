import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  auditDocument,
  auditFolder,
  auditText,
  convertDocxToPdf,
  findSoffice,
  readDocx,
  readPdf,
  readText,
} from '@jixiao/formats';
import { documentToDocx } from '../../packages/formats/src/audit/testing/make-files';
import { SEED_REPORTS_DIR } from '../../packages/formats/test/seed-reports/seeds';
import { figureLine } from './figures';
import { type BenchSection, MemoryPeak, perSecond, rate, since } from './section';

/**
 * Audit speed on a reviewer's folder: 1,000 generated reports (the five seed reports and the audit corpus,
 * with their figures varied so that no two files are the same), 900 as .txt and 100 as .docx, in nested
 * folders, read and audited by `auditFolder` as `jixiao check DIR` does. Then each format on its own, read
 * and audited in memory: the .txt texts, the .docx files, and PDFs LibreOffice prints from some of the
 * .docx (printing is not timed; without LibreOffice the PDF figure is skipped with a note).
 */
const PDFS = 20;
const REPORTS = 1000;
const DOCX_EVERY = 10;

export const bench: BenchSection = {
  name: 'audit',
  title: '报告审核（1,000 份报告的文件夹）',
  async run(out) {
    const root = join(import.meta.dirname, '../..');
    const sources: string[] = [];
    for (const f of (await readdir(SEED_REPORTS_DIR)).filter((x) => x.endsWith('.txt')).sort())
      sources.push(await readFile(join(SEED_REPORTS_DIR, f), 'utf8'));
    const corpus = join(root, 'packages/formats/test/audit-corpus');
    for (const f of (await readdir(corpus)).filter((x) => x.endsWith('.md')).sort())
      sources.push(await readFile(join(corpus, f), 'utf8'));
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-audit-bench-'));
    try {
      let bytes = 0;
      for (let i = 0; i < REPORTS; i++) {
        const base = sources[i % sources.length] ?? '';
        // Vary the figures: every "N万元" gains i cents, so each file's arithmetic differs.
        const text = base.replace(
          /(\d+)(\.\d+)?万元/g,
          (_m, int: string, frac?: string) => `${int}${frac ?? ''}${i % 7}万元`,
        );
        const sub = join(dir, `unit-${i % 20}`);
        await mkdir(sub, { recursive: true });
        if (i % DOCX_EVERY === 0) {
          const docx = await documentToDocx(readText(text, 'md'));
          bytes += docx.byteLength;
          await writeFile(join(sub, `report-${i}.docx`), docx);
        } else {
          bytes += Buffer.byteLength(text);
          await writeFile(join(sub, `report-${i}.txt`), text);
        }
      }
      out(
        `generated ${REPORTS} reports (${REPORTS / DOCX_EVERY} .docx), ${(bytes / 1024 / 1024).toFixed(1)} MB`,
      );
      const memory = new MemoryPeak();
      const timer = setInterval(() => memory.sample(), 50);
      const start = performance.now();
      const { reports, failures } = await auditFolder(dir);
      const ms = since(start);
      clearInterval(timer);
      const findings = reports.reduce((n, r) => n + r.findings.length, 0);
      out(
        `audited ${reports.length} reports (${failures.length} unreadable) in ${ms.toFixed(0)} ms: ${perSecond(reports.length, ms)} reports/s, ${findings} findings`,
      );
      out(figureLine('audit.reportsPerSecond', rate(reports.length, ms)));
      out(`memory: ${memory.describe()}`);

      const texts: string[] = [];
      const docxs: Buffer[] = [];
      for (let i = 0; i < REPORTS; i++) {
        const sub = join(dir, `unit-${i % 20}`);
        if (i % DOCX_EVERY === 0) docxs.push(await readFile(join(sub, `report-${i}.docx`)));
        else texts.push(await readFile(join(sub, `report-${i}.txt`), 'utf8'));
      }
      let t0 = performance.now();
      for (const [i, text] of texts.entries()) auditText(text, { file: `r${i}.txt` });
      const txtMs = since(t0);
      out(
        `.txt: ${texts.length} reports in ${txtMs.toFixed(0)} ms: ${perSecond(texts.length, txtMs)} reports/s`,
      );
      out(figureLine('audit.txtReportsPerSecond', rate(texts.length, txtMs)));
      t0 = performance.now();
      for (const [i, d] of docxs.entries()) auditDocument(await readDocx(d, `r${i}.docx`));
      const docxMs = since(t0);
      out(
        `.docx: ${docxs.length} reports in ${docxMs.toFixed(0)} ms: ${perSecond(docxs.length, docxMs)} reports/s`,
      );
      out(figureLine('audit.docxReportsPerSecond', rate(docxs.length, docxMs)));
      if (!(await findSoffice())) {
        out('.pdf: skipped, LibreOffice (soffice) not found');
      } else {
        const printed = await convertDocxToPdf(
          docxs.slice(0, PDFS).map((d, i) => ({ name: `bench-${i}`, docx: d })),
        );
        t0 = performance.now();
        for (const [i, p] of printed.entries()) auditDocument(await readPdf(new Uint8Array(p), `r${i}.pdf`));
        const pdfMs = since(t0);
        out(
          `.pdf: ${printed.length} reports in ${pdfMs.toFixed(0)} ms: ${perSecond(printed.length, pdfMs)} reports/s`,
        );
        out(figureLine('audit.pdfReportsPerSecond', rate(printed.length, pdfMs)));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
