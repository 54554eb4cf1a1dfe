import type { Evaluation, ReportOptions } from '@jixiao/domain';
import {
  convertDocxToPdf,
  renderDocuments,
  writeEvaluationJson,
  writeSelfEvaluationXlsx,
} from '@jixiao/formats';
import { ruleSetFor } from '../rule-sets/registry';
import { outcomeOf } from './derive';

export const EXPORT_FORMATS = ['json', 'xlsx', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file to send: its bytes, its content type and its name with the extension. */
export interface ExportedFile {
  contentType: string;
  fileName: string;
  body: string | Buffer | Uint8Array;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** One stored evaluation as a file: jixiao JSON, the official 自评表, or the 自评报告 as .docx or .pdf. */
export async function exportEvaluation(
  evaluation: Evaluation,
  format: ExportFormat,
  baseName: string,
  /**
   * What the report shows beyond the evaluation: the bureau's 结果应用 entry (results/) and last year's
   * rectification items (整改台账), both read by the caller.
   */
  report: Pick<ReportOptions, 'priorRectification' | 'resultApplication'> = {},
): Promise<ExportedFile> {
  if (format === 'json') {
    return {
      contentType: 'application/json; charset=utf-8',
      fileName: `${baseName}.json`,
      body: writeEvaluationJson(evaluation),
    };
  }
  const ruleSet = ruleSetFor(evaluation.ruleSet);
  const outcome = outcomeOf(evaluation);
  if (format === 'xlsx') {
    const bytes = await writeSelfEvaluationXlsx(evaluation, outcome.result, ruleSet);
    return { contentType: XLSX, fileName: `${baseName}.xlsx`, body: bytes };
  }
  const rendered = await renderDocuments(
    'report',
    { evaluation, result: outcome.result, ruleSet, findings: outcome.findings },
    ['docx'],
    report,
  );
  const docx = rendered.docx;
  if (!docx) throw new Error('renderDocuments returned no docx');
  const reportName = `${baseName}-自评报告`;
  if (format === 'docx')
    return { contentType: DOCX, fileName: `${reportName}.docx`, body: Buffer.from(docx) };
  // Without LibreOffice this throws UNSUPPORTED_FORMAT (415) with a Chinese message saying so.
  const [pdf] = await convertDocxToPdf([{ name: 'report', docx }]);
  if (!pdf) throw new Error('convertDocxToPdf returned no pdf');
  return { contentType: 'application/pdf', fileName: `${reportName}.pdf`, body: pdf };
}
