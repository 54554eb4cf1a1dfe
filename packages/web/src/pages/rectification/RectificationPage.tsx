import { isEditable, RECTIFICATION_WORKFLOW } from '@jixiao/domain';
import {
  Alert,
  Button,
  Card,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import { PageLoading } from '../../app/PageState';
import { useSession } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { useAsync } from '../../lib/use-async';
import { EvidencePanel } from '../../workbench/EvidencePanel';
import { RectificationStatusTags } from './RectificationTags';
import {
  type RectificationItem,
  type RectificationQuery,
  type RectificationSourceKind,
  type RectificationStatus,
  type RectificationTransition,
  rectificationApi,
} from './rectification-api';
import '../../i18n/areas/evidence';
import '../../i18n/areas/rectification';

const STATUSES: RectificationStatus[] = ['pending', 'inProgress', 'reported', 'closed'];
const SOURCES: RectificationSourceKind[] = ['finding', 'audit', 'return', 'monitoring', 'manual'];
/** Steps that ask for a text: the unit's 整改情况, the reviewer's 退回理由. */
const NEEDS_COMMENT: Partial<Record<RectificationTransition, 'rect.comment.report' | 'rect.comment.return'>> =
  {
    report: 'rect.comment.report',
    return: 'rect.comment.return',
  };

/**
 * 整改台账 (/rectification): the items the user may read (the server filters by organisation), filtered by
 * year, status, source and 逾期, each with the moves the server offers this user now. Reviewers enter an
 * item by hand for a unit of their scope; the unit starts and reports, the reviewer closes out or sends back.
 */
export default function RectificationPage() {
  const { t } = useI18n();
  const { user, hasRole } = useSession();
  const [year, setYear] = useState<number | undefined>();
  const [status, setStatus] = useState<RectificationStatus | undefined>();
  const [source, setSource] = useState<RectificationSourceKind | undefined>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const query: RectificationQuery = {
    ...(year !== undefined ? { year } : {}),
    ...(status ? { status } : {}),
    ...(source ? { source } : {}),
    ...(overdueOnly ? { overdue: 'true' } : {}),
  };
  const state = useAsync((signal) => rectificationApi.list(query, signal), JSON.stringify(query));
  const [pending, setPending] = useState<{ item: RectificationItem; transition: RectificationTransition }>();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const reviewer = user?.roles.some((g) => g.role === 'departmentReviewer' || g.role === 'financeReviewer');
  /** Items whose 佐证材料 are shown under their row. */
  const [expanded, setExpanded] = useState<readonly string[]>([]);
  const toggleEvidence = (id: string) =>
    setExpanded((keys) => (keys.includes(id) ? keys.filter((k) => k !== id) : [...keys, id]));
  /** The unit's preparer attaches evidence while the item is open; reviewers read it when closing out. */
  const mayAttach = (r: RectificationItem) =>
    hasRole('preparer') && isEditable(RECTIFICATION_WORKFLOW, r.status);

  const take = async (item: RectificationItem, transition: RectificationTransition, text?: string) => {
    setError(undefined);
    try {
      await rectificationApi.step(item.id, transition, item.version, text);
      setPending(undefined);
      setComment('');
      state.reload();
    } catch (e) {
      setError(errorText(t, e));
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('nav.rectification')}
      </Typography.Title>
      {reviewer && <NewItemCard onCreated={state.reload} />}
      <Space wrap>
        <InputNumber
          aria-label={t('rect.filter.year')}
          placeholder={t('rect.filter.year')}
          value={year}
          onChange={(v) => setYear(v ?? undefined)}
          min={2000}
          max={2100}
        />
        <Select
          allowClear
          aria-label={t('rect.filter.status')}
          placeholder={t('rect.filter.status')}
          style={{ width: 140 }}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: t(`rect.status.${s}`) }))}
        />
        <Select
          allowClear
          aria-label={t('rect.filter.source')}
          placeholder={t('rect.filter.source')}
          style={{ width: 160 }}
          value={source}
          onChange={setSource}
          options={SOURCES.map((s) => ({ value: s, label: t(`rect.source.${s}`) }))}
        />
        <Space>
          <Switch aria-label={t('rect.filter.overdueOnly')} checked={overdueOnly} onChange={setOverdueOnly} />
          {t('rect.filter.overdueOnly')}
        </Space>
      </Space>
      {error && !pending && <Alert type="error" message={error} />}
      {state.status === 'error' && <Alert type="error" message={errorText(t, state.error)} />}
      {!state.data ? (
        <PageLoading />
      ) : (
        <Table<RectificationItem>
          size="small"
          rowKey="id"
          dataSource={state.data.items}
          expandable={{
            expandedRowKeys: [...expanded],
            showExpandColumn: false,
            expandedRowRender: (r) => (
              <EvidencePanel owner={{ kind: 'rectification', id: r.id }} editable={mayAttach(r)} />
            ),
          }}
          columns={[
            { title: t('rect.col.source'), render: (_, r) => t(`rect.source.${r.source.kind}`) },
            { title: t('rect.col.problem'), dataIndex: 'problem' },
            { title: t('rect.col.measure'), dataIndex: 'measure' },
            { title: t('rect.col.owner'), dataIndex: 'unitName' },
            { title: t('rect.col.deadline'), dataIndex: 'deadline' },
            {
              title: t('rect.col.status'),
              render: (_, r) => <RectificationStatusTags status={r.status} overdue={r.overdue} />,
            },
            { title: t('rect.col.report'), render: (_, r) => r.report ?? '—' },
            {
              title: t('rect.col.actions'),
              render: (_, r) => (
                <Space wrap>
                  <Button
                    size="small"
                    type="link"
                    aria-expanded={expanded.includes(r.id)}
                    data-testid="rect-evidence"
                    onClick={() => toggleEvidence(r.id)}
                  >
                    {t('evidence.title')}
                  </Button>
                  {r.actions.map((a) => (
                    <Button
                      key={a}
                      size="small"
                      type={a === 'close' || a === 'report' ? 'primary' : 'default'}
                      onClick={() => (NEEDS_COMMENT[a] ? setPending({ item: r, transition: a }) : take(r, a))}
                    >
                      {t(`rect.action.${a}`)}
                    </Button>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      )}
      <Modal
        open={pending !== undefined}
        title={pending ? t(`rect.action.${pending.transition}`) : ''}
        okText={pending ? t(`rect.action.${pending.transition}`) : ''}
        okButtonProps={{ disabled: comment.trim() === '' }}
        onOk={() => pending && take(pending.item, pending.transition, comment)}
        onCancel={() => {
          setPending(undefined);
          setError(undefined);
        }}
      >
        {pending && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>{pending.item.problem}</Typography.Text>
            <Input.TextArea
              aria-label={t(NEEDS_COMMENT[pending.transition] ?? 'rect.comment.report')}
              placeholder={t(NEEDS_COMMENT[pending.transition] ?? 'rect.comment.report')}
              rows={4}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
            {error && <Alert type="error" message={error} />}
          </Space>
        )}
      </Modal>
    </Space>
  );
}

/** A reviewer's item by hand: the unit (of their scope), year, problem and measure; the deadline is the server's. */
function NewItemCard({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const orgs = useAsync(() => api.organisations(), 'organisations');
  const [unit, setUnit] = useState<string>();
  const [year, setYear] = useState(new Date().getFullYear());
  const [problem, setProblem] = useState('');
  const [measure, setMeasure] = useState('');
  const [error, setError] = useState<string>();
  const create = async () => {
    if (!unit) return;
    setError(undefined);
    try {
      await rectificationApi.byHand(unit, { fiscalYear: year, problem, measure });
      setProblem('');
      setMeasure('');
      onCreated();
    } catch (e) {
      setError(errorText(t, e));
    }
  };
  return (
    <Card size="small" title={t('rect.new')}>
      <Space wrap align="start">
        <Select
          showSearch
          optionFilterProp="label"
          aria-label={t('rect.new.unit')}
          placeholder={t('rect.new.unit')}
          style={{ width: 220 }}
          value={unit}
          onChange={setUnit}
          options={(orgs.data ?? [])
            .filter((o) => o.kind === 'unit')
            .map((o) => ({ value: o.id, label: o.name }))}
        />
        <InputNumber aria-label={t('rect.filter.year')} value={year} onChange={(v) => v && setYear(v)} />
        <Input.TextArea
          aria-label={t('rect.col.problem')}
          placeholder={t('rect.col.problem')}
          value={problem}
          onChange={(e) => setProblem(e.target.value)}
          rows={2}
          style={{ width: 260 }}
        />
        <Input.TextArea
          aria-label={t('rect.col.measure')}
          placeholder={t('rect.col.measure')}
          value={measure}
          onChange={(e) => setMeasure(e.target.value)}
          rows={2}
          style={{ width: 260 }}
        />
        <Button type="primary" disabled={!unit || !problem.trim() || !measure.trim()} onClick={create}>
          {t('rect.new.create')}
        </Button>
      </Space>
      {error && <Alert type="error" message={error} style={{ marginTop: 8 }} />}
    </Card>
  );
}
