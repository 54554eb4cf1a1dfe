import {
  type Decimal,
  dec,
  type Finding,
  formatUpTo,
  type Localized,
  ROUNDING_MODES,
  type RoundingMode,
  round,
  type Severity,
  statedPlaces,
} from '@jixiao/domain';
import { describeSource, type Evidence } from './document';

/**
 * A finding of the audit: the engine's finding shape plus the text it rests on, the recomputation a
 * reviewer can redo by hand, and how sure the reading was ("guessed" when the extraction needed a guess —
 * such findings are never errors).
 */
export type Confidence = 'sure' | 'likely' | 'guessed';
export const CONFIDENCE_LABEL: Record<Confidence, Localized> = {
  sure: { zh: '确定', en: 'sure' },
  likely: { zh: '较确定', en: 'likely' },
  guessed: { zh: '推测', en: 'guessed' },
};

export interface AuditFinding extends Finding {
  evidence: Evidence[];
  recomputation: Localized;
  confidence: Confidence;
  /** Whether a text-only check or one of the engine's checks (on the extracted evaluation) found it. */
  origin: 'text' | 'engine';
  /** The engine's check that reached the same finding on the extracted evaluation, when one did. */
  engineCode?: string;
}

export type AgreementKind = 'agrees' | 'roundingOnly' | 'mismatch';

/**
 * A written figure against the exact value: agrees when rounding the value at the written precision gives
 * it; rounding-only when another rounding mode or one unit in the last place explains the gap (尾差); a
 * zero written for a non-zero value (or the reverse) is always a mismatch.
 */
export function compareWritten(
  written: string,
  exact: Decimal,
  mode: RoundingMode = 'halfUp',
): AgreementKind {
  const w = written.trim();
  const places = statedPlaces(w.replace(/^[-+]/, ''));
  const stated = dec(w);
  const expected = round(exact, places, mode);
  if (stated.eq(expected)) return 'agrees';
  if (stated.isZero() !== exact.isZero()) return 'mismatch';
  const otherMode = ROUNDING_MODES.some((m) => round(exact, places, m).eq(stated));
  const oneUnit = dec(1).dividedBy(dec(10).pow(places));
  if (otherMode || stated.minus(exact).abs().lessThanOrEqualTo(oneUnit)) return 'roundingOnly';
  return 'mismatch';
}

/**
 * A score against the rule's exact value. Scores are kept to the rule set's places (2), whatever the table
 * writes: "19" for 20 × 99.97% = 19.994 is a wrong score, not 19.99 written without decimals. Only a gap of
 * at most one cent (尾差 of the rounding step) is rounding-only.
 */
export function compareScore(
  written: string,
  exact: Decimal,
  places = 2,
  mode: RoundingMode = 'halfUp',
): AgreementKind {
  const stated = dec(written.trim());
  if (stated.eq(round(exact, places, mode))) return 'agrees';
  const oneUnit = dec(1).dividedBy(dec(10).pow(places));
  if (stated.isZero() !== exact.isZero()) return 'mismatch';
  if (
    ROUNDING_MODES.some((m) => round(exact, places, m).eq(stated)) ||
    stated.minus(exact).abs().lessThanOrEqualTo(oneUnit)
  ) {
    return 'roundingOnly';
  }
  return 'mismatch';
}

/** Shows a decimal without trailing zeros beyond two places ("164.52", "4.242", "100"). */
export function show(v: Decimal, maxPlaces = 4): string {
  return formatUpTo(v, maxPlaces);
}

export interface FindingInput {
  code: string;
  severity: Severity;
  confidence: Confidence;
  message: Localized;
  recomputation: Localized;
  evidence: Evidence[];
  expected?: string;
  actual?: string;
  numbers?: Record<string, string>;
  file?: string;
}

/** Builds a finding; a guessed reading is never an error, and rounding-only differences are the caller's info. */
export function makeFinding(input: FindingInput): AuditFinding {
  const seen = new Set<string>();
  const evidence = input.evidence.filter((e) => {
    const key = `${JSON.stringify(e.source)}|${e.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const first = evidence[0];
  const severity: Severity =
    input.confidence === 'guessed' && input.severity === 'error' ? 'warning' : input.severity;
  return {
    code: input.code,
    severity,
    message: input.message,
    location: {
      path: first ? sourcePath(first) : 'document',
      label: first ? describeSource(first.source) : '全文',
      ...(input.file !== undefined ? { file: input.file } : {}),
      ...(first ? { quote: first.quote } : {}),
    },
    ...(input.expected !== undefined ? { expected: input.expected } : {}),
    ...(input.actual !== undefined ? { actual: input.actual } : {}),
    ...(input.numbers ? { numbers: input.numbers } : {}),
    evidence,
    recomputation: input.recomputation,
    confidence: input.confidence,
    origin: 'text',
  };
}

function sourcePath(e: Evidence): string {
  const s = e.source;
  if (s.table !== undefined) return `tables[${s.table}].rows[${s.row ?? 0}].cells[${s.cell ?? 0}]`;
  if (s.paragraph !== undefined) return `paragraphs[${s.paragraph}]`;
  return 'document';
}

/** Severity for an agreement: none when it agrees, info for 尾差, else the given severity. */
export function severityFor(kind: AgreementKind, severity: Severity): Severity | undefined {
  if (kind === 'agrees') return undefined;
  if (kind === 'roundingOnly') return 'info';
  return severity;
}
