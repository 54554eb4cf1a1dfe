import type { T } from '../i18n/I18nProvider';

/** The server lists grades by key (excellent/good/fair/poor); people read 优/良/中/差. */
export const GRADE_KEYS = ['excellent', 'good', 'fair', 'poor'] as const;
export type GradeKey = (typeof GRADE_KEYS)[number];

export function isGradeKey(value: string | null | undefined): value is GradeKey {
  return GRADE_KEYS.some((k) => k === value);
}

export function gradeLabel(t: T, grade: string | null | undefined): string {
  if (!grade) return '—';
  return isGradeKey(grade) ? t(`grade.${grade}`) : grade;
}
