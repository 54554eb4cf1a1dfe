import { describe, expect, it } from 'vitest';
import type { AuditedFile, AuditFindingItem } from '../../api/types';
import { exportFileName, exportJson, groupBySeverity, keyed, summaryRows, totals } from './audit-results';

function finding(
  code: string,
  severity: AuditFindingItem['severity'],
  confidence: AuditFindingItem['confidence'],
) {
  return {
    code,
    severity,
    confidence,
    message: code,
    location: { path: 'document', label: '全文' },
    evidence: [],
    recomputation: '',
    origin: 'text',
  } satisfies AuditFindingItem;
}

function file(name: string, counts: { error: number; warning: number; info: number } | null): AuditedFile {
  if (counts === null)
    return {
      name,
      ok: false,
      error: { code: 'UNREADABLE_FILE', message: `无法读取文件「${name}」` },
      findings: [],
    };
  return {
    name,
    ok: true,
    summary: {
      unit: '某单位',
      year: 2022,
      kind: 'unitWide',
      totalScore: '94.24',
      grade: '优',
      executionRate: '42.42',
      counts,
    },
    findings: [],
  };
}

describe('groupBySeverity', () => {
  it('puts errors before warnings before info and leaves out empty severities', () => {
    const groups = groupBySeverity([
      finding('a', 'info', 'sure'),
      finding('b', 'error', 'sure'),
      finding('c', 'info', 'sure'),
    ]);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'info']);
    expect(groups[1]?.findings.map((f) => f.code)).toEqual(['a', 'c']);
  });

  it('lists sure readings before likely before guessed within a severity, keeping document order among equals', () => {
    const groups = groupBySeverity([
      finding('guess', 'warning', 'guessed'),
      finding('likely1', 'warning', 'likely'),
      finding('sure', 'warning', 'sure'),
      finding('likely2', 'warning', 'likely'),
    ]);
    expect(groups[0]?.findings.map((f) => f.code)).toEqual(['sure', 'likely1', 'likely2', 'guess']);
  });

  it('gives no groups for a clean report', () => {
    expect(groupBySeverity([])).toEqual([]);
  });
});

describe('summaryRows', () => {
  it('lists unreadable files first, then by errors and warnings descending, else upload order', () => {
    const rows = summaryRows([
      file('clean.txt', { error: 0, warning: 0, info: 1 }),
      file('two-errors.txt', { error: 2, warning: 0, info: 0 }),
      file('bad.docx', null),
      file('one-warning.txt', { error: 0, warning: 1, info: 0 }),
      file('also-clean.txt', { error: 0, warning: 0, info: 0 }),
    ]);
    expect(rows.map((r) => r.name)).toEqual([
      'bad.docx',
      'two-errors.txt',
      'one-warning.txt',
      'clean.txt',
      'also-clean.txt',
    ]);
    expect(rows[0]?.error).toBe('无法读取文件「bad.docx」');
    expect(rows[1]).toMatchObject({
      unit: '某单位',
      year: '2022',
      totalScore: '94.24',
      executionRate: '42.42%',
    });
  });
});

describe('totals', () => {
  it('adds the counts of every file (2 + 0 errors, 1 + 3 warnings) and counts unreadable files', () => {
    expect(
      totals([
        file('a', { error: 2, warning: 1, info: 0 }),
        file('b', { error: 0, warning: 3, info: 4 }),
        file('c', null),
      ]),
    ).toEqual({ error: 2, warning: 4, info: 4, unreadable: 1 });
  });
});

describe('export', () => {
  it('writes the files as the server answered them, with the time of the audit', () => {
    const at = new Date('2026-11-23T01:02:03Z');
    const files = [file('a.txt', { error: 1, warning: 0, info: 0 })];
    expect(JSON.parse(exportJson(files, at))).toEqual({ auditedAt: '2026-11-23T01:02:03.000Z', files });
    expect(exportFileName(at)).toBe('jixiao-audit-20261123-010203.json');
  });
});

describe('keyed', () => {
  it('numbers repeated keys from the second occurrence on (a, a#2, b, a#3)', () => {
    expect(keyed(['a', 'a', 'b', 'a'], (x) => x).map((k) => k.key)).toEqual(['a', 'a#2', 'b', 'a#3']);
  });
});
