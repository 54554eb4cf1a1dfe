import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { isJixiaoError, type Lang, listSources, type ReportDocument } from '@jixiao/domain';
import {
  convertDocxToPdf,
  DOCUMENT_SUFFIX,
  findSoffice,
  libreOfficeMissing,
  type ProducedFile,
  parseFormats,
  renderDocuments,
} from '@jixiao/formats';
import { SingleBar } from 'cli-progress';
import { Option } from 'commander';
import JSZip from 'jszip';
import type { CliContext } from '../context';
import { evaluateFile } from '../engine';
import { EXIT, type ExitCode, exitCodeFor, reportError, worse } from '../exit';
import type { CliCommand } from './command';
import { rulesOption } from './options';

/**
 * `jixiao report FILE... --format docx,xlsx,pdf --out DIR [--zip] [--draft] [--explain]`: the 自评报告
 * (.docx, GB/T 9704 layout), the 自评表 (.xlsx with live formulas) and the PDF (via LibreOffice) for
 * each evaluation. A file that cannot be read does not stop the others; the exit code is the worst seen.
 * Its sentences live here (not in i18n.ts) because this command is maintained with the documents.
 */

const MESSAGES = {
  description: {
    zh: '生成绩效自评报告（.docx）、自评表（.xlsx）和 PDF，可批量生成到目录或 zip',
    en: 'produce the self-evaluation report (.docx), the self-evaluation sheet (.xlsx) and PDF, for many files at once',
  },
  files: { zh: '自评文件（可多个）', en: 'evaluation files (one or more)' },
  format: {
    zh: '文档格式：docx、xlsx、pdf，可用逗号分隔或重复；默认 docx,xlsx（pdf 需要 LibreOffice）',
    en: 'formats: docx, xlsx, pdf — comma-separated or repeated; default docx,xlsx (pdf needs LibreOffice)',
  },
  out: { zh: '输出目录（默认当前目录）', en: 'output directory (default: the current one)' },
  zip: {
    zh: '把全部文件打包为一个 zip（jixiao-自评材料.zip）',
    en: 'pack everything into one zip (named “jixiao-自评材料.zip”)',
  },
  draft: { zh: '按草稿生成（页眉标注“草稿”）', en: 'mark the report as a draft (a “草稿” header)' },
  explain: {
    zh: '列出报告中每个数字的来源（字段或计算），并另存为 .sources.json',
    en: 'list the source (field or computation) of every figure in the report, also saved as .sources.json',
  },
  fileFailed: { zh: '「{file}」未能生成文档：', en: '{file}: no documents produced:' },
  written: { zh: '已生成 {count} 个文件，保存在 {dir}', en: '{count} file(s) written to {dir}' },
  draftNote: { zh: '（草稿：{reasons}）', en: ' (draft: {reasons})' },
  sourcesHeading: { zh: '「{title}」的数据来源：', en: 'Sources of the figures in “{title}”:' },
  pdfStep: {
    zh: '正在用 LibreOffice 转换 PDF（{count} 份）…',
    en: 'Converting {count} report(s) to PDF with LibreOffice…',
  },
  progress: { zh: '生成文档', en: 'Documents' },
} as const satisfies Record<string, Record<Lang, string>>;

type MessageKey = keyof typeof MESSAGES;

function say(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

interface ReportOptions {
  rules?: string;
  format: string[];
  out?: string;
  zip?: boolean;
  draft?: boolean;
  explain?: boolean;
}

/** PDFs are converted in batches: one soffice start per batch, bounded time and temp space. */
const PDF_BATCH = 25;
const ZIP_NAME = 'jixiao-自评材料.zip';

export const reportCommand: CliCommand = {
  name: 'report',
  register(program, ctx, done) {
    const { lang } = ctx;
    program
      .command('report')
      .description(say(lang, 'description'))
      .argument('<files...>', say(lang, 'files'))
      .addOption(rulesOption(ctx))
      .addOption(
        new Option('-f, --format <formats>', say(lang, 'format'))
          .argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value])
          .default(undefined),
      )
      .addOption(new Option('-o, --out <dir>', say(lang, 'out')))
      .addOption(new Option('--zip', say(lang, 'zip')))
      .addOption(new Option('--draft', say(lang, 'draft')))
      .addOption(new Option('--explain', say(lang, 'explain')))
      .action(async (files: string[], opts: Omit<ReportOptions, 'format'> & { format?: string[] }) => {
        done(await runReport(files, { ...opts, format: opts.format ?? ['docx,xlsx'] }, ctx));
      });
  },
};

