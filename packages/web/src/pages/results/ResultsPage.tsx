import { DownloadOutlined, GlobalOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  InputNumber,
  Popconfirm,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { PageEmpty, PageLoading } from '../../app/PageState';
import { useSession } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { showDecimal } from '../../lib/format';
import { totalLabel } from '../../lib/grade';
import { useAsync } from '../../lib/use-async';
import { GradeTag } from './GradeTag';
import { OverrideDialog } from './OverrideDialog';
import { type ResultEntry, type ResultsDepartment, type ResultsUnit, resultsApi } from './results-api';
import '../../i18n/areas/results';

/** Amounts of the list (万元): the server's exact digits, shown with two places. */
const amount = (v: string | null) => showDecimal(v, 2);

/**
 * 结果应用 (/results): the finance bureau's next-year suggestion list of a year's approved evaluations, by
 * 主管部门 with its units to expand and each unit's evaluations below; the rule with its arithmetic on
 * hover; the finance reviewer adjusts an entry with a reason; the list exports as .xlsx, and the finance
 * reviewer publishes it to the public site (发布结果清单, POST /api/results/publish).
 */
export default function ResultsPage() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const mayOverride = hasRole('financeReviewer');
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [editing, setEditing] = useState<ResultEntry>();
  const [reload, setReload] = useState(0);
  const state = useAsync((signal) => resultsApi.list({ fiscalYear: year }, signal), `${year}:${reload}`);
  const { message } = App.useApp();
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<{ id: string; fiscalYear: number }>();
  const publish = async () => {
    setPublishing(true);
    try {
      const made = await resultsApi.publish(year);
      setPublished({ id: made.id, fiscalYear: made.fiscalYear });
      message.success(t('results.published', { year: made.fiscalYear }));
    } catch (e) {
      message.error(errorText(t, e));
    } finally {
      setPublishing(false);
    }
  };

  const entryColumns = [
    {
      title: t('results.col.title'),
      key: 'title',
      render: (_: unknown, e: ResultEntry) => (e.kind === 'project' ? e.title : t('results.unitWide')),
    },
    {
      title: t('results.col.score'),
      key: 'score',
      width: 80,
      align: 'right' as const,
      render: (_: unknown, e: ResultEntry) => totalLabel(t, e.totalScore),
    },
    {
      title: t('results.col.grade'),
      key: 'grade',
      width: 70,
      render: (_: unknown, e: ResultEntry) => <GradeTag grade={e.grade} />,
    },
    {
      title: t('results.col.budget'),
      key: 'budget',
      width: 140,
      align: 'right' as const,
      render: (_: unknown, e: ResultEntry) => amount(e.budget),
    },
    {
      title: t('results.col.suggestion'),
      key: 'suggestion',
      width: 150,
      render: (_: unknown, e: ResultEntry) => (
        <Space size={4}>
          {e.suggestion ? t(`suggestion.${e.suggestion}`) : '—'}
          {e.overridden && <Tag color="purple">{t('results.overridden')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('results.col.change'),
      key: 'change',
      width: 140,
      align: 'right' as const,
      render: (_: unknown, e: ResultEntry) => (
        <Tooltip title={e.ruleText}>
          <span data-testid="result-change">{amount(e.change)}</span>
        </Tooltip>
      ),
    },
    ...(mayOverride
      ? [
          {
            title: t('results.col.actions'),
            key: 'actions',
            width: 80,
            render: (_: unknown, e: ResultEntry) => (
              <Button
                size="small"
                onClick={() => setEditing(e)}
                aria-label={`${t('results.edit')} ${e.title}`}
              >
                {t('results.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const unitTable = (d: ResultsDepartment) => (
    <Table<ResultsUnit>
      size="small"
      pagination={false}
      rowKey="unitId"
      dataSource={d.units}
      expandable={{
        defaultExpandAllRows: true,
        expandedRowRender: (u) => (
          <Table<ResultEntry>
            size="small"
            pagination={false}
            rowKey="evaluationId"
            dataSource={u.entries}
            columns={entryColumns}
          />
        ),
      }}
      columns={[
        { title: t('results.col.unit'), dataIndex: 'unitName' },
        {
          title: t('results.col.budget'),
          key: 'budget',
          width: 160,
          align: 'right',
          render: (_, u) => amount(u.budget),
        },
        {
          title: t('results.col.change'),
          key: 'change',
          width: 160,
          align: 'right',
          render: (_, u) => amount(u.change),
        },
      ]}
    />
  );

  const data = state.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('nav.results')}
      </Typography.Title>
      <Space wrap>
        <div>
          {t('results.year')}{' '}
          <InputNumber
            aria-label={t('results.year')}
            value={year}
            onChange={(v) => v && setYear(v)}
            min={2000}
            max={2100}
          />
        </div>
        <Button icon={<DownloadOutlined />} onClick={() => void resultsApi.exportXlsx({ fiscalYear: year })}>
          {t('results.export')}
        </Button>
        {mayOverride && (state.data?.departments.length ?? 0) > 0 && (
          <Popconfirm
            title={t('results.publishConfirm', { year })}
            okText={t('results.publish')}
            onConfirm={() => publish()}
          >
            <Button icon={<GlobalOutlined />} loading={publishing} data-testid="results-publish">
              {t('results.publish')}
            </Button>
          </Popconfirm>
        )}
        {published?.fiscalYear === year && (
          <a
            href={`/public/${published.id}`}
            target="_blank"
            rel="noreferrer"
            data-testid="results-published"
          >
            {t('results.publishedLink')}
          </a>
        )}
      </Space>
      {state.status === 'error' && <Alert type="error" message={errorText(t, state.error)} />}
      {!data ? (
        state.status !== 'error' && <PageLoading />
      ) : data.departments.length === 0 ? (
        <PageEmpty text={t('results.empty')} />
      ) : (
        <>
          <Space size="large">
            <Statistic title={t('results.totalBudget')} value={amount(data.budget)} />
            <Statistic title={t('results.totalChange')} value={amount(data.change)} />
          </Space>
          <Card size="small">
            <Table<ResultsDepartment>
              size="small"
              pagination={false}
              data-testid="results-table"
              rowKey={(d) => d.departmentId ?? '-'}
              dataSource={data.departments}
              expandable={{ defaultExpandAllRows: true, expandedRowRender: unitTable }}
              columns={[
                {
                  title: t('results.col.department'),
                  key: 'department',
                  render: (_, d) => d.departmentName ?? t('results.noDepartment'),
                },
                { title: t('results.col.units'), key: 'units', width: 80, render: (_, d) => d.units.length },
                {
                  title: t('results.col.budget'),
                  key: 'budget',
                  width: 160,
                  align: 'right',
                  render: (_, d) => amount(d.budget),
                },
                {
                  title: t('results.col.change'),
                  key: 'change',
                  width: 160,
                  align: 'right',
                  render: (_, d) => <span data-testid="department-change">{amount(d.change)}</span>,
                },
              ]}
            />
          </Card>
        </>
      )}
      <OverrideDialog
        entry={editing}
        onClose={(saved) => {
          setEditing(undefined);
          if (saved) setReload((n) => n + 1);
        }}
      />
    </Space>
  );
}
