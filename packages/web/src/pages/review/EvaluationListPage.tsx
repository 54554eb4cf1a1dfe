import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { administrationApi } from '../../api/administration';
import { api, type BatchAction } from '../../api/endpoints';
import { maxLengthOf } from '../../api/limits';
import type { Role } from '../../api/types';
import { EVALUATION_STATUSES, type EvaluationFilters, type EvaluationSummary } from '../../api/types';
import { useSession } from '../../auth/SessionProvider';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.zh';
import { errorText } from '../../lib/error-text';
import { showDateTime, showPercent } from '../../lib/format';
import { GRADE_KEYS, gradeLabel, totalLabel } from '../../lib/grade';
import { issueLines } from '../../lib/issue-lines';
import { useAsync } from '../../lib/use-async';
import { ReviewDialog } from '../workbench/ReviewDialog';
import { missedDeadline, yearDeadlines } from './overdue';
import '../../i18n/areas/home';
import '../../i18n/areas/review';

// Target declarations awaiting the reviewer share the review desk (pages/targets).
const DeclarationQueue = lazy(() => import('../targets/DeclarationQueue'));

/** The batch moves of the review queue, each for the roles that take that step. */
const BATCH_BUTTONS: { action: BatchAction; label: MessageKey; roles: Role[] }[] = [
  { action: 'sign', label: 'review.batchSign', roles: ['unitApprover'] },
  { action: 'approve', label: 'review.batchApprove', roles: ['departmentReviewer', 'financeReviewer'] },
  {
    action: 'return',
    label: 'review.batchReturn',
    roles: ['unitApprover', 'departmentReviewer', 'financeReviewer'],
  },
];

/**
 * All evaluations the user may see (mode "all"), or the review queue (mode "review": those waiting for the
 * user's step, selectable for batch sign/approve/return with one comment — all or nothing, the failures
 * listed by title). Filters: year, status, kind, grade, has errors, text. Overdue rows are marked when the
 * fiscal years carry deadlines. Opening one shows it read-only with its findings.
 */
export default function EvaluationListPage({ mode }: { mode: 'all' | 'review' }) {
  const { t, lang } = useI18n();
  const { hasRole } = useSession();
  const { message } = App.useApp();
  // The queue opens on what waits for this user's step (签字, 初审 or 复审, by the evaluation's chain).
  const queue: EvaluationFilters = mode === 'review' ? { awaiting: 'true' } : {};
  const [filters, setFilters] = useState<EvaluationFilters>({ ...queue, page: 1, pageSize: 20 });
  const [form] = Form.useForm<EvaluationFilters>();
  const state = useAsync((signal) => api.listEvaluations(filters, signal), JSON.stringify(filters));
  const years = useAsync((signal) => administrationApi.fiscalYears(signal), 'years');
  const deadlines = useMemo(() => yearDeadlines(years.data ?? []), [years.data]);
  const today = dayjs().format('YYYY-MM-DD');
  const [selected, setSelected] = useState<EvaluationSummary[]>([]);
  const [batch, setBatch] = useState<BatchAction>();
  const [busy, setBusy] = useState(false);
  const [batchError, setBatchError] = useState<{ message: string; lines: string[] }>();
  const batchActions = BATCH_BUTTONS.filter((b) => hasRole(...b.roles));

  const runBatch = async (text: string) => {
    if (!batch) return;
    setBusy(true);
    setBatchError(undefined);
    try {
      const done = await api.batch(
        batch,
        selected.map((r) => ({ id: r.id, version: r.version })),
        text || undefined,
      );
      message.success(t('review.batchDone', { count: done.items.length }));
      setBatch(undefined);
      setSelected([]);
      state.reload();
    } catch (e) {
      setBatchError({ message: errorText(t, e), lines: issueLines(e, lang) });
      setBatch(undefined);
    } finally {
      setBusy(false);
    }
  };

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
            popupMatchSelectWidth={false}
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
              setFilters({ ...queue, page: 1, pageSize: 20 });
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
      {mode === 'review' && batchActions.length > 0 && (
        <Space style={{ marginBottom: 8 }} wrap>
          <Typography.Text data-testid="batch-selected">
            {t('review.selected', { count: selected.length })}
          </Typography.Text>
          {batchActions.map((b) => (
            <Button
              key={b.action}
              danger={b.action === 'return'}
              type={b.action === 'return' ? undefined : 'primary'}
              disabled={selected.length === 0}
              data-testid={`batch-${b.action}`}
              onClick={() => setBatch(b.action)}
            >
              {t(b.label)}
            </Button>
          ))}
        </Space>
      )}
      {batchError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="batch-error"
          title={batchError.message}
          description={batchError.lines.length > 0 ? batchError.lines.join('；') : undefined}
          closable={{ onClose: () => setBatchError(undefined) }}
          style={{ marginBottom: 8 }}
        />
      )}
      {batch && (
        <ReviewDialog
          action={batch}
          count={selected.length}
          busy={busy}
          onCancel={() => setBatch(undefined)}
          onConfirm={(text) => void runBatch(text)}
        />
      )}
      <Table<EvaluationSummary>
        size="small"
        rowKey="id"
        // Rows are selectable for a batch step only when there are rows: an empty queue offers no "select all".
        {...(mode === 'review' && batchActions.length > 0 && (state.data?.items.length ?? 0) > 0
          ? {
              rowSelection: {
                selectedRowKeys: selected.map((r) => r.id),
                onChange: (_: unknown, rows: EvaluationSummary[]) => setSelected(rows),
              },
            }
          : {})}
        loading={state.status === 'loading'}
        dataSource={state.data?.items ?? []}
        locale={{ emptyText: t('list.noMatch') }}
        // The columns' widths add up to about 1,420 px (with the selection box): the table scrolls past that.
        scroll={{ x: 1420 }}
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
            width: 240,
            ellipsis: { showTitle: false },
            // A block link is as wide as its cell, so a long title is cut inside the cell, whole in the tooltip.
            render: (v: string, r) => (
              <Tooltip title={v} placement="topLeft">
                <Link
                  to={`/evaluations/${r.id}`}
                  style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis' }}
                >
                  {v}
                </Link>
              </Tooltip>
            ),
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
            width: 150,
            render: (s: EvaluationSummary['status'], r) => {
              const missed = missedDeadline(r, deadlines, today);
              return (
                <Space size={2} wrap>
                  <StatusTag status={s} />
                  {missed && (
                    <Tooltip title={t('review.overdueTip', { date: missed })}>
                      <Tag color="error" data-testid="overdue">
                        {t('review.overdue')}
                      </Tag>
                    </Tooltip>
                  )}
                </Space>
              );
            },
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
      {mode === 'review' && (
        <Suspense fallback={null}>
          <DeclarationQueue awaiting />
        </Suspense>
      )}
    </Card>
  );
}
