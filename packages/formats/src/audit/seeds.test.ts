import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_REPORTS, type SeedReport as Seed, seedReportPath } from '../../test/seed-reports/seeds';
import { type AuditReport, auditFile } from './audit';
import { readText } from './read/read-text';
import { docxToPdf, SOFFICE_MISSING, sofficePath, writeDocx } from './testing/make-files';

/**
 * The five seed reports (written for the tests with the figures and layout of the five real reports the
 * project started from), audited as text, as .docx (made here with the docx package) and as PDF (the .docx
 * converted by LibreOffice). Each must give the findings listed in the scoring-and-checking issue and no
 * error on figures that agree.
 */
type Format = 'txt' | 'docx' | 'pdf';
const SEEDS = Object.keys(SEED_REPORTS) as Seed[];

let dir = '';
const reports = new Map<string, AuditReport>();
let pdfError: string | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-seeds-'));
  const docxPaths: string[] = [];
  for (const seed of SEEDS) {
    const txt = seedReportPath(seed);
    const name = SEED_REPORTS[seed].replace(/\.txt$/, '');
    reports.set(`${seed}.txt`, await auditFile(txt));
    const doc = readText(await readFile(txt, 'utf8'), 'txt', `${name}.txt`);
    const docx = join(dir, `${name}.docx`);
    await writeDocx(doc, docx);
    docxPaths.push(docx);
    reports.set(`${seed}.docx`, await auditFile(docx));
  }
  if (sofficePath()) {
    const pdfs = await docxToPdf(docxPaths, dir);
    for (const [i, seed] of SEEDS.entries()) {
      const pdf = pdfs[i];
      if (pdf) reports.set(`${seed}.pdf`, await auditFile(pdf));
    }
  } else {
    pdfError = 'soffice missing';
  }
}, 240_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function report(seed: Seed, format: Format): AuditReport {
  if (format === 'pdf' && pdfError) {
    throw new Error(SOFFICE_MISSING);
  }
  const r = reports.get(`${seed}.${format}`);
  if (!r) throw new Error(`no report for ${seed}.${format}`);
  return r;
}

function has(r: AuditReport, code: string, severity: string, ...words: string[]) {
  return r.findings.some(
    (f) =>
      f.code === code &&
      f.severity === severity &&
      words.every((w) => f.message.zh.includes(w) || f.recomputation.zh.includes(w)),
  );
}

describe.each<Format>(['txt', 'docx', 'pdf'])('seed reports read from .%s', (format) => {
  it('seed 003: income items 0.84 + 163.68 + 0 + 0 = 164.52 against the stated total 163.68 is an error', () => {
    expect(has(report('s003', format), 'text.breakdown-sum', 'error', '163.68', '164.52')).toBe(true);
  });

  it('seed 003: "占0%" for 0.84 万元 (0.84 ÷ 163.68 = 0.51%) is an error', () => {
    expect(has(report('s003', format), 'text.share-mismatch', 'error', '0.84', '占0%')).toBe(true);
  });

  it('seed 004: 企业满意度 scores 5 of 5 (100%) but its 得分率 is printed as 98%', () => {
    expect(has(report('s004', format), 'text.score-rate-mismatch', 'error', '企业满意度', '98%')).toBe(true);
  });

  it('seed 004: 2851.19 − 1209.56 = 1641.63 万元 unspent while the report says 无结转和结余', () => {
    expect(has(report('s004', format), 'text.unspent-without-carryover', 'warning', '1641.63')).toBe(true);
  });

  it('seed 004: every indicator at full marks while only 42.42% was spent raises the red flag', () => {
    expect(
      has(
        report('s004', format),
        'text.indicators-ahead-of-execution',
        'warning',
        '42.42%',
        '所有绩效指标均得满分',
      ),
    ).toBe(true);
  });

  it('seed 002: spending 109.18 above income 102.18 (7 万元) with no stated source', () => {
    expect(has(report('s002', format), 'text.spending-above-income', 'warning', '109.18', '102.18')).toBe(
      true,
    );
  });

  it('seed 004: the stated total 94.24 and the execution score 10 × 42.42% = 4.24 agree (no error on them)', () => {
    const r = report('s004', format);
    expect(r.extracted.totalScore).toBe('94.24');
    expect(r.extracted.executionRate).toBe('42.42');
    expect(
      r.findings.filter((f) =>
        ['text.total-score', 'text.execution-score', 'text.execution-rate-mismatch'].includes(f.code),
      ),
    ).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([
      'text.score-rate-mismatch',
    ]);
  });

  it('seed 002: shares 91.19%/8.81% and 78.1%/21.9% agree with their amounts (no finding on them)', () => {
    const r = report('s002', format);
    expect(
      r.findings.filter((f) => f.code === 'text.share-mismatch' || f.code === 'text.breakdown-sum'),
    ).toEqual([]);
    expect(r.counts.error).toBe(0);
  });

  it('seed 001: block scores 10 + 50.45 + 24.6 + 4.4 = 89.45 agree with the total; no error anywhere', () => {
    const r = report('s001', format);
    expect(r.extracted.totalScore).toBe('89.45');
    expect(r.counts.error).toBe(0);
  });

  it('seed 000: nothing to report as an error', () => {
    expect(report('s000', format).counts.error).toBe(0);
  });

  it('seed 003: the only errors are the income total and the 0% share', () => {
    expect(
      report('s003', format)
        .findings.filter((f) => f.severity === 'error')
        .map((f) => f.code)
        .sort(),
    ).toEqual(['text.breakdown-sum', 'text.share-mismatch']);
  });

  it('every finding quotes its evidence and says where it is', () => {
    for (const seed of SEEDS) {
      for (const f of report(seed, format).findings) {
        expect(f.evidence.length).toBeGreaterThan(0);
        expect(f.evidence[0]?.quote.length).toBeGreaterThan(0);
        expect(f.location.label).not.toBe('');
        if (format === 'pdf') expect(f.evidence[0]?.source.page).toBeGreaterThan(0);
      }
    }
  });
});
