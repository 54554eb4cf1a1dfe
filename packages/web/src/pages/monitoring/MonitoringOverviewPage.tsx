import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, InputNumber, Space, Table, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageLoading } from '../../app/PageState';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { useAsync } from '../../lib/use-async';
import { FollowUpDialog } from './FollowUpDialog';
import { type MonitoringSummary, monitoringApi, type OverviewQuery } from './monitoring-api';
import '../../i18n/areas/monitoring';

type Sort = NonNullable<OverviewQuery['sort']>;
const SORTABLE: readonly Sort[] = ['title', 'unitName', 'executionProgress', 'redCount', 'yellowCount'];
const isSort = (key: unknown): key is Sort => SORTABLE.some((s) => s === key);

/**
 * The bureau's monitoring overview (/monitoring/overview): for a year and period, every handed-in report
 * with 执行进度 against 时序进度 and its lights, sorted by the server; per 主管部门 the lights added up; the
 * red and yellow ones first in the list the bureau follows up; export as .xlsx.
 */
export default function MonitoringOverviewPage() {
  const { t, lang } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  const [period, setPeriod] = useState<number | undefined>(7);
  const [sort, setSort] = useState<{ sort: Sort; order: 'asc' | 'desc' }>({
    sort: 'redCount',
    order: 'desc',
  });
  const [followUp, setFollowUp] = useState<{ id: string; title: string }>();
  const query: OverviewQuery = { year, ...(period ? { period } : {}), ...sort };
  const state = useAsync((signal) => monitoringApi.overview(query, signal), JSON.stringify(query));
  const order = (key: Sort): SortOrder =>
    sort.sort === key ? (sort.order === 'asc' ? 'ascend' : 'descend') : null;
  const flagged = state.data?.items.filter((r) => r.redCount > 0 || r.yellowCount > 0) ?? [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('nav.monitoringOverview')}
      </Typography.Title>
      <Space wrap>
        <div>
          {t('monitoring.year')}
          <InputNumber
            aria-label={t('monitoring.year')}
            value={year}
            onChange={(v) => v && setYear(v)}
            min={2000}
            max={2100}
          />
        </div>
        <div>
          {t('monitoring.throughMonth')}
          <InputNumber
            aria-label={t('monitoring.throughMonth')}
            value={period}
            onChange={(v) => setPeriod(v ?? undefined)}
            min={1}
            max={12}
          />
        </div>
        <Button icon={<DownloadOutlined />} onClick={() => void monitoringApi.exportOverview(query)}>
          {t('monitoring.export')}
        </Button>
      </Space>
      {state.status === 'error' && <Alert type="error" message={errorText(t, state.error)} />}
      {!state.data ? (
        <PageLoading />
      ) : (
        <>
          <Card size="small" title={t('monitoring.byDepartment')}>
            <Table
              size="small"
              pagination={false}
              rowKey={(d) => d.departmentId ?? '-'}
              dataSource={state.data.departments}
              columns={[
                {
                  title: t('monitoring.col.department'),
                  render: (_, d) => d.departmentName ?? t('monitoring.noDepartment'),
                },
                { title: t('monitoring.col.reports'), dataIndex: 'reports' },
                {
                  title: t('monitoring.executionProgress'),
                  render: (_, d) =>
                    d.executionProgress ? (
                      <span title={d.executionProgress.explanation[lang]}>{d.executionProgress.text}</span>
                    ) : (
                      '—'
                    ),
                },
                {
                  title: t('monitoring.timeProgress'),
                  render: (_, d) => (d.timeProgress ? `${d.timeProgress}%` : '—'),
                },
                { title: t('monitoring.light.red'), dataIndex: 'red' },
                { title: t('monitoring.light.yellow'), dataIndex: 'yellow' },
                { title: t('monitoring.light.green'), dataIndex: 'green' },
                { title: t('monitoring.light.blue'), dataIndex: 'blue' },
                { title: t('monitoring.focus'), dataIndex: 'focus' },
              ]}
            />
          </Card>
          <Card size="small" title={t('monitoring.flagged', { count: flagged.length })}>
            <Table<MonitoringSummary>
              size="small"
              rowKey="id"
              dataSource={state.data.items}
              pagination={{ pageSize: 50 }}
              onChange={(_p, _f, sorter) => {
                const one = Array.isArray(sorter) ? sorter[0] : sorter;
                if (one && isSort(one.columnKey) && one.order)
                  setSort({ sort: one.columnKey, order: one.order === 'ascend' ? 'asc' : 'desc' });
              }}
              columns={[
                { title: t('monitoring.col.department'), render: (_, r) => r.departmentName ?? '—' },
                {
                  key: 'unitName',
                  title: t('monitoring.col.unitName'),
                  dataIndex: 'unitName',
                  sorter: true,
                  sortOrder: order('unitName'),
                },
                {
                  key: 'title',
                  title: t('monitoring.col.title'),
                  sorter: true,
                  sortOrder: order('title'),
                  render: (_, r) => <Link to={`/monitoring/${r.id}`}>{r.title}</Link>,
                },
                { title: t('monitoring.col.status'), render: (_, r) => <StatusTag status={r.status} /> },
                {
                  key: 'executionProgress',
                  title: t('monitoring.executionProgress'),
                  sorter: true,
                  sortOrder: order('executionProgress'),
                  render: (_, r) => (r.executionProgress === null ? '—' : `${r.executionProgress}%`),
                },
                {
                  title: t('monitoring.timeProgress'),
                  render: (_, r) => (r.timeProgress === null ? '—' : `${r.timeProgress}%`),
                },
                {
                  key: 'redCount',
                  title: t('monitoring.light.red'),
                  dataIndex: 'redCount',
                  sorter: true,
                  sortOrder: order('redCount'),
                },
                {
                  key: 'yellowCount',
                  title: t('monitoring.light.yellow'),
                  dataIndex: 'yellowCount',
                  sorter: true,
                  sortOrder: order('yellowCount'),
                },
                { title: t('monitoring.light.green'), dataIndex: 'greenCount' },
                { title: t('monitoring.light.blue'), dataIndex: 'blueCount' },
                {
                  title: t('monitoring.focus'),
                  render: (_, r) => (r.focus ? <Tag color="red">{t('monitoring.focus')}</Tag> : ''),
                },
                {
                  title: t('monitoring.followUp'),
                  render: (_, r) => (
                    <Button size="small" onClick={() => setFollowUp({ id: r.id, title: r.title })}>
                      {r.hasFollowUp ? t('monitoring.followUpEdit') : t('monitoring.followUpAdd')}
                    </Button>
                  ),
                },
              ]}
            />
          </Card>
        </>
      )}
      <FollowUpDialog
        target={followUp}
        onClose={(saved) => {
          setFollowUp(undefined);
          if (saved) state.reload();
        }}
      />
    </Space>
  );
}
