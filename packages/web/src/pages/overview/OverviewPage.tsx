import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  InputNumber,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/endpoints';
import type { EvaluationSummary, Organisation } from '../../api/types';
import { PageEmpty, PageLoading } from '../../app/PageState';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { showPercent } from '../../lib/format';
import { gradeLabel, totalLabel } from '../../lib/grade';
import { useAsync } from '../../lib/use-async';
import {
  averageScore,
  compareDecimals,
  gradeDistribution,
  rateByGroup,
  scatterPoints,
  UNGRADED,
  unscoredCount,
  yearOverYear,
} from './chart-data';
import { gradeOption, rateByGroupOption, scatterOption, yearOverYearOption } from './chart-options';
import { EChart } from './EChart';

const PAGE = 500;

async function allOfYear(fiscalYear: number, signal: AbortSignal): Promise<EvaluationSummary[]> {
  const out: EvaluationSummary[] = [];
  for (let page = 1; ; page++) {
    const res = await api.listEvaluations({ fiscalYear, page, pageSize: PAGE }, signal);
    out.push(...res.items);
    if (out.length >= res.total || res.items.length === 0) return out;
  }
}

/** The bureau's view of a year: every unit's status, score, grade, execution rate and findings, with charts. */
export default function OverviewPage() {
  const { t } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  /** 财政局 (region) to look at; undefined = everything the user may see. */
  const [bureau, setBureau] = useState<string>();
  const [exporting, setExporting] = useState<string>();
  const state = useAsync(async (signal) => {
    const [current, previous, orgs] = await Promise.all([
      allOfYear(year, signal),
      allOfYear(year - 1, signal),
      api.organisations(),
    ]);
    return { current, previous, orgs };
  }, String(year));

  const view = useMemo(() => {
    if (!state.data) return undefined;
    const byId = new Map<string, Organisation>(state.data.orgs.map((o) => [o.id, o]));
    const department = (e: EvaluationSummary) => {
      const unit = byId.get(e.organisationId);
      const parent = unit?.parentId ? byId.get(unit.parentId) : undefined;
      return parent?.kind === 'department' ? parent.name : (unit?.name ?? t('overview.noDepartment'));
    };
    const labels = {
      count: t('overview.count'),
      axisRate: t('overview.axisRate'),
      axisScore: t('overview.axisScore'),
      previousYear: String(year - 1),
      currentYear: String(year),
    };
    const bureauOf = (e: EvaluationSummary): string | undefined => {
      let org = byId.get(e.organisationId);
      while (org?.parentId) org = byId.get(org.parentId);
      return org?.kind === 'financeBureau' ? org.id : undefined;
    };
    const inRegion = (e: EvaluationSummary) => !bureau || bureauOf(e) === bureau;
    const items = state.data.current.filter(inRegion);
    const previous = state.data.previous.filter(inRegion);
    const bureaus = state.data.orgs.filter((o) => o.kind === 'financeBureau');
    return {
      items,
      department,
      grade: gradeOption(gradeDistribution(items), labels, (k) =>
        k === UNGRADED ? t('overview.ungraded') : gradeLabel(t, k),
      ),
      scatter: scatterOption(scatterPoints(items), labels),
      rate: rateByGroupOption(rateByGroup(items, department), labels),
      yoy: yearOverYearOption(yearOverYear(items, previous, department), labels),
      bureaus,
      submitted: items.filter((e) => e.status !== 'draft' && e.status !== 'returned').length,
      unscored: unscoredCount(items),
      findings: items.reduce((n, e) => n + e.errorCount + e.warningCount, 0),
    };
  }, [state.data, t, year, bureau]);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('overview.title')}
            </Typography.Title>
            <span>{t('overview.year')}</span>
            <InputNumber
              aria-label={t('overview.year')}
              min={2000}
              max={2100}
              precision={0}
              value={year}
              onChange={(v) => v && setYear(v)}
            />
            {view && view.bureaus.length > 1 && (
              <Select
                allowClear
                aria-label={t('overview.region')}
                placeholder={t('overview.allRegions')}
                style={{ width: 260 }}
                value={bureau}
                onChange={(v) => setBureau(v ?? undefined)}
                options={view.bureaus.map((b) => ({ value: b.id, label: b.name }))}
              />
            )}
          </Space>
          <Button
            icon={<DownloadOutlined />}
            data-testid="overview-export"
            onClick={() => {
              setExporting(undefined);
              api
                .exportOverview({ fiscalYear: year, ...(bureau ? { organisationId: bureau } : {}) })
                .catch((e: unknown) => setExporting(errorText(t, e)));
            }}
          >
            {t('overview.export')}
          </Button>
        </Space>
        {exporting && <Alert style={{ marginTop: 8 }} type="error" showIcon title={exporting} />}
      </Card>
      {state.status === 'error' && (
        <Alert
          type="warning"
          showIcon
          title={t('error.loadFailed', { message: errorText(t, state.error) })}
        />
      )}
      {state.status === 'loading' && !view && <PageLoading />}
      {view && view.items.length === 0 && <PageEmpty text={t('overview.noData')} />}
      {view && view.items.length > 0 && (
        <>
          <Row gutter={12}>
            <Col span={6}>
              <Card size="small">
                <Statistic title={t('overview.units')} value={view.items.length} />
              </Card>
            </Col>
            <Col span={6}>
              <Card size="small">
                <Statistic title={t('overview.avgScore')} value={averageScore(view.items)} />
                {view.unscored > 0 && (
                  <Typography.Text type="secondary" data-testid="overview-unscored">
                    {t('overview.unscored', { count: view.unscored })}
                  </Typography.Text>
                )}
              </Card>
            </Col>
            <Col span={6}>
              <Card size="small">
                <Statistic
                  title={t('overview.submittedShare')}
                  value={`${view.submitted} / ${view.items.length}`}
                />
              </Card>
            </Col>
            <Col span={6}>
              <Card size="small">
                <Statistic title={t('overview.findings')} value={view.findings} />
              </Card>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={8}>
              <Card size="small" title={t('overview.gradeChart')}>
                <EChart option={view.grade} label={t('overview.gradeChart')} />
              </Card>
            </Col>
            <Col span={8}>
              <Card
                size="small"
                title={t('overview.scatterChart')}
                extra={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('overview.scatterHint')}
                  </Typography.Text>
                }
              >
                <EChart option={view.scatter} label={t('overview.scatterChart')} />
              </Card>
            </Col>
            <Col span={8}>
              <Card size="small" title={t('overview.deptChart')}>
                <EChart option={view.rate} label={t('overview.deptChart')} />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('overview.yoyChart')}>
            <EChart option={view.yoy} label={t('overview.yoyChart')} height={240} />
          </Card>
          <Card size="small">
            <Table<EvaluationSummary>
              size="small"
              rowKey="id"
              dataSource={view.items}
              pagination={{ pageSize: 20, showTotal: (n) => t('common.total', { count: n }) }}
              columns={[
                {
                  title: t('list.unit'),
                  dataIndex: 'unitName',
                  ellipsis: true,
                  render: (v: string, r) => <Link to={`/evaluations/${r.id}`}>{v}</Link>,
                },
                {
                  title: t('wb.department'),
                  key: 'dept',
                  ellipsis: true,
                  render: (_, r) => view.department(r),
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
                  sorter: (a, b) => compareDecimals(a.totalScore, b.totalScore),
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
                  width: 110,
                  align: 'right',
                  render: (v: string | null) => showPercent(v),
                },
                {
                  title: t('list.findings'),
                  key: 'f',
                  width: 140,
                  render: (_, r) =>
                    t('list.findingCount', { errors: r.errorCount, warnings: r.warningCount }),
                },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
