import { formatPercent, isDecimalString } from '@jixiao/domain';
import type { AuditConfidence, AuditedFile, AuditFindingItem, AuditSeverity } from '../../api/types';

/**
 * Pure helpers of the 报告审核 page: findings grouped by severity (errors first, surer readings first within
 * a severity), one summary row per file (files with most errors first), and the JSON export.
 */
export const SEVERITY_ORDER: readonly AuditSeverity[] = ['error', 'warning', 'info'];
const CONFIDENCE_RANK: Record<AuditConfidence, number> = { sure: 0, likely: 1, guessed: 2 };

export interface SeverityGroup {
  severity: AuditSeverity;
  findings: AuditFindingItem[];
}

/** Non-empty groups in the order error → warning → info; the sort is stable, so the document order stays. */
export function groupBySeverity(findings: readonly AuditFindingItem[]): SeverityGroup[] {
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    findings: findings
      .filter((f) => f.severity === severity)
      .map((f, i) => ({ f, i }))
      .sort((a, b) => CONFIDENCE_RANK[a.f.confidence] - CONFIDENCE_RANK[b.f.confidence] || a.i - b.i)
      .map(({ f }) => f),
  })).filter((g) => g.findings.length > 0);
}

export interface SummaryRow {
  key: string;
  name: string;
  ok: boolean;
  error?: string;
  unit: string;
  year: string;
  totalScore: string;
  executionRate: string;
  errors: number;
  warnings: number;
  infos: number;
}

/** One row per file: unreadable files first (they need attention), then by errors, then warnings, descending. */
export function summaryRows(files: readonly AuditedFile[]): SummaryRow[] {
  const rows = files.map((f, i): SummaryRow & { order: number } => {
    const s = f.summary;
    return {
      key: `${i}:${f.name}`,
      order: i,
      name: f.name,
      ok: f.ok,
      ...(f.error ? { error: f.error.message } : {}),
      unit: s?.unit ?? '',
      year: s?.year === null || s?.year === undefined ? '' : String(s.year),
      totalScore: s?.totalScore ?? '',
      executionRate:
        s?.executionRate && isDecimalString(s.executionRate) ? formatPercent(s.executionRate) : '',
      errors: s?.counts.error ?? 0,
      warnings: s?.counts.warning ?? 0,
      infos: s?.counts.info ?? 0,
    };
  });
  rows.sort(
    (a, b) =>
      Number(a.ok) - Number(b.ok) || b.errors - a.errors || b.warnings - a.warnings || a.order - b.order,
  );
  return rows.map(({ order: _order, ...row }) => row);
}

/** Totals across files, for the page's headline. */
export function totals(files: readonly AuditedFile[]): Record<AuditSeverity | 'unreadable', number> {
  const out = { error: 0, warning: 0, info: 0, unreadable: 0 };
  for (const f of files) {
    if (!f.ok) out.unreadable += 1;
    for (const s of SEVERITY_ORDER) out[s] += f.summary?.counts[s] ?? 0;
  }
  return out;
}

/** The export: the server's answer as is, with when it was made, pretty-printed for a reviewer's archive. */
export function exportJson(files: readonly AuditedFile[], at: Date): string {
  return `${JSON.stringify({ auditedAt: at.toISOString(), files }, null, 2)}\n`;
}

export function exportFileName(at: Date): string {
  const d = at.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `jixiao-audit-${d}.json`;
}

/** Stable React keys from content: the base key, then "#2", "#3"… for repeats (two uploads of one name). */
export function keyed<T>(items: readonly T[], keyOf: (item: T) => string): Array<{ key: string; item: T }> {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = keyOf(item);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}#${n}`, item };
  });
}