async function runReport(files: string[], opts: ReportOptions, ctx: CliContext): Promise<ExitCode> {
  const { io, lang, t } = ctx;
  const formats = parseFormats(opts.format);
  // Fail before any work when a PDF is asked for and cannot be made.
  if (formats.includes('pdf') && !(await findSoffice(io.env))) throw libreOfficeMissing();
  const outDir = resolve(io.cwd, opts.out ?? '.');
  const bar = progressBar(ctx, files.length);
  const produced: ProducedFile[] = [];
  const forPdf: { name: string; docx: Uint8Array }[] = [];
  const reports: { name: string; report: ReportDocument }[] = [];
  const bases = new Set<string>();
  let exit: ExitCode = EXIT.ok;

  for (const file of files) {
    try {
      const evaluated = await evaluateFile(file, opts.rules, io.cwd, t);
      const base = uniqueBase(basename(file, extname(file)), bases);
      const rendered = await renderDocuments(base, evaluated, formats, {
        draft: opts.draft ?? false,
        sources: opts.explain ?? false,
      });
      produced.push(...rendered.files);
      reports.push({ name: base, report: rendered.report });
      if (formats.includes('pdf') && rendered.docx) {
        forPdf.push({ name: `${base}${DOCUMENT_SUFFIX.pdf}`.replace(/\.pdf$/, ''), docx: rendered.docx });
      }
    } catch (error) {
      if (!isJixiaoError(error) || exitCodeFor(error) === EXIT.internal) throw error;
      io.stderr(`${say(lang, 'fileFailed', { file })}\n`);
      exit = worse(exit, reportError(error, ctx));
    }
    bar?.increment();
  }
  bar?.stop();

  if (forPdf.length > 0) {
    io.stderr(`${say(lang, 'pdfStep', { count: forPdf.length })}\n`);
    for (let i = 0; i < forPdf.length; i += PDF_BATCH) {
      const batch = forPdf.slice(i, i + PDF_BATCH);
      const pdfs = await convertDocxToPdf(batch, { env: io.env });
      batch.forEach((b, n) => {
        const bytes = pdfs[n];
        if (bytes) produced.push({ name: `${b.name}.pdf`, kind: 'pdf', bytes });
      });
    }
  }

  await mkdir(outDir, { recursive: true });
  const written = opts.zip ? [await writeZip(outDir, produced)] : await writeFiles(outDir, produced);
  if (written.length > 0) {
    const lines = [say(lang, 'written', { count: produced.length, dir: outDir })];
    for (const { name, report } of reports) {
      const mine = produced.filter((f) => f.name.startsWith(`${name}-`)).map((f) => f.name);
      const note = report.draft
        ? say(lang, 'draftNote', {
            reasons: report.draftReasons.map((r) => r.text[lang]).join(lang === 'zh' ? '；' : '; '),
          })
        : '';
      lines.push(`  ${mine.map((f) => fileName(f, lang)).join('  ')}${note}`);
    }
    if (opts.zip) lines.push(`  → ${fileName(written[0] ?? '', lang)}`);
    io.stdout(`${lines.join('\n')}\n`);
  }
  if (opts.explain) io.stdout(reports.map(({ report }) => explainText(report, lang)).join('\n'));
  return exit;
}

/** Two inputs named alike (a/x.json, b/x.json) get x and x-2. */
function uniqueBase(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

async function writeFiles(dir: string, files: readonly ProducedFile[]): Promise<string[]> {
  const paths: string[] = [];
  for (const f of files) {
    const path = join(dir, f.name);
    await writeFile(path, f.bytes);
    paths.push(path);
  }
  return paths;
}

async function writeZip(dir: string, files: readonly ProducedFile[]): Promise<string> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.bytes);
  const path = join(dir, ZIP_NAME);
  await writeFile(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return path;
}

/** A bar on stderr, only when a person watches (a TTY, not CI) and there is more than one file. */
function progressBar({ io, lang }: CliContext, total: number): SingleBar | undefined {
  if (total < 2 || !process.stderr.isTTY || io.env.CI) return undefined;
  const bar = new SingleBar({
    format: `${say(lang, 'progress')} [{bar}] {value}/{total}`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0);
  return bar;
}

function explainText(report: ReportDocument, lang: Lang): string {
  const lines = [say(lang, 'sourcesHeading', { title: report.title })];
  for (const entry of listSources(report)) {
    lines.push(`  [${entry.section}] ${entry.text}`);
    for (const f of entry.figures) lines.push(`      ${f.value} ← ${f.source}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Produced files are named in Chinese (自评报告, 自评表); English output quotes them as file names. */
function fileName(name: string, lang: Lang): string {
  return lang === 'zh' ? name : `"${name}"`;
}
