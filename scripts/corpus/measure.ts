import { type Decimal, dec, type Localized, type Severity } from '@jixiao/domain';
import type { AuditReport, ExtractedSummary } from '@jixiao/formats';
import { type Expectation, type ExpectedItem, FACTS, type StatedFacts } from './expectations';
import { parseFigure, sameFigure } from './figures';
import { assign } from './match';

/** A finding as the measure lists it. */
export interface FindingBrief {
  code: string;
  severity: Severity;
  message: Localized;
}

export interface FactCheck {
  fact: keyof StatedFacts;
  stated: string;
  extracted?: string;
  agrees: boolean;
}

/** One report with an expectation block, measured: what was expected, found, missed and reported besides. */
export interface ReportMeasure {
  file: string;
  clean: boolean;
  /** The audit reported at least one error. */
  flagged: boolean;
  counts: Record<Severity, number>;
  found: Array<{ item: ExpectedItem; finding: FindingBrief }>;
  missed: ExpectedItem[];
  rounding: { expected: number; noted: number; asError: number };
  /** Errors and warnings that answer no expected inconsistency. */
  unmatched: FindingBrief[];
  facts: FactCheck[];
  /** Tables read from the document, and indicator rows recovered from them. */
  tables: number;
  indicators: number;
}

const brief = (f: AuditReport['findings'][number]): FindingBrief => ({
  code: f.code,
  severity: f.severity,
  message: f.message,
});

export function measureReport(
  file: string,
  report: AuditReport,
  expectation: Expectation,
  indexFacts: StatedFacts = {},
): ReportMeasure {
  const reported = report.findings.filter((f) => f.severity !== 'info');
  const { byItem } = assign(expectation.inconsistent, reported);
  const used = new Set(byItem.filter((j): j is number => j !== undefined));
  const found: ReportMeasure['found'] = [];
  const missed: ExpectedItem[] = [];
  for (const [i, item] of expectation.inconsistent.entries()) {
    const j = byItem[i];
    const finding = j === undefined ? undefined : reported[j];
    if (finding) found.push({ item, finding: brief(finding) });
    else missed.push(item);
  }
  const rest = report.findings.filter((f) => f.severity === 'info' || !used.has(reported.indexOf(f)));
  const rounded = assign(expectation.roundingOnly, rest).byItem.map((j) =>
    j === undefined ? undefined : rest[j],
  );
  return {
    file,
    clean: expectation.clean,
    flagged: report.counts.error > 0,
    counts: report.counts,
    found,
    missed,
    rounding: {
      expected: expectation.roundingOnly.length,
      noted: rounded.filter((f) => f?.severity === 'info').length,
      asError: rounded.filter((f) => f !== undefined && f.severity !== 'info').length,
    },
    unmatched: reported.filter((_, j) => !used.has(j)).map(brief),
    facts: checkFacts({ ...indexFacts, ...expectation.facts }, report.extracted),
    tables: report.tables,
    indicators: report.extracted.indicators,
  };
}

function plainName(unit: string): string {
  return unit.replace(/[（(][^）)]*[）)]/g, '').replace(/\s+/g, '');
}

function kindOf(text: string): ExtractedSummary['kind'] {
  if (/项目|project/i.test(text)) return 'project';
  if (/部门|单位|整体|unit/i.test(text)) return 'unitWide';
  return undefined;
}

function sameNumber(a: string, b: string | undefined): boolean {
  const x = parseFigure(a);
  const y = b === undefined ? undefined : parseFigure(b);
  return x !== undefined && y !== undefined && sameFigure(x, y);
}

