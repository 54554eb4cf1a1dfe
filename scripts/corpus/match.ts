import type { AuditFinding } from '@jixiao/formats';
import type { ExpectedItem } from './expectations';
import { type Figure, figuresIn, nearFigure, parseFigure, sameFigure } from './figures';

/** What the matcher reads of a finding: its code and severity, and every figure it names. */
export type MatchableFinding = Pick<
  AuditFinding,
  'code' | 'severity' | 'message' | 'recomputation' | 'expected' | 'actual' | 'numbers'
>;

/**
 * Kinds of check, each recognised in an expectation's wording (English or Chinese) and answered by the
 * audit codes that report it, text or engine. An expectation may name its code instead.
 */
const KINDS: ReadonlyArray<{ words: RegExp; codes: readonly string[] }> = [
  { words: /execution score|执行率得分|执行得分/i, codes: ['text.execution-score'] },
  {
    words: /execution rate|执行率(?!得分)/i,
    codes: [
      'text.execution-rate-mismatch',
      'text.execution-rate-unexplained',
      'stated.execution-rate-mismatch',
    ],
  },
  {
    words: /(exceeds|above) (its )?(\w+ )?weight|突破权重|超过(分值|权重)/i,
    codes: ['text.score-above-weight', 'indicator.score-above-weight'],
  },
  {
    words: /missed|not (met|reached)|but full marks|未(完成|达到?)/i,
    codes: ['text.missed-target-full-marks', 'text.missed-target-score', 'indicator.missed-full-marks'],
  },
  {
    words: /target met|\bmet\b.*scored|completed|weight twice|已(完成|达到?).*(扣|未得满分)/i,
    codes: ['text.met-target-lost-points', 'indicator.met-lost-points'],
  },
  { words: /得分率|score rate/i, codes: ['text.score-rate-mismatch', 'indicator.score-rate-mismatch'] },
  {
    words: /\d\s*\+\s*\d|\bsum\b|\btotal\b|合计|之和/i,
    codes: ['text.breakdown-sum', 'text.total-score', 'text.weights-total', 'income.parts-mismatch'],
  },
  {
    words: /exceeds 全年预算|above (the )?(total )?budget|no source|超过.*预算|资金来源/i,
    codes: ['text.spending-above-income', 'expenditure.excess-without-source'],
  },
  { words: /\bshare\b|占比|占.*%/i, codes: ['text.share-mismatch', 'share.mismatch'] },
  { words: /\bcount\b|\blisted\b|个数/i, codes: ['text.count-list'] },
  { words: /\bgrade\b|等级/i, codes: ['text.grade-mismatch'] },
];

/** The audit codes an expectation may be reported under; empty when its wording names no known kind. */
export function codesFor(item: ExpectedItem): Set<string> {
  if (item.code) return new Set([item.code]);
  return new Set(KINDS.filter((k) => k.words.test(item.what)).flatMap((k) => k.codes));
}

function findingFigures(f: MatchableFinding): Figure[] {
  const plain = [f.expected, f.actual, ...Object.values(f.numbers ?? {})]
    .map((v) => (v === undefined ? undefined : parseFigure(v)))
    .filter((v): v is Figure => v !== undefined);
  return [...plain, ...figuresIn(f.message.zh), ...figuresIn(f.recomputation.zh)];
}

/**
 * How strongly a finding answers an expectation, or 0 when it does not. It does when it names the stated
 * figure and the recomputed one (within rounding), or when it is of the expected kind and names either —
 * or, for an expectation without figures, when it is of the expected kind.
 */
export function matchStrength(item: ExpectedItem, finding: MatchableFinding): number {
  const figures = findingFigures(finding);
  const stated = item.stated === undefined ? undefined : parseFigure(item.stated);
  const computed = item.computed === undefined ? undefined : parseFigure(item.computed);
  const statedHit = stated !== undefined && figures.some((f) => sameFigure(stated, f));
  const computedHit = computed !== undefined && figures.some((f) => nearFigure(computed, f));
  const kindHit = codesFor(item).has(finding.code);
  const hasFigures = stated !== undefined || computed !== undefined;
  const matches =
    (statedHit && computedHit) || (kindHit && (statedHit || computedHit)) || (kindHit && !hasFigures);
  if (!matches) return 0;
  return Number(statedHit) + Number(computedHit) + Number(kindHit);
}

export interface Assignment {
  /** For each expectation, the index of the finding that answers it, or undefined when none does. */
  byItem: Array<number | undefined>;
}

/**
 * Pairs expectations with findings one to one, strongest pairs first (ties: the earlier expectation, then
 * the earlier finding), so one finding never answers two expectations.
 */
export function assign(items: readonly ExpectedItem[], findings: readonly MatchableFinding[]): Assignment {
  const pairs: Array<{ item: number; finding: number; strength: number }> = [];
  for (const [i, item] of items.entries())
    for (const [j, finding] of findings.entries()) {
      const strength = matchStrength(item, finding);
      if (strength > 0) pairs.push({ item: i, finding: j, strength });
    }
  pairs.sort((a, b) => b.strength - a.strength || a.item - b.item || a.finding - b.finding);
  const byItem: Array<number | undefined> = items.map(() => undefined);
  const used = new Set<number>();
  for (const p of pairs) {
    if (byItem[p.item] !== undefined || used.has(p.finding)) continue;
    byItem[p.item] = p.finding;
    used.add(p.finding);
  }
  return { byItem };
}
