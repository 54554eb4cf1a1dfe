import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JixiaoError } from '@jixiao/domain';
import { formatsMessage as m } from '../messages';
import { fontconfigXml } from './fontconfig';
import { findSoffice, libreOfficeMissing } from './soffice';

export interface PdfOptions {
  env?: Record<string, string | undefined>;
  /** Upper bound for the whole conversion; soffice is killed after it. Default 60 s + 10 s per document. */
  timeoutMs?: number;
}

export interface DocxInput {
  /** File name without extension, unique within one call ("seed-004-自评报告"). */
  name: string;
  /** The document's bytes: a .docx, or an .xlsx when `extension` says so (the 自评表's printed form). */
  docx: Uint8Array;
  extension?: 'docx' | 'xlsx';
}

/**
 * Converts .docx documents to PDF with one headless LibreOffice run (starting soffice costs about
 * 2 s, converting a report well under 1 s). Everything happens in a private temp dir — its own
 * LibreOffice profile, the fontconfig aliases — which is removed afterwards, whatever happened.
 */
export async function convertDocxToPdf(
  inputs: readonly DocxInput[],
  options: PdfOptions = {},
): Promise<Buffer[]> {
  const env = options.env ?? process.env;
  const soffice = await findSoffice(env);
  if (!soffice) throw libreOfficeMissing();
  if (inputs.length === 0) return [];
  const names = new Set(inputs.map((i) => i.name));
  if (names.size !== inputs.length || inputs.some((i) => basename(i.name) !== i.name)) {
    throw new JixiaoError('INVALID_INPUT', m('pdf.badNames'));
  }
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-pdf-'));
  try {
    const fontsConf = join(dir, 'fonts.conf');
    await writeFile(fontsConf, fontconfigXml());
    const files = inputs.map((i) => join(dir, `${i.name}.${i.extension ?? 'docx'}`));
    await Promise.all(inputs.map((i, n) => writeFile(files[n] ?? '', i.docx)));
    const args = [
      '--headless',
      '--norestore',
      '--nologo',
      '--nolockcheck',
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--convert-to',
      // A spreadsheet needs Calc's PDF export; plain "pdf" lets each document choose its own.
      inputs.some((i) => i.extension === 'xlsx') ? 'pdf' : 'pdf:writer_pdf_Export',
      '--outdir',
      dir,
      ...files,
    ];
    const timeoutMs = options.timeoutMs ?? 60_000 + 10_000 * inputs.length;
    await run(soffice, args, { ...env, FONTCONFIG_FILE: fontsConf, HOME: dir }, timeoutMs);
    return await Promise.all(
      inputs.map(async (i) => {
        try {
          return await readFile(join(dir, `${i.name}.pdf`));
        } catch {
          throw new JixiaoError(
            'INTERNAL',
            m('pdf.notConverted', { file: `${i.name}.${i.extension ?? 'docx'}` }),
          );
        }
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(
  cmd: string,
  args: string[],
  env: Record<string, string | undefined>,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new JixiaoError('INTERNAL', m('pdf.timeout', { seconds: Math.round(timeoutMs / 1000) })));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new JixiaoError('INTERNAL', m('pdf.cannotStart', { detail: error.message })));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else
        reject(
          new JixiaoError(
            'INTERNAL',
            m('pdf.failed', { code: String(code), detail: stderr.trim().split('\n').pop() ?? '' }),
          ),
        );
    });
  });
}
