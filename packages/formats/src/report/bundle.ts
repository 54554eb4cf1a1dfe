import {
  buildReport,
  dateInChina,
  type Evaluation,
  type Finding,
  JixiaoError,
  listSources,
  type ReportDocument,
  type ReportOptions,
  type RuleSet,
  type ScoreResult,
  type SourceEntry,
} from '@jixiao/domain';
import { formatsMessage as m } from '../messages';
import { writeSelfEvaluationXlsx } from '../sheet-writer/write-xlsx';

/** The documents `jixiao report` produces for one evaluation, named after the input file. */
export const DOCUMENT_FORMATS = ['docx', 'xlsx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const DOCUMENT_SUFFIX = {
  docx: '-自评报告.docx',
  xlsx: '-自评表.xlsx',
  pdf: '-自评报告.pdf',
  sources: '-自评报告.sources.json',
} as const;

export interface EvaluatedInput {
  evaluation: Evaluation;
  result: ScoreResult;
  ruleSet: RuleSet;
  findings: readonly Finding[];
}

export interface ProducedFile {
  name: string;
  kind: DocumentFormat | 'sources';
  bytes: Uint8Array;
}

export interface RenderedDocuments {
  report: ReportDocument;
  files: ProducedFile[];
  /** The .docx bytes whenever docx or pdf was asked for (pdf is converted from it, in a batch). */
  docx?: Uint8Array;
}

/** "docx,xlsx" / ["docx", "pdf"] → the formats, checked; unknown names fail with a Chinese message. */
export function parseFormats(values: readonly string[]): DocumentFormat[] {
  const names = values
    .flatMap((v) => v.split(/[,，\s]+/))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !(DOCUMENT_FORMATS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    throw new JixiaoError(
      'INVALID_INPUT',
      m('document.unknownFormats', { unknown: listed(unknown), known: listed(DOCUMENT_FORMATS) }),
    );
  }
  return DOCUMENT_FORMATS.filter((f) => names.includes(f));
}

/** The sources listing as JSON: every generated sentence with a figure, each figure with its source. */
export function sourcesJson(report: ReportDocument, sources: SourceEntry[] = listSources(report)): string {
  return `${JSON.stringify({ format: 'jixiao.report-sources', title: report.title, draft: report.draft, draftReasons: report.draftReasons.map((r) => r.text.zh), sentences: sources }, null, 2)}\n`;
}

export async function renderDocuments(
  baseName: string,
  input: EvaluatedInput,
  formats: readonly DocumentFormat[],
  options: ReportOptions & { sources?: boolean } = {},
): Promise<RenderedDocuments> {
  const issuedOn = options.issuedOn ?? dateInChina(new Date());
  const report = buildReport(input.evaluation, input.result, input.ruleSet, input.findings, {
    ...options,
    issuedOn,
  });
  const files: ProducedFile[] = [];
  const out: RenderedDocuments = { report, files };
  if (formats.includes('docx') || formats.includes('pdf')) {
    // docx (and this package's builder on it) is loaded on first use, not when the package is.
    const { writeReportDocx } = await import('./write-docx');
    const docx = await writeReportDocx(report);
    out.docx = docx;
    if (formats.includes('docx'))
      files.push({ name: `${baseName}${DOCUMENT_SUFFIX.docx}`, kind: 'docx', bytes: docx });
  }
  if (formats.includes('xlsx')) {
    const xlsx = await writeSelfEvaluationXlsx(input.evaluation, input.result, input.ruleSet);
    files.push({ name: `${baseName}${DOCUMENT_SUFFIX.xlsx}`, kind: 'xlsx', bytes: xlsx });
  }
  if (options.sources) {
    files.push({
      name: `${baseName}${DOCUMENT_SUFFIX.sources}`,
      kind: 'sources',
      bytes: Buffer.from(sourcesJson(report)),
    });
  }
  return out;
}

/** "docx、xlsx" / "docx, xlsx": each language lists with its own separator. */
function listed(names: readonly string[]): { zh: string; en: string } {
  return { zh: names.join('、'), en: names.join(', ') };
}
