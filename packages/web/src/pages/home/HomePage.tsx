import { ClockCircleOutlined, FileAddOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/endpoints';
import type { EvaluationStatus, EvaluationSummary } from '../../api/types';
import { PageLoading } from '../../app/PageState';
import { useSession } from '../../auth/SessionProvider';
import { SimpleList } from '../../components/SimpleList';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { showDecimal } from '../../lib/format';
import { gradeLabel } from '../../lib/grade';
import { useAsync } from '../../lib/use-async';
import { CreateEvaluationDialog } from './CreateEvaluationDialog';
import { daysUntil } from './deadlines';
import { ImportDialog } from './ImportDialog';

function ItemList({
  status,
  empty,
  testId,
}: {
  status: EvaluationStatus | 'awaiting';
  empty: string;
  testId: string;
}) {
  const { t } = useI18n();
  const query = status === 'awaiting' ? { awaiting: 'true' as const } : { status };
  const state = useAsync((signal) => api.listEvaluations({ ...query, pageSize: 20 }, signal), status);
  if (state.status === 'loading' && !state.data) return <PageLoading />;
  if (state.status === 'error')
    return (
      <Alert
        type="warning"
        showIcon
        title={t('error.loadFailed', { message: errorText(t, state.error) })}
        action={
          <Button size="small" onClick={state.reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  return (
    <SimpleList
      data-testid={testId}
      items={state.data?.items ?? []}
      empty={empty}
      keyOf={(e) => e.id}
      render={(e) => (
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <div>
            <Link to={`/evaluations/${e.id}`} style={{ fontWeight: 600 }}>
              {e.title}
            </Link>
            <div>
              <Space size="small" wrap>
                <Typography.Text type="secondary">{e.unitName}</Typography.Text>
                <StatusTag status={e.status} />
                <span>
                  {e.totalScore
                    ? t('common.points', { value: showDecimal(e.totalScore, 2) })
                    : t('score.unscored')}
                </span>
                {e.grade && <Tag>{gradeLabel(t, e.grade)}</Tag>}
                {e.errorCount > 0 && (
                  <Tag color="error">
                    {t('list.findingCount', { errors: e.errorCount, warnings: e.warningCount })}
                  </Tag>
                )}
              </Space>
            </div>
          </div>
          <Link to={`/evaluations/${e.id}`}>{t('common.open')}</Link>
        </Space>
      )}
    />
  );
}

function Deadlines() {
  const { t } = useI18n();
  const state = useAsync((signal) => api.listEvaluations({ pageSize: 50 }, signal), 'deadlines');
  const today = new Date().toISOString().slice(0, 10);
  const due = (state.data?.items ?? [])
    .filter((e): e is EvaluationSummary & { deadline: string } => !!e.deadline && e.status !== 'approved')
    .sort((a, b) => a.deadline.localeCompare(b.deadline));
  if (state.status === 'loading' && !state.data) return <PageLoading />;
  return (
    <SimpleList
      items={due}
      empty={t('home.noDeadlines')}
      keyOf={(e) => e.id}
      render={(e) => {
        const days = daysUntil(today, e.deadline.slice(0, 10));
        return (
          <Space>
            <ClockCircleOutlined />
            <Link to={`/evaluations/${e.id}`}>
              {t('home.deadlineOn', { title: e.title, date: e.deadline.slice(0, 10) })}
            </Link>
            {days < 0 ? (
              <Tag color="error">{t('home.overdue')}</Tag>
            ) : (
              <Tag color={days <= 7 ? 'warning' : 'default'}>{t('home.daysLeft', { days })}</Tag>
            )}
          </Space>
        );
      }}
    />
  );
}

export function HomePage() {
  const { t } = useI18n();
  const { user, hasRole } = useSession();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const preparer = hasRole('preparer');
  // What waits for whom: the server knows whose step each evaluation's review chain is at.
  const reviewStatus = 'awaiting';
  const reviewer = hasRole('unitApprover', 'departmentReviewer', 'financeReviewer');
  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} align="center">
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('home.hello', { name: user?.displayName ?? user?.username ?? '' })}
          </Typography.Title>
          <Space size={4} wrap>
            {user?.roles.map((g) => (
              <Tag key={`${g.role}@${g.organisationId}`}>
                {t('home.rolesAt', { role: t(`role.${g.role}`), org: g.organisationName ?? '' })}
              </Tag>
            ))}
          </Space>
        </div>
        {preparer && (
          <Space>
            <Button type="primary" icon={<FileAddOutlined />} onClick={() => setCreating(true)}>
              {t('home.newEvaluation')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('home.import')}
            </Button>
          </Space>
        )}
      </Space>
      <Row gutter={[16, 16]}>
        {preparer && (
          <Col xs={24} lg={12}>
            <Card title={t('home.drafts')} size="small">
              <ItemList status="draft" empty={t('home.noDrafts')} testId="home-drafts" />
            </Card>
          </Col>
        )}
        {preparer && (
          <Col xs={24} lg={12}>
            <Card title={t('home.returned')} size="small">
              <ItemList status="returned" empty={t('home.noReturned')} testId="home-returned" />
            </Card>
          </Col>
        )}
        {reviewer && (
          <Col xs={24} lg={12}>
            <Card title={t('home.toReview')} size="small">
              <ItemList status={reviewStatus} empty={t('home.noReview')} testId="home-review" />
            </Card>
          </Col>
        )}
        <Col xs={24} lg={12}>
          <Card title={t('home.deadlines')} size="small">
            <Deadlines />
          </Card>
        </Col>
      </Row>
      {creating && <CreateEvaluationDialog onClose={() => setCreating(false)} />}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
