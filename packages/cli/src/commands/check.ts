import { type IssueJson, isJixiaoError, issueJson } from '@jixiao/domain';
import {
  type AuditReport,
  auditFile,
  auditFindingJson,
  auditSummaryTable,
  expandCheckInputs,
  isReportDocument,
  renderAuditReport,
} from '@jixiao/formats/audit';
import { evaluateFile } from '../engine';
import { EXIT, type ExitCode, exitCodeFor, reportError, worse } from '../exit';
import { renderFindings } from '../render/findings-text';
import { type FindingJson, findingJson } from '../render/score-json';
import { renderTable } from '../render/text-table';
import type { CliCommand } from './command';
import { jsonOption, rulesOption, toJson } from './options';

interface FileReport {
  file: string;
  ruleSet?: string;
  findings: FindingJson[];
  /** Reports written elsewhere (.docx/.pdf/.txt/.md): the headline figures read and the counts by severity. */
  audit?: Pick<AuditReport, 'format' | 'extracted' | 'counts'>;
  error?: { code: string; key: string; message: string; issues: IssueJson[] };
}

/**
 * Checks each file in turn. A file that cannot be read does not stop the others: its error goes to
 * stderr (and into the JSON), and the exit code is the worst one seen.
 */
export const checkCommand: CliCommand = {
  name: 'check',
  register(program, ctx, done) {
    const { t, io, lang } = ctx;
    program
      .command('check')
      .description(t('check.description'))
      .argument('<files...>', t('check.arg.files'))
      .addOption(rulesOption(ctx))
      .addOption(jsonOption(ctx))
      .action(async (args: string[], opts: { rules?: string; json?: boolean }) => {
        let exit: ExitCode = EXIT.ok;
        const reports: FileReport[] = [];
        const text: string[] = [];
        const files = await expandCheckInputs(args);
        const audited: Array<{ file: string; report?: AuditReport; error?: string }> = [];
        for (const file of files) {
          try {
            if (isReportDocument(file)) {
              // A report written elsewhere: read it, extract what it states, audit the arithmetic.
              const report = await auditFile(file);
              const findings = report.findings.map((f) =>
                auditFindingJson({ ...f, location: { ...f.location, file } }, lang),
              );
              reports.push({
                file,
                findings,
                audit: { format: report.format, extracted: report.extracted, counts: report.counts },
              });
              audited.push({ file, report });
              const heading = files.length > 1 ? `${t('findings.fileHeading', { file })}\n` : '';
              text.push(`${heading}${renderAuditReport(report, lang)}\n`);
              continue;
            }
            const { ruleSet, findings } = await evaluateFile(file, opts.rules, io.cwd, t);
            const located = findings.map((f) => ({
              ...f,
              location: { ...f.location, file: f.location.file ?? file },
            }));
            reports.push({ file, ruleSet: ruleSet.id, findings: located.map((f) => findingJson(f, lang)) });
            const heading = files.length > 1 ? `${t('findings.fileHeading', { file })}\n` : '';
            text.push(`${heading}${renderFindings(located, lang, t)}\n`);
          } catch (error) {
            // Only input errors are per-file; a defect stops the run.
            if (!isJixiaoError(error) || exitCodeFor(error) === EXIT.internal) throw error;
            if (files.length > 1) io.stderr(`${t('check.fileFailed', { file })}\n`);
            if (isReportDocument(file)) audited.push({ file, error: error.text(lang) });
            exit = worse(exit, reportError(error, ctx));
            reports.push({
              file,
              findings: [],
              error: {
                code: error.code,
                key: error.key,
                message: error.text(lang),
                issues: error.issues.map((i) => issueJson(i, lang)),
              },
            });
          }
        }
        if (opts.json) {
          const findings = reports.flatMap((r) => r.findings);
          io.stdout(toJson(files.length > 1 ? { findings, files: reports } : { findings, ...reports[0] }));
        } else {
          if (audited.length > 1) {
            const table = auditSummaryTable(audited, lang);
            text.push(`${t('check.summary')}\n${renderTable(table.columns, table.rows)}\n`);
          }
          io.stdout(text.join('\n'));
        }
        done(exit);
      });
  },
};
