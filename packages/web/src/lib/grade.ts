import type { T } from '../i18n/I18nProvider';
import { showDecimal } from './format';
import '../i18n/areas/scoring';

/** The server lists grades by key (excellent/good/fair/poor); people read 优/良/中/差. */
export const GRADE_KEYS = ['excellent', 'good', 'fair', 'poor'] as const;
export type GradeKey = (typeof GRADE_KEYS)[number];

export function isGradeKey(value: string | null | undefined): value is GradeKey {
  return GRADE_KEYS.some((k) => k === value);
}

/**
 * A listed total, or 未评分: the server stores no total for an evaluation it cannot score (no indicator
 * scorable from data, domain scoring/scored.ts), so a missing total is never shown as 0.
 */
export function totalLabel(t: T, total: string | null | undefined): string {
  return total ? showDecimal(total, 2) : t('score.unscored');
}

export function gradeLabel(t: T, grade: string | null | undefined): string {
  if (!grade) return '—';
  return isGradeKey(grade) ? t(`grade.${grade}`) : grade;
}
