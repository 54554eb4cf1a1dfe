import { Tag } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { gradeLabel } from '../../lib/grade';

const COLOR: Record<string, string> = { excellent: 'green', good: 'blue', fair: 'orange', poor: 'red' };

/** A grade as a coloured tag (优 green, 良 blue, 中 orange, 差 red); "—" without one. */
export function GradeTag({ grade }: { grade: string | null }) {
  const { t } = useI18n();
  if (!grade) return <>—</>;
  return <Tag color={COLOR[grade]}>{gradeLabel(t, grade)}</Tag>;
}
