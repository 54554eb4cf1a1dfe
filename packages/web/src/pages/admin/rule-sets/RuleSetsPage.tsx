import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import {
  administrationApi,
  type FiscalYear,
  type RuleSetAssignment,
  type RuleSetItem,
} from '../../../api/administration';
import { api } from '../../../api/endpoints';
import type { Organisation } from '../../../api/types';
import { PageLoading } from '../../../app/PageState';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { issueLines } from '../../../lib/issue-lines';
import { useAsync } from '../../../lib/use-async';
import { RuleSetSelect } from '../years/YearsPage';
import '../../../i18n/areas/admin';

/** /admin/rule-sets: the rule sets (built in and uploaded) and which one each region scores a year with. */
export default function RuleSetsPage() {
  const { t } = useI18n();
  const state = useAsync(async (signal) => {
    const [years, ruleSets, organisations] = await Promise.all([
      administrationApi.fiscalYears(signal),
      administrationApi.ruleSets(signal),
      api.organisations(),
    ]);
    return { years, ruleSets, regions: organisations.filter((o) => o.parentId === null) };
  }, 'rule-sets');
  const [chosenYear, setChosenYear] = useState<number | undefined>();
  if (state.status === 'loading' && !state.data) return <PageLoading />;
  if (!state.data)
    return (
      <Alert
        type="error"
        showIcon
        title={t('error.loadFailed', { message: state.status === 'error' ? errorText(t, state.error) : '' })}
      />
    );
  const { years, ruleSets, regions } = state.data;
  const year = years.find((y) => y.year === chosenYear) ?? years.at(-1);
  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <Typography.Title level={4}>{t('admin.ruleSets.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.ruleSets.intro')}</Typography.Paragraph>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card
          size="small"
          title={t('admin.ruleSets.assignments')}
          extra={
            year && (
              <Select
                aria-label={t('admin.ruleSets.year')}
                value={year.year}
                onChange={setChosenYear}
                options={years.map((y) => ({
                  value: y.year,
                  label: t('admin.ruleSets.yearOption', { year: y.year }),
                }))}
              />
            )
          }
        >
          {year ? (
            <Assignments year={year} regions={regions} ruleSets={ruleSets} />
          ) : (
            <Alert type="info" showIcon title={t('admin.ruleSets.noYears')} />
          )}
        </Card>
        <Card
          size="small"
          title={t('admin.ruleSets.available')}
          extra={<UploadRuleSet onUploaded={state.reload} />}
        >
          <Table<RuleSetItem>
            data-testid="rule-set-list"
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={ruleSets}
            columns={[
              { title: t('admin.ruleSets.name'), dataIndex: 'name' },
              { title: t('admin.ruleSets.id'), dataIndex: 'id' },
              { title: t('admin.ruleSets.version'), dataIndex: 'version' },
              {
                title: t('admin.ruleSets.kinds'),
                render: (_, r) => r.kinds.map((k) => <Tag key={k}>{t(`kind.${k}`)}</Tag>),
              },
              {
                title: t('admin.ruleSets.origin'),
                render: (_, r) =>
                  r.builtin ? (
                    <Tag>{t('admin.ruleSets.builtin')}</Tag>
                  ) : (
                    <Tag color="blue">{t('admin.ruleSets.custom', { revision: r.revision ?? 1 })}</Tag>
                  ),
              },
            ]}
          />
        </Card>
      </Space>
    </div>
  );
}

