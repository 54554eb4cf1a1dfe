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
  Tooltip,
  Typography,
} from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/endpoints';
import type { Organisation, OverviewDepartment, OverviewRow } from '../../api/types';
import { PageEmpty, PageLoading } from '../../app/PageState';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { showPercent } from '../../lib/format';
import { gradeLabel, totalLabel } from '../../lib/grade';
import { useAsync } from '../../lib/use-async';
import { ResultsSummary } from '../results/ResultsSummary';
import { gradeDistribution, rateByDepartment, scatterPoints, UNGRADED, yearOverYear } from './chart-data';
import { gradeOption, rateByGroupOption, scatterOption, yearOverYearOption } from './chart-options';
import { EChart } from './EChart';
import '../../i18n/areas/home';
import '../../i18n/areas/overview';
import '../../i18n/areas/workbench';

const RectificationOverviewCard = lazy(() => import('../rectification/RectificationOverviewCard'));

/** A long name cut to its column with the whole name on hover (many units start with the same 重庆市璧山区…). */
function LongName({ text }: { text: string }) {
  return (
    <Tooltip placement="topLeft" title={text}>
      <span>{text}</span>
    </Tooltip>
  );
}
const CUT = { showTitle: false } as const;
const PAGE_SIZE = 20;
/** The figure cards side by side share one height, whichever has a note below its figure. */
const FULL_HEIGHT = { height: '100%' } as const;

/**
 * The bureau's view of a year: what the evaluations that count (submitted and later) add up to, with
 * drafts and returned ones counted apart; the figures, charts and ranked table all come from one answer
 * of GET /api/reports/overview, so they describe the same filtered set.
 */
