import { formatPercent, type Lang, SEVERITY_LABEL, type Severity } from '@jixiao/domain';
import type { AuditReport } from './audit';
import { describeSource, describeSourceEn, type Evidence, type SourceRef } from './document';
import { type AuditFinding, CONFIDENCE_LABEL } from './finding';
import type { AuditFindingJson } from './finding-json';

/**
 * How an audit is shown: JSON in the engine's finding shape plus `evidence` (quoted text and where it is),
 * `recomputation` and `confidence` (the shape is `auditFindingJsonSchema`); a human summary per file; and a
 * summary table across files.
 */
function where(s: SourceRef, lang: Lang): string {
  return lang === 'zh' ? describeSource(s) : describeSourceEn(s);
}

export function auditFindingJson(f: AuditFinding, lang: Lang): AuditFindingJson {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message[lang],
    location: f.location,
    ...(f.expected === undefined ? {} : { expected: f.expected }),
    ...(f.actual === undefined ? {} : { actual: f.actual }),
    ...(f.numbers === undefined ? {} : { numbers: f.numbers }),
    evidence: f.evidence.map((e: Evidence) => ({
      quote: e.quote,
      location: e.source,
      where: where(e.source, lang),
    })),
    recomputation: f.recomputation[lang],
    confidence: f.confidence,
    origin: f.origin,
    ...(f.engineCode ? { engineCode: f.engineCode } : {}),
  };
}

export function auditReportJson(r: AuditReport, lang: Lang) {
  return {
    file: r.file,
    format: r.format,
    paragraphs: r.paragraphs,
    tables: r.tables,
    extracted: r.extracted,
    counts: r.counts,
    findings: r.findings.map((f) => auditFindingJson(f, lang)),
  };
}

const MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: '•' };

/** A reviewer's reading of one report: each finding, the text it rests on, and the arithmetic. */
export function renderAuditReport(r: AuditReport, lang: Lang): string {
  const zh = lang === 'zh';
  const head = zh
    ? `审核发现（错误 ${r.counts.error}，警告 ${r.counts.warning}，提示 ${r.counts.info}；读取 ${r.paragraphs} 段、${r.tables} 个表格）`
    : `Findings (${r.counts.error} errors, ${r.counts.warning} warnings, ${r.counts.info} info; read ${r.paragraphs} paragraphs, ${r.tables} tables)`;
  const lines = [head];
  if (r.findings.length === 0) lines.push(zh ? '  未发现不一致之处。' : '  Nothing inconsistent found.');
  const [sep, colon, open, close] = zh ? ['，', '：', '「', '」'] : [', ', ': ', '"', '"'];
  for (const f of r.findings) {
    lines.push(
      `  ${MARK[f.severity]} [${SEVERITY_LABEL[f.severity][lang]}] ${f.message[lang]}  (${f.code}${sep}${CONFIDENCE_LABEL[f.confidence][lang]})`,
    );
    lines.push(`    ${zh ? '复核' : 'Recomputed'}${colon}${f.recomputation[lang]}`);
    for (const e of f.evidence.slice(0, 3))
      lines.push(`    ${where(e.source, lang)}${colon}${open}${e.quote}${close}`);
  }
  return lines.join('\n');
}

/** One row per file for the summary across many files: columns and cells, for a text table or a sheet. */
export function auditSummaryTable(
  rows: ReadonlyArray<{ file: string; report?: AuditReport; error?: string }>,
  lang: Lang,
): { columns: Array<{ header: string; align?: 'left' | 'right' }>; rows: string[][] } {
  const zh = lang === 'zh';
  const columns = [
    { header: zh ? '文件' : 'File' },
    { header: zh ? '单位' : 'Unit' },
    { header: zh ? '年度' : 'Year', align: 'right' as const },
    { header: zh ? '总分' : 'Total', align: 'right' as const },
    { header: zh ? '执行率' : 'Exec. rate', align: 'right' as const },
    { header: zh ? '错误' : 'Errors', align: 'right' as const },
    { header: zh ? '警告' : 'Warnings', align: 'right' as const },
    { header: zh ? '提示' : 'Info', align: 'right' as const },
  ];
  const out = rows.map(({ file, report, error }) => {
    if (!report) return [file, error ?? (zh ? '无法读取' : 'unreadable'), '', '', '', '', '', ''];
    const x = report.extracted;
    return [
      file,
      x.unit ?? '',
      x.fiscalYear === undefined ? '' : String(x.fiscalYear),
      x.totalScore ?? '',
      x.executionRate === undefined ? '' : formatPercent(x.executionRate),
      String(report.counts.error),
      String(report.counts.warning),
      String(report.counts.info),
    ];
  });
  return { columns, rows: out };
}
