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

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Where the run of digits (or of non-digits) starting at `from` ends. */
function runEnd(text: string, from: number, digits: boolean): number {
  let i = from;
  while (i < text.length && isDigit(text.charCodeAt(i)) === digits) i++;
  return i;
}

/** The digit run text[from, to) as a number (parseInt's value; exact below 16 digits without a slice). */
function runValue(text: string, from: number, to: number): number {
  if (to - from > 15) return Number.parseInt(text.slice(from, to), 10);
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

/** text[i, ei) against other[j, ej) as strings compare (−1, 0, 1). */
function compareRuns(text: string, i: number, ei: number, other: string, j: number, ej: number): number {
  for (; i < ei && j < ej; i++, j++) {
    const d = text.charCodeAt(i) - other.charCodeAt(j);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return i < ei ? 1 : j < ej ? -1 : 0;
}

/**
 * Compares paths so that indicators[2] comes before indicators[10]: run by run, text runs as strings,
 * digit runs by value (at the first pair of digit runs written differently, their difference decides,
 * even if it is 0: "01" and "1" compare equal there). The same order as comparing the pieces of
 * `path.split(/(\d+)/)`, without building them: findings are sorted for every evaluation.
 */
export function comparePaths(a: string, b: string): number {
  let i = 0;
  let j = 0;
  for (;;) {
    const ei = runEnd(a, i, false);
    const ej = runEnd(b, j, false);
    const text = compareRuns(a, i, ei, b, j, ej);
    if (text !== 0) return text;
    i = ei;
    j = ej;
    if (i === a.length || j === b.length) return i === a.length ? (j === b.length ? 0 : -1) : 1;
    const di = runEnd(a, i, true);
    const dj = runEnd(b, j, true);
    if (compareRuns(a, i, di, b, j, dj) !== 0) return runValue(a, i, di) - runValue(b, j, dj);
    i = di;
    j = dj;
  }
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
  return runCheckList(ctx, options.checks ?? CHECKS, options.disabled);
}

/** What a list of checks needs of any check: its code and title (for `check.failed`) and its rule. */
export interface NamedCheck<C> {
  code: string;
  title: Check['title'];
  run(ctx: C): Finding[];
}

/**
 * The one runner of a list of checks over any document (an evaluation, a target declaration): the
 * rule set's `checks.disabled` and the caller's list switch checks off, a check that throws becomes a
 * `check.failed` warning, and the findings come sorted.
 */
export function runCheckList<C extends { ruleSet: CheckContext['ruleSet'] }>(
  ctx: C,
  checks: readonly NamedCheck<C>[],
  disabled: readonly string[] = [],
): Finding[] {
  const byRuleSet = ctx.ruleSet.checks.disabled;
  const findings: Finding[] = [];
  for (const check of checks) {
    if (byRuleSet.includes(check.code) || disabled.includes(check.code)) continue;
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
  return findings.sort(compareFindings);
}
