import { type Lang, SEVERITY_LABEL } from '@jixiao/domain';
import { auditSummaryTable, renderAuditReport } from '@jixiao/formats';
import { renderTable } from '../../packages/cli/src/render/text-table';
import { FACTS } from './expectations';
import { type CorpusTotals, type ReportMeasure, totalsOf } from './measure';
import { FACT_LABEL, t } from './messages';
import { CORPUS_FORMATS, type CorpusRun } from './run';

function measureLines(m: ReportMeasure, lang: Lang): string[] {
  const lines = [
    t(lang, 'reportLine', {
      file: m.file,
      clean: m.clean,
      flagged: m.flagged,
      ...m.counts,
      expected: m.found.length + m.missed.length,
      found: m.found.length,
      other: m.unmatched.length,
    }),
  ];
  for (const f of m.found) lines.push(t(lang, 'found', { what: f.item.what, code: f.finding.code }));
  for (const item of m.missed) lines.push(t(lang, 'missed', { what: item.what }));
  for (const f of m.unmatched)
    lines.push(
      t(lang, 'other', {
        severity: SEVERITY_LABEL[f.severity][lang],
        code: f.code,
        message: f.message[lang],
      }),
    );
  if (m.rounding.expected > 0) lines.push(t(lang, 'rounding', m.rounding));
  for (const c of m.facts)
    lines.push(
      t(lang, 'fact', {
        fact: FACT_LABEL[c.fact][lang],
        stated: c.stated,
        extracted: c.extracted ?? t(lang, 'none'),
        agrees: c.agrees,
      }),
    );
  return lines;
}

function totalsLines(x: CorpusTotals, dir: string, lang: Lang): string[] {
  const pct = (v: string | undefined) => (v === undefined ? t(lang, 'notApplicable') : `${v}%`);
  const facts = FACTS.flatMap((fact) => {
    const c = x.facts[fact];
    return c ? [t(lang, 'factTotal', { fact: FACT_LABEL[fact][lang], ...c })] : [];
  });
  return [
    t(lang, 'totals', { reports: x.reports, dir }),
    t(lang, 'flaggedTotal', {
      inconsistent: x.withInconsistencies,
      right: x.flaggedRight,
      clean: x.cleanReports,
      wrong: x.cleanFlagged,
    }),
    t(lang, 'recallTotal', { found: x.found, expected: x.expected, recall: pct(x.recall) }),
    t(lang, 'precisionTotal', {
      realErrors: x.realErrors,
      errors: x.errors,
      errorPrecision: pct(x.errorPrecision),
      real: x.real,
      reported: x.reported,
      precision: pct(x.precision),
    }),
    t(lang, 'roundingTotal', {
      expected: x.roundingExpected,
      noted: x.roundingNoted,
      asError: x.roundingAsError,
    }),
    ...(facts.length > 0 ? [t(lang, 'factsTotal', { list: facts.join(lang === 'zh' ? '，' : ', ') })] : []),
  ];
}

/** Per format: the totals, then one line per report with what each format found. */
function formatLines(run: CorpusRun, lang: Lang): string[] {
  const ran = CORPUS_FORMATS.filter((f) => run.byFormat[f] !== undefined);
  if (ran.length + run.skipped.length < 2) return [];
  const pct = (v: string | undefined) => (v === undefined ? t(lang, 'notApplicable') : `${v}%`);
  const lines = [t(lang, 'formatsHead')];
  for (const format of CORPUS_FORMATS) {
    const measures = run.byFormat[format];
    const skipped = run.skipped.find((s) => s.format === format);
    if (skipped)
      lines.push(
        t(lang, 'formatSkipped', {
          format,
          reason: skipped.reason === 'soffice' ? t(lang, 'noSoffice') : skipped.reason,
        }),
      );
    if (!measures) continue;
    const x = totalsOf(measures);
    lines.push(
      t(lang, 'formatTotal', {
        format,
        reports: x.reports,
        found: x.found,
        expected: x.expected,
        recall: pct(x.recall),
        realErrors: x.realErrors,
        errors: x.errors,
        errorPrecision: pct(x.errorPrecision),
        wrongErrors: x.wrongErrors,
        cleanFlagged: x.cleanFlagged,
        cleanReports: x.cleanReports,
        indicatorTables: x.indicatorTables,
        withTables: x.withTables,
      }),
    );
  }
  const files = [...new Set(ran.flatMap((f) => (run.byFormat[f] ?? []).map((m) => m.file)))];
  for (const file of files) {
    const cells = ran.flatMap((format) => {
      const m = run.byFormat[format]?.find((x) => x.file === file);
      return m
        ? [
            t(lang, 'formatDocCell', {
              format,
              found: m.found.length,
              expected: m.found.length + m.missed.length,
              error: m.counts.error,
              indicators: m.indicators,
            }),
          ]
        : [];
    });
    lines.push(t(lang, 'formatDocLine', { file, list: cells.join(lang === 'zh' ? '；' : '; ') }));
  }
  return lines;
}

/** What the run prints: each measured report, each plain report's findings, the failures, then the totals. */
export function renderRun(run: CorpusRun, totals: CorpusTotals, dir: string, lang: Lang): string {
  const out: string[] = [];
  for (const m of run.measured) out.push(measureLines(m, lang).join('\n'));
  for (const p of run.plain)
    out.push(`${t(lang, 'plainHead', { file: p.file })}\n${renderAuditReport(p.report, lang)}`);
  if (run.plain.length > 1) {
    const table = auditSummaryTable(run.plain, lang);
    out.push(`${t(lang, 'summary')}\n${renderTable(table.columns, table.rows)}`);
  }
  for (const f of run.failures)
    out.push(
      f.format === undefined ? t(lang, 'failure', f) : t(lang, 'formatFailure', { ...f, format: f.format }),
    );
  if (run.measured.length > 0) out.push(totalsLines(totals, dir, lang).join('\n'));
  const byFormat = formatLines(run, lang);
  if (byFormat.length > 0) out.push(byFormat.join('\n'));
  if (out.length === 0) out.push(t(lang, 'empty', { dir }));
  return `${out.join('\n\n')}\n`;
}
