import { Card, Space, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/I18nProvider';
import { useAsync } from '../../lib/use-async';
import { rectificationApi } from './rectification-api';
import '../../i18n/areas/rectification';

/** The home page's count of open and overdue rectification items in the user's scope (逾期 in red). */
export default function RectificationHomeCard() {
  const { t } = useI18n();
  const counts = useAsync((signal) => rectificationApi.counts(signal), 'rectification-counts');
  if (!counts.data || counts.data.open === 0) return null;
  return (
    <Card
      size="small"
      title={<Link to="/rectification">{t('nav.rectification')}</Link>}
      data-testid="home-rectification"
    >
      <Space size="large">
        <Statistic title={t('rect.home.open')} value={counts.data.open} />
        <Statistic
          title={t('rect.home.overdue')}
          value={counts.data.overdue}
          valueStyle={counts.data.overdue > 0 ? { color: '#cf1322' } : undefined}
        />
      </Space>
    </Card>
  );
}
