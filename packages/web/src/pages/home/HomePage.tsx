import { ClockCircleOutlined, FileAddOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { administrationApi, DEADLINE_STAGES } from '../../api/administration';
import { api } from '../../api/endpoints';
import type { EvaluationStatus } from '../../api/types';
import { PageLoading } from '../../app/PageState';
import { useSession } from '../../auth/SessionProvider';
import { RoleTag } from '../../components/RoleTag';
import { SimpleList } from '../../components/SimpleList';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { showDecimal } from '../../lib/format';
import { gradeLabel } from '../../lib/grade';
import { useAsync } from '../../lib/use-async';
import { CreateEvaluationDialog } from './CreateEvaluationDialog';
import { dueItems, dueMark } from './deadlines';
import { ImportDialog } from './ImportDialog';
import '../../i18n/areas/home';
import '../../i18n/areas/scoring';

// The user's target declarations (pages/targets), loaded with the page's other lists.
const DeclarationQueue = lazy(() => import('../targets/DeclarationQueue'));
const RectificationHomeCard = lazy(() => import('../rectification/RectificationHomeCard'));

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

const MARK_COLOR = { overdue: 'error', soon: 'warning', later: 'default' } as const;

/** 截止日期: every stage's deadline of the open fiscal years (set at /admin/years), for every role. */
function Deadlines() {
  const { t } = useI18n();
  const state = useAsync((signal) => administrationApi.fiscalYears(signal), 'deadlines');
  if (state.status === 'loading' && !state.data) return <PageLoading />;
  if (state.status === 'error')
    return (
      <Alert type="warning" showIcon title={t('error.loadFailed', { message: errorText(t, state.error) })} />
    );
  const today = localToday();
  return (
    <SimpleList
      data-testid="home-deadlines"
      items={dueItems(state.data ?? [], DEADLINE_STAGES, today)}
      empty={t('home.noDeadlines')}
      keyOf={(d) => `${d.year}-${d.stage}`}
      render={(d) => {
        const mark = dueMark(d.days);
        return (
          <Space>
            <ClockCircleOutlined />
            <span>
              {t('home.deadlineOn', {
                title: t('deadline.itemTitle', { year: d.year, stage: t(`deadline.stage.${d.stage}`) }),
                date: d.date,
              })}
            </span>
            <Tag color={MARK_COLOR[mark]}>
              {mark === 'overdue'
                ? t('home.overdueDays', { days: -d.days })
                : t('home.daysLeft', { days: d.days })}
            </Tag>
          </Space>
        );
      }}
    />
  );
}

/** Today as "YYYY-MM-DD" in the browser's own time zone (a deadline is a calendar day where the user is). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
              <RoleTag key={`${g.role}@${g.organisationId ?? ''}`} grant={g} />
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
        <Col xs={24} lg={12}>
          <Suspense fallback={null}>
            <RectificationHomeCard />
          </Suspense>
        </Col>
      </Row>
      <Suspense fallback={null}>
        <DeclarationQueue awaiting={false} />
      </Suspense>
      {creating && <CreateEvaluationDialog onClose={() => setCreating(false)} />}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