function Assignments({
  year,
  regions,
  ruleSets,
}: {
  year: FiscalYear;
  regions: readonly Organisation[];
  ruleSets: readonly RuleSetItem[];
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const state = useAsync(
    (signal) => administrationApi.ruleSetAssignments(year.year, signal),
    String(year.year),
  );
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const nameOf = (id: string) => ruleSets.find((r) => r.id === id)?.name ?? id;
  const byRegion = new Map((state.data ?? []).map((a) => [a.organisationId, a]));

  async function run(
    region: Organisation,
    work: (current: RuleSetAssignment | undefined) => Promise<string>,
  ) {
    setBusy(region.id);
    try {
      message.success(await work(byRegion.get(region.id)));
      setChosen(({ [region.id]: _done, ...rest }) => rest);
      state.reload();
    } catch (e) {
      message.error(t('admin.saveFailed', { message: errorText(t, e) }));
    } finally {
      setBusy(null);
    }
  }

  if (state.status === 'loading' && !state.data) return <PageLoading />;
  return (
    <Table<Organisation>
      data-testid="rule-set-assignments"
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...regions]}
      locale={{ emptyText: t('admin.ruleSets.noRegions') }}
      columns={[
        { title: t('admin.ruleSets.region'), dataIndex: 'name' },
        {
          title: t('admin.ruleSets.current'),
          render: (_, region) => {
            const assigned = byRegion.get(region.id);
            return assigned ? (
              <span data-testid="assigned-rule-set">{nameOf(assigned.ruleSetId)}</span>
            ) : (
              <Typography.Text type="secondary">
                {t('admin.ruleSets.yearDefault', { name: nameOf(year.ruleSetId) })}
              </Typography.Text>
            );
          },
        },
        {
          title: t('admin.ruleSets.assign'),
          render: (_, region) => {
            const assigned = byRegion.get(region.id);
            const value = chosen[region.id] ?? assigned?.ruleSetId ?? year.ruleSetId;
            return (
              <Space wrap>
                <RuleSetSelect
                  ruleSets={ruleSets}
                  label={t('admin.ruleSets.assignTo', { region: region.name })}
                  value={value}
                  onChange={(id) => setChosen((all) => ({ ...all, [region.id]: id }))}
                />
                <Button
                  type="primary"
                  size="small"
                  loading={busy === region.id}
                  disabled={value === assigned?.ruleSetId}
                  onClick={() =>
                    run(region, async (current) => {
                      await administrationApi.assignRuleSet(region.id, year.year, value, current?.version);
                      return t('admin.ruleSets.assigned', {
                        region: region.name,
                        year: year.year,
                        name: nameOf(value),
                      });
                    })
                  }
                >
                  {t('admin.ruleSets.assignButton')}
                </Button>
                {assigned && (
                  <Button
                    size="small"
                    disabled={busy === region.id}
                    onClick={() =>
                      run(region, async () => {
                        await administrationApi.unassignRuleSet(region.id, year.year, assigned.version);
                        return t('admin.ruleSets.resetDone', { region: region.name, year: year.year });
                      })
                    }
                  >
                    {t('admin.ruleSets.reset')}
                  </Button>
                )}
              </Space>
            );
          },
        },
      ]}
    />
  );
}

/** Reads a .json/.yaml file in the browser and sends its text; the server's validation issues are listed one per line. */
function UploadRuleSet({ onUploaded }: { onUploaded: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<{ message: string; lines: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  async function send(file: File) {
    setBusy(true);
    setFailure(null);
    try {
      const done = await administrationApi.uploadRuleSet(file.name, await file.text());
      message.success(t('admin.ruleSets.uploaded', done));
      onUploaded();
    } catch (e) {
      setFailure({ message: errorText(t, e), lines: issueLines(e, lang) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Space direction="vertical" align="end">
      <Upload
        accept=".json,.yaml,.yml"
        showUploadList={false}
        beforeUpload={(file) => {
          void send(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} data-testid="upload-rule-set">
          {t('admin.ruleSets.upload')}
        </Button>
      </Upload>
      <Typography.Text type="secondary">{t('admin.ruleSets.uploadHint')}</Typography.Text>
      {failure && (
        <Alert
          type="error"
          showIcon
          data-testid="rule-set-errors"
          title={t('admin.ruleSets.uploadFailed', { message: failure.message })}
          description={
            failure.lines.length > 0 && (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {failure.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )
          }
        />
      )}
    </Space>
  );
}
