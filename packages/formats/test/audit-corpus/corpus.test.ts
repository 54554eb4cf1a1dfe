import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/audit/audit';

/**
 * Report excerpts written for this corpus, each with the findings a careful reviewer would list
 * (`*.expected.json`). Every kind of inconsistency the audit issue names has at least one excerpt, and about
 * as many are clean. The measure is strict on errors: a wrong error costs a reviewer more than a missed one.
 *
 * - recall: expected findings (code and severity) that the audit reports;
 * - precision of errors: error findings that an excerpt expects (same code), over all errors reported.
 */
interface Expected {
  note: string;
  findings: Array<{ code: string; severity: 'error' | 'warning' | 'info' }>;
}

const DIR = import.meta.dirname;
const CASES = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.md$/, '');
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
    const report = auditText(readFileSync(join(DIR, f), 'utf8'), { file: f, format: 'md' });
    return { name, expected, report };
  });

function matchCounts() {
  let expectedTotal = 0;
  let found = 0;
  let errorsReported = 0;
  let errorsRight = 0;
  const misses: string[] = [];
  const wrongErrors: string[] = [];
  for (const c of CASES) {
    const produced = c.report.findings.map((f) => ({ code: f.code, severity: f.severity, used: false }));
    for (const e of c.expected.findings) {
      expectedTotal += 1;
      const hit = produced.find((p) => !p.used && p.code === e.code && p.severity === e.severity);
      if (hit) {
        hit.used = true;
        found += 1;
      } else misses.push(`${c.name}: ${e.severity} ${e.code}`);
    }
    const expectedErrors = c.expected.findings.filter((e) => e.severity === 'error');
    const budget = new Map<string, number>();
    for (const e of expectedErrors) budget.set(e.code, (budget.get(e.code) ?? 0) + 1);
    for (const f of c.report.findings.filter((x) => x.severity === 'error')) {
      errorsReported += 1;
      const left = budget.get(f.code) ?? 0;
      if (left > 0) {
        errorsRight += 1;
        budget.set(f.code, left - 1);
      } else wrongErrors.push(`${c.name}: ${f.code} — ${f.message.zh}`);
    }
  }
  return { expectedTotal, found, errorsReported, errorsRight, misses, wrongErrors };
}

describe('audit corpus', () => {
  it('has at least 20 excerpts, with clean ones among them', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
    expect(CASES.filter((c) => c.expected.findings.length === 0).length).toBeGreaterThanOrEqual(7);
  });

  it('covers every kind of inconsistency named in the issue', () => {
    const codes = new Set(CASES.flatMap((c) => c.expected.findings.map((f) => f.code)));
    for (const code of [
      'text.execution-score',
      'text.met-target-lost-points',
      'text.missed-target-full-marks',
      'text.weights-total',
      'text.income-expenditure-gap',
      'text.count-list',
      'text.execution-rate-mismatch',
      'text.execution-rate-unexplained',
      'text.breakdown-sum',
      'text.share-mismatch',
      'text.figure-restated',
      'text.total-score',
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  it('reaches recall ≥ 80% and precision of error findings ≥ 95%', () => {
    const m = matchCounts();
    const recall = m.found / m.expectedTotal;
    const precision = m.errorsReported === 0 ? 1 : m.errorsRight / m.errorsReported;
    console.info(
      `audit corpus: ${CASES.length} excerpts; recall ${m.found}/${m.expectedTotal} = ${(recall * 100).toFixed(1)}%; ` +
        `error precision ${m.errorsRight}/${m.errorsReported} = ${(precision * 100).toFixed(1)}%`,
    );
    expect(m.misses, 'missed').toEqual(m.misses.slice(0, Math.floor(m.expectedTotal * 0.2)));
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(m.wrongErrors, 'errors no excerpt expects').toEqual(
      m.wrongErrors.slice(0, Math.floor(m.errorsReported * 0.05)),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it.each(CASES.filter((c) => c.expected.findings.length === 0).map((c) => [c.name, c] as const))(
    'reports no error on the clean excerpt %s',
    (_name, c) => {
      expect(c.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    },
  );
});
