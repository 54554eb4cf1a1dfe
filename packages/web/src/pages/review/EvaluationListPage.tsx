import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/endpoints';
import { maxLengthOf } from '../../api/limits';
import { EVALUATION_STATUSES, type EvaluationFilters, type EvaluationSummary } from '../../api/types';
import { useSession } from '../../auth/SessionProvider';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { showDateTime, showPercent } from '../../lib/format';
import { GRADE_KEYS, gradeLabel, totalLabel } from '../../lib/grade';
import { useAsync } from '../../lib/use-async';

/**
 * All evaluations the user may see (mode "all"), or the review queue (mode "review": submitted ones first).
 * Filters: year, status, kind, grade, has errors, text. Opening one shows it read-only with its findings.
 */
export default function EvaluationListPage({ mode }: { mode: 'all' | 'review' }) {
  const { t, lang } = useI18n();
  const { hasRole } = useSession();
  // The queue opens on what this role acts on: submitted for the unit approver, signed-off for reviewers.
  const queueStatus = hasRole('departmentReviewer', 'financeReviewer') ? 'signed' : 'submitted';
  const [filters, setFilters] = useState<EvaluationFilters>(
    mode === 'review' ? { status: queueStatus, page: 1, pageSize: 20 } : { page: 1, pageSize: 20 },
  );
  const [form] = Form.useForm<EvaluationFilters>();
  const state = useAsync((signal) => api.listEvaluations(filters, signal), JSON.stringify(filters));

  return (
    <Card title={mode === 'review' ? t('review.title') : t('list.title')} size="small">
      <Form<EvaluationFilters>
        form={form}
        layout="inline"
        initialValues={filters}
        onFinish={(v: EvaluationFilters) =>
          // An unticked box means "any", not "only those without errors".
          setFilters({
            ...v,
            hasErrors: v.hasErrors ? true : undefined,
            page: 1,
            pageSize: filters.pageSize ?? 20,
          })
        }
        style={{ marginBottom: 12, rowGap: 8 }}
      >
        <Form.Item name="fiscalYear" label={t('list.filterYear')}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="status" label={t('list.filterStatus')}>
          <Select
            allowClear
            style={{ width: 110 }}
            placeholder={t('common.all')}
            options={EVALUATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('list.filterKind')}>
          <Select
            allowClear
            style={{ width: 170 }}
            placeholder={t('common.all')}
            options={[
              { value: 'unitWide', label: t('kind.unitWide') },
              { value: 'project', label: t('kind.project') },
            ]}
          />
        </Form.Item>
        <Form.Item name="grade" label={t('list.filterGrade')}>
          <Select
            allowClear
            style={{ width: 90 }}
            placeholder={t('common.all')}
            options={GRADE_KEYS.map((g) => ({ value: g, label: gradeLabel(t, g) }))}
          />
        </Form.Item>
        <Form.Item name="hasErrors" label={t('list.hasErrors')} valuePropName="checked">
          <Switch size="small" />
        </Form.Item>
        <Form.Item name="q">
          <Input
            allowClear
            maxLength={maxLengthOf('GET /api/evaluations', 'q')}
            placeholder={t('list.filterQuery')}
            style={{ width: 180 }}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              setFilters({
                page: 1,
                pageSize: 20,
                ...(mode === 'review' ? { status: queueStatus } : {}),
              });
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form>
      {state.status === 'error' && (
        <Alert
          type="warning"
          showIcon
          title={t('error.loadFailed', { message: errorText(t, state.error) })}
          action={
            <Button size="small" onClick={state.reload}>
              {t('common.retry')}
            </Button>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<EvaluationSummary>
        size="small"
        rowKey="id"
        loading={state.status === 'loading'}
        dataSource={state.data?.items ?? []}
        locale={{ emptyText: t('list.noMatch') }}
        scroll={{ x: 1100 }}
        pagination={{
          current: filters.page ?? 1,
          pageSize: filters.pageSize ?? 20,
          total: state.data?.total ?? 0,
          showTotal: (n) => t('common.total', { count: n }),
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
        columns={[
          { title: t('list.unit'), dataIndex: 'unitName', width: 200, ellipsis: true },
          {
            title: t('list.titleCol'),
            dataIndex: 'title',
            ellipsis: true,
            render: (v: string, r) => <Link to={`/evaluations/${r.id}`}>{v}</Link>,
          },
          { title: t('list.year'), dataIndex: 'fiscalYear', width: 70 },
          {
            title: t('list.kind'),
            dataIndex: 'kind',
            width: 110,
            render: (k: 'project' | 'unitWide') => t(`kind.${k}`),
          },
          {
            title: t('list.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: EvaluationSummary['status']) => <StatusTag status={s} />,
          },
          {
            title: t('list.score'),
            dataIndex: 'totalScore',
            width: 80,
            align: 'right',
            render: (v: string | null) => totalLabel(t, v),
          },
          {
            title: t('list.grade'),
            dataIndex: 'grade',
            width: 60,
            render: (g: string | null) => (g ? <Tag>{gradeLabel(t, g)}</Tag> : '—'),
          },
          {
            title: t('list.executionRate'),
            dataIndex: 'executionRate',
            width: 100,
            align: 'right',
            render: (v: string | null) => showPercent(v),
          },
          {
            title: t('list.findings'),
            key: 'f',
            width: 140,
            render: (_, r) =>
              r.errorCount + r.warningCount > 0 ? (
                <Tag color={r.errorCount > 0 ? 'error' : 'warning'}>
                  {t('list.findingCount', { errors: r.errorCount, warnings: r.warningCount })}
                </Tag>
              ) : (
                '—'
              ),
          },
          {
            title: t('list.updatedAt'),
            dataIndex: 'updatedAt',
            width: 150,
            render: (v: string) => showDateTime(v, lang),
          },
          {
            title: t('common.actions'),
            key: 'op',
            width: 80,
            fixed: 'right',
            render: (_, r) => (
              <Link to={`/evaluations/${r.id}`}>
                {mode === 'review' ? t('review.open') : t('common.open')}
              </Link>
            ),
          },
        ]}
      />
    </Card>
  );
}
