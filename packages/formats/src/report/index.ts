import type { ReportDocument } from '@jixiao/domain';

export * from './bundle';
export * from './docx-inspect';
export * from './fonts';
export * from './gbt9704';

/**
 * The report as .docx bytes (./write-docx). The docx library and the builder on it are loaded on first
 * use, so that loading this package (the server's start) does not pay for them.
 */
export async function writeReportDocx(report: ReportDocument): Promise<Buffer> {
  const { writeReportDocx: write } = await import('./write-docx');
  return write(report);
}
