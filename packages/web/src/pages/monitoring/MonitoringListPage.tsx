import { Alert, Button, Card, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { PageLoading } from '../../app/PageState';
import { useSession } from '../../auth/SessionProvider';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { useAsync } from '../../lib/use-async';
import { type MonitoringSummary, monitoringApi } from './monitoring-api';
import '../../i18n/areas/monitoring';

/**
 * 绩效监控 (/monitoring): the reports the user may read, and for a unit's 填报人 a new blank report for a
 * project and period (its rule set is the region's for the year; the server decides), or one started
 * from one of the unit's approved 绩效目标申报表 of the year (its targets in force, budget and project).
 */
export default function MonitoringListPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { user } = useSession();
  const unit = user?.roles.find((g) => g.role === 'preparer')?.organisationId ?? undefined;
  const state = useAsync((signal) => monitoringApi.list({}, signal), 'all');
  const [project, setProject] = useState('');
  const [year, setYear] = useState(new Date().getFullYear());
  const [month, setMonth] = useState(7);
  const [error, setError] = useState<string>();
  const [declarationId, setDeclarationId] = useState<string>();
  const declarations = useAsync(
    (signal) => (unit ? monitoringApi.approvedDeclarations(unit, year, signal) : Promise.resolve(undefined)),
    `${unit ?? ''}:${year}`,
  );
  const fromDeclaration = async () => {
    if (!unit || !declarationId) return;
    setError(undefined);
    try {
      const made = await monitoringApi.createFromDeclaration(unit, declarationId, month);
      navigate(`/monitoring/${made.id}`);
    } catch (e) {
      setError(errorText(t, e));
    }
  };
  const create = async () => {
    if (!unit) return;
    setError(undefined);
    try {
      const unitName = user?.roles.find((g) => g.role === 'preparer')?.organisationName ?? project;
      const made = await monitoringApi.create(unit, {
        kind: 'project',
        fiscalYear: year,
        throughMonth: month,
        unit: { name: unitName || project },
        project: { name: project },
        funds: { total: {} },
      });
      navigate(`/monitoring/${made.id}`);
    } catch (e) {
      setError(errorText(t, e));
    }
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('nav.monitoring')}
      </Typography.Title>
      {unit && (
        <Card size="small" title={t('monitoring.new')}>
          <Space wrap>
            <Input
              aria-label={t('monitoring.projectName')}
              placeholder={t('monitoring.projectName')}
              value={project}
              onChange={(e) => setProject(e.target.value)}
              style={{ width: 240 }}
            />
            <InputNumber
              aria-label={t('monitoring.year')}
              value={year}
              onChange={(v) => v && setYear(v)}
              min={2000}
              max={2100}
            />
            <InputNumber
              aria-label={t('monitoring.throughMonth')}
              value={month}
              onChange={(v) => v && setMonth(v)}
              min={1}
              max={12}
            />
            <Button type="primary" disabled={project.trim() === ''} onClick={create}>
              {t('monitoring.create')}
            </Button>
          </Space>
          <Space wrap style={{ marginTop: 8 }}>
            <Select
              aria-label={t('monitoring.fromDeclaration')}
              placeholder={t('monitoring.fromDeclaration')}
              value={declarationId}
              onChange={setDeclarationId}
              style={{ width: 320 }}
              notFoundContent={t('monitoring.noApprovedDeclaration', { year })}
              options={(declarations.data?.items ?? []).map((d) => ({
                value: d.id,
                label: `${d.fiscalYear} · ${d.title}`,
              }))}
            />
            <Button disabled={!declarationId} onClick={fromDeclaration}>
              {t('monitoring.createFromDeclaration')}
            </Button>
          </Space>
          {error && <Alert type="error" message={error} style={{ marginTop: 8 }} />}
        </Card>
      )}
      {state.status === 'error' && <Alert type="error" message={errorText(t, state.error)} />}
      {!state.data ? (
        <PageLoading />
      ) : (
        <Table<MonitoringSummary>
          size="small"
          rowKey="id"
          dataSource={state.data.items}
          columns={[
            {
              title: t('monitoring.col.title'),
              render: (_, r) => <Link to={`/monitoring/${r.id}`}>{r.title}</Link>,
            },
            { title: t('monitoring.col.unitName'), dataIndex: 'unitName' },
            { title: t('monitoring.year'), dataIndex: 'fiscalYear' },
            {
              title: t('monitoring.throughMonth'),
              render: (_, r) => t('monitoring.months', { month: r.throughMonth }),
            },
            { title: t('monitoring.col.status'), render: (_, r) => <StatusTag status={r.status} /> },
            {
              title: t('monitoring.executionProgress'),
              render: (_, r) => (r.executionProgress ? `${r.executionProgress}%` : '—'),
            },
            {
              title: t('monitoring.col.light'),
              render: (_, r) =>
                `${t('monitoring.light.red')} ${r.redCount} · ${t('monitoring.light.yellow')} ${r.yellowCount}`,
            },
          ]}
        />
      )}
    </Space>
  );
}
