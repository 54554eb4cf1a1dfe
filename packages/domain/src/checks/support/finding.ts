import type { Localized } from '../../i18n/localized';
import type { Location } from '../../model/location';
import type { Agreement } from '../../wording/compare';
import type { Check } from '../check';
import type { Finding, Severity } from '../finding';

type CheckIdentity = Pick<Check, 'code' | 'severity'>;

export interface FindingInput {
  severity?: Severity;
  message: Localized;
  location: Location;
  expected?: string;
  actual?: string;
  numbers?: Record<string, string>;
}

/** A finding of `check`, with the check's severity unless the caller lowers it (rounding only → info). */
export function finding(check: CheckIdentity, input: FindingInput): Finding {
  const out: Finding = {
    code: check.code,
    severity: input.severity ?? check.severity,
    message: input.message,
    location: input.location,
  };
  if (input.expected !== undefined) out.expected = input.expected;
  if (input.actual !== undefined) out.actual = input.actual;
  if (input.numbers !== undefined) out.numbers = input.numbers;
  return out;
}

export const ROUNDING_ONLY_NOTE: Localized = {
  zh: '（差异仅在舍入范围内，请核对尾差）',
  en: ' (the difference is within rounding; check the last digit)',
};

/**
 * The finding for a stated figure compared with the arithmetic, or none when it agrees: the check's
 * severity for a real mismatch, info for a rounding-only difference.
 */
export function agreementFinding(
  check: CheckIdentity,
  agreement: Agreement,
  input: Omit<FindingInput, 'severity'>,
): Finding[] {
  if (agreement.kind === 'agrees') return [];
  if (agreement.kind === 'mismatch') return [finding(check, input)];
  return [
    finding(check, {
      ...input,
      severity: 'info',
      message: {
        zh: input.message.zh + ROUNDING_ONLY_NOTE.zh,
        en: input.message.en + ROUNDING_ONLY_NOTE.en,
      },
    }),
  ];
}
