import type { Check, CheckContext } from './check';
import type { Finding, Severity } from './finding';
import { CHECKS } from './registry';

export interface RunChecksOptions {
  /** Check codes to skip, in addition to the rule set's `checks.disabled`. */
  disabled?: readonly string[];
  /** The checks to run (default: all of CHECKS). */
  checks?: readonly Check[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Compares paths so that indicators[2] comes before indicators[10]. */
function comparePaths(a: string, b: string): number {
  return compareTokens(a.split(/(\d+)/), b.split(/(\d+)/));
}

/** Paths split at their digit runs (odd positions hold the digits). */
function compareTokens(ta: readonly string[], tb: readonly string[]): number {
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i] ?? '';
    const y = tb[i] ?? '';
    if (x === y) continue;
    // Odd positions of the split hold the digit runs.
    if (i % 2 === 1) return Number.parseInt(x, 10) - Number.parseInt(y, 10);
    return x < y ? -1 : 1;
  }
  return ta.length - tb.length;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    comparePaths(a.location.path, b.location.path) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/**
 * Runs every enabled check and returns the findings, errors first, then warnings, then info, each group
 * in the order of the evaluation. A check that fails on unexpected data does not hide the others: it is
 * reported as a warning naming the check.
 */
export function runChecks(ctx: CheckContext, options: RunChecksOptions = {}): Finding[] {
  const disabled = new Set([...ctx.ruleSet.checks.disabled, ...(options.disabled ?? [])]);
  const findings: Finding[] = [];
  for (const check of options.checks ?? CHECKS) {
    if (disabled.has(check.code)) continue;
    try {
      findings.push(...check.run(ctx));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      findings.push({
        code: 'check.failed',
        severity: 'warning',
        message: {
          zh: `审核规则「${check.title.zh}」（${check.code}）未能完成：${detail}`,
          en: `Check "${check.title.en}" (${check.code}) could not run: ${detail}`,
        },
        location: { path: '', label: '审核规则' },
      });
    }
  }
  // The same order as compareFindings, with each path split once instead of at every comparison.
  const keyed = findings.map((finding) => ({ finding, tokens: finding.location.path.split(/(\d+)/) }));
  keyed.sort(
    (a, b) =>
      SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
      compareTokens(a.tokens, b.tokens) ||
      (a.finding.code < b.finding.code ? -1 : a.finding.code > b.finding.code ? 1 : 0),
  );
  return keyed.map((k) => k.finding);
}
