import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { AuditDocument } from '../document';

/**
 * Test setup only: saves a report read from text as a real .docx (paragraphs and Word tables, in order)
 * and converts .docx files to PDF with LibreOffice, as a reviewer's files would arrive.
 */
export async function documentToDocx(doc: AuditDocument): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      children.push(new Paragraph({ children: [new TextRun({ text: b.text, font: 'Noto Sans CJK SC' })] }));
      continue;
    }
    const cols = Math.max(...b.rows.map((r) => r.length));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: b.rows.map(
          (r) =>
            new TableRow({
              children: Array.from({ length: cols }, (_, i) => {
                const text = r[i] ?? '';
                return new TableCell({
                  width: { size: Math.floor(100 / cols), type: WidthType.PERCENTAGE },
                  children: [new Paragraph({ children: [new TextRun({ text, font: 'Noto Sans CJK SC' })] })],
                });
              }),
            }),
        ),
      }),
    );
    children.push(new Paragraph({ children: [] }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const run = promisify(execFile);

/**
 * What a test that prints PDFs says when LibreOffice is missing: it fails, never skips (the README names
 * the package and `.ci/run` installs it).
 */
export const SOFFICE_MISSING =
  'LibreOffice (soffice) 未安装：无法把文档打印为 PDF 来测试 PDF 读取。请安装 libreoffice-writer-nogui。';

export function sofficePath(): string | undefined {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'])
    if (existsSync(p)) return p;
  return undefined;
}

/** Converts .docx files to PDF in `outDir` with one LibreOffice run; returns the PDF paths. */
export async function docxToPdf(docxPaths: string[], outDir: string): Promise<string[]> {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice (soffice) 未安装，无法生成 PDF');
  await run(
    soffice,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${outDir}/lo-profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...docxPaths,
    ],
    {
      timeout: 180_000,
    },
  );
  return docxPaths.map((p) => join(outDir, basename(p).replace(/\.docx$/, '.pdf')));
}

export async function writeDocx(doc: AuditDocument, path: string): Promise<void> {
  await writeFile(path, await documentToDocx(doc));
}
