import { Alert, App, Button, Card, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import {
  administrationApi,
  DEADLINE_STAGES,
  type DeadlineStage,
  type FiscalYear,
  type RuleSetItem,
} from '../../../api/administration';
import { PageLoading } from '../../../app/PageState';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { useAsync } from '../../../lib/use-async';
import { DemoDataCard } from './DemoDataCard';
import '../../../i18n/areas/admin';
import '../../../i18n/areas/home';

type Edit = Partial<Pick<FiscalYear, 'status' | 'ruleSetId'>> & {
  deadlines?: Partial<Record<DeadlineStage, string | null>>;
};

/** /admin/years: the fiscal years, each with its default rule set, status and a deadline per stage. */
export default function YearsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const state = useAsync(async (signal) => {
    const [years, ruleSets] = await Promise.all([
      administrationApi.fiscalYears(signal),
      administrationApi.ruleSets(signal),
    ]);
    return { years, ruleSets };
  }, 'years');
  const [edits, setEdits] = useState<Record<number, Edit>>({});
  const [saving, setSaving] = useState<number | null>(null);

  if (state.status === 'loading' && !state.data) return <PageLoading />;
  if (!state.data)
    return (
      <Alert
        type="error"
        showIcon
        title={t('error.loadFailed', { message: state.status === 'error' ? errorText(t, state.error) : '' })}
      />
    );
  const { years, ruleSets } = state.data;

  const edit = (year: number, change: Edit) =>
    setEdits((all) => {
      const before = all[year] ?? {};
      return {
        ...all,
        [year]: { ...before, ...change, deadlines: { ...before.deadlines, ...change.deadlines } },
      };
    });

  async function save(row: FiscalYear) {
    const change = edits[row.year];
    if (!change) return;
    setSaving(row.year);
    try {
      await administrationApi.updateFiscalYear(row.year, row.version, change);
      setEdits(({ [row.year]: _saved, ...rest }) => rest);
      message.success(t('admin.years.saved', { year: row.year }));
      state.reload();
    } catch (e) {
      message.error(t('admin.saveFailed', { message: errorText(t, e) }));
    } finally {
      setSaving(null);
    }
  }

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <Typography.Title level={4}>{t('admin.years.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.years.intro')}</Typography.Paragraph>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card size="small" title={t('admin.years.list')}>
          <Table<FiscalYear>
            data-testid="years-table"
            rowKey="year"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={years}
            locale={{ emptyText: t('admin.years.none') }}
            columns={[
              { title: t('admin.years.year'), dataIndex: 'year', fixed: 'left' },
              {
                title: t('admin.years.status'),
                render: (_, row) => (
                  <Select
                    aria-label={t('admin.years.statusOf', { year: row.year })}
                    value={edits[row.year]?.status ?? row.status}
                    style={{ width: 100 }}
                    options={[
                      { value: 'open', label: t('admin.years.status.open') },
                      { value: 'closed', label: t('admin.years.status.closed') },
                    ]}
                    onChange={(status) => edit(row.year, { status })}
                  />
                ),
              },
              {
                title: t('admin.years.defaultRuleSet'),
                render: (_, row) => (
                  <RuleSetSelect
                    ruleSets={ruleSets}
                    label={t('admin.years.defaultRuleSetOf', { year: row.year })}
                    width={240}
                    value={edits[row.year]?.ruleSetId ?? row.ruleSetId}
                    onChange={(ruleSetId) => edit(row.year, { ruleSetId })}
                  />
                ),
              },
              ...DEADLINE_STAGES.map((stage) => ({
                title: t(`deadline.stage.${stage}`),
                key: stage,
                render: (_: unknown, row: FiscalYear) => {
                  const edited = edits[row.year]?.deadlines?.[stage];
                  return (
                    <Input
                      type="date"
                      aria-label={t('admin.years.deadlineOf', {
                        year: row.year,
                        stage: t(`deadline.stage.${stage}`),
                      })}
                      value={(edited === undefined ? row.deadlines[stage] : edited) ?? ''}
                      onChange={(e) => edit(row.year, { deadlines: { [stage]: e.target.value || null } })}
                      style={{ width: 140 }}
                    />
                  );
                },
              })),
              {
                title: t('common.actions'),
                fixed: 'right',
                render: (_, row) => (
                  <Button
                    type="primary"
                    size="small"
                    disabled={!edits[row.year]}
                    loading={saving === row.year}
                    onClick={() => save(row)}
                  >
                    {t('common.save')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
        <NewYearCard ruleSets={ruleSets} years={years} onCreated={state.reload} />
        <DemoDataCard />
      </Space>
    </div>
  );
}

export function RuleSetSelect({
  ruleSets,
  value,
  onChange,
  label,
  width = 360,
}: {
  ruleSets: readonly RuleSetItem[];
  value: string | undefined;
  onChange: (id: string) => void;
  label: string;
  width?: number;
}) {
  return (
    <Select
      aria-label={label}
      value={value}
      onChange={onChange}
      style={{ width }}
      popupMatchSelectWidth={false}
      options={ruleSets.map((r) => ({ value: r.id, label: `${r.name}（${r.id} ${r.version}）` }))}
    />
  );
}

function NewYearCard({
  ruleSets,
  years,
  onCreated,
}: {
  ruleSets: readonly RuleSetItem[];
  years: readonly FiscalYear[];
  onCreated: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const next = years.length > 0 ? Math.max(...years.map((y) => y.year)) + 1 : new Date().getFullYear();
  const [year, setYear] = useState<number | null>(next);
  const [ruleSetId, setRuleSetId] = useState('mof-2020');
  const [busy, setBusy] = useState(false);
  async function create() {
    if (year === null) return;
    setBusy(true);
    try {
      await administrationApi.createFiscalYear(year, ruleSetId);
      message.success(t('admin.years.created', { year }));
      onCreated();
    } catch (e) {
      message.error(t('admin.saveFailed', { message: errorText(t, e) }));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Card size="small" title={t('admin.years.newYear')}>
      <Space wrap>
        <InputNumber
          aria-label={t('admin.years.year')}
          min={2000}
          max={2100}
          precision={0}
          value={year}
          onChange={setYear}
        />
        <RuleSetSelect
          ruleSets={ruleSets}
          label={t('admin.years.defaultRuleSet')}
          value={ruleSetId}
          onChange={setRuleSetId}
        />
        <Button type="primary" onClick={create} loading={busy} disabled={year === null}>
          {t('admin.years.create')}
        </Button>
      </Space>
    </Card>
  );
}
