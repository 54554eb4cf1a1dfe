import { Space, Tag } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { RectificationStatus } from './rectification-api';
import '../../i18n/areas/rectification';

const COLOR: Record<RectificationStatus, string> = {
  pending: 'default',
  inProgress: 'processing',
  reported: 'gold',
  closed: 'success',
};

/** 待整改 / 整改中 / 待销号 / 已销号, and the red 逾期 tag beside it when the deadline has passed. */
export function RectificationStatusTags({
  status,
  overdue,
}: {
  status: RectificationStatus;
  overdue: boolean;
}) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      <Tag color={COLOR[status]}>{t(`rect.status.${status}`)}</Tag>
      {overdue && <Tag color="red">{t('rect.overdue')}</Tag>}
    </Space>
  );
}
