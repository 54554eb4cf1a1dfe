import { Tag } from 'antd';
import type { EvaluationStatus } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';

const COLOR: Record<EvaluationStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  signed: 'cyan',
  departmentApproved: 'geekblue',
  returned: 'warning',
  approved: 'success',
};

export function StatusTag({ status }: { status: EvaluationStatus }) {
  const { t } = useI18n();
  return <Tag color={COLOR[status]}>{t(`status.${status}`)}</Tag>;
}