export default function OverviewPage() {
  const { t } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  /** 财政局 (region) to look at; undefined = everything the user may see. */
  const [bureau, setBureau] = useState<string>();
  /** 主管部门 to look at, within the region. */
  const [department, setDepartment] = useState<string>();
  const [exporting, setExporting] = useState<string>();
  /** The page of the ranked table (the server ranks the whole set and sends one page). */
  const [page, setPage] = useState(1);
  const organisationId = department ?? bureau;
  const state = useAsync(
    async (signal) => {
      const query = { fiscalYear: year, ...(organisationId ? { organisationId } : {}) };
      const [current, previous, orgs] = await Promise.all([
        api.overview({ ...query, page, pageSize: PAGE_SIZE }, signal),
        // Last year's department means only, for the comparison: one row is enough.
        api.overview({ ...query, fiscalYear: year - 1, pageSize: 1 }, signal),
        api.organisations(),
      ]);
      return { current, previous, orgs };
    },
    JSON.stringify([year, organisationId, page]),
  );

  const view = useMemo(() => {
    if (!state.data) return undefined;
    const { current, previous, orgs } = state.data;
    const byId = new Map<string, Organisation>(orgs.map((o) => [o.id, o]));
    const bureauOf = (id: string | null): string | undefined => {
      let org = id ? byId.get(id) : undefined;
      while (org && org.kind !== 'financeBureau' && org.parentId) org = byId.get(org.parentId);
      return org?.kind === 'financeBureau' ? org.id : undefined;
    };
    // Only departments (and regions) that have evaluations counted this year are offered.
    const departments = current.departmentChoices.map((d) => ({ ...d, bureau: bureauOf(d.parentId) }));
    const bureauIds = new Set(departments.map((d) => d.bureau));
    const bureaus = orgs.filter((o) => o.kind === 'financeBureau' && bureauIds.has(o.id));
    const nameOf = (d: OverviewDepartment) => d.departmentName ?? t('overview.noDepartment');
    const labels = {
      count: t('overview.count'),
      axisRate: t('overview.axisRate'),
      axisScore: t('overview.axisScore'),
      previousYear: String(year - 1),
      currentYear: String(year),
    };
    return {
      o: current,
      bureaus,
      departments: departments.filter((d) => !bureau || d.bureau === bureau),
      grade: gradeOption(gradeDistribution(current), labels, (k) =>
        k === UNGRADED ? t('overview.ungraded') : gradeLabel(t, k),
      ),
      scatter: scatterOption(scatterPoints(current.scatter), labels),
      rate: rateByGroupOption(rateByDepartment(current.departments, nameOf), labels),
      yoy: yearOverYearOption(yearOverYear(current.departments, previous.departments, nameOf), labels),
    };
  }, [state.data, t, year, bureau]);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space wrap>
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
              onChange={(v) => {
                if (!v) return;
                setYear(v);
                setDepartment(undefined);
                setPage(1);
              }}
            />
            {view && view.bureaus.length > 1 && (
              <Select
                allowClear
                aria-label={t('overview.region')}
                placeholder={t('overview.allRegions')}
                style={{ width: 220 }}
                value={bureau}
                onChange={(v) => {
                  setBureau(v ?? undefined);
                  setDepartment(undefined);
                  setPage(1);
                }}
                options={view.bureaus.map((b) => ({ value: b.id, label: b.name }))}
              />
            )}
            {view && view.departments.length > 0 && (
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                aria-label={t('overview.department')}
                placeholder={t('overview.allDepartments')}
                style={{ width: 260 }}
                value={department}
                onChange={(v) => {
                  setDepartment(v ?? undefined);
                  setPage(1);
                }}
                options={view.departments.map((d) => ({ value: d.id, label: d.name }))}
                optionRender={(option) => <LongName text={String(option.label)} />}
              />
            )}
          </Space>
          <Button
            icon={<DownloadOutlined />}
            data-testid="overview-export"
            onClick={() => {
              setExporting(undefined);
              api
                .exportOverview({ fiscalYear: year, ...(organisationId ? { organisationId } : {}) })
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
      {view && view.o.counted === 0 && view.o.notCounted === 0 && <PageEmpty text={t('overview.noData')} />}
      {view && (view.o.counted > 0 || view.o.notCounted > 0) && (
        <Row gutter={12}>
          <Col span={6}>
            <Card size="small" style={FULL_HEIGHT}>
              <Statistic title={t('overview.counted')} value={view.o.counted} />
              <Typography.Text type="secondary" data-testid="overview-not-counted">
                {t('overview.notCounted', { count: view.o.notCounted })}
              </Typography.Text>
            </Card>
          </Col>
          <Col span={6}>
            <Card size="small" style={FULL_HEIGHT}>
              <Statistic title={t('overview.units')} value={view.o.units} />
            </Card>
          </Col>
          <Col span={6}>
            <Card size="small" style={FULL_HEIGHT}>
              <Statistic
                title={t('overview.avgScore')}
                value={view.o.averageScore ?? '—'}
                valueRender={(node) => <span data-testid="overview-average">{node}</span>}
              />
              {view.o.unscored > 0 && (
                <Typography.Text type="secondary" data-testid="overview-unscored">
                  {t('overview.unscored', { count: view.o.unscored })}
                </Typography.Text>
              )}
            </Card>
          </Col>
          <Col span={6}>
            <Card size="small" style={FULL_HEIGHT}>
              <Statistic title={t('overview.findings')} value={view.o.errors + view.o.warnings} />
            </Card>
          </Col>
        </Row>
      )}
      {view && view.o.counted === 0 && view.o.notCounted > 0 && <PageEmpty text={t('overview.noCounted')} />}
      {view && view.o.counted > 0 && (
        <>
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
          <Suspense fallback={null}>
            <RectificationOverviewCard year={year} />
          </Suspense>
          <Card size="small" title={t('overview.yoyChart')}>
            <EChart option={view.yoy} label={t('overview.yoyChart')} height={240} />
          </Card>
          <ResultsSummary fiscalYear={year} organisationId={organisationId} />
          <Card size="small">
            <Table<OverviewRow>
              size="small"
              rowKey="id"
              data-testid="overview-table"
              dataSource={view.o.rows}
              loading={state.status === 'loading'}
              pagination={{
                current: view.o.page,
                pageSize: view.o.pageSize,
                total: view.o.counted,
                showSizeChanger: false,
                onChange: setPage,
                showTotal: (n) => t('common.total', { count: n }),
              }}
              columns={[
                {
                  title: t('overview.rank'),
                  dataIndex: 'rank',
                  width: 64,
                  align: 'right',
                  render: (v: number | null) => v ?? '—',
                },
                {
                  title: t('list.unit'),
                  dataIndex: 'unitName',
                  ellipsis: CUT,
                  render: (v: string, r) => (
                    <Tooltip placement="topLeft" title={v}>
                      <Link to={`/evaluations/${r.id}`}>{v}</Link>
                    </Tooltip>
                  ),
                },
                {
                  title: t('overview.project'),
                  dataIndex: 'title',
                  ellipsis: CUT,
                  render: (v: string, r) =>
                    r.kind === 'project' ? <LongName text={v} /> : t('overview.unitWide'),
                },
                {
                  title: t('wb.department'),
                  dataIndex: 'departmentName',
                  ellipsis: CUT,
                  render: (v: string | null) => <LongName text={v ?? t('overview.noDepartment')} />,
                },
                {
                  title: t('list.status'),
                  dataIndex: 'status',
                  width: 110,
                  render: (s: OverviewRow['status']) => <StatusTag status={s} />,
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