/** Each stated fact against what the audit extracted; names agree when one contains the other. */
export function checkFacts(stated: StatedFacts, x: ExtractedSummary): FactCheck[] {
  const extracted: Record<keyof StatedFacts, string | undefined> = {
    unit: x.unit,
    year: x.fiscalYear === undefined ? undefined : String(x.fiscalYear),
    totalScore: x.totalScore,
    executionRate: x.executionRate === undefined ? undefined : `${x.executionRate}%`,
    grade: x.grade,
    kind: x.kind,
    indicators: String(x.indicators),
  };
  const agree: Record<keyof StatedFacts, (s: string, e: string | undefined) => boolean> = {
    unit: (s, e) =>
      e !== undefined && (plainName(e).includes(plainName(s)) || plainName(s).includes(plainName(e))),
    year: (s, e) => s === e,
    totalScore: sameNumber,
    executionRate: (s, e) => sameNumber(s.includes('%') ? s : `${s}%`, e),
    grade: (s, e) => e !== undefined && (e.includes(s) || s.includes(e)),
    kind: (s, e) => kindOf(s) !== undefined && kindOf(s) === e,
    indicators: sameNumber,
  };
  const out: FactCheck[] = [];
  for (const fact of FACTS) {
    const s = stated[fact];
    if (s === undefined) continue;
    const e = extracted[fact];
    out.push({ fact, stated: s, ...(e === undefined ? {} : { extracted: e }), agrees: agree[fact](s, e) });
  }
  return out;
}

/** A share as a percent with one decimal ("83.3"), or undefined when there is nothing to divide by. */
export function percent(part: number, whole: number): string | undefined {
  if (whole === 0) return undefined;
  const p: Decimal = dec(part).times(100).dividedBy(whole);
  return p.toDecimalPlaces(1).toFixed(1);
}

export interface CorpusTotals {
  reports: number;
  withInconsistencies: number;
  flaggedRight: number;
  cleanReports: number;
  cleanFlagged: number;
  expected: number;
  found: number;
  recall?: string;
  errors: number;
  realErrors: number;
  errorPrecision?: string;
  /** Errors that answer no expected inconsistency (a rounding-only difference reported as an error included). */
  wrongErrors: number;
  /** Reports with indicator rows recovered, and reports with any table read. */
  indicatorTables: number;
  withTables: number;
  reported: number;
  real: number;
  precision?: string;
  roundingExpected: number;
  roundingNoted: number;
  roundingAsError: number;
  facts: Partial<Record<keyof StatedFacts, { stated: number; agree: number }>>;
}

export function totalsOf(measures: readonly ReportMeasure[]): CorpusTotals {
  const count = (f: (m: ReportMeasure) => number) => measures.reduce((n, m) => n + f(m), 0);
  const expected = count((m) => m.found.length + m.missed.length);
  const found = count((m) => m.found.length);
  const errors = count((m) => m.counts.error);
  const realErrors = count((m) => m.found.filter((x) => x.finding.severity === 'error').length);
  const reported = count((m) => m.counts.error + m.counts.warning);
  const facts: CorpusTotals['facts'] = {};
  for (const c of measures.flatMap((m) => m.facts)) {
    const t = facts[c.fact] ?? { stated: 0, agree: 0 };
    t.stated += 1;
    if (c.agrees) t.agree += 1;
    facts[c.fact] = t;
  }
  const recall = percent(found, expected);
  const errorPrecision = percent(realErrors, errors);
  const precision = percent(found, reported);
  return {
    reports: measures.length,
    withInconsistencies: measures.filter((m) => !m.clean).length,
    flaggedRight: measures.filter((m) => !m.clean && m.flagged).length,
    cleanReports: measures.filter((m) => m.clean).length,
    cleanFlagged: measures.filter((m) => m.clean && m.flagged).length,
    expected,
    found,
    ...(recall === undefined ? {} : { recall }),
    errors,
    realErrors,
    ...(errorPrecision === undefined ? {} : { errorPrecision }),
    wrongErrors: errors - realErrors,
    indicatorTables: measures.filter((m) => m.indicators > 0).length,
    withTables: measures.filter((m) => m.tables > 0).length,
    reported,
    real: found,
    ...(precision === undefined ? {} : { precision }),
    roundingExpected: count((m) => m.rounding.expected),
    roundingNoted: count((m) => m.rounding.noted),
    roundingAsError: count((m) => m.rounding.asError),
    facts,
  };
}
