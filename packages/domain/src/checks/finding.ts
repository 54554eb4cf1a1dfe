import type { Localized } from '../i18n/localized';
import type { Location } from '../model/location';

/**
 * A finding (审核发现): one inconsistency or risk, with a stable code, a severity, a Chinese message,
 * where it is, and the numbers involved. Rounding-only differences are `info`, never `error`.
 */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_LABEL: Record<Severity, Localized> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

export interface Finding {
  /** Stable code of the check ("income.parts-mismatch"); documented in docs/checks.md. */
  code: string;
  severity: Severity;
  message: Localized;
  location: Location;
  /** What the rules or arithmetic give, as a decimal string or text. */
  expected?: string;
  /** What the evaluation states. */
  actual?: string;
  /** Every number involved, by name, as decimal strings, so a reviewer can redo the arithmetic. */
  numbers?: Record<string, string>;
}
