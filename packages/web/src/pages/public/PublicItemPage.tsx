import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { PageLoading } from '../../app/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.zh';
import { errorText } from '../../lib/error-text';
import { useAsync } from '../../lib/use-async';
import { publicFigures } from './figures';
import { PublicFrame } from './PublicFrame';
import { publicApi } from './public-api';
import '../../i18n/areas/publication';

const TABLE_LABEL: Record<'evaluation' | 'declaration' | 'results', MessageKey> = {
  evaluation: 'pub.table',
  declaration: 'pub.declarationTable',
  results: 'pub.resultsTable',
};

/** /public/:id: one publication with its score, grade, findings summary and the frozen PDF and .xlsx. */
export default function PublicItemPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const state = useAsync((signal) => publicApi.item(id, signal), id);
  let body: React.ReactNode;
  if (state.status === 'loading') body = <PageLoading />;
  else if (state.status === 'error') {
    const gone = state.error instanceof ApiError && state.error.status === 404;
    body = (
      <Alert
        type={gone ? 'warning' : 'error'}
        showIcon
        title={gone ? t('pub.notFound') : errorText(t, state.error)}
      />
    );
  } else {
    const item = state.data;
    const f = publicFigures(t, item);
    body = (
      <Card
        title={
          <Typography.Title
            level={4}
            style={{ margin: 0, whiteSpace: 'normal' }}
            data-testid="public-item-title"
          >
            {item.title}
          </Typography.Title>
        }
        extra={<Tag color="blue">{t(`pub.kind.${item.kind}`)}</Tag>}
      >
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small" bordered>
          <Descriptions.Item label={t('pub.filter.year')}>{item.fiscalYear}</Descriptions.Item>
          <Descriptions.Item label={t('pub.filter.region')}>{item.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('pub.filter.department')}>
            {item.departmentName ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('pub.filter.unit')}>{item.unitName ?? '—'}</Descriptions.Item>
          {item.kind === 'evaluation' && (
            <>
              <Descriptions.Item label={t('pub.score')}>
                <strong data-testid="public-item-score">{f.score}</strong>
              </Descriptions.Item>
              <Descriptions.Item label={t('pub.grade')}>
                <span data-testid="public-item-grade">{f.grade}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('pub.budget')}>{f.budget}</Descriptions.Item>
              <Descriptions.Item label={t('pub.executed')}>{f.executed}</Descriptions.Item>
              <Descriptions.Item label={t('pub.executionRate')}>{f.executionRate}</Descriptions.Item>
            </>
          )}
          {item.kind !== 'results' && (
            <Descriptions.Item label={t('pub.findings')}>{f.findings}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('pub.publishedDate')}>{item.publishedDate}</Descriptions.Item>
        </Descriptions>
        <Space wrap style={{ marginTop: 16 }}>
          {item.reportUrl && (
            <Button
              type="primary"
              icon={<FilePdfOutlined />}
              href={item.reportUrl}
              target="_blank"
              data-testid="public-report"
            >
              {t('pub.report')}
            </Button>
          )}
          {item.tableUrl && (
            <Button icon={<FileExcelOutlined />} href={item.tableUrl} data-testid="public-table">
              {t(TABLE_LABEL[item.kind])}
            </Button>
          )}
        </Space>
      </Card>
    );
  }
  return (
    <PublicFrame>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Link to="/public">{t('pub.back')}</Link>
        {body}
      </Space>
    </PublicFrame>
  );
}
