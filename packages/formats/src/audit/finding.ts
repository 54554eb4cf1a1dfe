import {
  type AgreementKind,
  compareAtPlaces,
  type Decimal,
  dec,
  compareWritten as domainCompareWritten,
  type Finding,
  formatUpTo,
  type Localized,
  type RoundingMode,
  type Severity,
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

/**
 * The domain's comparison at written precision (one rule for the engine and the audit: see
 * `compareWritten` in the domain's `wording/compare.ts`), as the kind the audit's checks branch on.
 */
export function compareWritten(
  written: string,
  exact: Decimal,
  mode: RoundingMode = 'halfUp',
): AgreementKind {
  return domainCompareWritten(written, exact, mode).kind;
}

/**
 * A score against the rule's exact value. Scores are kept to the rule set's places (2), whatever the table
 * writes: "19" for 20 × 99.97% = 19.994 is a wrong score, not 19.99 written without decimals.
 */
export function compareScore(
  written: string,
  exact: Decimal,
  places = 2,
  mode: RoundingMode = 'halfUp',
): AgreementKind {
  return compareAtPlaces(dec(written.trim()), exact, places, mode).kind;
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
